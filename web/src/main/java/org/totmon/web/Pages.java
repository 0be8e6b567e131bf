package org.totmon.web;

import static org.totmon.web.Html.esc;
import static org.totmon.web.Html.link;
import static org.totmon.web.Html.url;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.totmon.linker.Disagreement;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Place;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.model.TextSpan;
import org.totmon.model.TimeMention;
import org.totmon.store.ClaimGroup;
import org.totmon.store.ClaimQuery;
import org.totmon.store.ClusteredEvent;
import org.totmon.store.EntityNames;
import org.totmon.store.EventQuery;
import org.totmon.store.GroupedClaim;
import org.totmon.store.LedgerCard;
import org.totmon.store.NearDuplicate;
import org.totmon.store.SearchHit;
import org.totmon.store.Snippet;
import org.totmon.store.SourceReport;
import org.totmon.store.Store;
import org.totmon.store.StoredReport;
import org.totmon.store.Timeline.EventRef;
import org.totmon.store.TimelineEvent;
import org.totmon.web.Catalog.ClaimRow;
import org.totmon.web.Catalog.EventRow;
import org.totmon.web.Catalog.Named;
import org.totmon.web.Catalog.ReportInfo;

/** The server-rendered pages: search, report, entity, place, map, timeline, event and claim ledger, in the request's language ({@link I18n}). */
final class Pages {
    private final Store store;
    private final Catalog catalog;
    private final WebConfig config;
    private final SearchService search;
    private final ReviewPages review;
    private final EventSides sources = new EventSides();
    /** The ledger pages' bodies, by the cards they show, the language, the page and the filters. */
    private final Rendered ledgerPages = new Rendered(16);
    /** Ledger cards drawn lately ({@link #drawn}). */
    private final KeptText drawnCards = new KeptText(400);

    Pages(Store store, Catalog catalog, WebConfig config) {
        this.store = store;
        this.catalog = catalog;
        this.config = config;
        this.search = new SearchService(store, catalog);
        this.review = new ReviewPages(store);
    }

    void register(Javalin app) {
        app.get("/", this::searchPage);
        app.get("/reports/{id}", this::reportPage);
        app.get("/entities/{id}", this::entityPage);
        app.get("/places/{id}", this::placePage);
        app.get("/map", this::mapPage);
        app.get("/timeline", this::timelinePage);
        app.get("/events/{id}", this::eventPage);
        app.get("/claims", this::claimsPage);
        app.get("/claims/{id}", this::groupPage);
        review.register(app);
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    // ---- search

    /** Says when an older pipeline extracted some stored reports, and how to extract them again; else nothing. */
    private String olderExtractionsBanner() {
        long older = store.olderExtractionCount();
        if (older == 0) return "";
        return "<p class=\"banner\" id=\"older-extractions\">" + esc(I18n.current().t("banner.older", older)) + " <code>totmon reannotate</code></p>";
    }

    private void searchPage(Context ctx) {
        I18n t = I18n.current();
        SearchService.Params p = SearchService.Params.of(ctx);
        SearchService.Result r = search.search(p);
        StringBuilder b = new StringBuilder(olderExtractionsBanner()).append("<h1>").append(esc(t.t("search.title"))).append("</h1>");
        b.append("<form class=\"search\" method=\"get\" action=\"/\">")
                .append("<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"").append(esc(t.t("search.placeholder"))).append("\" value=\"").append(esc(p.q())).append("\" autofocus>")
                .append("<button type=\"submit\">").append(esc(t.t("search.go"))).append("</button>")
                .append("<label class=\"exact\"><input type=\"checkbox\" name=\"exact\" id=\"exact\" value=\"1\"").append(p.exact() ? " checked" : "").append("> ")
                .append(esc(t.t("search.exact"))).append("</label>")
                .append("<details class=\"more-filters\"").append(p.lang() != null || p.type() != null || p.place() != null || p.entity() != null
                        || p.side() != null || p.from() != null || p.to() != null ? " open" : "").append("><summary>").append(esc(t.t("search.filters"))).append("</summary>")
                .append(input("lang", t.t("search.lang"), p.lang())).append(input("type", t.t("search.type"), p.type()))
                .append(input("place", t.t("search.place"), p.place())).append(input("entity", t.t("search.entity"), p.entity()))
                .append(input("side", t.t("search.side"), p.side()))
                .append(input("from", t.t("search.from"), p.from() == null ? null : p.from().toString()))
                .append(input("to", t.t("search.to"), p.to() == null ? null : p.to().toString()))
                .append("</details></form>");
        if (!r.also().isEmpty()) {
            b.append("<p class=\"also\" id=\"also\">").append(esc(t.t("search.also", String.join(", ", r.also())))).append(' ')
                    .append(link(Html.query("/", with(p.asMap(), "exact", "1")), t.t("search.also.off"))).append("</p>");
        }
        b.append("<div class=\"cols\"><aside class=\"facets\">");
        facet(b, t.t("facet.lang"), "lang", r.facets().get("lang"), p, v -> t.label("language", v));
        facet(b, t.t("facet.type"), "type", r.facets().get("type"), p, t::eventType);
        facet(b, t.t("facet.side"), "side", r.facets().get("side"), p, v -> t.side(v));
        facet(b, t.t("facet.place"), "place", r.facets().get("place"), p, v -> v);
        facet(b, t.t("facet.entity"), "entity", r.facets().get("entity"), p, v -> v);
        b.append("</aside><section class=\"hits\"><p class=\"count\" id=\"count\">").append(esc(t.count("search.reports", r.total()))).append(r.capped() ? "+" : "").append("</p>");
        if (r.hits().isEmpty()) b.append(nothingFound(p));
        b.append("<ol>");
        for (SearchHit h : r.hits()) {
            b.append("<li class=\"hit\"><a class=\"title\" href=\"/reports/").append(esc(url(h.id()))).append("\">")
                    .append(esc(h.title() == null ? h.id() : h.title())).append("</a> <span class=\"meta\">")
                    .append(esc(h.published())).append(" · ").append(esc(h.language())).append("</span><p class=\"snippet\">")
                    .append(snippet(h.snippet())).append("</p></li>");
        }
        b.append("</ol>");
        Map<String, String> q = p.asMap();
        if (p.page() > 1) b.append(link(Html.query("/", with(q, "page", Integer.toString(p.page() - 1))), t.t("page.previous"))).append(' ');
        if (p.page() * SearchService.PAGE_SIZE < r.total()) b.append("<a rel=\"next\" href=\"").append(esc(Html.query("/", with(q, "page", Integer.toString(p.page() + 1))))).append("\">").append(esc(t.t("page.next"))).append("</a>");
        b.append("</section></div>");
        html(ctx, Html.page(t.t("nav.search"), b.toString()));
    }

    /** What to try when a search finds nothing: each filter left out, the other languages, fewer words, a stem. */
    private static String nothingFound(SearchService.Params p) {
        I18n t = I18n.current();
        List<String> tries = new ArrayList<>();
        Map<String, String> q = p.asMap();
        for (String f : List.of("lang", "type", "place", "entity", "side", "from", "to")) {
            if (q.get(f) != null) tries.add(link(Html.query("/", with(q, f, null)), t.t("search.try.without", t.t("search." + f), q.get(f))));
        }
        if (p.exact()) tries.add(link(Html.query("/", with(q, "exact", null)), t.t("search.try.languages")));
        if (p.q() != null) {
            String[] words = p.q().strip().split("\\s+");
            if (words.length > 1) tries.add(link(Html.query("/", with(q, "q", String.join(" OR ", words))), t.t("search.try.any", String.join(" OR ", words))));
            else if (words[0].length() > 5 && words[0].chars().allMatch(Character::isLetter)) {
                String stem = words[0].substring(0, words[0].length() - 2) + "*";
                tries.add(link(Html.query("/", with(q, "q", stem)), t.t("search.try.stem", stem)));
            }
        }
        tries.add(esc(t.t("search.try.spelling")));
        StringBuilder b = new StringBuilder("<div class=\"none\" id=\"nothing\"><p>").append(esc(t.t("search.none"))).append("</p><ul>");
        tries.forEach(x -> b.append("<li>").append(x).append("</li>"));
        return b.append("</ul></div>").toString();
    }

    private static Map<String, String> with(Map<String, String> q, String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(q);
        m.put(key, value);
        return m;
    }

    private static String input(String name, String placeholder, String value) {
        return "<input name=\"" + name + "\" placeholder=\"" + esc(placeholder) + "\" value=\"" + esc(value) + "\">";
    }

    private static void facet(StringBuilder b, String title, String key, Map<String, Integer> counts, SearchService.Params p,
                              java.util.function.UnaryOperator<String> label) {
        if (counts.isEmpty()) return;
        b.append("<h3>").append(esc(title)).append("</h3><ul>");
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            b.append("<li>").append(link(Html.query("/", with(p.asMap(), key, e.getKey())), label.apply(e.getKey())))
                    .append(" <span class=\"n\">").append(e.getValue()).append("</span></li>");
        }
        b.append("</ul>");
    }

    /** The snippet with its matches in {@code <mark>}; all text escaped. */
    static String snippet(Snippet s) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (TextSpan h : s.highlights()) {
            sb.append(esc(s.text().substring(at, h.start()))).append("<mark>").append(esc(s.text().substring(h.start(), h.end()))).append("</mark>");
            at = h.end();
        }
        return sb.append(esc(s.text().substring(at))).toString();
    }

    // ---- report

    private void reportPage(Context ctx) {
        I18n t = I18n.current();
        StoredReport s = Api.storedReport(store, ctx.pathParam("id"));
        Report r = s.report();
        Extraction x = s.extraction();
        StringBuilder b = new StringBuilder("<h1>").append(esc(r.title() == null ? r.id() : r.title())).append("</h1>");
        b.append("<dl class=\"meta\">");
        dt(b, t.t("report.outlet"), esc(r.outlet()));
        dt(b, t.t("report.published"), esc(r.published()));
        dt(b, t.t("report.language"), esc(t.label("language", x.language())) + (r.language() != null && !r.language().equals(x.language()) ? " " + esc(t.t("report.declared", r.language())) : ""));
        String href = safeHref(r.url());
        dt(b, t.t("report.source"), href == null ? esc(r.url()) : "<a rel=\"noopener noreferrer nofollow\" id=\"source\" href=\"" + esc(href) + "\">" + esc(href) + "</a>");
        dt(b, t.t("report.id"), esc(r.id()));
        if (s.provenance().origin() != null) dt(b, t.t("report.read_from"), esc(fileName(s.provenance().origin())));
        if (s.provenance().format() != null) dt(b, t.t("report.format"), esc(s.provenance().format()));
        if (s.provenance().forwardedFrom() != null) dt(b, t.t("report.forwarded"), esc(s.provenance().forwardedFrom()));
        if (s.provenance().ingestedBy() != null) dt(b, t.t("report.ingested_by"), esc(s.provenance().ingestedBy() + (s.ingestedAt() == null ? "" : ", " + s.ingestedAt())));
        b.append("</dl><div class=\"toggles\" id=\"toggles\">").append(esc(t.t("report.show")));
        for (String layer : LayeredText.LAYERS) {
            b.append(" <label class=\"k-").append(layer).append("\"><input type=\"checkbox\" data-layer=\"").append(layer).append('"')
                    .append(layer.equals("boilerplate") ? "" : " checked").append("> ").append(esc(t.t("layer." + layer))).append("</label>");
        }
        b.append("</div><div class=\"report-text hide-boilerplate\" id=\"text\">").append(LayeredText.render(r.text(), x)).append("</div>");
        b.append("<div class=\"cols3\"><section><h2>").append(esc(t.t("report.entities"))).append("</h2><ul id=\"entities\">");
        for (Entity e : catalog.names().apply(r.id(), x.entities())) { // under the names in force: each links to its page
            b.append("<li>").append(link("/entities/" + url(e.name()), e.name())).append(" <span class=\"n\">")
                    .append(esc(t.label(e.type()))).append(", ").append(e.mentions().size()).append("×</span></li>");
        }
        b.append("</ul></section><section><h2>").append(esc(t.t("report.places"))).append("</h2><ul id=\"places\">");
        for (Place p : x.places()) {
            b.append("<li>").append(link("/places/" + url(Catalog.placeId(p)), p.name())).append(" <span class=\"n\">").append(esc(t.label(p.kind()))).append("</span></li>");
        }
        b.append("</ul></section><section><h2>").append(esc(t.t("report.times"))).append("</h2><ul>");
        for (TimeMention tm : x.times()) b.append("<li>").append(esc(tm.text())).append(" → ").append(esc(tm.value())).append("</li>");
        b.append("</ul></section></div>");
        b.append("<h2>").append(esc(t.t("report.claims"))).append("</h2>").append(claimTable(x.claims().stream().map(c -> new ClaimRow(null, c)).toList(), false));
        b.append("<h2>").append(esc(t.t("report.events"))).append("</h2>").append(eventTable(x.events()));
        b.append("<h2>").append(esc(t.t("report.near"))).append("</h2>");
        List<NearDuplicate> near = store.nearDuplicates(r.id());
        if (near.isEmpty()) b.append("<p class=\"none\">").append(esc(t.t("report.near.none"))).append("</p>");
        else {
            b.append("<ul id=\"near-duplicates\">");
            for (NearDuplicate d : near) {
                b.append("<li>").append(sourceLink(d.report())).append(" <strong class=\"copy\">").append(esc(t.t(d.original() ? "report.near.copies_it" : "report.near.copied")))
                        .append("</strong> <span class=\"n\">").append(esc(t.t("report.near.shared", Math.round(d.similarity() * 100)))).append("</span></li>");
            }
            b.append("</ul><p class=\"note\">").append(esc(t.t("report.near.note"))).append("</p>");
        }
        b.append(review.reportSection(ReviewApi.reviewed(store, r.id())));
        b.append("<p>").append(link("/api/reports/" + url(r.id()), t.t("report.json"))).append("</p>");
        html(ctx, Html.page(r.title() == null ? r.id() : r.title(), b.toString(), "/static/app.js", ReviewPages.SCRIPT));
    }

    /** The last part of where a report was read from: the file's name and place in it, never the server's directories. */
    static String fileName(String origin) {
        if (origin == null) return null;
        if (origin.matches("(?i)https?://.*")) return origin;
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
        return slash < 0 ? origin : origin.substring(slash + 1);
    }

    /** Only http(s) links are made clickable: a {@code javascript:} URL from a report must not run. */
    static String safeHref(String url) {
        if (url == null) return null;
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? u : null;
    }

    private static void dt(StringBuilder b, String term, String escapedValue) {
        b.append("<dt>").append(esc(term)).append("</dt><dd>").append(escapedValue.isEmpty() ? "—" : escapedValue).append("</dd>");
    }

    private static String reportLink(ReportInfo r) {
        return link("/reports/" + url(r.id()), r.label()) + (r.published() == null ? "" : " <span class=\"n\">" + esc(r.published()) + "</span>");
    }

    /** A link to the report a claim or event comes from, with its outlet and date, and the report it copies. */
    private static String sourceLink(SourceReport r) {
        StringBuilder b = new StringBuilder(link("/reports/" + url(r.id()), r.title() != null && !r.title().isBlank() ? r.title() : r.id()));
        String meta = String.join(", ", Stream.of(r.outlet(), r.published()).filter(v -> v != null && !v.isBlank()).toList());
        if (!meta.isEmpty()) b.append(" <span class=\"n\">").append(esc(meta)).append("</span>");
        if (r.isCopy()) b.append(" <span class=\"copy\">").append(esc(I18n.current().t("copy.of"))).append(' ').append(link("/reports/" + url(r.nearDuplicateOf()), r.nearDuplicateOf())).append("</span>");
        return b.toString();
    }

    /** The figure as the ledger's disagreements state it ("about 12,000", "at least 40"), with its unit. */
    static String figure(Claim c) {
        return Disagreement.describe(c.value(), c.valueMax(), c.qualifier()) + (c.unit() == null ? "" : " " + c.unit());
    }

    /** A claim's side, with the reason it was given (a registry row, a role phrase, the outlet) under it. */
    static String sideCell(Claim c) {
        I18n t = I18n.current();
        String side = c.claimantSide() == null ? "unknown" : c.claimantSide().label();
        String reason = c.sideReason() == null ? "" : "<br><small class=\"side-reason\">" + esc(c.sideReason()) + "</small>";
        return "<td class=\"side side-" + esc(side) + "\" title=\"" + esc(c.sideReason() == null ? t.t("side.no_reason") : c.sideReason())
                + "\">" + esc(t.side(side)) + reason + "</td>";
    }

    /** Claims as a table; with {@code withReport}, each row names its report and date. */
    private static String claimTable(List<ClaimRow> rows, boolean withReport) {
        I18n t = I18n.current();
        if (rows.isEmpty()) return "<p class=\"none\">" + esc(t.t("none")) + "</p>";
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table class=\"claims\"><tr>").append(headers("col.figure", "col.subject", "col.claimant", "col.side", "col.hedged", "col.quote"));
        if (withReport) b.append(headers("col.report"));
        b.append("</tr>");
        for (ClaimRow r : rows) {
            Claim c = r.claim();
            b.append("<tr><td class=\"fig\">").append(esc(figure(c))).append("</td><td>").append(esc(c.subject())).append("</td><td>")
                    .append(c.claimant() == null ? "" : link("/entities/" + url(c.claimant()), c.claimant()))
                    .append("</td>").append(sideCell(c)).append("<td>")
                    .append(c.hedged() ? esc(t.t("hedged")) : "").append("</td><td class=\"quote\">").append(esc(c.text())).append("</td>");
            if (withReport) b.append("<td>").append(reportLink(r.report())).append("</td>");
            b.append("</tr>");
        }
        return b.append("</table></div>").toString();
    }

    /** Table headers from message keys. */
    static String headers(String... keys) {
        StringBuilder b = new StringBuilder();
        for (String k : keys) b.append("<th>").append(esc(I18n.current().t(k))).append("</th>");
        return b.toString();
    }

    private static String eventTable(List<Event> events) {
        I18n t = I18n.current();
        if (events.isEmpty()) return "<p class=\"none\">" + esc(t.t("none")) + "</p>";
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table class=\"events\"><tr>").append(headers("col.when", "col.type", "col.place", "col.actors", "col.told", "col.evidence")).append("</tr>");
        for (Event e : events) {
            b.append("<tr><td>").append(esc(e.date())).append("</td><td>").append(esc(t.eventType(e.type()))).append("</td><td>").append(esc(e.place()))
                    .append("</td><td>").append(esc(String.join(", ", e.actors()))).append("</td><td>").append(esc(t.label(e.modality())))
                    .append("</td><td class=\"quote\">").append(esc(e.text())).append("</td></tr>");
        }
        return b.append("</table></div>").toString();
    }

    /**
     * A profile's events, one row per clustered event with every report telling it, so that an event many outlets
     * report is listed once; an event not linked yet is a row of its own.
     */
    private static String profileEvents(List<EventRow> rows, Map<EventRef, Long> clusters) {
        I18n t = I18n.current();
        if (rows.isEmpty()) return "<p class=\"none\">" + esc(t.t("none")) + "</p>";
        Map<Object, List<EventRow>> byEvent = new LinkedHashMap<>();
        for (EventRow r : rows) {
            Long cluster = clusters.get(new EventRef(r.report().id(), r.ord()));
            byEvent.computeIfAbsent(cluster != null ? cluster : r, k -> new ArrayList<>()).add(r);
        }
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table class=\"events\"><tr>")
                .append(headers("col.when", "col.event", "col.place", "col.actors", "col.told", "col.evidence", "col.reports")).append("</tr>");
        byEvent.forEach((key, told) -> {
            EventRow r = told.get(0);
            Event e = r.event();
            String place = r.place() != null ? link("/places/" + url(Catalog.placeId(r.place())), r.place().name()) : esc(e.place());
            Set<String> actors = new LinkedHashSet<>();
            told.forEach(x -> actors.addAll(x.event().actors()));
            b.append("<tr><td>").append(esc(r.when())).append("</td><td>")
                    .append(key instanceof Long id ? link("/events/" + id, t.eventType(e.type()) + " #" + id) : esc(t.eventType(e.type()))).append("</td><td>").append(place)
                    .append("</td><td>").append(esc(String.join(", ", actors))).append("</td><td>").append(esc(t.label(e.modality())))
                    .append("</td><td class=\"quote\">").append(esc(e.text())).append("</td><td>");
            told.stream().map(EventRow::report).distinct().forEach(rep -> b.append(reportLink(rep)).append("<br>"));
            b.append("</td></tr>");
        });
        return b.append("</table></div>").toString();
    }

    // ---- entity and place

    private void entityPage(Context ctx) {
        I18n t = I18n.current();
        String id = ctx.pathParam("id");
        EntityNames names = catalog.names();
        String canonical = names.merged(id);
        if (!Catalog.key(canonical).equals(Catalog.key(id))) {
            // A name merged into another entity: its page is that entity's.
            ctx.redirect("/entities/" + url(canonical));
            return;
        }
        Named<Entity> found = catalog.entity(id);
        if (found.isEmpty()) throw new ApiError(404, t.t("entity.missing", id));
        Entity e = found.first();
        Profile p = Profile.ofEntity(store, names, found, profilePage(ctx, found));
        StringBuilder b = new StringBuilder("<h1>").append(esc(e.name())).append("</h1><p class=\"meta\">")
                .append(esc(t.label(e.type()))).append(", ").append(esc(t.count("named_in", p.reportCount()))).append("</p>");
        List<String> merged = names.mergedInto(e.name());
        if (!merged.isEmpty()) b.append("<p class=\"note\" id=\"merged-from\">").append(esc(t.t("entity.merged_from", String.join(", ", merged)))).append("</p>");
        profile(b, p, true, clusters(p.events()), "/entities/" + url(id));
        b.append(review.entitySection(e.name(), p.reports()));
        html(ctx, Html.page(e.name(), b.toString(), ReviewPages.SCRIPT));
    }

    private void placePage(Context ctx) {
        I18n t = I18n.current();
        String id = ctx.pathParam("id");
        Named<Place> found = catalog.place(id);
        if (found.isEmpty()) throw new ApiError(404, t.t("place.missing", id));
        Place pl = found.first();
        Profile p = Profile.ofPlace(store, catalog.names(), found, profilePage(ctx, found));
        StringBuilder b = new StringBuilder("<h1>").append(esc(pl.name())).append("</h1><p class=\"meta\">").append(esc(t.label(pl.kind())))
                .append(String.format(Locale.ROOT, ", %.4f, %.4f", pl.lat(), pl.lon()));
        if (pl.geonamesId() != null) b.append(", GeoNames <a rel=\"noopener noreferrer\" href=\"https://www.geonames.org/").append(pl.geonamesId()).append("\">").append(pl.geonamesId()).append("</a>");
        b.append(", ").append(esc(t.count("named_in", p.reportCount())))
                .append(" · ").append(link(Html.query("/map", Html.params("place", Catalog.placeId(pl))), t.t("place.on_map"))).append("</p>");
        profile(b, p, false, clusters(p.events()), "/places/" + url(id));
        html(ctx, Html.page(pl.name(), b.toString()));
    }

    /** The clustered event of each of the rows' events, as the store links them now. */
    private Map<EventRef, Long> clusters(List<EventRow> rows) {
        return store.timeline().clusterIds(rows.stream().map(r -> r.report().id()).distinct().toList());
    }

    /** The page of a profile's reports asked for: 1 to its last; a 400 past it. */
    static int profilePage(Context ctx, Named<?> found) {
        int page = Filters.number(ctx, "page", 1);
        long reports = found.reports().size();
        long pages = Math.max(1, (reports + Profile.PAGE_SIZE - 1) / Profile.PAGE_SIZE);
        if (page > pages) throw new ApiError(400, "parameter \"page\" must be 1 to " + pages + " (" + Profile.PAGE_SIZE + " reports a page)");
        return page;
    }

    private static void profile(StringBuilder b, Profile p, boolean entity, Map<EventRef, Long> clusters, String path) {
        I18n t = I18n.current();
        b.append("<h2>").append(esc(t.t("profile.names"))).append("</h2><ul class=\"spellings\" id=\"spellings\">");
        p.spellings().forEach((s, n) -> b.append("<li>").append(esc(s)).append(" <span class=\"n\">").append(n).append("×</span></li>"));
        b.append("</ul><h2>").append(esc(t.t("profile.reports"))).append("</h2>");
        if (p.pages() > 1) {
            int first = (p.page() - 1) * Profile.PAGE_SIZE + 1;
            b.append("<p class=\"pager\" id=\"report-pages\">").append(esc(t.t("profile.pages", first, first + p.reports().size() - 1, p.reportCount()))).append(' ');
            if (p.page() > 1) b.append(link(path + "?page=" + (p.page() - 1), t.t("page.previous"))).append(' ');
            if (p.page() < p.pages()) b.append("<a rel=\"next\" href=\"").append(esc(path + "?page=" + (p.page() + 1))).append("\">").append(esc(t.t("page.next"))).append("</a>");
            b.append("</p>");
        }
        b.append("<ul id=\"reports\">");
        for (ReportInfo r : p.reports()) b.append("<li>").append(reportLink(r)).append("</li>");
        b.append("</ul><h2>").append(esc(t.t(entity ? "profile.events.entity" : "profile.events.place"))).append("</h2>").append(profileEvents(p.events(), clusters));
        if (entity) b.append("<h2>").append(esc(t.t("profile.claims_by"))).append("</h2>").append(claimTable(p.claimsBy(), true));
        b.append("<h2>").append(esc(t.t(entity ? "profile.claims_about.entity" : "profile.claims_about.place"))).append("</h2>")
                .append("<p class=\"note\">").append(esc(t.t("profile.claims_about.note", Profile.NEAR))).append("</p>")
                .append(claimTable(p.claimsAbout(), true));
    }

    // ---- map, timeline, ledger

    private void mapPage(Context ctx) {
        I18n t = I18n.current();
        TreeSet<String> types = new TreeSet<>();
        types.addAll(catalog.eventTypes());
        StringBuilder b = new StringBuilder("<h1>").append(esc(t.t("nav.map"))).append("</h1><form class=\"filters\" id=\"map-filters\">")
                .append(typeSelect(types, SearchService.param(ctx, "type")))
                .append(input("from", t.t("search.from"), SearchService.param(ctx, "from")))
                .append(input("to", t.t("search.to"), SearchService.param(ctx, "to")))
                .append("<label><input type=\"checkbox\" name=\"places\" checked> ").append(esc(t.t("map.places"))).append("</label> <button type=\"submit\">")
                .append(esc(t.t("filter"))).append("</button> <span id=\"map-count\" data-markers=\"").append(esc(t.t("map.markers"))).append("\"></span></form>")
                .append("<div class=\"slider\"><label for=\"until\">").append(esc(t.t("map.until"))).append("</label> <input type=\"range\" id=\"until\" min=\"0\" max=\"0\" value=\"0\"> ")
                .append("<output id=\"until-label\" for=\"until\"></output></div>")
                .append("<div id=\"map\" data-tiles=\"").append(esc(config.tileUrl())).append("\" data-place=\"").append(esc(SearchService.param(ctx, "place")))
                .append("\" data-colors=\"").append(esc(EventColors.json())).append("\" data-labels=\"").append(esc(typeLabels(types)))
                .append("\" data-lang=\"").append(t.lang()).append("\" data-words=\"").append(esc(mapWords())).append("\"></div>")
                .append("<div class=\"legend\" id=\"legend\"><strong>").append(esc(t.t("map.legend"))).append("</strong> ");
        for (String type : types) b.append("<span class=\"key\">").append(EventColors.dot(type)).append(' ').append(esc(t.eventType(type))).append("</span> ");
        b.append("<span class=\"key\"><svg class=\"dot\" width=\"10\" height=\"10\" aria-hidden=\"true\"><circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#fff\" stroke=\"#1f5f99\" stroke-width=\"2\"></circle></svg> ")
                .append(esc(t.t("map.place"))).append("</span></div>")
                .append("<p class=\"note\" id=\"map-note\">").append(esc(t.t("map.note"))).append("</p>");
        html(ctx, Html.page(t.t("nav.map"), b.toString(), "/webjars/leaflet/1.9.4/dist/leaflet.css", "/webjars/leaflet/1.9.4/dist/leaflet.js", "/static/map.js"));
    }

    /** The words of the map's popups in the page's language, plural forms included, for its script. */
    private static String mapWords() {
        I18n t = I18n.current();
        com.fasterxml.jackson.databind.node.ObjectNode o = Api.JSON.createObjectNode();
        for (String key : List.of("sources.independent", "sources.reports", "map.reports")) {
            for (String form : List.of("one", "few", "many")) o.put(key + "." + form, t.count(key, form.equals("one") ? 1 : form.equals("few") ? 2 : 5).replaceFirst("\\d+", "%d"));
        }
        for (String key : List.of("undated", "map.event_page", "map.place_page", "map.zoom_in")) o.put(key, t.t(key));
        o.put("reported", t.t("reported", "%s"));
        for (org.totmon.model.Modality m : org.totmon.model.Modality.values()) o.put(m.label(), t.label(m));
        for (org.totmon.model.PlaceKind k : org.totmon.model.PlaceKind.values()) o.put(k.label(), t.label(k));
        return o.toString();
    }

    /** The event types' labels in the page's language, as a JSON object for the map's script. */
    private static String typeLabels(Set<String> types) {
        com.fasterxml.jackson.databind.node.ObjectNode o = Api.JSON.createObjectNode();
        for (String type : types) o.put(type, I18n.current().eventType(type));
        return o.toString();
    }

    private static String typeSelect(Set<String> types, String selected) {
        I18n t = I18n.current();
        StringBuilder b = new StringBuilder("<select name=\"type\" id=\"type\" aria-label=\"").append(esc(t.t("search.type"))).append("\"><option value=\"\">")
                .append(esc(t.t("filter.all_types"))).append("</option>");
        for (String type : types) {
            b.append("<option value=\"").append(esc(type)).append('"').append(type.equals(selected) ? " selected" : "").append('>')
                    .append(esc(t.eventType(type))).append("</option>");
        }
        return b.append("</select>").toString();
    }

    private static String sideSelect(Side selected) {
        I18n t = I18n.current();
        StringBuilder b = new StringBuilder("<select name=\"side\" id=\"side\" aria-label=\"").append(esc(t.t("col.side"))).append("\"><option value=\"\">")
                .append(esc(t.t("filter.any_side"))).append("</option>");
        for (Side side : Side.values()) {
            b.append("<option value=\"").append(side.label()).append('"').append(side == selected ? " selected" : "").append('>').append(esc(t.label(side))).append("</option>");
        }
        return b.append("</select>").toString();
    }

    /** Events a timeline page shows at most; narrower filters show the rest. */
    private static final int TIMELINE_EVENTS = 400;
    /** Events a timeline page reads at most (in date order, as it shows them) before the side filter: a large store is not read whole. */
    private static final int TIMELINE_READ = 2_000;

    private void timelinePage(Context ctx) {
        I18n t = I18n.current();
        TimelineTable.Unit unit = Api.unit(ctx);
        String u = unit.name().toLowerCase(Locale.ROOT);
        String sideParam = SearchService.param(ctx, "side");
        Side side = sideParam == null ? null : Filters.side(sideParam);
        // Rejected events stay on the page, marked so (the exports leave them out); reviewed=1 keeps the reviewed ones.
        // Those two filters read every event's mentions; without them only the events shown need theirs.
        boolean byMentions = side != null || Exports.reviewedOnly(ctx);
        EventQuery read = Filters.events(ctx, TIMELINE_READ);
        List<TimelineEvent> all = byMentions ? store.timeline().events(read) : store.timeline().heads(read);
        if (Exports.reviewedOnly(ctx)) all = all.stream().map(TimelineEvent::reviewedOnly).filter(java.util.Objects::nonNull).toList();
        List<TimelineEvent> events = side == null ? all : all.stream().filter(e -> sources.sidesOf(e).contains(side)).toList();
        TreeSet<String> types = new TreeSet<>();
        types.addAll(catalog.eventTypes());
        StringBuilder b = new StringBuilder("<h1>").append(esc(t.t("nav.timeline"))).append("</h1><details class=\"note\"><summary>").append(esc(t.t("timeline.how")))
                .append("</summary><p>").append(esc(t.t("timeline.note"))).append("</p></details>");
        b.append("<form class=\"filters\" method=\"get\" action=\"/timeline\" id=\"timeline-filters\"><select name=\"unit\" id=\"unit\" aria-label=\"")
                .append(esc(t.t("timeline.unit"))).append("\">");
        for (TimelineTable.Unit x : TimelineTable.Unit.values()) {
            String v = x.name().toLowerCase(Locale.ROOT);
            b.append("<option value=\"").append(v).append('"').append(x == unit ? " selected" : "").append('>').append(esc(t.t("timeline.by." + v))).append("</option>");
        }
        b.append("</select>").append(typeSelect(types, SearchService.param(ctx, "type"))).append(input("place", t.t("search.place"), SearchService.param(ctx, "place")))
                .append(sideSelect(side)).append(input("from", t.t("search.from"), SearchService.param(ctx, "from"))).append(input("to", t.t("search.to"), SearchService.param(ctx, "to")))
                .append("<label><input type=\"checkbox\" name=\"reviewed\" value=\"1\"").append(Exports.reviewedOnly(ctx) ? " checked" : "").append("> ")
                .append(esc(t.t("filter.reviewed_events"))).append("</label> <button type=\"submit\">").append(esc(t.t("filter"))).append("</button></form>");
        // An event dated only to the month stands at its month's start on a day or week axis, said so.
        Map<String, java.time.LocalDate> starts = new HashMap<>(); // parsed once per period, not at each comparison
        Map<String, List<TimelineEvent>> byPeriod = new TreeMap<>(java.util.Comparator.comparing((String p) -> starts.computeIfAbsent(p, TimelineTable::start))
                .thenComparing(p -> p));
        int undated = 0;
        for (TimelineEvent e : events) {
            String period = TimelineTable.period(e, unit);
            if (period == null) period = TimelineTable.period(e, TimelineTable.Unit.MONTH);
            if (period == null) undated++;
            else byPeriod.computeIfAbsent(period, k -> new ArrayList<>()).add(e);
        }
        b.append("<p class=\"count\" id=\"event-count\">").append(esc(t.count("timeline.events", events.size())));
        if (undated > 0) b.append(" ").append(esc(t.t("timeline.undated", undated)));
        b.append("</p>");
        if (events.isEmpty()) b.append("<p class=\"none\" id=\"nothing\">").append(esc(t.t("timeline.none"))).append(' ').append(link("/timeline", t.t("timeline.all"))).append("</p>");
        b.append("<div class=\"legend\">");
        for (String type : types) b.append("<span class=\"key\">").append(EventColors.dot(type)).append(' ').append(esc(t.eventType(type))).append("</span> ");
        b.append("</div><ol class=\"axis\" id=\"timeline\">");
        Map<Long, TimelineEvent> complete = new HashMap<>();
        if (!byMentions) {
            List<TimelineEvent> first = byPeriod.values().stream().flatMap(List::stream).limit(TIMELINE_EVENTS).toList();
            store.timeline().withMentions(first).forEach(e -> complete.put(e.id(), e));
        }
        int shown = 0;
        int max = byPeriod.values().stream().mapToInt(List::size).max().orElse(1);
        for (Map.Entry<String, List<TimelineEvent>> p : byPeriod.entrySet()) {
            if (shown >= TIMELINE_EVENTS) break;
            boolean monthOnly = unit != TimelineTable.Unit.MONTH && p.getKey().length() == 7;
            b.append("<li class=\"period").append(monthOnly ? " month-only" : "").append("\" id=\"p-").append(esc(p.getKey())).append("\"><div class=\"tick\"><strong>")
                    .append(esc(p.getKey())).append("</strong>").append(monthOnly ? " <em class=\"n\">" + esc(t.t("timeline.month_only")) + "</em>" : "").append(" <span class=\"n\">")
                    .append(p.getValue().size()).append("</span><svg class=\"bar\" width=\"60\" height=\"6\" aria-hidden=\"true\"><rect width=\"")
                    .append(Math.max(2, 60 * p.getValue().size() / max)).append("\" height=\"6\" fill=\"#4a78a8\"></rect></svg></div><ul class=\"ev-list\">");
            for (TimelineEvent head : p.getValue()) {
                if (shown++ >= TIMELINE_EVENTS) break;
                TimelineEvent e = complete.getOrDefault(head.id(), head);
                b.append("<li class=\"ev\" id=\"event-").append(e.id()).append("\" data-type=\"").append(esc(e.type())).append("\">").append(EventColors.dot(e.type())).append(' ')
                        .append(link("/events/" + e.id(), t.eventType(e.type()))).append(" <span class=\"where\">").append(esc(where(e))).append("</span> <span class=\"n\">")
                        .append(esc(when(e))).append("</span> <span class=\"sources\" title=\"").append(esc(t.t("sources.title"))).append("\">").append(sources(e)).append("</span>");
                for (Side s : sources.sidesOf(e)) b.append(" <span class=\"chip side-").append(s.label()).append("\">").append(esc(t.label(s))).append("</span>");
                b.append(' ').append(ReviewPages.status(e.status())).append("</li>");
            }
            b.append("</ul></li>");
        }
        b.append("</ol>");
        if (shown >= TIMELINE_EVENTS) b.append("<p class=\"note\">").append(esc(t.t("timeline.more", TIMELINE_EVENTS))).append("</p>");
        Map<String, String> exported = Html.params("type", SearchService.param(ctx, "type"), "place", SearchService.param(ctx, "place"),
                "reviewed", Exports.reviewedOnly(ctx) ? "1" : null);
        b.append("<p>").append(link(Html.query("/api/export/events.csv", exported), t.t("export.events_csv")))
                .append(" · ").append(link(Html.query("/api/export/events.geojson", exported), t.t("export.events_geojson"))).append("</p>");
        html(ctx, Html.page(t.t("nav.timeline"), b.toString()));
    }

    /** The event's own date, else when it was first reported, said so. */
    private static String when(TimelineEvent e) {
        if (e.date() != null) return e.date();
        return e.firstReported() == null ? I18n.current().t("undated") : I18n.current().t("reported", e.firstReported());
    }

    private static String where(TimelineEvent e) {
        if (e.place() == null) return "";
        return e.admin1() == null || e.admin1().equals(e.place()) ? e.place() : e.place() + " (" + e.admin1() + ")";
    }

    /** "2 independent sources" and, when copies are among its reports, how many reports. */
    private static String sources(TimelineEvent e) {
        I18n t = I18n.current();
        String n = "<strong>" + e.independentSources() + "</strong> " + esc(t.count("sources.independent", e.independentSources()).replaceFirst("^\\d+ ", ""));
        return e.reportCount() == e.independentSources() ? n : n + " <span class=\"n\">(" + esc(t.count("sources.reports", e.reportCount())) + ")</span>";
    }

    private void eventPage(Context ctx) {
        I18n t = I18n.current();
        TimelineEvent e = Api.event(store, ctx.pathParam("id"));
        String title = t.eventType(e.type()) + (e.place() == null ? "" : " — " + e.place()) + (e.date() == null ? "" : ", " + e.date());
        StringBuilder b = new StringBuilder("<h1>").append(EventColors.dot(e.type())).append(' ').append(esc(title)).append("</h1><dl class=\"meta\">");
        dt(b, t.t("event.date"), esc(e.date() == null ? t.t("event.undated") : e.date()));
        dt(b, t.t("event.first"), esc(e.firstReported()));
        String place = esc(where(e));
        if (e.lat() != null && e.lon() != null) place += String.format(Locale.ROOT, " <span class=\"n\">%.4f, %.4f</span>", e.lat(), e.lon());
        dt(b, t.t("col.place"), place);
        dt(b, t.t("col.told"), esc(t.label(e.modality())));
        dt(b, t.t("event.acled"), esc(e.acledEventType() == null ? null : e.acledEventType() + (e.acledSubEventType() == null ? "" : " / " + e.acledSubEventType())));
        dt(b, t.t("col.actors"), String.join(", ", e.actors().stream().map(a -> link("/entities/" + url(a), a)).toList()));
        dt(b, t.t("event.sources"), sources(e));
        dt(b, t.t("event.sides"), esc(String.join(", ", sources.sidesOf(e).stream().map(t::label).toList())));
        dt(b, t.t("col.review"), ReviewPages.status(e.status()));
        b.append("</dl><h2>").append(esc(t.t("event.reports"))).append("</h2><div class=\"scroll\"><table class=\"events\" id=\"mentions\"><tr>")
                .append(headers("col.report", "event.counted", "event.date_given", "col.evidence", "col.review")).append("</tr>");
        for (ClusteredEvent m : e.mentions()) {
            b.append("<tr><td>").append(sourceLink(m.report())).append("</td><td>").append(esc(t.t(m.independent() ? "event.counted.yes" : "event.counted.no")))
                    .append("</td><td>").append(esc(m.event().date())).append("</td><td class=\"quote\">").append(esc(m.event().text()))
                    .append("</td><td>").append(ReviewPages.status(m.status())).append("</td></tr>");
        }
        b.append("</table></div><p>").append(link("/api/events/" + e.id(), t.t("event.json"))).append("</p>");
        html(ctx, Html.page(title, b.toString()));
    }

    /** Claim groups a ledger page shows. */
    static final int LEDGER_PAGE = 20;
    /** Claims of each side a ledger card shows; the rest are a link away ({@link #GROUP_PAGE} a page). */
    static final int LEDGER_SIDE = 10;
    /** Claims of each side the page of one group shows at a time. */
    static final int GROUP_PAGE = 50;

    private void claimsPage(Context ctx) {
        I18n t = I18n.current();
        int page = Filters.number(ctx, "page", 1);
        ClaimQuery asked = Filters.claims(ctx, Integer.MAX_VALUE);
        // The store lists disputed groups first; a page reads the groups up to its own and one more, to know if there is a next.
        long upTo = Math.min((long) page * LEDGER_PAGE + 1, Integer.MAX_VALUE);
        ClaimQuery q = new ClaimQuery(asked.subject(), asked.place(), asked.side(), asked.disputedOnly(), asked.minClaims(), (int) upTo);
        boolean reviewedOnly = Exports.reviewedOnly(ctx);
        List<LedgerCard> groups = store.ledger().cards(q, reviewedOnly, LEDGER_SIDE);
        // Kept with the cards it shows (the store keeps them while the ledger stands): their charts and figures were
        // most of the page's CPU, at each request.
        html(ctx, Html.page(t.t("nav.claims"), ledgerPages.of(groups, List.of(t.lang(), page, q, reviewedOnly), () -> ledgerBody(t, page, q, reviewedOnly, groups))));
    }

    private String ledgerBody(I18n t, int page, ClaimQuery q, boolean reviewedOnly, List<LedgerCard> groups) {
        boolean more = groups.size() > page * LEDGER_PAGE;
        List<LedgerCard> shown = groups.subList(Math.min(groups.size(), (page - 1) * LEDGER_PAGE), Math.min(groups.size(), page * LEDGER_PAGE));
        StringBuilder b = new StringBuilder("<h1>").append(esc(t.t("claims.title"))).append("</h1><details class=\"note\"><summary>")
                .append(esc(t.t("claims.how"))).append("</summary><p>").append(esc(t.t("claims.note"))).append("</p></details>");
        b.append("<form class=\"filters\" method=\"get\" action=\"/claims\">").append(input("subject", t.t("claims.measure"), q.subject()))
                .append(input("place", t.t("claims.place"), q.place())).append(sideSelect(q.side()))
                .append(" <label><input type=\"checkbox\" name=\"disputed\" value=\"1\"").append(q.disputedOnly() ? " checked" : "")
                .append("> ").append(esc(t.t("claims.only_disputed"))).append("</label> <label><input type=\"checkbox\" name=\"reviewed\" value=\"1\"").append(reviewedOnly ? " checked" : "")
                .append("> ").append(esc(t.t("claims.only_reviewed"))).append("</label> <button type=\"submit\">").append(esc(t.t("filter"))).append("</button></form>");
        long disputed = shown.stream().filter(g -> g.group().disputed()).count();
        b.append("<p class=\"count\" id=\"group-count\">").append(esc(t.t("claims.count", (page - 1) * LEDGER_PAGE + (shown.isEmpty() ? 0 : 1),
                (page - 1) * LEDGER_PAGE + shown.size(), disputed))).append("</p>");
        if (shown.isEmpty()) {
            b.append("<p class=\"none\" id=\"nothing\">").append(esc(t.t("claims.none"))).append(' ').append(link("/claims", t.t("claims.all"))).append("</p>");
        }
        for (LedgerCard g : shown) b.append(drawn(g, reviewedOnly));
        Map<String, String> params = Html.params("subject", q.subject(), "place", q.place(), "side", q.side() == null ? null : q.side().label(),
                "disputed", q.disputedOnly() ? "1" : null, "reviewed", reviewedOnly ? "1" : null);
        b.append("<nav class=\"pages\">");
        if (page > 1) b.append(link(Html.query("/claims", with(params, "page", Integer.toString(page - 1))), t.t("page.previous"))).append(' ');
        if (more) b.append("<a rel=\"next\" href=\"").append(esc(Html.query("/claims", with(params, "page", Integer.toString(page + 1))))).append("\">").append(esc(t.t("page.next"))).append("</a>");
        b.append("</nav><p>").append(link(Html.query("/api/export/claims.csv", params), t.t("export.claims_csv"))).append(" · ")
                .append(link(Html.query("/api/export/claims.jsonl", params), t.t("export.claims_jsonl"))).append(" · ")
                .append(link("/api/export/entities.csv", t.t("export.entities_csv"))).append("</p>");
        return b.toString();
    }

    /**
     * One claim group: its card with {@link #GROUP_PAGE} claims a side, or with {@code side}, that side's claims from
     * {@code offset} on, with links to the pages before and after.
     */
    private void groupPage(Context ctx) {
        I18n t = I18n.current();
        String sideParam = SearchService.param(ctx, "side");
        String side = sideParam == null ? null : Filters.side(sideParam).label();
        int offset = Filters.offset(ctx);
        boolean reviewedOnly = Exports.reviewedOnly(ctx);
        LedgerCard card = Api.card(store, ctx.pathParam("id"), reviewedOnly, side, offset, GROUP_PAGE);
        StringBuilder b = new StringBuilder("<p>").append(link(reviewedOnly ? "/claims?reviewed=1" : "/claims", t.t("claims.back"))).append("</p>");
        b.append(drawn(card, reviewedOnly));
        if (side != null) {
            Map<String, String> params = Html.params("side", side, "reviewed", reviewedOnly ? "1" : null);
            String path = "/claims/" + card.group().id();
            b.append("<nav class=\"pages\">");
            if (offset > 0) b.append(link(Html.query(path, with(params, "offset", Integer.toString(Math.max(0, offset - GROUP_PAGE)))), t.t("page.previous"))).append(' ');
            if (card.nextOffset(side) >= 0) b.append("<a rel=\"next\" href=\"").append(esc(Html.query(path, with(params, "offset", Integer.toString(card.nextOffset(side))))))
                    .append("\">").append(esc(t.t("page.next"))).append("</a> ");
            b.append(link(Html.query(path, Html.params("reviewed", reviewedOnly ? "1" : null)), t.t("claims.every_side"))).append("</nav>");
        }
        b.append("<p>").append(link("/api/claims/" + card.group().id(), t.t("claims.json"))).append("</p>");
        html(ctx, Html.page(label(card), b.toString()));
    }

    /** What a group counts: its concept's label, else the words of its first claim's subject. */
    private static String label(LedgerCard card) {
        ClaimGroup g = card.group();
        if (g.concept() != null) return I18n.current().concept(g.concept());
        return g.claims().isEmpty() ? "#" + g.id() : "\u201c" + g.claims().get(0).claim().subject() + "\u201d";
    }

    /**
     * A card as {@link #groupCard} draws it, kept by its content, the language and the filter: after a linked report the
     * store reads the ledger's cards again, but most of a page's cards are equal to what they were (only the groups
     * the report's claims joined change), and drawing a card (its chart, its figures) costs more than comparing it.
     */
    private String drawn(LedgerCard card, boolean reviewedOnly) {
        return drawnCards.of(List.of(card, reviewedOnly, I18n.current().lang()), () -> groupCard(card, reviewedOnly));
    }

    /** One measure: what, where, how many claims from which sides, each side's figures side by side and a chart of them over time. */
    private static String groupCard(LedgerCard card, boolean reviewedOnly) {
        I18n t = I18n.current();
        ClaimGroup g = card.group();
        long sides = card.sides().keySet().stream().filter(x -> !x.equals(Side.UNKNOWN.label())).count();
        List<String> about = new ArrayList<>();
        if (g.unit() != null) about.add(esc(t.t("claims.unit", g.unit())));
        if (g.place() != null) about.add(esc(g.admin1() == null || g.admin1().equals(g.place()) ? g.place() : g.place() + " (" + g.admin1() + ")"));
        if (g.eventType() != null) about.add(g.eventId() == null ? esc(t.eventType(g.eventType())) : link("/events/" + g.eventId(), t.eventType(g.eventType()) + " #" + g.eventId()));
        about.add(esc(t.count("claims.claims", card.claimCount()) + " · " + t.count("claims.reports", card.reportCount()) + (sides > 1 ? " · " + t.count("claims.sides", sides) : "")));
        StringBuilder b = new StringBuilder("<section class=\"group card").append(g.disputed() ? " disagree" : "").append("\" id=\"group-").append(g.id()).append("\"><h3>")
                .append(esc(label(card))).append(g.disputed() ? " <strong class=\"flag\">" + esc(t.t("claims.disputed")) + "</strong>" : "")
                .append("</h3><p class=\"n about\">").append(String.join(" · ", about)).append("</p>");
        if (g.disputed()) b.append("<p class=\"disagreement\">").append(esc(sidesLabelled(g.disagreement()))).append("</p>");
        return b.append("<div class=\"card-body\">").append(sidesCard(card, reviewedOnly)).append(FigureChart.of(card)).append("</div></section>").toString();
    }

    /** The store's account of a disagreement ("ukraine about 300 (…) vs third_party about 600 (…)") with the sides' labels. */
    static String sidesLabelled(String disagreement) {
        String out = disagreement;
        for (Side side : Side.values()) {
            out = out.replaceAll("(^|\\bvs )" + side.label() + "(?= )", "$1" + java.util.regex.Matcher.quoteReplacement(I18n.current().label(side)));
        }
        return out;
    }

    /**
     * A group's figures in one column per side: figure, claimant, date, hedging, quote, report and review status; a
     * side with more claims than shown ends with a link to the next of them.
     */
    private static String sidesCard(LedgerCard card, boolean reviewedOnly) {
        I18n t = I18n.current();
        Map<String, List<GroupedClaim>> bySide = new TreeMap<>();
        for (GroupedClaim gc : card.group().claims()) {
            bySide.computeIfAbsent(gc.claim().claimantSide() == null ? "unknown" : gc.claim().claimantSide().label(), k -> new ArrayList<>()).add(gc);
        }
        for (String side : card.sides().keySet()) {
            if (card.moreOf(side) > 0) bySide.computeIfAbsent(side, k -> new ArrayList<>());
        }
        StringBuilder b = new StringBuilder("<div class=\"sides\">");
        for (Map.Entry<String, List<GroupedClaim>> side : bySide.entrySet()) {
            b.append("<div class=\"side-col side-").append(esc(side.getKey())).append("\"><h4>").append(esc(t.side(side.getKey()))).append("</h4><ul>");
            for (GroupedClaim gc : side.getValue()) {
                Claim c = gc.claim();
                b.append("<li><span class=\"fig\">").append(esc(figure(c))).append("</span> ")
                        .append(c.claimant() == null ? esc(t.t("claims.unnamed")) : link("/entities/" + url(c.claimant()), c.claimant()))
                        .append(", ").append(esc(gc.date() == null ? t.t("undated") : gc.date())).append(c.hedged() ? ", <em>" + esc(t.t("hedged")) + "</em>" : "")
                        .append(' ').append(ReviewPages.status(gc.status()))
                        .append("<blockquote class=\"quote\">").append(esc(c.text())).append("</blockquote>").append(sourceLink(gc.report()))
                        .append("</li>");
            }
            b.append("</ul>");
            int more = card.moreOf(side.getKey());
            if (more > 0) {
                b.append("<p class=\"more\">").append(link(Html.query("/claims/" + card.group().id(), Html.params("side", side.getKey(),
                        "offset", Integer.toString(card.nextOffset(side.getKey())), "reviewed", reviewedOnly ? "1" : null)), t.count("claims.more", more))).append("</p>");
            }
            b.append("</div>");
        }
        return b.append("</div>").toString();
    }
}
