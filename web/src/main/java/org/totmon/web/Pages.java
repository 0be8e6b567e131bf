package org.totmon.web;

import static org.totmon.web.Html.esc;
import static org.totmon.web.Html.link;
import static org.totmon.web.Html.url;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
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
import org.totmon.store.EventQuery;
import org.totmon.store.GroupedClaim;
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
import org.totmon.web.Catalog.Found;
import org.totmon.web.Catalog.ReportInfo;

/** The server-rendered pages: search, report, entity, place, map, timeline, event and claim ledger. */
final class Pages {
    /** Claim groups a ledger page lists unless {@code limit} says otherwise. */
    private static final int CLAIM_GROUPS = 200;
    /** Events a timeline period's drill-down reads at most. */
    private static final int DRILL_EVENTS = 500;

    private final Store store;
    private final Catalog catalog;
    private final WebConfig config;
    private final SearchService search;
    private final ReviewPages review;

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
        return String.format(Locale.ROOT, "<p class=\"banner\" id=\"older-extractions\">%,d of the stored reports were extracted"
                + " by an older version of the pipeline, so their layers miss what the rules find now. Run"
                + " <code>totmon reannotate</code> to extract them again.</p>", older);
    }

    private void searchPage(Context ctx) {
        SearchService.Params p = SearchService.Params.of(ctx);
        SearchService.Result r = search.search(p);
        StringBuilder b = new StringBuilder(olderExtractionsBanner()).append("<h1>Search the record</h1>");
        b.append("<form class=\"search\" method=\"get\" action=\"/\">")
                .append("<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"").append(esc("words, \"a phrase\", prefix*")).append("\" value=\"").append(esc(p.q())).append("\" autofocus>")
                .append(input("lang", "language", p.lang())).append(input("type", "event type", p.type()))
                .append(input("place", "place", p.place())).append(input("entity", "entity", p.entity()))
                .append(input("side", "claimant side", p.side()))
                .append(input("from", "from YYYY-MM-DD", p.from() == null ? null : p.from().toString()))
                .append(input("to", "to YYYY-MM-DD", p.to() == null ? null : p.to().toString()))
                .append("<button type=\"submit\">Search</button></form>");
        b.append("<div class=\"cols\"><aside class=\"facets\">");
        facet(b, "Language", "lang", r.facets().get("lang"), p);
        facet(b, "Event type", "type", r.facets().get("type"), p);
        facet(b, "Claimant side", "side", r.facets().get("side"), p);
        facet(b, "Place", "place", r.facets().get("place"), p);
        facet(b, "Entity", "entity", r.facets().get("entity"), p);
        b.append("</aside><section class=\"hits\"><p class=\"count\" id=\"count\">").append(r.total()).append(r.capped() ? "+" : "")
                .append(r.total() == 1 ? " report" : " reports").append("</p><ol>");
        for (SearchHit h : r.hits()) {
            b.append("<li class=\"hit\"><a class=\"title\" href=\"/reports/").append(esc(url(h.id()))).append("\">")
                    .append(esc(h.title() == null ? h.id() : h.title())).append("</a> <span class=\"meta\">")
                    .append(esc(h.published())).append(" · ").append(esc(h.language())).append("</span><p class=\"snippet\">")
                    .append(snippet(h.snippet())).append("</p></li>");
        }
        b.append("</ol>");
        Map<String, String> q = p.asMap();
        if (p.page() > 1) b.append(link(Html.query("/", with(q, "page", Integer.toString(p.page() - 1))), "← previous")).append(' ');
        if (p.page() * SearchService.PAGE_SIZE < r.total()) b.append("<a rel=\"next\" href=\"").append(esc(Html.query("/", with(q, "page", Integer.toString(p.page() + 1))))).append("\">next →</a>");
        b.append("</section></div>");
        html(ctx, Html.page("Search", b.toString()));
    }

    private static Map<String, String> with(Map<String, String> q, String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(q);
        m.put(key, value);
        return m;
    }

    private static String input(String name, String placeholder, String value) {
        return "<input name=\"" + name + "\" placeholder=\"" + esc(placeholder) + "\" value=\"" + esc(value) + "\">";
    }

    private static void facet(StringBuilder b, String title, String key, Map<String, Integer> counts, SearchService.Params p) {
        if (counts.isEmpty()) return;
        b.append("<h3>").append(esc(title)).append("</h3><ul>");
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            b.append("<li>").append(link(Html.query("/", with(p.asMap(), key, e.getKey())), e.getKey()))
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
        StoredReport s = Api.storedReport(store, ctx.pathParam("id"));
        Report r = s.report();
        Extraction x = s.extraction();
        StringBuilder b = new StringBuilder("<h1>").append(esc(r.title() == null ? r.id() : r.title())).append("</h1>");
        b.append("<dl class=\"meta\">");
        dt(b, "Outlet", esc(r.outlet()));
        dt(b, "Published", esc(r.published()));
        dt(b, "Language", esc(x.language()) + (r.language() != null && !r.language().equals(x.language()) ? " (declared " + esc(r.language()) + ")" : ""));
        String href = safeHref(r.url());
        dt(b, "Source", href == null ? esc(r.url()) : "<a rel=\"noopener noreferrer nofollow\" id=\"source\" href=\"" + esc(href) + "\">" + esc(href) + "</a>");
        dt(b, "Id", esc(r.id()));
        if (s.provenance().origin() != null) dt(b, "Read from", esc(s.provenance().origin()));
        if (s.provenance().format() != null) dt(b, "Format", esc(s.provenance().format()));
        if (s.provenance().forwardedFrom() != null) dt(b, "Forwarded from", esc(s.provenance().forwardedFrom()));
        b.append("</dl><div class=\"toggles\" id=\"toggles\">Show:");
        for (String layer : LayeredText.LAYERS) {
            b.append(" <label class=\"k-").append(layer).append("\"><input type=\"checkbox\" data-layer=\"").append(layer).append('"')
                    .append(layer.equals("boilerplate") ? "" : " checked").append("> ").append(layer).append("</label>");
        }
        b.append("</div><div class=\"report-text hide-boilerplate\" id=\"text\">").append(LayeredText.render(r.text(), x)).append("</div>");
        b.append("<div class=\"cols3\"><section><h2>Entities</h2><ul id=\"entities\">");
        for (Entity e : x.entities()) {
            b.append("<li>").append(link("/entities/" + url(e.name()), e.name())).append(" <span class=\"n\">")
                    .append(e.type().name().toLowerCase(Locale.ROOT)).append(", ").append(e.mentions().size()).append("×</span></li>");
        }
        b.append("</ul></section><section><h2>Places</h2><ul id=\"places\">");
        for (Place p : x.places()) {
            b.append("<li>").append(link("/places/" + url(Catalog.placeId(p)), p.name())).append(" <span class=\"n\">").append(esc(p.kind().label())).append("</span></li>");
        }
        b.append("</ul></section><section><h2>Times</h2><ul>");
        for (TimeMention t : x.times()) b.append("<li>").append(esc(t.text())).append(" → ").append(esc(t.value())).append("</li>");
        b.append("</ul></section></div>");
        b.append("<h2>Claims</h2>").append(claimTable(x.claims().stream().map(c -> new ClaimRow(null, c)).toList(), false));
        b.append("<h2>Events</h2>").append(eventTable(x.events()));
        b.append("<h2>Near-duplicates</h2>");
        List<NearDuplicate> near = store.nearDuplicates(r.id());
        if (near.isEmpty()) b.append("<p class=\"none\">None in the store.</p>");
        else {
            b.append("<ul id=\"near-duplicates\">");
            for (NearDuplicate d : near) {
                b.append("<li>").append(sourceLink(d.report())).append(d.original() ? " <strong class=\"copy\">this report copies it</strong>" : " <strong class=\"copy\">copies this report</strong>")
                        .append(String.format(Locale.ROOT, " <span class=\"n\">%.0f%% of word sequences shared</span></li>", d.similarity() * 100));
            }
            b.append("</ul><p class=\"note\">A copy is not counted as an independent source of an event its original also reports.</p>");
        }
        b.append(review.reportSection(ReviewApi.reviewed(store, r.id())));
        b.append("<p>").append(link("/api/reports/" + url(r.id()), "This report as JSON")).append("</p>");
        html(ctx, Html.page(r.title() == null ? r.id() : r.title(), b.toString(), "/static/app.js", ReviewPages.SCRIPT));
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
        if (r.isCopy()) b.append(" <span class=\"copy\">near-copy of ").append(link("/reports/" + url(r.nearDuplicateOf()), r.nearDuplicateOf())).append("</span>");
        return b.toString();
    }

    /** The figure as the ledger's disagreements state it ("about 12,000", "at least 40"), with its unit. */
    static String figure(Claim c) {
        return Disagreement.describe(c.value(), c.valueMax(), c.qualifier()) + (c.unit() == null ? "" : " " + c.unit());
    }

    /** A claim's side, with the reason it was given (a registry row, a role phrase, the outlet) under it. */
    static String sideCell(Claim c) {
        String side = c.claimantSide() == null ? "unknown" : c.claimantSide().label();
        String reason = c.sideReason() == null ? "" : "<br><small class=\"side-reason\">" + esc(c.sideReason()) + "</small>";
        return "<td class=\"side side-" + esc(side) + "\" title=\"" + esc(c.sideReason() == null ? "no reason recorded" : c.sideReason())
                + "\">" + esc(side) + reason + "</td>";
    }

    /** Claims as a table; with {@code withReport}, each row names its report and date. */
    private static String claimTable(List<ClaimRow> rows, boolean withReport) {
        if (rows.isEmpty()) return "<p class=\"none\">None.</p>";
        StringBuilder b = new StringBuilder("<table class=\"claims\"><tr><th>figure</th><th>subject</th><th>claimant</th><th>side</th><th>hedged</th><th>quote</th>");
        if (withReport) b.append("<th>report</th>");
        b.append("</tr>");
        for (ClaimRow r : rows) {
            Claim c = r.claim();
            b.append("<tr><td class=\"fig\">").append(esc(figure(c))).append("</td><td>").append(esc(c.subject())).append("</td><td>")
                    .append(c.claimant() == null ? "" : link("/entities/" + url(c.claimant()), c.claimant()))
                    .append("</td>").append(sideCell(c)).append("<td>")
                    .append(c.hedged() ? "hedged" : "").append("</td><td class=\"quote\">").append(esc(c.text())).append("</td>");
            if (withReport) b.append("<td>").append(reportLink(r.report())).append("</td>");
            b.append("</tr>");
        }
        return b.append("</table>").toString();
    }

    private static String eventTable(List<Event> events) {
        if (events.isEmpty()) return "<p class=\"none\">None.</p>";
        StringBuilder b = new StringBuilder("<table class=\"events\"><tr><th>when</th><th>type</th><th>place</th><th>actors</th><th>how told</th><th>evidence</th></tr>");
        for (Event e : events) {
            b.append("<tr><td>").append(esc(e.date())).append("</td><td>").append(esc(e.type())).append("</td><td>").append(esc(e.place()))
                    .append("</td><td>").append(esc(String.join(", ", e.actors()))).append("</td><td>").append(esc(e.modality().label()))
                    .append("</td><td class=\"quote\">").append(esc(e.text())).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    /**
     * A profile's events, one row per clustered event with every report telling it, so that an event many outlets
     * report is listed once; an event not linked yet is a row of its own.
     */
    private static String profileEvents(List<EventRow> rows, Map<EventRef, Long> clusters) {
        if (rows.isEmpty()) return "<p class=\"none\">None.</p>";
        Map<Object, List<EventRow>> byEvent = new LinkedHashMap<>();
        for (EventRow r : rows) {
            Long cluster = clusters.get(new EventRef(r.report().id(), r.ord()));
            byEvent.computeIfAbsent(cluster != null ? cluster : r, k -> new ArrayList<>()).add(r);
        }
        StringBuilder b = new StringBuilder("<table class=\"events\"><tr><th>when</th><th>event</th><th>place</th><th>actors</th><th>how told</th><th>evidence</th><th>reports</th></tr>");
        byEvent.forEach((key, told) -> {
            EventRow r = told.get(0);
            Event e = r.event();
            String place = r.place() != null ? link("/places/" + url(Catalog.placeId(r.place())), r.place().name()) : esc(e.place());
            Set<String> actors = new LinkedHashSet<>();
            told.forEach(t -> actors.addAll(t.event().actors()));
            b.append("<tr><td>").append(esc(r.when())).append("</td><td>")
                    .append(key instanceof Long id ? link("/events/" + id, e.type() + " #" + id) : esc(e.type())).append("</td><td>").append(place)
                    .append("</td><td>").append(esc(String.join(", ", actors))).append("</td><td>").append(esc(e.modality().label()))
                    .append("</td><td class=\"quote\">").append(esc(e.text())).append("</td><td>");
            told.stream().map(EventRow::report).distinct().forEach(rep -> b.append(reportLink(rep)).append("<br>"));
            b.append("</td></tr>");
        });
        return b.append("</table>").toString();
    }

    // ---- entity and place

    private void entityPage(Context ctx) {
        String id = ctx.pathParam("id");
        List<Found<Entity>> found = catalog.entity(id);
        if (found.isEmpty()) throw new ApiError(404, "no entity named " + id);
        Entity e = found.get(0).item();
        Profile p = Profile.ofEntity(store, found, profilePage(ctx, found));
        StringBuilder b = new StringBuilder("<h1>").append(esc(e.name())).append("</h1><p class=\"meta\">")
                .append(e.type().name().toLowerCase(Locale.ROOT)).append(", named in ").append(p.reportCount()).append(p.reportCount() == 1 ? " report" : " reports").append("</p>");
        profile(b, p, true, clusters(p.events()), "/entities/" + url(id));
        html(ctx, Html.page(e.name(), b.toString()));
    }

    private void placePage(Context ctx) {
        String id = ctx.pathParam("id");
        List<Found<Place>> found = catalog.place(id);
        if (found.isEmpty()) throw new ApiError(404, "no place " + id);
        Place pl = found.get(0).item();
        Profile p = Profile.ofPlace(store, found, profilePage(ctx, found));
        StringBuilder b = new StringBuilder("<h1>").append(esc(pl.name())).append("</h1><p class=\"meta\">").append(esc(pl.kind().label()))
                .append(String.format(Locale.ROOT, ", %.4f, %.4f", pl.lat(), pl.lon()));
        if (pl.geonamesId() != null) b.append(", GeoNames <a rel=\"noopener noreferrer\" href=\"https://www.geonames.org/").append(pl.geonamesId()).append("\">").append(pl.geonamesId()).append("</a>");
        b.append(", named in ").append(p.reportCount()).append(p.reportCount() == 1 ? " report" : " reports")
                .append(" · ").append(link(Html.query("/map", Html.params("place", Catalog.placeId(pl))), "on the map")).append("</p>");
        profile(b, p, false, clusters(p.events()), "/places/" + url(id));
        html(ctx, Html.page(pl.name(), b.toString()));
    }

    /** The clustered event of each of the rows' events, as the store links them now. */
    private Map<EventRef, Long> clusters(List<EventRow> rows) {
        return store.timeline().clusterIds(rows.stream().map(r -> r.report().id()).distinct().toList());
    }

    /** The page of a profile's reports asked for: 1 to its last; a 400 past it. */
    static int profilePage(Context ctx, List<? extends Found<?>> found) {
        int page = Filters.number(ctx, "page", 1);
        long reports = found.stream().map(Found::report).distinct().count();
        long pages = Math.max(1, (reports + Profile.PAGE_SIZE - 1) / Profile.PAGE_SIZE);
        if (page > pages) throw new ApiError(400, "parameter \"page\" must be 1 to " + pages + " (" + Profile.PAGE_SIZE + " reports a page)");
        return page;
    }

    private static void profile(StringBuilder b, Profile p, boolean entity, Map<EventRef, Long> clusters, String path) {
        b.append("<h2>Names</h2><ul class=\"spellings\" id=\"spellings\">");
        p.spellings().forEach((s, n) -> b.append("<li>").append(esc(s)).append(" <span class=\"n\">").append(n).append("×</span></li>"));
        b.append("</ul><h2>Reports</h2>");
        if (p.pages() > 1) {
            int first = (p.page() - 1) * Profile.PAGE_SIZE + 1;
            b.append(String.format(Locale.ROOT, "<p class=\"pager\" id=\"report-pages\">Reports %,d–%,d of %,d, oldest first; the events and claims"
                    + " below are those of these reports. ", first, first + p.reports().size() - 1, p.reportCount()));
            if (p.page() > 1) b.append(link(path + "?page=" + (p.page() - 1), "← previous")).append(' ');
            if (p.page() < p.pages()) b.append("<a rel=\"next\" href=\"").append(esc(path + "?page=" + (p.page() + 1))).append("\">next →</a>");
            b.append("</p>");
        }
        b.append("<ul id=\"reports\">");
        for (ReportInfo r : p.reports()) b.append("<li>").append(reportLink(r)).append("</li>");
        b.append("</ul><h2>").append(entity ? "Events they took part in" : "Events here").append("</h2>").append(profileEvents(p.events(), clusters));
        if (entity) b.append("<h2>Claims they made</h2>").append(claimTable(p.claimsBy(), true));
        b.append("<h2>Claims about ").append(entity ? "them" : "it").append("</h2>")
                .append("<p class=\"note\">Claims whose subject names them, or stated within ").append(Profile.NEAR).append(" characters of a mention.</p>")
                .append(claimTable(p.claimsAbout(), true));
    }

    // ---- map, timeline, ledger

    private void mapPage(Context ctx) {
        TreeSet<String> types = new TreeSet<>();
        types.addAll(catalog.eventTypes());
        StringBuilder b = new StringBuilder("<h1>Map</h1><form class=\"filters\" id=\"map-filters\"><select name=\"type\" id=\"type\"><option value=\"\">all event types</option>");
        for (String t : types) b.append("<option>").append(esc(t)).append("</option>");
        b.append("</select>").append(input("from", "from YYYY-MM-DD", SearchService.param(ctx, "from")))
                .append(input("to", "to YYYY-MM-DD", SearchService.param(ctx, "to")))
                .append("<label><input type=\"checkbox\" name=\"places\" checked> places</label> <button type=\"submit\">Filter</button> <span id=\"map-count\"></span></form>")
                .append("<div id=\"map\" data-tiles=\"").append(esc(config.tileUrl())).append("\" data-place=\"").append(esc(SearchService.param(ctx, "place"))).append("\"></div>")
                .append("<p class=\"note\">Oblast outlines are convex hulls of GeoNames populated places per first-level division, "
                        + "an approximation drawn so the map works offline; they are not borders. Places and coordinates: GeoNames (www.geonames.org), CC BY 4.0.</p>");
        html(ctx, Html.page("Map", b.toString(), "/webjars/leaflet/1.9.4/dist/leaflet.css", "/webjars/leaflet/1.9.4/dist/leaflet.js", "/static/map.js"));
    }

    private void timelinePage(Context ctx) {
        TimelineTable.Unit unit = Api.unit(ctx);
        String u = unit.name().toLowerCase(Locale.ROOT);
        boolean reviewedOnly = Exports.reviewedOnly(ctx);
        TimelineTable.Table t = TimelineTable.of(store.timeline().datedCounts(reviewedOnly), unit);
        TreeSet<String> types = new TreeSet<>();
        t.counts().values().forEach(m -> types.addAll(m.keySet()));
        StringBuilder b = new StringBuilder("<h1>Timeline</h1><p>Events per ").append(link("/timeline?unit=month", "month")).append(" | ")
                .append(link("/timeline?unit=week", "week")).append(" (now: ").append(u).append("), by the event's date, else the date it was first reported. ")
                .append("Reports of one real-world event are counted as one event: the same type, compatible dates and places, and a shared actor, "
                        + "overlapping wording, or the same day at the same named place. ")
                .append(reviewedOnly ? link("/timeline?unit=" + u, "Show all events") + " (now: only events people reviewed)."
                        : link("/timeline?unit=" + u + "&reviewed=1", "Show only events people reviewed") + ".");
        if (t.unplaced() > 0) b.append(' ').append(t.unplaced()).append(" events have no date precise enough.");
        b.append("</p><table class=\"timeline\" id=\"timeline\"><tr><th>").append(u).append("</th>");
        for (String type : types) b.append("<th>").append(esc(type)).append("</th>");
        b.append("<th>all</th></tr>");
        int max = Math.max(1, t.max());
        t.counts().forEach((period, counts) -> {
            b.append("<tr><th>").append(esc(period)).append("</th>");
            int total = 0;
            for (String type : types) {
                int n = counts.getOrDefault(type, 0);
                total += n;
                b.append("<td>");
                if (n > 0) {
                    b.append("<a href=\"").append(esc(Html.query("/timeline", Html.params("unit", u, "period", period, "type", type)) + "#drill")).append("\">")
                            .append("<svg width=\"").append(Math.max(2, 60 * n / max)).append("\" height=\"12\"><rect width=\"100%\" height=\"12\"></rect></svg> ")
                            .append(n).append("</a>");
                }
                b.append("</td>");
            }
            b.append("<td>").append(link(Html.query("/timeline", Html.params("unit", u, "period", period)) + "#drill", Integer.toString(total))).append("</td></tr>");
        });
        b.append("</table>");
        String period = SearchService.param(ctx, "period");
        if (period != null) {
            String type = SearchService.param(ctx, "type");
            EventQuery drill = TimelineTable.periodQuery(period, type, DRILL_EVENTS);
            List<TimelineEvent> rows = (drill == null ? List.<TimelineEvent>of() : store.timeline().events(drill)).stream()
                    .map(e -> reviewedOnly ? e.reviewedOnly() : e).filter(e -> e != null && period.equals(TimelineTable.period(e, unit))).toList();
            b.append("<h2 id=\"drill\">").append(esc(type == null ? "All events" : type)).append(" in ").append(esc(period)).append("</h2>").append(clusteredTable(rows));
        }
        html(ctx, Html.page("Timeline", b.toString()));
    }

    /** Clustered events: each with its independent sources and its reports, copies marked. */
    private static String clusteredTable(List<TimelineEvent> events) {
        if (events.isEmpty()) return "<p class=\"none\">None.</p>";
        StringBuilder b = new StringBuilder("<table class=\"clustered\"><tr><th>when</th><th>event</th><th>place</th><th>sources</th>"
                + "<th>how told</th><th>actors</th><th>reports</th><th>review</th></tr>");
        for (TimelineEvent e : events) {
            b.append("<tr class=\"event\" id=\"event-").append(e.id()).append("\"><td>").append(esc(when(e))).append("</td><td>")
                    .append(link("/events/" + e.id(), e.type() + " #" + e.id())).append("</td><td>").append(esc(where(e))).append("</td><td class=\"sources\">")
                    .append(sources(e)).append("</td><td>").append(esc(e.modality().label())).append("</td><td>").append(esc(String.join(", ", e.actors())))
                    .append("</td><td><ul class=\"mentions\">");
            Set<String> listed = new HashSet<>();
            for (ClusteredEvent m : e.mentions()) {
                if (listed.add(m.report().id())) b.append("<li>").append(sourceLink(m.report())).append(m.independent() ? "" : " <span class=\"copy\">not counted</span>").append("</li>");
            }
            b.append("</ul></td><td>").append(ReviewPages.status(e.status())).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    /** The event's own date, else when it was first reported, said so. */
    private static String when(TimelineEvent e) {
        if (e.date() != null) return e.date();
        return e.firstReported() == null ? "undated" : "reported " + e.firstReported();
    }

    private static String where(TimelineEvent e) {
        if (e.place() == null) return "";
        return e.admin1() == null || e.admin1().equals(e.place()) ? e.place() : e.place() + " (" + e.admin1() + ")";
    }

    /** "2 independent sources" and, when copies are among its reports, how many reports. */
    private static String sources(TimelineEvent e) {
        String n = "<strong>" + e.independentSources() + "</strong> independent source" + (e.independentSources() == 1 ? "" : "s");
        return e.reportCount() == e.independentSources() ? n : n + " <span class=\"n\">(" + e.reportCount() + " reports)</span>";
    }

    private void eventPage(Context ctx) {
        TimelineEvent e = Api.event(store, ctx.pathParam("id"));
        String title = e.type() + (e.place() == null ? "" : " at " + e.place()) + (e.date() == null ? "" : ", " + e.date());
        StringBuilder b = new StringBuilder("<h1>").append(esc(title)).append("</h1><dl class=\"meta\">");
        dt(b, "Date", esc(e.date() == null ? "not given by its reports" : e.date()));
        dt(b, "First reported", esc(e.firstReported()));
        String place = esc(where(e));
        if (e.lat() != null && e.lon() != null) place += String.format(Locale.ROOT, " <span class=\"n\">%.4f, %.4f</span>", e.lat(), e.lon());
        dt(b, "Place", place);
        dt(b, "How told", esc(e.modality().label()));
        dt(b, "ACLED type", esc(e.acledEventType() == null ? null : e.acledEventType() + (e.acledSubEventType() == null ? "" : " / " + e.acledSubEventType())));
        dt(b, "Actors", String.join(", ", e.actors().stream().map(a -> link("/entities/" + url(a), a)).toList()));
        dt(b, "Sources", sources(e));
        dt(b, "Review", ReviewPages.status(e.status()));
        b.append("</dl><h2>Reports of it</h2><table class=\"events\" id=\"mentions\"><tr><th>report</th><th>counted</th><th>date given</th><th>evidence</th><th>review</th></tr>");
        for (ClusteredEvent m : e.mentions()) {
            b.append("<tr><td>").append(sourceLink(m.report())).append("</td><td>").append(m.independent() ? "yes" : "no: copies another report of it")
                    .append("</td><td>").append(esc(m.event().date())).append("</td><td class=\"quote\">").append(esc(m.event().text()))
                    .append("</td><td>").append(ReviewPages.status(m.status())).append("</td></tr>");
        }
        b.append("</table><p>").append(link("/api/events/" + e.id(), "This event as JSON")).append("</p>");
        html(ctx, Html.page(title, b.toString()));
    }

    private void claimsPage(Context ctx) {
        ClaimQuery q = Filters.claims(ctx, CLAIM_GROUPS);
        boolean reviewedOnly = Exports.reviewedOnly(ctx);
        List<ClaimGroup> groups = store.ledger().groups(q);
        if (reviewedOnly) groups = groups.stream().map(ClaimGroup::reviewedOnly).filter(java.util.Objects::nonNull).toList();
        StringBuilder b = new StringBuilder("<h1>Claim ledger</h1><p class=\"note\">Figures from all reports grouped by the measure they state: "
                + "the same unit, the same thing counted (in any language), the same place and the same month (a running total, such as "
                + "children deported, across months). <strong class=\"flag\">disputed</strong> marks a measure for which two sides give "
                + "figures that cannot both be true: each figure stands for its range (\u201cat least N\u201d and up, \u201cat most N\u201d "
                + "up to it), widened by its rounding (\u201c2,000\u201d is 1,500\u20132,500) and by 10% when it says \u201cabout\u201d; the "
                + "ranges do not overlap, and the dates are at most 31 days apart. A running total may grow, so only a later, lower figure "
                + "disputes it. Disputed groups come first, as cards with each side's figures side by side.</p>");
        b.append("<form class=\"filters\" method=\"get\" action=\"/claims\">").append(input("subject", "what is counted", q.subject()))
                .append(input("place", "place or region", q.place())).append("<select name=\"side\"><option value=\"\">any side</option>");
        for (Side side : Side.values()) {
            b.append("<option").append(side == q.side() ? " selected" : "").append('>').append(side.label()).append("</option>");
        }
        b.append("</select> <label><input type=\"checkbox\" name=\"disputed\" value=\"1\"").append(q.disputedOnly() ? " checked" : "")
                .append("> only disputed</label> <label><input type=\"checkbox\" name=\"reviewed\" value=\"1\"").append(reviewedOnly ? " checked" : "")
                .append("> only reviewed claims</label> <button type=\"submit\">Filter</button></form>");
        long disputed = groups.stream().filter(ClaimGroup::disputed).count();
        b.append("<p class=\"count\" id=\"group-count\">").append(groups.size()).append(groups.size() == 1 ? " group" : " groups")
                .append(groups.size() == q.limit() ? " (the first " + q.limit() + ")" : "").append(", ").append(disputed).append(" disputed</p>");
        for (ClaimGroup g : groups) {
            long sides = g.claims().stream().map(c -> c.claim().claimantSide()).filter(x -> x != null && x != Side.UNKNOWN).distinct().count();
            long reports = g.claims().stream().map(c -> c.report().id()).distinct().count();
            List<String> about = new ArrayList<>();
            if (g.unit() != null) about.add("unit: " + esc(g.unit()));
            if (g.place() != null) about.add(esc(g.admin1() == null || g.admin1().equals(g.place()) ? g.place() : g.place() + " (" + g.admin1() + ")"));
            if (g.eventType() != null) about.add(g.eventId() == null ? esc(g.eventType()) : link("/events/" + g.eventId(), g.eventType() + " #" + g.eventId()));
            about.add(g.claims().size() + (g.claims().size() == 1 ? " claim" : " claims") + " from " + reports + (reports == 1 ? " report" : " reports")
                    + (sides > 1 ? ", " + sides + " sides" : ""));
            String label = g.concept() != null ? g.concept() : "\u201c" + g.claims().get(0).claim().subject() + "\u201d";
            b.append("<section class=\"group").append(g.disputed() ? " disagree" : "").append("\" id=\"group-").append(g.id()).append("\"><h3>")
                    .append(esc(label)).append(" <span class=\"n\">").append(String.join(" · ", about)).append("</span>")
                    .append(g.disputed() ? " <strong class=\"flag\">disputed</strong>" : "").append("</h3>");
            // A disputed group shows its sides apart first; its table keeps each claim's review controls.
            if (g.disputed()) b.append("<p class=\"disagreement\">").append(esc(g.disagreement())).append("</p>").append(sidesCard(g));
            b.append("<table class=\"claims\"><tr><th>date</th><th>side</th><th>figure</th><th>claimant</th><th>hedged</th><th>quote</th><th>report</th><th>review</th></tr>");
            for (GroupedClaim gc : g.claims()) {
                Claim c = gc.claim();
                b.append("<tr><td>").append(esc(gc.date() == null ? "undated" : gc.date())).append("</td>").append(sideCell(c)).append("<td class=\"fig\">").append(esc(figure(c))).append("</td><td>")
                        .append(c.claimant() == null ? "" : link("/entities/" + url(c.claimant()), c.claimant())).append("</td><td>")
                        .append(c.hedged() ? "hedged" : "").append("</td><td class=\"quote\">").append(esc(c.text())).append("</td><td>")
                        .append(sourceLink(gc.report())).append("</td><td>").append(ReviewPages.status(gc.status())).append("</td></tr>");
            }
            b.append("</table></section>");
        }
        html(ctx, Html.page("Claims", b.toString()));
    }

    /** A disputed group's figures in one column per side: figure, claimant, date, hedging, quote and report. */
    private static String sidesCard(ClaimGroup g) {
        Map<String, List<GroupedClaim>> bySide = new TreeMap<>();
        for (GroupedClaim gc : g.claims()) {
            bySide.computeIfAbsent(gc.claim().claimantSide() == null ? "unknown" : gc.claim().claimantSide().label(), k -> new ArrayList<>()).add(gc);
        }
        StringBuilder b = new StringBuilder("<div class=\"sides\">");
        for (Map.Entry<String, List<GroupedClaim>> side : bySide.entrySet()) {
            b.append("<div class=\"side-col side-").append(esc(side.getKey())).append("\"><h4>").append(esc(side.getKey())).append("</h4><ul>");
            for (GroupedClaim gc : side.getValue()) {
                Claim c = gc.claim();
                b.append("<li><span class=\"fig\">").append(esc(figure(c))).append("</span> ")
                        .append(c.claimant() == null ? "unnamed source" : link("/entities/" + url(c.claimant()), c.claimant()))
                        .append(", ").append(esc(gc.date() == null ? "undated" : gc.date())).append(c.hedged() ? ", <em>hedged</em>" : "")
                        .append("<blockquote class=\"quote\">").append(esc(c.text())).append("</blockquote>").append(sourceLink(gc.report()))
                        .append("</li>");
            }
            b.append("</ul></div>");
        }
        return b.append("</div>").toString();
    }
}
