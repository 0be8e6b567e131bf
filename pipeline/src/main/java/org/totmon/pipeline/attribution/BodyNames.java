package org.totmon.pipeline.attribution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.claim.Cues;
import org.totmon.pipeline.text.Tokenizer;
import org.totmon.pipeline.text.English;

/**
 * The names the record gives bodies the registries do not know: their kind in its usual words, the place they are in
 * by its gazetteer name, and for one named by its office alone ("the regional elections commission") the region meant:
 * the one its sentence names, else the one its report's lead names, when only one is named there.
 */
final class BodyNames {
    private final Cues cues;
    private final List<String> kinds;

    BodyNames(Cues cues) {
        this.cues = cues;
        this.kinds = cues.categoriesStartingWith("body_kind:");
    }

    /**
     * The English name of a body as the record names it: the kind of body in its usual words ("electoral commission" is
     * an election commission: {@code body_kind:} cues), and the place it is in by that place's name ("the Central
     * Electoral Commission in the occupied territory of Zaporizhzhia Oblast" is the Central election commission in
     * Zaporizhzhia Oblast); a "regional" word stands for its region.
     */
    String name(Scene ctx, List<Token> t, int from, int to, int sentence, String name) {
        String named = withPlace(ctx, t, from, to, kinds(name));
        return named.equals(kinds(name)) ? withRegion(ctx, sentence, named) : named;
    }

    private String kinds(String name) {
        List<Token> words = Tokenizer.tokenize(name);
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int k = 0; k < words.size(); k++) {
            for (String kind : kinds) {
                int n = cues.matchAt(kind, words, k);
                if (n == 0) continue;
                out.append(name, last, words.get(k).start()).append(kind.substring("body_kind:".length()));
                last = words.get(k + n - 1).end();
                k += n - 1;
                break;
            }
        }
        return out.append(name.substring(last)).toString();
    }

    /** The name with the place its phrase puts it in, by the place's name: "… in the occupied territories of Kherson Oblast" → "… in Kherson Oblast". */
    private String withPlace(Scene ctx, List<Token> t, int from, int to, String name) {
        for (int k = from; k < to; k++) {
            if (cues.matchAt("source_preposition", t, k) != 1 || k == from) continue;
            String place = placeIn(ctx, t.get(k).end(), t.get(to - 1).end());
            int at = name.indexOf(" " + t.get(k).text() + " ");
            if (place == null || at < 0 && name.contains(place)) return name;
            return (at > 0 ? name.substring(0, at) : name) + " " + t.get(k).text() + " " + place;
        }
        return name;
    }

    private static String placeIn(Scene ctx, int from, int to) {
        for (Place p : ctx.doc.places()) {
            if (p.kind() != PlaceKind.REGION && p.kind() != PlaceKind.SETTLEMENT) continue;
            for (Mention m : p.mentions()) if (from <= m.start() && m.end() <= to) return p.name();
        }
        return null;
    }

    /** The English name of a body with its "regional" word replaced by the region meant; the name itself when none is clear. */
    private String withRegion(Scene ctx, int sentence, String name) {
        List<Token> words = Tokenizer.tokenize(name);
        int at = -1;
        for (int k = 0; k < words.size() && at < 0; k++) if (cues.matchAt("regional", words, k) == 1) at = k;
        if (at < 0) return name;
        String region = onlyRegion(ctx, ctx.sentences.get(sentence));
        if (region == null) region = onlyRegion(ctx, lead(ctx));
        if (region == null || name.contains(region)) return name;
        Token w = words.get(at);
        String after = English.withoutLeadingPossessive(name.substring(w.end())).strip();
        return English.withoutLeadingDefiniteArticle(name.substring(0, w.start()) + region + " " + after).strip();
    }

    /** The text up to the end of the first paragraph after the headline. */
    private static TextSpan lead(Scene ctx) {
        int lead = ContentSentences.lead(ctx.doc, ctx.sentences);
        if (lead >= ctx.sentences.size()) return new TextSpan(0, 0);
        int end = ctx.doc.text().indexOf('\n', ctx.sentences.get(lead).start());
        return new TextSpan(0, end < 0 ? ctx.doc.text().length() : end);
    }

    private static String onlyRegion(Scene ctx, TextSpan span) {
        Set<String> found = new LinkedHashSet<>();
        for (Place p : ctx.doc.places()) {
            if (p.kind() != PlaceKind.REGION) continue;
            for (Mention m : p.mentions()) if (span.start() <= m.start() && m.end() <= span.end()) found.add(p.name());
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }
}
