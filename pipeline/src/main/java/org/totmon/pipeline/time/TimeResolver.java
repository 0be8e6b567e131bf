package org.totmon.pipeline.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.totmon.model.PublicationDate;
import org.totmon.pipeline.time.TimeLexicon.Shift;

/**
 * Turns what the text says into {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, against the publication date.
 * Every method returns null when the publication date is not precise enough for the answer.
 */
final class TimeResolver {
    /** How much more a day (month) ahead of publication counts than one behind it when a year is guessed. */
    private static final int FUTURE_WEIGHT = 2;
    private final PublicationDate published;

    TimeResolver(PublicationDate published) {
        this.published = published;
    }

    private LocalDate day() {
        return published.day() == null ? null : LocalDate.of(published.year(), published.month(), published.day());
    }

    private YearMonth month() {
        return published.month() == null ? null : YearMonth.of(published.year(), published.month());
    }

    /** "yesterday", "last week" (the month that week fell in), "this weekend" (its Saturday), "next year". */
    String shift(Shift s) {
        LocalDate d = day();
        int n = s.offset();
        return switch (s.unit()) {
            case DAY -> d == null ? null : d.plusDays(n).toString();
            case WEEK -> d != null ? YearMonth.from(d.plusWeeks(n)).toString()
                    : n == 0 && month() != null ? month().toString() : null;
            case WEEKEND -> d == null ? null : d.with(DayOfWeek.SATURDAY).plusWeeks(n).toString();
            case RECENT_WEEKEND -> d == null ? null : d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)).toString();
            case MONTH -> month() == null ? null : month().plusMonths(n).toString();
            case YEAR -> published.year() == null ? null : year(published.year() + n);
        };
    }

    /**
     * A weekday: the most recent one on or before publication, or with a deictic word the one in the
     * publication's week ("this"), the one before ("last") or the one after ("next").
     */
    String weekday(int isoDay, Integer deictic) {
        LocalDate d = day();
        if (d == null) return null;
        DayOfWeek dow = DayOfWeek.of(isoDay);
        if (deictic == null) return d.with(TemporalAdjusters.previousOrSame(dow)).toString();
        return switch (Integer.signum(deictic)) {
            case -1 -> d.with(TemporalAdjusters.previous(dow)).toString();
            case 1 -> d.with(TemporalAdjusters.next(dow)).toString();
            default -> d.with(dow).toString();
        };
    }

    /**
     * A month without a year. Plainly said, the year that puts it nearest to the publication month, counting
     * time ahead double because news tells mostly of what has happened ("in September" in June is the coming
     * September, in November it is the last one; "May" in November is the last May); "last"/"next" take the one
     * strictly before/after; with only the publication year known, that year.
     */
    String month(int m, Integer deictic) {
        Integer y = published.year();
        if (y == null) return null;
        YearMonth pub = month();
        if (deictic != null && deictic == 0) return YearMonth.of(y, m).toString();
        if (pub == null) return deictic == null ? YearMonth.of(y, m).toString() : null;
        if (deictic == null) return YearMonth.from(nearestYear(pub, m, 1, false)).toString();
        YearMonth same = YearMonth.of(y, m);
        if (deictic < 0) return (same.isBefore(pub) ? same : same.minusYears(1)).toString();
        return (same.isAfter(pub) ? same : same.plusYears(1)).toString();
    }

    /** A day and month without a year: the year that puts it nearest to publication, as for {@link #month}. */
    String dayOfMonth(int m, int dayOfMonth) {
        Integer y = published.year();
        if (y == null) return null;
        if (month() == null) return date(y, m, dayOfMonth);
        LocalDate best = nearestYear(month(), m, dayOfMonth, true);
        return best == null ? null : best.toString();
    }

    /** Of the dates m/dayOfMonth in the year of publication and the years either side, the nearest, as for {@link #month}. */
    private LocalDate nearestYear(YearMonth pub, int m, int dayOfMonth, boolean byDay) {
        LocalDate anchor = byDay ? day() : null;
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
            LocalDate candidate = valid(y, m, dayOfMonth);
            if (candidate == null) continue;
            long ahead = anchor != null ? ChronoUnit.DAYS.between(anchor, candidate)
                    : ChronoUnit.MONTHS.between(pub, YearMonth.from(candidate));
            long distance = ahead > 0 ? FUTURE_WEIGHT * ahead : -ahead;
            if (distance < bestDistance) { // ascending years: a tie keeps the earlier one
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    static String date(int y, int m, int d) {
        LocalDate date = valid(y, m, d);
        return date == null ? null : date.toString();
    }

    static String yearMonth(int y, int m) {
        return m < 1 || m > 12 ? null : YearMonth.of(y, m).toString();
    }

    static String year(int y) {
        return String.format("%04d", y);
    }

    private static LocalDate valid(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null; // "31 April" is no date: the mention is dropped
        }
    }
}
