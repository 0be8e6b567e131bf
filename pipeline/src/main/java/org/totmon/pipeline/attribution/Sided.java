package org.totmon.pipeline.attribution;

import org.totmon.model.Side;

/**
 * A side with the reason it was given: "actor registry: TASS", "role: so-called", "outlet registry: Suspilne".
 * {@code home}: given only because a state body named without a side speaks for the outlet's authorities.
 */
record Sided(Side side, String reason, boolean home) {
    static final Sided UNKNOWN = new Sided(Side.UNKNOWN, null);

    Sided(Side side, String reason) {
        this(side, reason, false);
    }

    boolean known() {
        return side != Side.UNKNOWN;
    }
}
