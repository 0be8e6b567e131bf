package org.totmon.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.totmon.model.PublicationDate;
import org.totmon.store.EventQuery;
import org.totmon.store.Timeline.DatedCount;
import org.totmon.store.TimelineEvent;

/**
 * Clustered events counted per day, ISO week or month and type. An event is placed by its own date, else by the date it
 * was first reported; by day or week only when that date is known to the day, by month when known to the month.
 */
final class TimelineTable {
    enum Unit { DAY, WEEK, MONTH }

    /** Counts by period (sorted) and type (sorted), and how many events could not be placed. */
    record Table(Unit unit, Map<String, Map<String, Integer>> counts, int unplaced) {
        int max() {
            return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    private TimelineTable() {}

    /** The table from the store's counts by type and date ({@link org.totmon.store.Timeline#datedCounts}). */
    static Table of(List<DatedCount> dated, Unit unit) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        int unplaced = 0;
        for (DatedCount d : dated) {
            String period = period(d.date(), unit);
            if (period == null) unplaced += d.count();
            else counts.computeIfAbsent(period, k -> new TreeMap<>()).merge(d.type(), d.count(), Integer::sum);
        }
        return new Table(unit, counts, unplaced);
    }

    /** The first day of a period this class names ({@code 2023-06-06}, {@code 2023-W23}, {@code 2023-06}), to order periods of different units. */
    static LocalDate start(String period) {
        if (period.contains("-W")) {
            return LocalDate.of(Integer.parseInt(period.substring(0, 4)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(period.substring(6))).with(java.time.DayOfWeek.MONDAY);
        }
        return period.length() == 7 ? LocalDate.parse(period + "-01") : LocalDate.parse(period);
    }

    /** The date the event is placed by: its own, else its first report's. */
    static String when(TimelineEvent e) {
        return e.date() != null ? e.date() : e.firstReported();
    }

    /** {@code 2023-06-06}, {@code 2023-W23} or {@code 2023-06}; null when the date is not precise enough. */
    static String period(TimelineEvent e, Unit unit) {
        return period(when(e), unit);
    }

    /** The period of a date: {@code 2023-06} or {@code 2023-W23}; null when it is not precise enough. */
    static String period(String when, Unit unit) {
        PublicationDate d;
        try {
            d = PublicationDate.parse(when);
        } catch (IllegalArgumentException bad) {
            return null;
        }
        if (d.month() == null) return null;
        if (unit == Unit.MONTH) return String.format("%04d-%02d", d.year(), d.month());
        if (d.day() == null) return null;
        LocalDate day = d.approximateDay();
        if (unit == Unit.DAY) return day.toString();
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * The store's query for the events of one period ({@code 2023-06} or {@code 2023-W23}) and type (null: any): the
     * events whose dates overlap it, of which those {@link #period} places in it are the period's; null when the
     * period is not one.
     */
    static EventQuery periodQuery(String period, String type, int limit) {
        try {
            if (period.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(period);
                return new EventQuery(null, type, m.atDay(1), m.atEndOfMonth(), limit);
            }
            if (period.matches("\\d{4}-W\\d{2}")) {
                LocalDate monday = LocalDate.of(Integer.parseInt(period.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(period.substring(6)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new EventQuery(null, type, monday, monday.plusDays(6), limit);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
