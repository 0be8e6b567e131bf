package org.totmon.pipeline.event;

import java.util.List;
import org.totmon.model.PublicationDate;
import org.totmon.model.TextSpan;
import org.totmon.model.TimeMention;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.event.EventLexicon.Cue;
import org.totmon.pipeline.rules.TokenPattern;
import org.totmon.pipeline.text.English;

/**
 * An event's date: the nearest time mention that is no birth year, or the month the report was published.
 * Part of {@link EventAnnotator}.
 */
final class EventDates {
    private EventDates() {}

    /** The time mention in the span nearest the trigger, outside the source of a statement and never a birth year. */
    static String date(Document doc, EventLexicon lexicon, TextSpan span, int triggerAt, List<TextSpan> aside) {
        TimeMention best = null;
        for (TimeMention t : doc.times()) {
            if (t.start() < span.start() || t.end() > span.end() || EventAnnotator.within(aside, t.start(), t.end()) || birth(doc, lexicon, t)
                    || ofReducedRelative(doc, triggerAt, t)) continue;
            if (best == null || Math.abs(t.start() - triggerAt) < Math.abs(best.start() - triggerAt)) best = t;
        }
        return best == null ? null : best.value();
    }

    /**
     * A time after a reduced relative clause that follows the trigger ("warrants were issued on the basis of statements
     * submitted by prosecutors on February 22"): it dates the clause's participle, not the trigger.
     */
    private static boolean ofReducedRelative(Document doc, int triggerAt, TimeMention t) {
        if (t.start() <= triggerAt || !doc.language().equals("en")) return false;
        List<Token> between = doc.tokensIn(triggerAt, t.start());
        for (int i = 2; i + 1 < between.size(); i++) {
            if (English.isReducedRelative(EventLexicon.fold(between.get(i - 1).text()), EventLexicon.fold(between.get(i).text()),
                    EventLexicon.fold(between.get(i + 1).text()))) return true;
        }
        return false;
    }

    /** A year next to "born", "року народження", "г. р.". */
    private static boolean birth(Document doc, EventLexicon lexicon, TimeMention t) {
        List<String> before = doc.tokensIn(Math.max(0, t.start() - 40), t.start()).stream().map(k -> EventLexicon.fold(k.text())).toList();
        List<String> after = doc.tokensIn(t.end(), Math.min(doc.text().length(), t.end() + 40)).stream().map(k -> EventLexicon.fold(k.text())).toList();
        for (TokenPattern p : lexicon.cues(Cue.BIRTH)) {
            if (!after.isEmpty() && p.matchAt(after, 0) > 0) return true;
            for (int i = Math.max(0, before.size() - 6); i < before.size(); i++) {
                if (p.matchAt(before, i) == before.size()) return true;
            }
        }
        // "born in 2002 and 2003": the second year follows the first.
        for (TimeMention o : doc.times()) {
            if (o != t && o.end() <= t.start() && doc.tokensIn(o.end(), t.start()).size() <= 2 && birth(doc, lexicon, o)) return true;
        }
        return false;
    }

    static String publicationMonth(PublicationDate published) {
        if (!published.known()) return null;
        if (published.month() == null) return String.format("%04d", published.year());
        return String.format("%04d-%02d", published.year(), published.month());
    }
}
