package org.totmon.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;

/**
 * A person's current review of one item: its status, the corrected fields (null unless corrected), why, who wrote it
 * last and when, and its version (1 for the first write, one more with each).
 */
public record Review(ItemKey key, Status status, ObjectNode correction, String reason, int version, String author,
                     Instant updatedAt) {
    public enum Status {
        ACCEPTED, CORRECTED, REJECTED, RETRACTED, RESTORED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    public static final String REVIEWED = "reviewed";
    public static final String UNREVIEWED = "unreviewed";
    public static final String REJECTED = "rejected";

    /** What the ledger, timeline and exports say of an item: reviewed (accepted or corrected), rejected, or unreviewed. */
    public static String label(Review r) {
        if (r == null) return UNREVIEWED;
        return switch (r.status()) {
            case ACCEPTED, CORRECTED -> REVIEWED;
            case REJECTED -> REJECTED;
            case RETRACTED, RESTORED -> UNREVIEWED;
        };
    }

    public static boolean rejected(Review r) {
        return r != null && r.status() == Status.REJECTED;
    }
}
