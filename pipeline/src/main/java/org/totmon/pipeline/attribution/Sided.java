package org.totmon.pipeline.attribution;

import org.totmon.model.Side;

/** A side with the reason it was given: "actor registry: TASS", "role: so-called", "outlet registry: Suspilne". */
record Sided(Side side, String reason) {
    static final Sided UNKNOWN = new Sided(Side.UNKNOWN, null);

    boolean known() {
        return side != Side.UNKNOWN;
    }
}
