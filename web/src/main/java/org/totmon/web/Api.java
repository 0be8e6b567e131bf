package org.totmon.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import org.totmon.ingest.ExtractionJson;
import org.totmon.ingest.SourcedReport;
import org.totmon.linker.Regions;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Place;
import org.totmon.model.Report;
import org.totmon.model.TextSpan;
import org.totmon.store.Account.Role;
import org.totmon.store.ClaimGroup;
import org.totmon.store.ClaimQuery;
import org.totmon.store.ClusteredEvent;
import org.totmon.store.EntityNames;
import org.totmon.store.EventQuery;
import org.totmon.store.GroupedClaim;
import org.totmon.store.IngestResult;
import org.totmon.store.LedgerCard;
import org.totmon.store.Intake;
import org.totmon.store.NearDuplicate;
import org.totmon.store.Provenance;
import org.totmon.store.SearchHit;
import org.totmon.store.SourceReport;
import org.totmon.store.Store;
import org.totmon.store.StoredReport;
import org.totmon.store.TimelineEvent;
import org.totmon.web.Catalog.ClaimRow;
import org.totmon.web.Catalog.EventRow;
import org.totmon.web.Catalog.Found;
import org.totmon.web.Catalog.Named;
import org.totmon.web.Catalog.ReportInfo;

/** The JSON API under {@code /api}, described by {@code /api/openapi.json}. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIST_LIMIT = 200;
    /** The most events, groups or claims of a group one API read lists: a response stays bounded (exports are not). */
    static final int MAX_LIMIT = 1_000;

    private final Store store;
    private final Catalog catalog;
    private final WebConfig config;
    private final SearchService search;
    /** {@code /api/claims}' JSON of the cards the ledger keeps (the same list while the record is unchanged). */
    private final Rendered renderedCards = new Rendered(4);
    /** Each ledger card's JSON, by the card (equal cards write the same): two lists of 200. */
    private final KeptText cardsJson = new KeptText(400);
    /** {@code /api/timeline} by unit, rendered once for the counts the store keeps (grouping them by period was a third of its CPU). */
    private final java.util.Map<TimelineTable.Unit, Rendered> renderedTimeline = new java.util.EnumMap<>(java.util.Map.of(TimelineTable.Unit.DAY, new Rendered(2),
            TimelineTable.Unit.WEEK, new Rendered(2), TimelineTable.Unit.MONTH, new Rendered(2)));
    private final Function<Report, Extraction> annotator;
    private final Regions regions;
    private final RequestLimit limit;
    private final TokenThrottle throttle = new TokenThrottle();
    private final Writers writers;

    Api(Store store, Catalog catalog, Function<Report, Extraction> annotator, Regions regions, WebConfig config) {
        this.store = store;
        this.catalog = catalog;
        this.config = config;
        this.search = new SearchService(store, catalog);
        this.annotator = annotator;
        this.regions = regions;
        this.limit = new RequestLimit(config.requestTimeout());
        this.writers = new Writers(store, config);
    }

    void register(Javalin app) {
        app.get("/api/openapi.json", this::openApi);
        app.get("/api/docs", Api::docs);
        app.get("/api/search", this::search);
        app.post("/api/reports", this::ingest);
        app.get("/api/reports/{id}", ctx -> json(ctx, reportJson(storedReport(store, ctx.pathParam("id")), store)));
        app.get("/api/entities", ctx -> json(ctx, names(catalog.entities(), f -> f.item().name(), "type", f -> f.item().type().name())));
        app.get("/api/entities/{id}", ctx -> json(ctx, entityJson(ctx, ctx.pathParam("id"))));
        app.get("/api/places", ctx -> json(ctx, names(catalog.places(), f -> f.item().name(), "id", f -> Catalog.placeId(f.item()))));
        app.get("/api/places/{id}", ctx -> json(ctx, placeJson(ctx, ctx.pathParam("id"))));
        // reviewed=1: only what people accepted or corrected, as on the ledger and timeline pages and in the exports.
        app.get("/api/events", ctx -> {
            EventQuery q = Filters.events(ctx, LIST_LIMIT);
            Filters.atMost(q.limit(), "limit", MAX_LIMIT);
            List<TimelineEvent> events = store.timeline().events(q);
            if (Exports.reviewedOnly(ctx)) events = events.stream().map(TimelineEvent::reviewedOnly).filter(java.util.Objects::nonNull).toList();
            json(ctx, timelineEvents(events));
        });
        app.get("/api/events/{id}", ctx -> json(ctx, eventJson(event(store, ctx.pathParam("id")))));
        // Each group with its first claims of each side (claims_per_side); a side's next claims by side and offset.
        app.get("/api/claims", ctx -> {
            ClaimQuery q = Filters.claims(ctx, LIST_LIMIT);
            Filters.atMost(q.limit(), "limit", MAX_LIMIT);
            int perSide = Filters.atMost(Filters.number(ctx, "claims_per_side", CLAIMS_PER_SIDE), "claims_per_side", MAX_LIMIT);
            List<LedgerCard> cards = store.ledger().cards(q, Exports.reviewedOnly(ctx), perSide);
            // Each card's JSON kept while the card is equal: after a linked report the cards are read again, and
            // only the groups the report joined change. Joined as an array node writes them.
            ctx.contentType("application/json; charset=utf-8").result(renderedCards.of(cards, () -> {
                StringJoiner out = new StringJoiner(",", "[", "]");
                for (LedgerCard g : cards) out.add(cardsJson.of(g, () -> groupJson(g).toString()));
                return out.toString();
            }));
        });
        app.get("/api/claims/{id}", ctx -> {
            String side = SearchService.param(ctx, "side");
            json(ctx, groupJson(card(store, ctx.pathParam("id"), Exports.reviewedOnly(ctx), side == null ? null : Filters.side(side).label(),
                    Filters.offset(ctx), Filters.atMost(Filters.number(ctx, "limit", GROUP_CLAIMS), "limit", MAX_LIMIT))));
        });
        app.get("/api/timeline", this::timeline);
        new Exports(store, catalog).register(app);
    }

    private void openApi(Context ctx) throws IOException {
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The API described by its OpenAPI file, rendered by Swagger UI from this server (no CDN). */
    private static void docs(Context ctx) {
        String ui = "/webjars/swagger-ui/" + SWAGGER_UI + "/";
        ctx.contentType("text/html; charset=utf-8").result(Html.page(I18n.current().t("api.title"),
                "<h1>" + Html.esc(I18n.current().t("api.title")) + "</h1><p class=\"note\">" + Html.esc(I18n.current().t("api.note")) + " "
                        + Html.link("/api/openapi.json", "openapi.json") + "</p><div id=\"swagger-ui\"></div>",
                ui + "swagger-ui.css", ui + "swagger-ui-bundle.js", "/static/api-docs.js"));
    }

    /** The Swagger UI WebJar's version, which is part of its resources' paths. */
    static final String SWAGGER_UI = "5.32.8";

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
        ArrayNode also = o.putArray("also_searched");
        r.also().forEach(also::add);
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

    /**
     * Who is writing: the holder of TOTMON_TOKEN ({@value Writers#SERVER_TOKEN_AUTHOR}) or a reviewer's or admin's
     * account, by the token the request carries. A missing token is 401, a wrong one 403, and an address that gave too
     * many wrong ones is made to wait (429, see {@link TokenThrottle}).
     */
    private String authorize(Context ctx) {
        long wait = throttle.waitSeconds(ctx.ip());
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ApiError(429, "too many wrong tokens from this address: try again in " + wait + " s");
        }
        try {
            return writers.author(ctx, Role.REVIEWER);
        } catch (ApiError e) {
            if (e.status == 403) throttle.failed(ctx.ip());
            throw e;
        }
    }

    private void ingest(Context ctx) {
        String author = authorize(ctx);
        byte[] body = ReportBody.read(ctx.bodyInputStream(), ctx.req().getContentLengthLong(), config.maxRequestBytes());
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        List<SourcedReport> reports = ReportBody.parse(body, type.startsWith("application/json"), config.maxRequestBytes(), config.maxReportChars());
        List<Intake.Item> items = new ArrayList<>();
        for (SourcedReport r : reports) items.add(new Intake.Item(r.report(), new Provenance(r.externalId(), "api:" + r.line()), r.line()));
        Intake.Batch batch;
        try {
            // The same path as `totmon ingest`, all or nothing: a refused report leaves nothing of the request stored.
            // Annotation, the long part, stops when the client goes or the limit passes (the store's writes never do).
            batch = limit.run(ctx, stop -> new Intake(store, r -> stop.stoppable(() -> annotator.apply(r)), regions, author).addAll(items));
        } catch (RequestLimit.Stopped e) {
            throw new ApiError(503, "stopped: " + e.getMessage() + "; nothing of this request was stored");
        } catch (Intake.Refused e) {
            String where = e.line() > 0 && reports.size() > 1 ? "line " + e.line() + ": " : "";
            throw new ApiError(422, where + e.getMessage() + "; nothing of this request was stored", e.line());
        }
        ObjectNode o = JSON.createObjectNode();
        ArrayNode added = o.putArray("added"), duplicates = o.putArray("duplicates");
        for (IngestResult result : batch.results()) (result.added() ? added : duplicates).add(result.id());
        o.put("linked", batch.linked());
        catalog.refresh();
        ctx.status(added.isEmpty() ? 200 : 201);
        json(ctx, o);
    }

    static StoredReport storedReport(Store store, String id) {
        return store.report(id).orElseThrow(() -> new ApiError(404, "no report with id " + id));
    }

    static TimelineEvent event(Store store, String id) {
        return id(id).flatMap(n -> store.timeline().event(n)).orElseThrow(() -> new ApiError(404, "no event with id " + id));
    }

    /** Claims of each side a group of {@code /api/claims} lists, by default. */
    static final int CLAIMS_PER_SIDE = 10;
    /** Claims of each side {@code /api/claims/{id}} lists, by default. */
    static final int GROUP_CLAIMS = 100;

    /** A group's card (see {@link org.totmon.store.Ledger#card}); 404 when there is none. */
    static LedgerCard card(Store store, String id, boolean reviewedOnly, String side, int offset, int limit) {
        return id(id).flatMap(n -> store.ledger().card(n, reviewedOnly, side, offset, limit))
                .orElseThrow(() -> new ApiError(404, "no claim group with id " + id));
    }

    private static Optional<Long> id(String id) {
        return id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    /**
     * The layers in the benchmark's output format, plus the report's metadata, text and near-duplicates (the store's
     * near_duplicate pairs; {@code role} says whether the other report is this one's original or a copy of it).
     */
    static ObjectNode reportJson(StoredReport s, Store store) {
        ObjectNode o = ExtractionJson.toJson(s.extraction());
        o.put("id", s.id());
        o.set("metadata", metadata(s));
        o.put("text", s.report().text());
        ArrayNode boiler = o.putArray("boilerplate");
        for (TextSpan b : s.extraction().boilerplate()) boiler.addObject().put("start", b.start()).put("end", b.end());
        ArrayNode near = o.putArray("near_duplicates");
        for (NearDuplicate d : store.nearDuplicates(s.id())) {
            near.addObject().put("id", d.report().id()).put("similarity", d.similarity()).put("role", d.original() ? "original" : "copy");
        }
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
        m.put("origin", Pages.fileName(s.provenance().origin()));
        m.put("source_format", s.provenance().format());
        m.put("forwarded_from", s.provenance().forwardedFrom());
        m.put("ingested_at", s.ingestedAt() == null ? null : s.ingestedAt().toString());
        m.put("ingested_by", s.provenance().ingestedBy());
        return m;
    }

    private static <T> ArrayNode names(List<List<Found<T>>> groups, Function<Found<T>, String> name, String field, Function<Found<T>, String> value) {
        ArrayNode out = JSON.createArrayNode();
        for (List<Found<T>> g : groups.subList(0, Math.min(groups.size(), LIST_LIMIT))) {
            out.addObject().put("name", name.apply(g.get(0))).put(field, value.apply(g.get(0))).put("reports", g.size());
        }
        return out;
    }

    private ObjectNode entityJson(Context ctx, String id) {
        Named<Entity> found = catalog.entity(id);
        if (found.isEmpty()) throw new ApiError(404, "no entity named " + id);
        Entity first = found.first();
        EntityNames names = catalog.names();
        Profile profile = Profile.ofEntity(store, names, found, Pages.profilePage(ctx, found));
        ObjectNode o = JSON.createObjectNode();
        o.put("name", first.name());
        o.put("type", first.type().name());
        ArrayNode merged = o.putArray("merged_from");
        names.mergedInto(first.name()).forEach(merged::add);
        profileJson(o, profile);
        return o;
    }

    private ObjectNode placeJson(Context ctx, String id) {
        Named<Place> found = catalog.place(id);
        if (found.isEmpty()) throw new ApiError(404, "no place " + id);
        Place p = found.first();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", Catalog.placeId(p));
        o.put("name", p.name());
        o.put("kind", p.kind().label());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        if (p.geonamesId() != null) o.put("geonames_id", p.geonamesId());
        profileJson(o, Profile.ofPlace(store, catalog.names(), found, Pages.profilePage(ctx, found)));
        return o;
    }

    private static void profileJson(ObjectNode o, Profile p) {
        o.set("spellings", JSON.valueToTree(p.spellings()));
        o.put("report_count", p.reportCount());
        o.put("page", p.page());
        o.put("pages", p.pages());
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
            ObjectNode n = out.addObject();
            n.put("report", r.report().id());
            n.put("published", r.report().published());
            ExtractionJson.claimFields(n, r.claim());
        }
        return out;
    }


    /** The report a grouped claim or clustered event comes from, and the earlier report it is a near-copy of (or null). */
    private static void source(ObjectNode n, SourceReport r) {
        n.put("report", r.id());
        n.put("outlet", r.outlet());
        n.put("title", r.title());
        n.put("url", r.url());
        n.put("published", r.published());
        n.put("near_duplicate_of", r.nearDuplicateOf());
    }

    /**
     * A claim group of the ledger: what is counted where, the figures of two sides that disagree (or null), how many
     * claims and reports it has, each side's count with where its next claims start (null: none after those listed),
     * the claims listed, and the chart's points (each side's lowest and highest figure on each date).
     */
    static ObjectNode groupJson(LedgerCard card) {
        ClaimGroup g = card.group();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", g.id());
        o.put("unit", g.unit());
        o.put("concept", g.concept());
        o.put("place", g.place());
        o.put("admin1", g.admin1());
        o.put("event_type", g.eventType());
        o.put("event_id", g.eventId());
        o.put("disputed", g.disputed());
        o.put("disagreement", g.disagreement());
        o.put("claim_count", card.claimCount());
        o.put("report_count", card.reportCount());
        ArrayNode sides = o.putArray("sides");
        card.sides().keySet().stream().sorted().forEach(side -> {
            ObjectNode n = sides.addObject();
            n.put("side", side);
            n.put("claims", card.claimsOf(side));
            n.put("next_offset", card.nextOffset(side) < 0 ? null : card.nextOffset(side));
        });
        ArrayNode claims = o.putArray("claims");
        for (GroupedClaim gc : g.claims()) {
            ObjectNode n = claims.addObject();
            source(n, gc.report());
            n.put("date", gc.date());
            n.put("review", gc.status());
            ExtractionJson.claimFields(n, gc.claim());
        }
        ArrayNode chart = o.putArray("chart");
        for (LedgerCard.ChartPoint p : card.chart()) {
            chart.addObject().put("side", p.side()).put("date", p.date()).put("min", p.min()).put("max", p.max()).put("claims", p.claims());
        }
        return o;
    }

    static ArrayNode timelineEvents(List<TimelineEvent> events) {
        ArrayNode out = JSON.createArrayNode();
        for (TimelineEvent e : events) out.add(eventJson(e));
        return out;
    }

    /** A clustered event: what its reports say together, how many independent sources tell it, and each report's mention. */
    static ObjectNode eventJson(TimelineEvent e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type());
        o.put("date", e.date());
        o.put("first_reported", e.firstReported());
        o.put("place", e.place());
        o.put("place_kind", e.placeKind() == null ? null : e.placeKind().label());
        o.put("admin1", e.admin1());
        o.put("country", e.country());
        o.put("lat", e.lat());
        o.put("lon", e.lon());
        o.put("modality", e.modality().label());
        o.put("acled_event_type", e.acledEventType());
        o.put("acled_sub_event_type", e.acledSubEventType());
        o.set("actors", JSON.valueToTree(e.actors()));
        o.put("independent_sources", e.independentSources());
        o.put("report_count", e.reportCount());
        o.put("review", e.status());
        ArrayNode mentions = o.putArray("mentions");
        for (ClusteredEvent m : e.mentions()) {
            ObjectNode n = mentions.addObject();
            source(n, m.report());
            n.put("independent", m.independent());
            n.put("text", m.event().text());
            n.put("date", m.event().date());
            n.put("place", m.event().place());
            n.put("modality", m.event().modality().label());
            n.put("review", m.status());
        }
        return o;
    }

    private void timeline(Context ctx) {
        TimelineTable.Unit unit = unit(ctx);
        List<org.totmon.store.Timeline.DatedCount> counts = store.timeline().datedCounts(false);
        ctx.contentType("application/json; charset=utf-8").result(renderedTimeline.get(unit).of(counts, () -> {
            TimelineTable.Table t = TimelineTable.of(counts, unit);
            ObjectNode o = JSON.createObjectNode();
            o.put("unit", t.unit().name().toLowerCase(Locale.ROOT));
            o.put("unplaced", t.unplaced());
            o.set("counts", JSON.valueToTree(t.counts()));
            return o.toString();
        }));
    }

    static TimelineTable.Unit unit(Context ctx) {
        String u = SearchService.param(ctx, "unit");
        if (u == null || u.equalsIgnoreCase("month")) return TimelineTable.Unit.MONTH;
        if (u.equalsIgnoreCase("week")) return TimelineTable.Unit.WEEK;
        if (u.equalsIgnoreCase("day")) return TimelineTable.Unit.DAY;
        throw new ApiError(400, "parameter \"unit\" must be day, week or month, not " + u);
    }

}
