package org.totmon.store;

import java.time.LocalDate;
import java.time.YearMonth;
import org.totmon.model.PublicationDate;

/** The days a date known to the year, month or day may stand for: 2023-06 is 2023-06-01 to 2023-06-30. */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        if (from.isAfter(to)) throw new IllegalArgumentException("date range ends before it starts: " + from + " to " + to);
    }

    /** Null when the date is unknown. */
    public static DateRange of(PublicationDate d) {
        if (!d.known()) return null;
        if (d.month() == null) return new DateRange(LocalDate.of(d.year(), 1, 1), LocalDate.of(d.year(), 12, 31));
        if (d.day() == null) {
            YearMonth ym = YearMonth.of(d.year(), d.month());
            return new DateRange(ym.atDay(1), ym.atEndOfMonth());
        }
        LocalDate day = LocalDate.of(d.year(), d.month(), d.day());
        return new DateRange(day, day);
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; null or blank gives null. */
    public static DateRange parse(String s) {
        return of(PublicationDate.parse(s));
    }
}
