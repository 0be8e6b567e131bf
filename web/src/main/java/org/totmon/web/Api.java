package org.totmon.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.totmon.ingest.ExtractionJson;
import org.totmon.ingest.SourcedReport;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Place;
import org.totmon.model.Report;
import org.totmon.store.IngestResult;
import org.totmon.store.Provenance;
import org.totmon.store.SearchHit;
import org.totmon.store.Store;
import org.totmon.store.StoredReport;
import org.totmon.model.TextSpan;
import org.totmon.web.Catalog.ClaimRow;
import org.totmon.web.Catalog.EventRow;
import org.totmon.web.Catalog.Found;
import org.totmon.web.Catalog.ReportInfo;

/** The JSON API under {@code /api}, described by {@code /api/openapi.json}. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIST_LIMIT = 200;

    private final Store store;
    private final Catalog catalog;
    private final Function<Report, Extraction> annotator;
    private final WebConfig config;
    private final SearchService search;

    Api(Store store, Catalog catalog, Function<Report, Extraction> annotator, WebConfig config) {
        this.store = store;
        this.catalog = catalog;
        this.annotator = annotator;
        this.config = config;
        this.search = new SearchService(store, catalog);
    }

    void register(Javalin app) {
        app.get("/api/openapi.json", this::openApi);
        app.get("/api/search", this::search);
        app.post("/api/reports", this::ingest);
        app.get("/api/reports/{id}", ctx -> json(ctx, reportJson(storedReport(store, ctx.pathParam("id")), catalog)));
        app.get("/api/entities", ctx -> json(ctx, names(catalog.entities(), f -> f.item().name(), "type", f -> f.item().type().name())));
        app.get("/api/entities/{id}", ctx -> json(ctx, entityJson(ctx.pathParam("id"))));
        app.get("/api/places", ctx -> json(ctx, names(catalog.places(), f -> f.item().name(), "id", f -> Catalog.placeId(f.item()))));
        app.get("/api/places/{id}", ctx -> json(ctx, placeJson(ctx.pathParam("id"))));
        app.get("/api/events", ctx -> json(ctx, events(Exports.events(catalog, ctx))));
        app.get("/api/claims", ctx -> json(ctx, ledger()));
        app.get("/api/timeline", this::timeline);
        new Exports(store, catalog).register(app);
    }

    private void openApi(Context ctx) throws IOException {
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static void json(Context ctx, Object node) {
        ctx.contentType("application/json; charset=utf-8").result(node.toString());
    }

    private void search(Context ctx) {
        SearchService.Result r = search.search(SearchService.Params.of(ctx));
        ObjectNode o = JSON.createObjectNode();
        o.put("total", r.total());
        o.put("capped", r.capped());
        o.put("page", r.page());
        o.put("page_size", SearchService.PAGE_SIZE);
        ArrayNode hits = o.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode n = hits.addObject();
            n.put("id", h.id());
            n.put("title", h.title());
            n.put("published", h.published());
            n.put("language", h.language());
            n.put("url", h.url());
            n.put("score", h.score());
            n.put("snippet", h.snippet().text());
            ArrayNode marks = n.putArray("highlights");
            for (TextSpan s : h.snippet().highlights()) marks.addObject().put("start", s.start()).put("end", s.end());
        }
        o.set("facets", JSON.valueToTree(r.facets()));
        json(ctx, o);
    }

    /** Writes need the token: none configured refuses every write (403), a missing one is 401, a wrong one 403. */
    private void authorize(Context ctx) {
        if (config.token() == null) throw new ApiError(403, "writes are disabled: start the server with TOTMON_TOKEN set");
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "this write needs the header Authorization: Bearer <TOTMON_TOKEN>");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8))) throw new ApiError(403, "wrong token");
    }

    private void ingest(Context ctx) {
        authorize(ctx);
        byte[] body = ReportBody.read(ctx.bodyInputStream(), ctx.req().getContentLengthLong(), config.maxRequestBytes());
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        List<SourcedReport> reports = ReportBody.parse(body, type.startsWith("application/json"), config.maxRequestBytes());
        ObjectNode o = JSON.createObjectNode();
        ArrayNode added = o.putArray("added"), duplicates = o.putArray("duplicates");
        for (SourcedReport r : reports) {
            Report report = r.report();
            if (store.contains(report.id())) {
                duplicates.add(report.id());
                continue;
            }
            Extraction x;
            try {
                x = annotator.apply(report);
            } catch (RuntimeException e) {
                throw new ApiError(500, "could not annotate the report on line " + r.line() + ": " + e, r.line());
            }
            IngestResult result = store.add(report, x, new Provenance(r.externalId(), "api:" + (r.line())));
            (result.added() ? added : duplicates).add(report.id());
        }
        catalog.refresh();
        ctx.status(added.isEmpty() ? 200 : 201);
        json(ctx, o);
    }

    static StoredReport storedReport(Store store, String id) {
        return store.report(id).orElseThrow(() -> new ApiError(404, "no report with id " + id));
    }

    /** The layers in the benchmark's output format, plus the report's metadata, text and near-duplicates. */
    static ObjectNode reportJson(StoredReport s, Catalog catalog) {
        ObjectNode o = ExtractionJson.toJson(s.extraction());
        o.put("id", s.id());
        o.set("metadata", metadata(s));
        o.put("text", s.report().text());
        ArrayNode boiler = o.putArray("boilerplate");
        for (TextSpan b : s.extraction().boilerplate()) boiler.addObject().put("start", b.start()).put("end", b.end());
        ArrayNode near = o.putArray("near_duplicates");
        for (Catalog.NearDuplicate d : catalog.nearDuplicates(s.id())) near.addObject().put("id", d.report().id()).put("similarity", d.similarity());
        return o;
    }

    static ObjectNode metadata(StoredReport s) {
        Report r = s.report();
        ObjectNode m = JSON.createObjectNode();
        m.put("url", r.url());
        m.put("outlet", r.outlet());
        m.put("title", r.title());
        m.put("published", r.published());
        m.put("declared_language", r.language());
        m.put("external_id", s.provenance().externalId());
        m.put("origin", s.provenance().origin());
        m.put("ingested_at", s.ingestedAt() == null ? null : s.ingestedAt().toString());
        return m;
    }

    private static <T> ArrayNode names(List<List<Found<T>>> groups, Function<Found<T>, String> name, String field, Function<Found<T>, String> value) {
        ArrayNode out = JSON.createArrayNode();
        for (List<Found<T>> g : groups.subList(0, Math.min(groups.size(), LIST_LIMIT))) {
            out.addObject().put("name", name.apply(g.get(0))).put(field, value.apply(g.get(0))).put("reports", g.size());
        }
        return out;
    }

    private ObjectNode entityJson(String id) {
        List<Found<Entity>> found = catalog.entity(id);
        if (found.isEmpty()) throw new ApiError(404, "no entity named " + id);
        Entity first = found.get(0).item();
        Profile profile = Profile.ofEntity(catalog, found);
        ObjectNode o = JSON.createObjectNode();
        o.put("name", first.name());
        o.put("type", first.type().name());
        profileJson(o, profile);
        return o;
    }

    private ObjectNode placeJson(String id) {
        List<Found<Place>> found = catalog.place(id);
        if (found.isEmpty()) throw new ApiError(404, "no place " + id);
        Place p = found.get(0).item();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", Catalog.placeId(p));
        o.put("name", p.name());
        o.put("kind", p.kind().label());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        if (p.geonamesId() != null) o.put("geonames_id", p.geonamesId());
        profileJson(o, Profile.ofPlace(catalog, found));
        return o;
    }

    private static void profileJson(ObjectNode o, Profile p) {
        o.set("spellings", JSON.valueToTree(p.spellings()));
        ArrayNode reports = o.putArray("reports");
        for (ReportInfo r : p.reports()) reports.addObject().put("id", r.id()).put("title", r.title()).put("published", r.published());
        o.set("events", events(p.events()));
        o.set("claims_by", claims(p.claimsBy()));
        o.set("claims_about", claims(p.claimsAbout()));
    }

    static ArrayNode events(List<EventRow> rows) {
        ArrayNode out = JSON.createArrayNode();
        for (EventRow r : rows) {
            Event e = r.event();
            ObjectNode n = out.addObject();
            n.put("report", r.report().id());
            n.put("type", e.type());
            n.put("date", e.date());
            n.put("when", r.when());
            n.put("place", e.place());
            if (r.place() != null) n.put("lat", r.place().lat()).put("lon", r.place().lon());
            n.set("actors", JSON.valueToTree(e.actors()));
            n.put("modality", e.modality().label());
            n.put("acled_event_type", e.acledEventType());
            n.put("acled_sub_event_type", e.acledSubEventType());
            n.put("text", e.text());
        }
        return out;
    }

    static ArrayNode claims(List<ClaimRow> rows) {
        ArrayNode out = JSON.createArrayNode();
        for (ClaimRow r : rows) {
            Claim c = r.claim();
            ObjectNode n = out.addObject();
            n.put("report", r.report().id());
            n.put("published", r.report().published());
            n.put("text", c.text());
            n.put("value", c.value());
            if (c.valueMax() == null) n.putNull("value_max"); else n.put("value_max", c.valueMax());
            n.put("qualifier", c.qualifier());
            n.put("unit", c.unit());
            n.put("subject", c.subject());
            n.put("claimant", c.claimant());
            n.put("claimant_side", c.claimantSide() == null ? null : c.claimantSide().label());
            n.put("hedged", c.hedged());
        }
        return out;
    }

    private ArrayNode ledger() {
        ArrayNode out = JSON.createArrayNode();
        for (Ledger.Group g : Ledger.groups(catalog.claims())) {
            ObjectNode n = out.addObject();
            n.put("unit", g.unit());
            n.put("subject", g.subject());
            n.put("disagreement", g.disagreement());
            n.set("claims", claims(g.claims()));
        }
        return out;
    }

    private void timeline(Context ctx) {
        Timeline.Table t = Timeline.table(catalog.events(), unit(ctx));
        ObjectNode o = JSON.createObjectNode();
        o.put("unit", t.unit().name().toLowerCase(Locale.ROOT));
        o.put("unplaced", t.unplaced());
        o.set("counts", JSON.valueToTree(t.counts()));
        json(ctx, o);
    }

    static Timeline.Unit unit(Context ctx) {
        String u = SearchService.param(ctx, "unit");
        if (u == null || u.equalsIgnoreCase("month")) return Timeline.Unit.MONTH;
        if (u.equalsIgnoreCase("week")) return Timeline.Unit.WEEK;
        throw new ApiError(400, "parameter \"unit\" must be month or week, not " + u);
    }

}
