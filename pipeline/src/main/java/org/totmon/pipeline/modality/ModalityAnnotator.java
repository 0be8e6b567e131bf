package org.totmon.pipeline.modality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;
import org.totmon.pipeline.ModalCue;
import org.totmon.pipeline.ModalCue.Kind;
import org.totmon.pipeline.rules.PatternIndex;
import org.totmon.pipeline.rules.Tokens;

/**
 * The MODALITY layer: every match of every negation, modality and hedging rule ({@link ModalityLexicon}) in every
 * clause, read by the event layer (negated, hypothetical, framed triggers; denied, claimed, planned events), the
 * attribution layer (a hedging verb of saying) and the claim layer (a hedged figure). A report is read with its
 * language's rules; hedges with every language's too, since reports quote across languages. Thread-safe: it holds
 * immutable indexes only.
 */
public final class ModalityAnnotator implements Annotator {
    private static final List<String> LANGUAGES = List.of("en", "uk", "ru");

    private final Map<String, PatternIndex<ModalityLexicon.Rule>> byLanguage = new HashMap<>();
    /** For a report in another language: every language's hedges ({@link #asHedges}). */
    private final PatternIndex<ModalityLexicon.Rule> otherLanguages;

    /** The bundled lexicons of en, uk and ru. */
    public ModalityAnnotator() {
        this(LANGUAGES.stream().map(ModalityLexicon::bundled).toList());
    }

    public ModalityAnnotator(List<ModalityLexicon> lexicons) {
        List<ModalityLexicon.Rule> every = new ArrayList<>();
        for (ModalityLexicon l : lexicons) {
            List<ModalityLexicon.Rule> rules = new ArrayList<>(l.rules());
            for (ModalityLexicon other : lexicons) if (other != l) rules.addAll(asHedges(other));
            byLanguage.put(l.language(), new PatternIndex<>(rules, ModalityLexicon.Rule::pattern));
            every.addAll(asHedges(l));
        }
        otherLanguages = new PatternIndex<>(every, ModalityLexicon.Rule::pattern);
    }

    /**
     * The rules of a lexicon read in a report of another language: its hedges, and its CLAIMED cues as hedges (a quoted
     * "якобы" hedges a figure, but the report's own language decides its events' modality).
     */
    private static List<ModalityLexicon.Rule> asHedges(ModalityLexicon lexicon) {
        return lexicon.rules().stream().filter(r -> r.kind().is(Kind.HEDGE))
                .map(r -> r.kind() == Kind.HEDGE ? r : new ModalityLexicon.Rule(r.id(), Kind.HEDGE, r.pattern(), r.positives(), r.negatives()))
                .toList();
    }

    @Override
    public Set<Layer> requires() {
        // Places, times and entities for the rules' span types (#PLACE, #TIME, #PERSON, #ORG).
        return Set.of(Layer.LANGUAGE, Layer.TOKENS, Layer.LEMMAS, Layer.CLAUSES, Layer.PLACES, Layer.TIMES, Layer.ENTITIES);
    }

    @Override
    public Layer produces() {
        return Layer.MODALITY;
    }

    @Override
    public void annotate(Document doc) {
        PatternIndex<ModalityLexicon.Rule> index = byLanguage.getOrDefault(doc.language(), otherLanguages);
        for (TextSpan clause : doc.clauses()) {
            List<Token> tokens = doc.tokensIn(clause.start(), clause.end());
            Tokens words = Tokens.of(doc, tokens);
            Set<ModalCue> found = new LinkedHashSet<>();
            for (int i = 0; i < words.size(); i++) {
                for (ModalityLexicon.Rule r : index.candidates(words, i)) {
                    int end = r.pattern().matchAt(words, i);
                    if (end > i) found.add(new ModalCue(r.kind(), tokens.get(i).start(), tokens.get(end - 1).end()));
                }
            }
            doc.modality().addAll(found);
        }
    }
}
