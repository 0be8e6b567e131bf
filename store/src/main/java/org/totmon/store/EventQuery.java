package org.totmon.store;

import java.time.LocalDate;

/**
 * Which events to list, in date order; a null field does not filter. {@code place}: the event's place or its region
 * (case-insensitive); {@code type}: the event type (ELECTION, ATTACK …); {@code from}/{@code to}: the days the event's
 * date (else its first report's date) may stand for overlap these; an event without any date is then left out.
 */
public record EventQuery(String place, String type, LocalDate from, LocalDate to, int limit) {
    public EventQuery {
        if (limit < 1) throw new IllegalArgumentException("the limit must be at least 1, not " + limit);
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("the start date " + from + " is after the end date " + to);
        place = ClaimQuery.blankToNull(place, "place");
        type = ClaimQuery.blankToNull(type, "type");
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, Integer.MAX_VALUE);
    }
}
