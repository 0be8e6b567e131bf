package org.totmon.pipeline.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.totmon.model.TextSpan;
import org.totmon.model.TimeMention;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.event.EventLexicon.Cue;
import org.totmon.pipeline.event.TriggerHits.Hit;
import org.totmon.pipeline.rules.TokenPattern;

/** The stretches of a clause that tell who says something and what brought a happening about. Part of {@link EventAnnotator}. */
final class ClauseSpans {
    private ClauseSpans() {}

    /**
     * The spans that name the source of a statement: from a verb of saying back to the comma before it (or the
     * clause's start), with a time right after the verb ("Human Rights Watch said on Tuesday"); and from a source
     * phrase to the next comma ("according to the General Staff").
     */
    static List<TextSpan> sources(Document doc, EventLexicon lexicon, TextSpan clause, List<Token> tokens, List<String> words) {
        List<TextSpan> out = new ArrayList<>();
        for (TokenPattern p : lexicon.cues(Cue.SPEECH)) {
            for (int i = 0; i < words.size(); i++) {
                int end = p.matchAt(words, i);
                if (end < 0) continue;
                int from = i;
                while (from > 0 && !words.get(from - 1).equals(",")) from--;
                int stop = tokens.get(end - 1).end();
                for (TimeMention t : doc.times()) {
                    if (t.start() >= stop && t.end() <= clause.end() && doc.tokensIn(stop, t.start()).size() <= 1) stop = t.end();
                }
                out.add(new TextSpan(tokens.get(from).start(), stop));
            }
        }
        for (TokenPattern p : lexicon.cues(Cue.SOURCE)) {
            for (int i = 0; i < words.size(); i++) {
                if (p.matchAt(words, i) < 0) continue;
                int to = i + 1;
                while (to < words.size() && !words.get(to).equals(",")) to++;
                out.add(new TextSpan(tokens.get(i).start(), tokens.get(to - 1).end()));
            }
        }
        return out;
    }

    /**
     * The spans that tell what brought a happening about: from a cause word ("due to", "из-за") to the next comma, or
     * to the trigger after the cause's own ("из-за разрушения плотины Каховской ГЭС затоплено 1852 дома").
     */
    static List<TextSpan> causes(EventLexicon lexicon, List<Token> tokens, List<String> words, List<Hit> hits) {
        List<TextSpan> out = new ArrayList<>();
        for (TokenPattern p : lexicon.cues(Cue.CAUSE)) {
            for (int i = 0; i < words.size(); i++) {
                int end = p.matchAt(words, i);
                if (end < 0) continue;
                int to = end;
                while (to < words.size() && !words.get(to).equals(",") && !words.get(to).equals(";")) to++;
                Hit cause = hits.stream().filter(h -> h.from() >= end).min(Comparator.comparingInt(Hit::from)).orElse(null);
                if (cause != null) {
                    for (Hit h : hits) if (h.from() >= cause.to() && h.from() < to) to = h.from();
                }
                if (to > end) out.add(new TextSpan(tokens.get(i).start(), tokens.get(to - 1).end()));
            }
        }
        return out;
    }
}
