package org.totmon.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * One review write: what to do to which item, the version of its review the writer saw (0: none yet), the corrected
 * fields (CORRECT only), why (REJECT and RETRACT need it), and who.
 */
public record ReviewWrite(ItemKey key, Action action, int expectedVersion, JsonNode correction, String reason, String author) {
    public enum Action {
        ACCEPT, REJECT, CORRECT, RETRACT, RESTORE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Action of(String label) {
            try {
                return valueOf(label.strip().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("'" + label + "' is not a review action: accept, reject, correct, retract or restore");
            }
        }
    }

    public ReviewWrite {
        if (key == null || action == null) throw new IllegalArgumentException("a review write needs an item and an action");
        if (author == null || author.isBlank()) throw new IllegalArgumentException("a review write needs its author");
        if (expectedVersion < 0) throw new IllegalArgumentException("\"version\" must be 0 or more, not " + expectedVersion);
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        boolean report = key.kind() == ItemKey.Kind.REPORT;
        boolean reportAction = action == Action.RETRACT || action == Action.RESTORE;
        if (report != reportAction) {
            throw new IllegalArgumentException(report ? "a report is retracted or restored, not " + action.label() + "ed"
                    : "only a report is retracted or restored; a " + key.kind().label() + " is accepted, rejected or corrected");
        }
        if ((action == Action.REJECT || action == Action.RETRACT) && reason == null) {
            throw new IllegalArgumentException("to " + action.label() + " needs a reason");
        }
    }
}
