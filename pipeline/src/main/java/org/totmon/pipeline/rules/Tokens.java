package org.totmon.pipeline.rules;

import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.TimeMention;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.text.Morphology;

import java.util.AbstractList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A run of tokens as {@link TokenPattern}s see them: the folded words (this list's elements), their lemmas, their
 * surface forms for shapes, and the types of the spans they lie in. Lemmas come from the document's LEMMAS layer, or
 * from the language's {@link Morphology} where a run is made of bare words; span types are worked out on first use.
 */
public final class Tokens extends AbstractList<String> {
    /** The type of a span a token lies in. */
    public enum SpanType { PLACE, TIME, PERSON, ORG }

    private final List<String> words;
    private final List<String> texts;
    private final String[][] lemmas;
    private final Morphology morphology;
    private final Document doc;
    private final List<Token> tokens;
    private Set<SpanType>[] types;

    private Tokens(List<String> words, List<String> texts, String[][] lemmas, Morphology morphology, Document doc, List<Token> tokens) {
        this.words = words;
        this.texts = texts;
        this.lemmas = lemmas;
        this.morphology = morphology;
        this.doc = doc;
        this.tokens = tokens;
    }

    /** Tokens of a document, with its layers. */
    public static Tokens of(Document doc, List<Token> tokens) {
        List<String> words = tokens.stream().map(t -> Morphology.fold(t.text())).toList();
        String[][] lemmas = new String[tokens.size()][];
        for (int i = 0; i < lemmas.length; i++) lemmas[i] = doc.lemmasOf(tokens.get(i));
        return new Tokens(words, tokens.stream().map(Token::text).toList(), lemmas, Morphology.of(doc.language()), doc, tokens);
    }

    /** Bare words (folded or not) of a language: no span types, shapes from the words as given. */
    public static Tokens of(List<String> words, Morphology morphology) {
        if (words instanceof Tokens t) return t;
        return new Tokens(words.stream().map(Morphology::fold).toList(), words, new String[words.size()][], morphology, null, null);
    }

    @Override
    public String get(int i) { return words.get(i); }

    @Override
    public int size() { return words.size(); }

    /** The surface form, as written. */
    public String text(int i) { return texts.get(i); }

    /** The folded lemmas of the word at {@code i}; never empty. */
    public String[] lemmas(int i) {
        String[] l = lemmas[i];
        if (l == null) lemmas[i] = l = morphology.lemmas(words.get(i));
        return l;
    }

    /** The types of the spans (places, times, people, organisations) the token at {@code i} lies in. */
    @SuppressWarnings("unchecked")
    public Set<SpanType> types(int i) {
        if (doc == null) return Set.of();
        if (types == null) {
            types = new Set[tokens.size()];
            for (int k = 0; k < types.length; k++) types[k] = EnumSet.noneOf(SpanType.class);
            for (Place p : doc.places()) for (Mention m : p.mentions()) mark(m.start(), m.end(), SpanType.PLACE);
            for (TimeMention t : doc.times()) mark(t.start(), t.end(), SpanType.TIME);
            for (Entity e : doc.entities()) {
                for (Mention m : e.mentions()) mark(m.start(), m.end(), e.type() == EntityType.PERSON ? SpanType.PERSON : SpanType.ORG);
            }
        }
        return types[i];
    }

    private void mark(int start, int end, SpanType type) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.start() >= start && t.end() <= end) types[k].add(type);
        }
    }
}
