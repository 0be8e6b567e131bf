package org.totmon.model;

import java.util.Locale;

/** How the report presents an event. */
public enum Modality {
    /** Told as having happened. */
    FACT,
    /** Attributed with a hedge: "allegedly", "claims", "нібито", "якобы". */
    CLAIMED,
    /** Ordered, planned, scheduled or being prepared, not yet done. */
    PLANNED,
    /** Denied by someone in the report. */
    DENIED;

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
