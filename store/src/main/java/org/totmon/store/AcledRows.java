package org.totmon.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import org.totmon.linker.DateSpan;

/**
 * Clustered events as rows with ACLED's 31 columns in ACLED's order (empty where the record has no value: the
 * interaction codes, the second actor, fatalities, ACLED's tags and timestamp), then the record's own: independent
 * sources, reports, type, modality, first reported, review status. What {@code totmon events --format csv} and the
 * workbench's CSV export write.
 */
public final class AcledRows {
    private static final int NOTE_LENGTH = 300;

    /** ACLED's columns, in the order of its exports. */
    public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
            "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
            "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");
    public static final List<String> COLUMNS = java.util.stream.Stream.concat(ACLED_COLUMNS.stream(),
            java.util.stream.Stream.of("source_count", "report_count", "totmon_type", "modality", "first_reported", "review_status")).toList();
    /** ISO 3166 numeric codes (ACLED's {@code iso}) and ACLED regions of the countries the record places events in. */
    private static final java.util.Map<String, Integer> ISO_NUMERIC = java.util.Map.of("UA", 804, "RU", 643, "BY", 112, "MD", 498, "GE", 268);
    private static final java.util.Map<String, String> REGION = java.util.Map.of("UA", "Europe", "RU", "Europe", "BY", "Europe", "MD", "Europe",
            "GE", "Caucasus and Central Asia");

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
                day == null ? null : precision, disorderType(e.acledEventType()), e.acledEventType(), e.acledSubEventType(),
                actors.isEmpty() ? null : actors.get(0), actors.size() < 2 ? null : String.join("; ", actors.subList(1, actors.size())),
                null, null, null, null, null, null,
                e.country() == null ? null : ISO_NUMERIC.get(e.country()), e.country() == null ? null : REGION.get(e.country()),
                country == null ? null : country.getDisplayCountry(Locale.ENGLISH), e.admin1(), null, null, e.place(), e.lat(), e.lon(),
                geoPrecision(e), sources, null, oneLine(e.mentions().get(0).event().text(), NOTE_LENGTH), null, null, null,
                e.independentSources(), e.reportCount(), e.type(), e.modality().label(), e.firstReported(), e.status());
    }

    /** ACLED's disorder type of its event type (codebook: battles, explosions and violence against civilians are political violence). */
    static String disorderType(String acledEventType) {
        if (acledEventType == null) return null;
        return switch (acledEventType) {
            case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "Political violence";
            case "Protests", "Riots" -> "Demonstrations";
            case "Strategic developments" -> "Strategic developments";
            default -> null;
        };
    }

    /** ACLED's geo_precision: 1 the named town, 2 a place near or part of it, 3 only the region (or a river, a sea); empty without a place. */
    static Integer geoPrecision(TimelineEvent e) {
        if (e.lat() == null || e.placeKind() == null) return null;
        return switch (e.placeKind()) {
            case SETTLEMENT -> 1;
            case OTHER -> 2;
            case REGION, COUNTRY, WATER -> 3;
        };
    }

    /** The text on one line, cut to {@code max} characters with an ellipsis; null gives "". */
    public static String oneLine(String s, int max) {
        if (s == null) return "";
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
