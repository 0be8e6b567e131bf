package org.totmon.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import org.totmon.linker.DateSpan;

/**
 * Clustered events as rows with ACLED's column names (in ACLED's order, for the columns the record can fill), then
 * the record's own: independent sources, reports, type, modality, first reported. What {@code totmon events --format
 * csv} and the workbench's CSV export write.
 */
public final class AcledRows {
    private static final int NOTE_LENGTH = 300;

    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "country", "admin1", "location", "latitude", "longitude", "source",
            "notes", "source_count", "report_count", "totmon_type", "modality", "first_reported",
            "review_status");

    private AcledRows() {}

    /**
     * One event's fields, in {@link #COLUMNS} order; null where unknown. ACLED dates are days: a month or year is
     * given by its first day with time_precision 3, an event dated only by its first report by that report's date
     * with time_precision 2, a day with 1. The id is the country's ISO alpha-3 code, "TOT" and the event's number, so
     * it cannot collide with ACLED's own.
     */
    public static List<Object> of(TimelineEvent e) {
        DateSpan own = DateSpan.parse(e.date());
        DateSpan reported = DateSpan.parse(e.firstReported());
        DateSpan day = own != null ? own : reported;
        int precision = own != null ? (own.isDay() ? 1 : 3) : reported != null && reported.isDay() ? 2 : 3;
        Locale country = e.country() == null ? null : new Locale("", e.country());
        String iso3 = "";
        if (country != null) {
            try {
                iso3 = country.getISO3Country();
            } catch (MissingResourceException ignored) {
                iso3 = e.country();
            }
        }
        List<String> actors = e.actors();
        String sources = e.mentions().stream().map(m -> m.report().outlet() == null ? m.report().id() : m.report().outlet())
                .distinct().collect(Collectors.joining("; "));
        return Arrays.asList(iso3 + "TOT" + e.id(), day == null ? null : day.from(), day == null ? null : day.from().getYear(),
                day == null ? null : precision, e.acledEventType(), e.acledSubEventType(),
                actors.isEmpty() ? null : actors.get(0), actors.size() < 2 ? null : String.join("; ", actors.subList(1, actors.size())),
                country == null ? null : country.getDisplayCountry(Locale.ENGLISH), e.admin1(), e.place(), e.lat(), e.lon(),
                sources, oneLine(e.mentions().get(0).event().text(), NOTE_LENGTH), e.independentSources(), e.reportCount(),
                e.type(), e.modality().label(), e.firstReported(), e.status());
    }

    /** The text on one line, cut to {@code max} characters with an ellipsis; null gives "". */
    public static String oneLine(String s, int max) {
        if (s == null) return "";
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
