package org.totmon.store;

import java.time.Instant;
import java.util.Locale;

/** A named account that writes to the record, its role, and when it was created and (if so) revoked. */
public record Account(String name, Role role, Instant createdAt, Instant revokedAt) {
    /** What an account may do: read; also review items; also retract reports, ingest and manage. */
    public enum Role {
        READER, REVIEWER, ADMIN;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Role of(String label) {
            try {
                return valueOf(label.strip().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("'" + label + "' is not a role: reader, reviewer or admin");
            }
        }

        /** Whether this role may do what {@code needed} may. */
        public boolean covers(Role needed) {
            return compareTo(needed) >= 0;
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
