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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.totmon.model.Place;
import org.totmon.store.AcledRows;
import org.totmon.store.ItemKey;
import org.totmon.store.ReviewedReport;
import org.totmon.store.StoredReport;
import org.totmon.store.Store;
import org.totmon.store.TimelineEvent;
import org.totmon.web.Catalog.Found;

/**
 * Exports: every report as JSON Lines (layers in the benchmark's output format plus metadata and text), the clustered
 * events of the store's timeline as CSV with ACLED's column names (as {@code totmon events --format csv}) and as
 * GeoJSON, places as GeoJSON. Events can be filtered as in {@link Filters#events}. Corrections are applied, every claim
 * and event says whether people reviewed it, rejected items and retracted reports are left out; {@code reviewed=1}
 * keeps only the items people accepted or corrected.
 */
final class Exports {
    private final Store store;
    private final Catalog catalog;

    Exports(Store store, Catalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    void register(Javalin app) {
        app.get("/api/export/reports.jsonl", this::reports);
        app.get("/api/export/events.csv", this::eventsCsv);
        app.get("/api/export/events.geojson", ctx -> Api.json(ctx, eventsGeoJson(checked(ctx, store.timeline().events(Filters.events(ctx, Integer.MAX_VALUE))))));
        app.get("/api/export/places.geojson", ctx -> Api.json(ctx, placesGeoJson(withoutRetracted(catalog.places(), store.reviews().retracted()))));
    }

    private void reports(Context ctx) throws IOException {
        ctx.contentType("application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"totmon-reports.jsonl\"");
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        boolean reviewedOnly = reviewedOnly(ctx);
        Set<String> retracted = store.reviews().retracted();
        store.forEach(r -> {
            if (!retracted.contains(r.id())) write(w, checkedReportJson(store, store.reviews().reviewed(r), reviewedOnly).toString() + "\n");
        });
        w.flush();
    }

    static boolean reviewedOnly(Context ctx) {
        String v = SearchService.param(ctx, "reviewed");
        return v != null && !v.equals("0") && !v.equalsIgnoreCase("false");
    }

    /** The report as people left it (corrections applied, rejected items out), each claim and event with its review status. */
    static ObjectNode checkedReportJson(Store store, ReviewedReport r, boolean reviewedOnly) {
        StoredReport s = r.stored();
        ObjectNode o = Api.reportJson(new StoredReport(s.seq(), s.report(), r.checked(reviewedOnly), s.provenance(), s.ingestedAt()), store);
        markStatus((ArrayNode) o.get("claims"), r.checkedStatuses(ItemKey.Kind.CLAIM, reviewedOnly));
        markStatus((ArrayNode) o.get("events"), r.checkedStatuses(ItemKey.Kind.EVENT, reviewedOnly));
        return o;
    }

    private static void markStatus(ArrayNode items, List<String> statuses) {
        for (int i = 0; i < items.size() && i < statuses.size(); i++) ((ObjectNode) items.get(i)).put("review", statuses.get(i));
    }

    /** The events without their rejected mentions (or with only reviewed ones, when asked); events left with none are out. */
    static List<TimelineEvent> checked(Context ctx, List<TimelineEvent> events) {
        boolean reviewedOnly = reviewedOnly(ctx);
        return events.stream().map(e -> reviewedOnly ? e.reviewedOnly() : e.withoutRejected()).filter(java.util.Objects::nonNull).toList();
    }

    private static List<List<Found<Place>>> withoutRetracted(List<List<Found<Place>>> places, Set<String> retracted) {
        if (retracted.isEmpty()) return places;
        return places.stream().map(g -> g.stream().filter(f -> !retracted.contains(f.report().id())).toList()).filter(g -> !g.isEmpty()).toList();
    }

    private void eventsCsv(Context ctx) throws IOException {
        List<TimelineEvent> events = checked(ctx, store.timeline().events(Filters.events(ctx, Integer.MAX_VALUE)));
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"totmon-events.csv\"");
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        write(w, String.join(",", AcledRows.COLUMNS) + "\r\n");
        for (TimelineEvent e : events) write(w, csvRow(AcledRows.of(e)) + "\r\n");
        w.flush();
    }

    static String csvRow(List<Object> fields) {
        return fields.stream().map(f -> csv(f == null ? "" : f.toString())).collect(Collectors.joining(","));
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

    /** Events whose place has coordinates, each a point with what the timeline knows of it. */
    static ObjectNode eventsGeoJson(List<TimelineEvent> events) {
        ObjectNode fc = featureCollection();
        ArrayNode features = (ArrayNode) fc.get("features");
        for (TimelineEvent e : events) {
            if (e.lat() == null || e.lon() == null) continue;
            ObjectNode props = feature(features, e.lon(), e.lat());
            props.put("kind", "event");
            props.put("id", e.id());
            props.put("type", e.type());
            props.put("date", e.date());
            props.put("first_reported", e.firstReported());
            props.put("place", e.place());
            props.put("admin1", e.admin1());
            props.put("modality", e.modality().label());
            props.put("independent_sources", e.independentSources());
            props.put("report_count", e.reportCount());
            props.put("review", e.status());
            props.put("text", e.mentions().get(0).event().text());
        }
        return fc;
    }

    static ObjectNode placesGeoJson(List<List<Found<Place>>> places) {
        ObjectNode fc = featureCollection();
        ArrayNode features = (ArrayNode) fc.get("features");
        for (List<Found<Place>> group : places) {
            Place p = group.get(0).item();
            ObjectNode props = feature(features, p.lon(), p.lat());
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

    /** Adds a point feature; returns its properties, to fill. */
    private static ObjectNode feature(ArrayNode features, double lon, double lat) {
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        ObjectNode g = f.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(lon).add(lat);
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
