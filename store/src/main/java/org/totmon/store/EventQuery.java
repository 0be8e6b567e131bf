package org.totmon.store;

import java.time.LocalDate;

/**
 * Which events to list, in date order; a null field does not filter. {@code place}: the event's place or its region
 * (case-insensitive); {@code type}: the event type (ELECTION, ATTACK …); {@code from}/{@code to}: the days the event's
 * date (else its first report's date) may stand for overlap these; an event without any date is then left out.
 * {@code offset} events of that order are skipped before the {@code limit} listed: a client pages through a large
 * timeline with one bounded request a page.
 */
public record EventQuery(String place, String type, LocalDate from, LocalDate to, int limit, int offset) {
    public EventQuery {
        if (limit < 1) throw new IllegalArgumentException("the limit must be at least 1, not " + limit);
        if (offset < 0) throw new IllegalArgumentException("the offset must be at least 0, not " + offset);
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("the start date " + from + " is after the end date " + to);
        place = ClaimQuery.blankToNull(place, "place");
        type = ClaimQuery.blankToNull(type, "type");
    }

    /** The first {@code limit} events. */
    public EventQuery(String place, String type, LocalDate from, LocalDate to, int limit) {
        this(place, type, from, to, limit, 0);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, Integer.MAX_VALUE);
    }
}
