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

/**
 * The names of bodies a report gives by their office alone: "the regional elections commission" of a report about
 * the Zaporizhzhia region is the Zaporizhzhia Oblast's. Which region: the one its sentence names, else the one its
 * report's lead names, when only one is named there.
 */
final class BodyNames {
    private final Cues cues;

    BodyNames(Cues cues) {
        this.cues = cues;
    }

    /** The English name of a body with its "regional" word replaced by the region meant; the name itself when none is clear. */
    String withRegion(Scene ctx, int sentence, String name) {
        List<Token> words = Tokenizer.tokenize(name);
        int at = -1;
        for (int k = 0; k < words.size() && at < 0; k++) if (cues.matchAt("regional", words, k) == 1) at = k;
        if (at < 0) return name;
        String region = onlyRegion(ctx, ctx.sentences.get(sentence));
        if (region == null) region = onlyRegion(ctx, lead(ctx));
        if (region == null || name.contains(region)) return name;
        Token w = words.get(at);
        String after = name.substring(w.end()).replaceFirst("^'s\\b", "").strip();
        return (name.substring(0, w.start()) + region + " " + after).replaceFirst("^(?i)the ", "").strip();
    }

    /** The text up to the end of the first paragraph after the headline. */
    private static TextSpan lead(Scene ctx) {
        String text = ctx.doc.text();
        int from = ctx.doc.headline().isEmpty() ? 0 : ctx.doc.headline().get(0).end();
        for (TextSpan s : ctx.sentences) {
            if (s.start() < from) continue;
            int end = text.indexOf('\n', s.start());
            return new TextSpan(0, end < 0 ? text.length() : end);
        }
        return new TextSpan(0, 0);
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
