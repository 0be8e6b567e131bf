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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.totmon.model.Entity;
import org.totmon.model.Place;
import org.totmon.store.AcledRows;
import org.totmon.store.ClaimGroup;
import org.totmon.store.ClaimRows;
import org.totmon.store.GroupedClaim;
import org.totmon.store.EntityNames;
import org.totmon.store.EventQuery;
import org.totmon.store.ItemKey;
import org.totmon.store.Review;
import org.totmon.store.ReviewedReport;
import org.totmon.store.StoredReport;
import org.totmon.store.Store;
import org.totmon.store.TimelineEvent;
import org.totmon.web.Catalog.Found;

/**
 * Exports: every report as JSON Lines (layers in the benchmark's output format plus metadata and text), the clustered
 * events of the store's timeline as CSV with ACLED's 31 columns (as {@code totmon events --format csv}) and as
 * GeoJSON ({@code application/geo+json}), places as GeoJSON, the ledger's claims as CSV (as {@code totmon claims
 * --format csv}) and JSON Lines, people and organisations as CSV. Claims are filtered as in {@link Filters#claims}. Events can be filtered as in {@link Filters#events}. Corrections are applied, every claim
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
        app.get("/api/export/events.geojson", this::eventsGeoJson);
        app.get("/api/export/places.geojson", this::placesGeoJson);
        app.get("/api/export/claims.csv", this::claimsCsv);
        app.get("/api/export/claims.jsonl", this::claimsJsonl);
        app.get("/api/export/entities.csv", this::entitiesCsv);
    }

    /** Events a page of {@code events.geojson} holds by default (the map's page), and at most. */
    static final int GEOJSON_PAGE = 500, GEOJSON_MAX = 5_000;

    /**
     * A page of the timeline's order ({@code limit}, default {@link #GEOJSON_PAGE}, from {@code offset}), so that a
     * response stays bounded however many events the store holds; while the timeline may go on, {@code next_offset}
     * says where the next page starts (a page can hold fewer features than its limit: events without coordinates, or
     * with every mention rejected, are left out of it).
     */
    private void eventsGeoJson(Context ctx) {
        EventQuery q = Filters.events(ctx, GEOJSON_PAGE);
        Filters.atMost(q.limit(), "limit", GEOJSON_MAX);
        List<TimelineEvent> page = store.timeline().events(q);
        ObjectNode fc = eventsGeoJson(checked(ctx, page));
        if (page.size() == q.limit()) fc.put("next_offset", (long) q.offset() + q.limit());
        geoJson(ctx, fc);
    }

    /** GeoJSON's own media type (RFC 7946), so GIS tools take it as such. */
    private static void geoJson(Context ctx, ObjectNode fc) {
        ctx.contentType("application/geo+json; charset=utf-8").result(fc.toString());
    }

    /** The ledger's groups as the ledger page filters them, rejected claims out ({@code reviewed=1}: reviewed ones only). */
    private List<ClaimGroup> groups(Context ctx) {
        boolean reviewedOnly = reviewedOnly(ctx);
        return store.ledger().groups(Filters.claims(ctx, Integer.MAX_VALUE)).stream()
                .map(g -> reviewedOnly ? g.reviewedOnly() : g.withoutRejected()).filter(java.util.Objects::nonNull).toList();
    }

    private void claimsCsv(Context ctx) throws IOException {
        Writer w = attachment(ctx, "text/csv; charset=utf-8", "totmon-claims.csv");
        write(w, String.join(",", ClaimRows.COLUMNS) + "\r\n");
        for (ClaimGroup g : groups(ctx)) {
            for (GroupedClaim gc : g.claims()) write(w, csvRow(ClaimRows.of(g, gc)) + "\r\n");
        }
        w.flush();
    }

    /** One claim a line, with the CSV's fields as keys (numbers and booleans as such). */
    private void claimsJsonl(Context ctx) throws IOException {
        Writer w = attachment(ctx, "application/x-ndjson; charset=utf-8", "totmon-claims.jsonl");
        for (ClaimGroup g : groups(ctx)) {
            for (GroupedClaim gc : g.claims()) {
                ObjectNode o = Api.JSON.createObjectNode();
                List<Object> row = ClaimRows.of(g, gc);
                for (int i = 0; i < row.size(); i++) o.set(ClaimRows.COLUMNS.get(i), Api.JSON.valueToTree(row.get(i)));
                write(w, o + "\n");
            }
        }
        w.flush();
    }

    /**
     * People and organisations under the names in force: name, type, how many reports name them and how often, their
     * spellings, and their review status. A report whose entity people rejected does not count; an entity rejected
     * wherever it is named is left out ({@code reviewed=1}: only the reports where people accepted or corrected it).
     */
    private void entitiesCsv(Context ctx) throws IOException {
        Writer w = attachment(ctx, "text/csv; charset=utf-8", "totmon-entities.csv");
        write(w, "name,type,reports,mentions,spellings,review\r\n");
        Set<String> retracted = store.reviews().retracted();
        EntityNames names = catalog.names();
        Map<String, List<Review>> reviews = byReport(store.reviews().ofKind(ItemKey.Kind.ENTITY));
        boolean reviewedOnly = reviewedOnly(ctx);
        for (List<Found<Entity>> group : catalog.entities()) {
            String name = group.get(0).item().name();
            Checked<Entity> kept = checked(group, retracted, reviewedOnly, f -> reviews.getOrDefault(f.report().id(), List.of()).stream()
                    .filter(r -> Catalog.key(names.resolve(f.report().id(), r.key().name())).equals(Catalog.key(name))).findFirst().orElse(null));
            if (kept == null) continue;
            long reports = kept.found().stream().map(f -> f.report().id()).distinct().count();
            int mentions = kept.found().stream().mapToInt(f -> f.item().mentions().size()).sum();
            Set<String> spellings = new java.util.TreeSet<>();
            kept.found().forEach(f -> f.item().mentions().forEach(m -> spellings.add(m.text())));
            write(w, csvRow(java.util.Arrays.asList(name, group.get(0).item().type().name().toLowerCase(java.util.Locale.ROOT), reports, mentions,
                    String.join("; ", spellings), kept.status())) + "\r\n");
        }
        w.flush();
    }

    /** The occurrences of a name that an export keeps, and its review status over them. */
    record Checked<T>(List<Found<T>> found, String status) {}

    /**
     * The occurrences of retracted reports, rejected ones and (with {@code reviewedOnly}) unreviewed ones left out;
     * null when none is left. Reviewed when people accepted or corrected it in one report, else unreviewed.
     */
    static <T> Checked<T> checked(List<Found<T>> group, Set<String> retracted, boolean reviewedOnly, Function<Found<T>, Review> review) {
        List<Found<T>> kept = new ArrayList<>();
        boolean reviewed = false;
        for (Found<T> f : group) {
            if (retracted.contains(f.report().id())) continue;
            String status = Review.label(review.apply(f));
            if (status.equals(Review.REJECTED) || reviewedOnly && !status.equals(Review.REVIEWED)) continue;
            reviewed |= status.equals(Review.REVIEWED);
            kept.add(f);
        }
        return kept.isEmpty() ? null : new Checked<>(kept, reviewed ? Review.REVIEWED : Review.UNREVIEWED);
    }

    private static Map<String, List<Review>> byReport(Map<String, Review> reviews) {
        Map<String, List<Review>> out = new java.util.HashMap<>();
        for (Review r : reviews.values()) out.computeIfAbsent(r.key().reportId(), k -> new ArrayList<>()).add(r);
        return out;
    }

    private static Writer attachment(Context ctx, String type, String name) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        return new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    }

    private void reports(Context ctx) throws IOException {
        Writer w = attachment(ctx, "application/x-ndjson; charset=utf-8", "totmon-reports.jsonl");
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

    /** {@code places.geojson} as last made, and what from: the catalog's reports, the retractions and the places' reviews. */
    private record PlacesMade(Object catalog, Set<String> retracted, Map<String, Review> reviews, boolean reviewedOnly, String geoJson) {}

    private volatile PlacesMade placesMade;

    /**
     * Every place as a point (the map's request). Made again only when the catalog took in reports, or a retraction or a
     * review of a place was written since: it checks every find of every place, which grows with the store.
     */
    private void placesGeoJson(Context ctx) {
        Object version = catalog.version();
        Set<String> retracted = store.reviews().retracted();
        Map<String, Review> reviews = store.reviews().ofKind(ItemKey.Kind.PLACE);
        boolean reviewedOnly = reviewedOnly(ctx);
        PlacesMade made = placesMade;
        if (made == null || made.catalog() != version || made.reviewedOnly() != reviewedOnly || !made.retracted().equals(retracted)
                || !made.reviews().equals(reviews)) {
            made = new PlacesMade(version, retracted, reviews, reviewedOnly, placesGeoJson(checkedPlaces(retracted, reviews, reviewedOnly)).toString());
            placesMade = made;
        }
        ctx.contentType("application/geo+json; charset=utf-8").result(made.geoJson());
    }

    /** The places with their review status, as {@link #checked} keeps them. */
    private List<Checked<Place>> checkedPlaces(Set<String> retracted, Map<String, Review> reviews, boolean reviewedOnly) {
        // Every find of every place is checked: a review's key is made only for a report that has a place reviewed,
        // not for each of the store's finds.
        Set<String> reviewed = reviews.values().stream().map(r -> r.key().reportId()).collect(Collectors.toSet());
        List<Checked<Place>> out = new ArrayList<>();
        for (List<Found<Place>> group : catalog.places()) {
            Checked<Place> kept = checked(group, retracted, reviewedOnly, f -> !reviewed.contains(f.report().id()) ? null
                    : reviews.get(ItemKey.place(f.report().id(), f.item().name()).toString()));
            if (kept != null) out.add(kept);
        }
        return out;
    }

    private void eventsCsv(Context ctx) throws IOException {
        List<TimelineEvent> events = checked(ctx, store.timeline().events(Filters.events(ctx, Integer.MAX_VALUE)));
        Writer w = attachment(ctx, "text/csv; charset=utf-8", "totmon-events.csv");
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

    static ObjectNode placesGeoJson(List<Checked<Place>> places) {
        ObjectNode fc = featureCollection();
        ArrayNode features = (ArrayNode) fc.get("features");
        for (Checked<Place> checked : places) {
            List<Found<Place>> group = checked.found();
            Place p = group.get(0).item();
            ObjectNode props = feature(features, p.lon(), p.lat());
            props.put("kind", "place");
            props.put("id", Catalog.placeId(p));
            props.put("name", p.name());
            props.put("place_kind", p.kind().label());
            props.put("reports", reports(group));
            props.put("review", checked.status());
        }
        return fc;
    }

    /**
     * How many reports {@code found} comes from. The catalog adds a report's finds together, report after report, each
     * with the one {@link Catalog.ReportInfo} it holds of the report, so the finds of one report are next to each other
     * and share it: counted without a set of every report id of every place, which the map's request made again each
     * time (most of its CPU at 100,000 reports), nor reading each id.
     */
    static <T> int reports(List<Found<T>> found) {
        int n = 0;
        Catalog.ReportInfo last = null;
        for (Found<T> f : found) {
            if (f.report() != last) n++;
            last = f.report();
        }
        return n;
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
