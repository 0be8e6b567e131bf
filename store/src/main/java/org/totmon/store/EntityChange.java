package org.totmon.store;

import java.time.Instant;

/**
 * One merge or split of entities across the record, as people wrote it: a merge joins {@code entity} to
 * {@code target} in every report; a split gives the entity the new name {@code target} in {@code reports} reports.
 * {@code undoneBy} and {@code undoneAt} are null while it is in force.
 */
public record EntityChange(long id, Action action, String entity, String target, int reports, String reason, String author,
                           Instant at, String undoneBy, Instant undoneAt) {
    public enum Action {
        MERGE, SPLIT;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean undone() {
        return undoneAt != null;
    }
}
