package org.totmon.pipeline.attribution;

import java.util.ArrayList;
import java.util.List;
import org.totmon.model.Token;
import org.totmon.pipeline.Attribution;
import org.totmon.pipeline.Document;

/**
 * The attribution layer of one report read for a span of its text (a figure, a statement): who says it. Its own
 * clause first, then the quotation it is in, the rest of its sentence, the paragraph's "X said:" or "… - X noted",
 * an "X has stated this" after it, and then the source that spoke last before it in the paragraph: a source covers
 * the sentences that follow it until another source speaks.
 */
public final class Attributions {
    /** A speaker with how directly it was found: 1 in the clause, 2 by quotation, … 5 carried from an earlier sentence. */
    public record Found(Attribution speaker, int rank) {
        /** The largest rank of a speaker named in the span's own sentence (its clause, a quotation around it, the rest). */
        public static final int IN_SENTENCE = 3;
    }

    private final ContentSentences content;
    private final List<List<Attribution>> bySentence = new ArrayList<>();
    private final List<Attribution> quotes = new ArrayList<>();
    private Attribution ownVoice;
    /** The first sentence after the headline: its paragraph is the report's lead. */
    private final int lead;

    public Attributions(Document doc, ContentSentences content) {
        this.content = content;
        this.lead = ContentSentences.lead(doc, content.spans());
        for (int i = 0; i < content.size(); i++) bySentence.add(new ArrayList<>());
        for (Attribution a : doc.attributions()) {
            if (a.type() == Attribution.Type.QUOTE) {
                quotes.add(a);
                continue;
            }
            if (a.type() == Attribution.Type.OWN_VOICE) {
                ownVoice = a;
                continue;
            }
            int si = content.at(a.cue());
            if (si < 0) continue;
            bySentence.get(si).add(a);
        }
    }

    /** Who says the span [start, end) of sentence si; a Found with a null speaker when nobody in the report does. */
    public Found of(int si, int start, int end) {
        List<Attribution> here = primary(bySentence.get(si));
        Attribution before = null, after = null;
        for (Attribution a : here) {
            if (a.cue() < start && (a.sourceEnd() <= start || a.sourceStart() >= end)) {
                if (before == null || a.cue() > before.cue()) before = a;
            } else if (a.cue() >= end && (!a.clauseLocal() || !breakBetween(content.tokens().get(si), end, a.sourceStart()))) {
                if (after == null || a.cue() < after.cue()) after = a;
            }
        }
        Attribution quoted = null;
        for (Attribution q : quotes) if (q.start() < start && start < q.end()) quoted = q;
        // "“… we have recorded 312 cases,” said X": inside a quote "we" is its speaker, outside it the author.
        boolean firstPerson = before != null && before.kind() == Attribution.Kind.FIRST_PERSON;
        // "reportedly at 4 metres …, according to Ukrainian authorities": "reportedly" hedges; the sentence names who reports it.
        if (before != null && before.kind() == Attribution.Kind.IMPERSONAL && after != null && after.kind() != Attribution.Kind.IMPERSONAL) {
            before = null;
        }
        if (before != null && !(firstPerson && quoted != null)) return new Found(before, 1);
        if (quoted != null) return new Found(quoted, 2);
        if (after != null) return new Found(after, Found.IN_SENTENCE);
        Attribution paragraph = paragraphSource(si);
        if (paragraph != null) return new Found(paragraph, 4);
        Attribution anaphoric = anaphoricSource(si);
        if (anaphoric != null) return new Found(anaphoric, 4);
        Attribution carried = carried(si);
        if (carried != null) return new Found(carried, 5);
        return new Found(null, 6);
    }

    /** The report's own voice (its outlet), or null when it has none. */
    public Attribution ownVoice() {
        return ownVoice;
    }

    /**
     * The source that spoke last in an earlier sentence of the paragraph: it still speaks, as no other source has
     * since. A new paragraph is the report's own voice again unless its words say otherwise.
     */
    private Attribution carried(int si) {
        for (int k = si - 1; k >= 0 && content.sameParagraph(k, si); k--) {
            List<Attribution> previous = primary(bySentence.get(k));
            if (!previous.isEmpty()) return previous.get(previous.size() - 1);
        }
        return acrossParagraphs(si);
    }

    /**
     * A paragraph that names no source of its own still speaks for the source before it when that source spoke in
     * the report's lead ("MELITOPOL, Sept. 27. /TASS/. …, according to the regional elections commission." and the
     * district figures after it), or when the same source speaks again in the next paragraph ("…, Malyshev said." /
     * figures / "…, Malyshev stressed.").
     */
    private Attribution acrossParagraphs(int si) {
        int first = si, last = si;
        while (first > 0 && content.sameParagraph(first - 1, si)) first--;
        while (last + 1 < content.size() && content.sameParagraph(last + 1, si)) last++;
        for (int k = first; k <= last; k++) if (!bySentence.get(k).isEmpty()) return null;
        int before = first - 1;
        while (before >= 0 && primary(bySentence.get(before)).isEmpty()) before--;
        if (before < 0 || content.sameParagraph(before, si)) return null;
        List<Attribution> previous = primary(bySentence.get(before));
        Attribution source = previous.get(previous.size() - 1);
        if (source.kind() == Attribution.Kind.IMPERSONAL || source.kind() == Attribution.Kind.FIRST_PERSON) return null;
        if (lead < content.size() && content.sameParagraph(before, lead)) return source;
        int after = last + 1;
        if (after >= content.size()) return null;
        int afterLast = after;
        while (afterLast + 1 < content.size() && content.sameParagraph(afterLast + 1, after)) afterLast++;
        for (int k = after; k <= afterLast; k++) {
            for (Attribution a : primary(bySentence.get(k))) if (a.speaker() != null && a.speaker().equals(source.speaker())) return source;
        }
        return null;
    }

    /** The sentence's sources without the media that relay them, unless a relay is all there is. */
    private static List<Attribution> primary(List<Attribution> sources) {
        List<Attribution> out = sources.stream().filter(a -> !a.relay()).toList();
        return out.isEmpty() ? sources : out;
    }

    private static boolean breakBetween(List<Token> t, int from, int to) {
        for (Token k : t) if (k.start() >= from && k.end() <= to && EntityLookup.isClauseBreak(k)) return true;
        return false;
    }

    /** "X said:" earlier in the paragraph, or "… - X noted." later in it. */
    private Attribution paragraphSource(int si) {
        for (int k = si + 1; k < content.size() && content.sameParagraph(k, si); k++) {
            for (Attribution a : bySentence.get(k)) if (a.closesParagraph()) return a;
        }
        for (int k = si - 1; k >= 0 && content.sameParagraph(k, si); k--) {
            List<Attribution> as = bySentence.get(k);
            for (int i = as.size() - 1; i >= 0; i--) if (as.get(i).opensParagraph()) return as.get(i);
        }
        return null;
    }

    /** "X has stated this" in the next sentence, or opening the next paragraph (then it covers this whole paragraph). */
    private Attribution anaphoricSource(int si) {
        int k = si + 1;
        while (k < content.size() && content.sameParagraph(k, si)) {
            if (k == si + 1) {
                for (Attribution a : bySentence.get(k)) if (a.anaphoric()) return a;
            }
            k++;
        }
        if (k < content.size()) {
            for (Attribution a : bySentence.get(k)) if (a.anaphoric()) return a;
        }
        return null;
    }
}
