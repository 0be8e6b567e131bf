package org.totmon.pipeline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.totmon.model.Entity;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;
import org.totmon.model.Tsv;

/**
 * Cuts every sentence into clauses: the parts between semicolons, and before a comma followed by a word that begins
 * a new clause (", and the UN said", ", а генсек заявив"), unless a name follows the word (", and Luhansk"). Clauses
 * of one sentence tell distinct happenings.
 */
public final class ClauseAnnotator implements Annotator {
    /** After a comma, these begin a new clause with its own subject; the words of all languages, as a report may mix them. */
    private static final Set<String> JOINERS = Tsv.resource(ClauseAnnotator.class, "clause-joiners.tsv").stream()
            .map(r -> Morphology.fold(r.field(1))).collect(Collectors.toUnmodifiableSet());

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.PLACES, Layer.ENTITIES);
    }

    @Override
    public Layer produces() {
        return Layer.CLAUSES;
    }

    @Override
    public void annotate(Document doc) {
        for (TextSpan sentence : doc.sentences()) doc.clauses().addAll(clauses(doc, sentence));
    }

    private static List<TextSpan> clauses(Document doc, TextSpan sentence) {
        List<TextSpan> out = new ArrayList<>();
        int s = sentence.start();
        List<Token> tokens = doc.tokensIn(sentence.start(), sentence.end());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean semicolon = t.text().equals(";");
            boolean joined = t.text().equals(",") && i + 2 < tokens.size() && JOINERS.contains(Morphology.fold(tokens.get(i + 1).text()))
                    && !startsName(doc, tokens.get(i + 2));
            // A full stop before a number ends a sentence the splitter kept whole ("… по Роботиному. 178 ударів …"); an
            // abbreviation before a number ("ст. 438", "вул. 8") is three letters at most.
            boolean stop = t.text().equals(".") && i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).text().length() > 3
                    && tokens.get(i + 1).start() > t.end() && Character.isDigit(tokens.get(i + 1).text().codePointAt(0));
            if (!semicolon && !joined && !stop) continue;
            if (t.start() > s) out.add(new TextSpan(s, t.start()));
            s = t.end();
        }
        if (sentence.end() > s) out.add(new TextSpan(s, sentence.end()));
        return out;
    }

    private static boolean startsName(Document doc, Token t) {
        for (Place p : doc.places()) for (Mention m : p.mentions()) if (m.start() == t.start()) return true;
        for (Entity e : doc.entities()) for (Mention m : e.mentions()) if (m.start() == t.start()) return true;
        return Character.isDigit(t.text().codePointAt(0));
    }
}
