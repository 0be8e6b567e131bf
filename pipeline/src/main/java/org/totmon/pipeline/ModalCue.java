package org.totmon.pipeline;

/**
 * A cue of negation, modality or hedging over text[start, end), found by its rule within one clause (the MODALITY
 * layer). The layer holds every match of every rule: each rule's match from each token of a clause, so a reader asks
 * what it needs (a negation ending right before a trigger, a hedge anywhere before a figure) without rules of its own.
 */
public record ModalCue(Kind kind, int start, int end) {
    /** What a cue says about what it is told with. */
    public enum Kind {
        /** Right before an event's trigger, cancels it ("not", "не"). */
        NEGATION,
        /** Right before a trigger, makes it a possibility or a call, not a happening ("may be deported", "calling on them to boycott"). */
        HYPOTHETICAL,
        /** In an event's clause, makes the event denied ("denied", "заперечує"). */
        DENIED,
        /** In an event's clause, makes the event claimed ("allegedly", "нібито"); hedges a claim's figure too, as a {@link #HEDGE}. */
        CLAIMED,
        /** In an event's clause, makes the event planned ("will", "планують"). */
        PLANNED,
        /**
         * Before a trigger in its clause, frames what follows as a belief, a hope, a demand or a report's subject, not a
         * happening ("is convinced that the city will be freed", "calls on Russia to release").
         */
        FRAME,
        /**
         * A claim's figure is unconfirmed, projected or disputed ("projected", "за неперевіреними даними"). A cue that also
         * makes an event claimed is written once, as {@link #CLAIMED}, and read as a hedge by {@link #is}.
         */
        HEDGE;

        /** Whether a cue of this kind is one of {@code kind}: every {@link #CLAIMED} cue is a {@link #HEDGE} too. */
        public boolean is(Kind kind) {
            return this == kind || this == CLAIMED && kind == HEDGE;
        }
    }

    public ModalCue {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad cue span " + start + ".." + end);
    }
}
