package org.totmon.store;

/** The outcome of adding a report: its id, and whether it was new or already stored. */
public record IngestResult(String id, boolean added) {
    public boolean duplicate() {
        return !added;
    }
}
