package org.totmon.pipeline.modality;

import java.util.ArrayList;
import java.util.List;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.ModalCue;
import org.totmon.pipeline.ModalCue.Kind;

/**
 * The MODALITY layer's cues within a run of tokens (a clause, a sentence), by token index in that run: what the event,
 * claim and attribution layers ask of it.
 */
public final class ModalCues {
    /** How many words before a trigger a cue "right before" it may begin. */
    private static final int RIGHT_BEFORE = 4;

    private record At(Kind kind, int from, int end) {}

    private final List<At> cues;

    private ModalCues(List<At> cues) {
        this.cues = cues;
    }

    /** The cues that lie wholly within the tokens. */
    public static ModalCues in(Document doc, List<Token> tokens) {
        List<At> out = new ArrayList<>();
        if (tokens.isEmpty()) return new ModalCues(out);
        List<ModalCue> all = doc.modality();
        int first = tokens.get(0).start(), last = tokens.get(tokens.size() - 1).end();
        int lo = 0, hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < first) lo = mid + 1;
            else hi = mid;
        }
        for (int k = lo; k < all.size() && all.get(k).start() < last; k++) {
            ModalCue c = all.get(k);
            if (c.end() > last) continue;
            int from = index(tokens, c.start(), true), end = index(tokens, c.end(), false);
            if (from >= 0 && end >= 0) out.add(new At(c.kind(), from, end + 1));
        }
        return new ModalCues(out);
    }

    /** The index of the token that starts (or ends) at the offset, or -1. */
    private static int index(List<Token> tokens, int offset, boolean start) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = start ? tokens.get(mid).start() : tokens.get(mid).end();
            if (at == offset) return mid;
            if (at < offset) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /** Whether a cue of the kind occurs anywhere. */
    public boolean has(Kind kind) {
        for (At c : cues) if (c.kind().is(kind)) return true;
        return false;
    }

    /** Whether a cue of the kind ends right before token {@code at}, or one word before it, beginning at most four words before. */
    public boolean rightBefore(Kind kind, int at) {
        for (At c : cues) {
            if (c.kind().is(kind) && c.from() >= at - RIGHT_BEFORE && c.from() < at && (c.end() == at || c.end() == at - 1)) return true;
        }
        return false;
    }

    /** Whether a cue of the kind begins after token {@code from} and before token {@code to}: inside a phrase's gap. */
    public boolean inside(Kind kind, int from, int to) {
        for (At c : cues) if (c.kind().is(kind) && c.from() > from && c.from() < to) return true;
        return false;
    }

    /** Whether a cue of the kind begins before token {@code at} and ends by it. */
    public boolean before(Kind kind, int at) {
        for (At c : cues) if (c.kind().is(kind) && c.from() < at && c.end() <= at) return true;
        return false;
    }

    /** Whether a cue of the kind begins at token {@code at}. */
    public boolean startsAt(Kind kind, int at) {
        for (At c : cues) if (c.kind().is(kind) && c.from() == at) return true;
        return false;
    }

    /** Whether a cue of the kind lies within tokens [from, to). */
    public boolean within(Kind kind, int from, int to) {
        for (At c : cues) if (c.kind().is(kind) && c.from() >= from && c.end() <= to) return true;
        return false;
    }
}
