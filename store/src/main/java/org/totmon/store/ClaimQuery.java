package org.totmon.store;

import org.totmon.model.Side;

/**
 * Which claim groups to list; a null field does not filter. {@code subject}: words in what is counted or in a claim's
 * subject or text (case-insensitive); {@code place}: the group's place or its region (case-insensitive); {@code side}:
 * a claim from this side; {@code disputedOnly}: only groups whose sides disagree; {@code minClaims}: at least this many.
 */
public record ClaimQuery(String subject, String place, Side side, boolean disputedOnly, int minClaims, int limit) {
    public ClaimQuery {
        if (limit < 1) throw new IllegalArgumentException("the limit must be at least 1, not " + limit);
        if (minClaims < 1) throw new IllegalArgumentException("the minimum number of claims must be at least 1, not " + minClaims);
        subject = blankToNull(subject, "subject");
        place = blankToNull(place, "place");
    }

    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, false, 1, Integer.MAX_VALUE);
    }

    static String blankToNull(String s, String what) {
        if (s == null) return null;
        if (s.isBlank()) throw new IllegalArgumentException("the " + what + " filter is empty");
        return s.strip();
    }
}
