package org.totmon.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.totmon.model.Event;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.PublicationDate;
import org.totmon.store.DateRange;
import org.totmon.store.Store;
import org.totmon.web.Catalog.EventRow;
import org.totmon.web.Catalog.Found;

/**
 * Exports: every report as JSON Lines (layers in the benchmark's output format plus metadata and text), events as
 * CSV with ACLED's column names, events and places as GeoJSON. Events can be filtered by {@code type},
 * {@code from}/{@code to} (the event's date, else its report's) and {@code place}.
 */
final class Exports {
    /**
     * ACLED's column names, in ACLED's order, for the columns the record can fill (country stays empty: places carry no
     * country yet); then the record's own.
     */
    static final List<String> CSV_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "country", "admin1", "location", "latitude", "longitude",
            "geo_precision", "source", "notes", "fatalities", "totmon_type", "totmon_modality", "totmon_report", "source_url");

    private final Store store;
    private final Catalog catalog;

    Exports(Store store, Catalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    void register(Javalin app) {
        app.get("/api/export/reports.jsonl", this::reports);
        app.get("/api/export/events.csv", this::eventsCsv);
        app.get("/api/export/events.geojson", ctx -> Api.json(ctx, eventsGeoJson(events(catalog, ctx))));
        app.get("/api/export/places.geojson", ctx -> Api.json(ctx, placesGeoJson(catalog.places())));
    }

    /** The events the request's filters let through. */
    static List<EventRow> events(Catalog catalog, Context ctx) {
        String type = SearchService.param(ctx, "type");
        String place = SearchService.param(ctx, "place");
        DateRange from = SearchService.date(ctx, "from"), to = SearchService.date(ctx, "to");
        Predicate<EventRow> keep = e -> type == null || e.event().type().equalsIgnoreCase(type);
        if (place != null) {
            String k = Catalog.key(place);
            keep = keep.and(e -> e.event().place() != null && Catalog.key(e.event().place()).equals(k)
                    || e.place() != null && Catalog.placeId(e.place()).equals(place));
        }
        if (from != null || to != null) {
            keep = keep.and(e -> {
                DateRange when = range(e.when());
                return when != null && (from == null || !when.to().isBefore(from.from())) && (to == null || !when.from().isAfter(to.to()));
            });
        }
        return catalog.events().stream().filter(keep).toList();
    }

    private static DateRange range(String date) {
        try {
            return DateRange.parse(date);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void reports(Context ctx) throws IOException {
        ctx.contentType("application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"totmon-reports.jsonl\"");
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        store.forEach(r -> write(w, Api.reportJson(r, catalog).toString() + "\n"));
        w.flush();
    }

    private void eventsCsv(Context ctx) throws IOException {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"totmon-events.csv\"");
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        write(w, String.join(",", CSV_COLUMNS) + "\r\n");
        int n = 0;
        for (EventRow e : events(catalog, ctx)) write(w, csvRow(e, ++n) + "\r\n");
        w.flush();
    }

    static String csvRow(EventRow row, int n) {
        Event e = row.event();
        Place p = row.place();
        PublicationDate d = date(row.when());
        LocalDate day = d.approximateDay();
        List<String> actors = e.actors();
        String[] v = {
                "TOTMON" + n,
                day == null ? "" : day.toString(),
                d.year() == null ? "" : d.year().toString(),
                day == null ? "" : d.day() != null ? "1" : "3",
                nz(e.acledEventType()), nz(e.acledSubEventType()),
                actors.isEmpty() ? "" : actors.get(0),
                actors.size() > 1 ? String.join("; ", actors.subList(1, actors.size())) : "",
                "",
                p != null && p.kind() == PlaceKind.REGION ? p.name() : "",
                p != null ? p.name() : nz(e.place()),
                p != null ? Double.toString(p.lat()) : "",
                p != null ? Double.toString(p.lon()) : "",
                p == null ? "" : p.kind() == PlaceKind.SETTLEMENT ? "1" : "3",
                nz(row.report().outlet()),
                nz(e.text()),
                "",
                e.type(), e.modality().label(), row.report().id(), nz(row.report().url())};
        return Arrays.stream(v).map(Exports::csv).collect(Collectors.joining(","));
    }

    private static PublicationDate date(String s) {
        try {
            return PublicationDate.parse(s);
        } catch (RuntimeException e) {
            return PublicationDate.UNKNOWN;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * A CSV field. Report text that starts like a spreadsheet formula gets a leading apostrophe, so opening the
     * export in a spreadsheet never runs it.
     */
    static String csv(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) s = "'" + s;
        if (s.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) return '"' + s.replace("\"", "\"\"") + '"';
        return s;
    }

    static ObjectNode eventsGeoJson(List<EventRow> events) {
        ObjectNode fc = featureCollection();
        ArrayNode features = (ArrayNode) fc.get("features");
        for (EventRow e : events) {
            if (e.place() == null) continue;
            ObjectNode props = feature(features, e.place());
            props.put("kind", "event");
            props.put("type", e.event().type());
            props.put("when", e.when());
            props.put("place", e.place().name());
            props.put("modality", e.event().modality().label());
            props.put("text", e.event().text());
            props.put("report", e.report().id());
            props.put("report_title", e.report().label());
        }
        return fc;
    }

    static ObjectNode placesGeoJson(List<List<Found<Place>>> places) {
        ObjectNode fc = featureCollection();
        ArrayNode features = (ArrayNode) fc.get("features");
        for (List<Found<Place>> group : places) {
            Place p = group.get(0).item();
            ObjectNode props = feature(features, p);
            props.put("kind", "place");
            props.put("id", Catalog.placeId(p));
            props.put("name", p.name());
            props.put("place_kind", p.kind().label());
            Set<String> reports = group.stream().map(f -> f.report().id()).collect(Collectors.toSet());
            props.put("reports", reports.size());
        }
        return fc;
    }

    private static ObjectNode featureCollection() {
        ObjectNode fc = Api.JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        fc.put("attribution", "Coordinates: GeoNames (www.geonames.org), CC BY 4.0");
        fc.putArray("features");
        return fc;
    }

    /** Adds a point feature at the place; returns its properties, to fill. */
    private static ObjectNode feature(ArrayNode features, Place p) {
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        ObjectNode g = f.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(p.lon()).add(p.lat());
        return f.putObject("properties");
    }

    private static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
