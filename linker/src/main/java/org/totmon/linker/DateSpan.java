package org.totmon.linker;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.totmon.model.PublicationDate;

/** A date known to the year, month or day ({@code value}: YYYY, YYYY-MM or YYYY-MM-DD) and the days it may stand for. */
public record DateSpan(String value, LocalDate from, LocalDate to) {

    /** Null for null, blank or a value that is not such a date (stored text is not trusted to be one). */
    public static DateSpan parse(String value) {
        PublicationDate d;
        try {
            d = PublicationDate.parse(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!d.known()) return null;
        if (d.month() == null) return new DateSpan(d.toString(), LocalDate.of(d.year(), 1, 1), LocalDate.of(d.year(), 12, 31));
        if (d.day() == null) {
            YearMonth ym = YearMonth.of(d.year(), d.month());
            return new DateSpan(d.toString(), ym.atDay(1), ym.atEndOfMonth());
        }
        LocalDate day = d.approximateDay();
        return new DateSpan(d.toString(), day, day);
    }

    public boolean isDay() {
        return from.equals(to);
    }

    public boolean contains(DateSpan o) {
        return !o.from.isBefore(from) && !o.to.isAfter(to);
    }

    /** Days between the two spans; 0 when they overlap. */
    public long gapDays(DateSpan o) {
        if (o.from.isAfter(to)) return ChronoUnit.DAYS.between(to, o.from);
        if (from.isAfter(o.to)) return ChronoUnit.DAYS.between(o.to, from);
        return 0;
    }

    /**
     * One contains the other (2023-09 and 2023-09-10), or they lie within {@code windowDays} of each other where one
     * is a day (30 September and 1 October); two months or years must overlap (May is not June).
     */
    public boolean compatible(DateSpan o, int windowDays) {
        return contains(o) || o.contains(this) || (isDay() || o.isDay()) && gapDays(o) <= windowDays;
    }

    /** The more precise of two dates (the narrower span); the first when equally precise. */
    static DateSpan morePrecise(DateSpan a, DateSpan b) {
        if (a == null) return b;
        if (b == null) return a;
        return ChronoUnit.DAYS.between(b.from, b.to) < ChronoUnit.DAYS.between(a.from, a.to) ? b : a;
    }
}
