package org.totmon.pipeline.event;

/** How the report presents an event. */
public enum Modality {
    /** Told as having happened. */
    FACT,
    /** Attributed with a hedge: "allegedly", "claims", "нібито", "якобы". */
    CLAIMED,
    /** Ordered, planned, scheduled or being prepared, not yet done. */
    PLANNED,
    /** Denied by someone in the report. */
    DENIED
}
