package org.totmon.web;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.totmon.model.PublicationDate;
import org.totmon.web.Catalog.EventRow;

/**
 * Events counted per month or ISO week and type. An event is placed by its own date, else by its report's
 * publication date; by week only when that date is known to the day, by month when known to the month.
 */
final class Timeline {
    enum Unit { MONTH, WEEK }

    /** Counts by period (sorted) and type (sorted), and how many events could not be placed. */
    record Table(Unit unit, Map<String, Map<String, Integer>> counts, int unplaced) {
        int max() {
            return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    private Timeline() {}

    static Table table(List<EventRow> events, Unit unit) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        int unplaced = 0;
        for (EventRow e : events) {
            String period = period(e, unit);
            if (period == null) unplaced++;
            else counts.computeIfAbsent(period, k -> new TreeMap<>()).merge(e.event().type(), 1, Integer::sum);
        }
        return new Table(unit, counts, unplaced);
    }

    /** {@code 2023-06} or {@code 2023-W23}; null when the date is not precise enough. */
    static String period(EventRow e, Unit unit) {
        PublicationDate d;
        try {
            d = PublicationDate.parse(e.when());
        } catch (IllegalArgumentException bad) {
            return null;
        }
        if (d.month() == null) return null;
        if (unit == Unit.MONTH) return String.format("%04d-%02d", d.year(), d.month());
        if (d.day() == null) return null;
        LocalDate day = d.approximateDay();
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
