package org.totmon.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.totmon.store.DateRange;
import org.totmon.store.EntityNames;
import org.totmon.store.Lru;
import org.totmon.store.SearchHit;
import org.totmon.store.SearchQuery;
import org.totmon.store.SearchResults;
import org.totmon.store.SearchState;
import org.totmon.store.Store;
import org.totmon.web.Catalog.ReportInfo;

/**
 * Search with facets. The full-text index filters by language, place, entity and publication date; event type and
 * claimant side are filtered here, over the best {@link #CANDIDATES} hits, from each report's extraction. Facet
 * counts are over the same hits; entities are counted under the names people's merges and splits put in force.
 */
final class SearchService {
    static final int CANDIDATES = 1000;
    static final int PAGE_SIZE = 20;
    private static final int FACET_VALUES = 12;

    /** {@code exact}: the words as typed only, not widened to the other languages ({@link CrossLanguage}). */
    record Params(String q, String lang, String type, String place, String entity, String side, LocalDate from, LocalDate to, int page,
                  boolean exact) {
        static Params of(Context ctx) {
            DateRange from = date(ctx, "from"), to = date(ctx, "to");
            String exact = param(ctx, "exact");
            return new Params(param(ctx, "q"), param(ctx, "lang"), param(ctx, "type"), param(ctx, "place"), param(ctx, "entity"),
                    param(ctx, "side"), from == null ? null : from.from(), to == null ? null : to.to(), SearchService.page(ctx),
                    exact != null && !exact.equals("0"));
        }

        /** The same query's first page: what {@link SearchService} keeps answers by. */
        Params firstPage() {
            return page == 1 ? this : new Params(q, lang, type, place, entity, side, from, to, 1, exact);
        }

        Map<String, String> asMap() {
            return Html.params("q", q, "lang", lang, "type", type, "place", place, "entity", entity, "side", side,
                    "from", from == null ? null : from.toString(), "to", to == null ? null : to.toString(), "exact", exact ? "1" : null);
        }
    }

    /**
     * {@code total} counts the matching reports among the candidates; {@code capped} says there may be more;
     * {@code also} the words searched besides the query's own, in the other languages.
     */
    record Result(int total, boolean capped, int page, List<SearchHit> hits, Map<String, Map<String, Integer>> facets, List<String> also) {}

    /**
     * A query's ranked hits and facets, for one search state of the store and one catalog, and the pages of it shown
     * so far with their snippets.
     */
    private record Ranked(SearchState state, Object catalog, EntityNames names, SearchQuery query, List<SearchHit> hits, boolean capped,
                          Map<String, Map<String, Integer>> facets, List<String> also, ConcurrentHashMap<Integer, List<SearchHit>> pages) {
        boolean standsFor(SearchState now, Object catalogNow, EntityNames namesNow) {
            return state.same(now) && catalog == catalogNow && names == namesNow;
        }
    }

    /** Queries (without their page) whose answers are kept. */
    private static final int KEPT_QUERIES = 64;

    private final Store store;
    private final Catalog catalog;
    /**
     * The last queries' answers, kept while the store's search state and the catalog are as they were when the query
     * was asked: a search cost 26–34 ms of CPU at 100,000 reports (ranking the best 1,000, facets over them, snippets),
     * and its next pages, or the same query of another reader, asked it again. Any report indexed, retraction or change
     * of names makes a state another, so a kept answer is the answer of now. Access-ordered: guarded by itself.
     */
    private final Map<Params, Ranked> kept = Lru.map(KEPT_QUERIES);
    /** Readers of one query wait for the one ranking it rather than each ranking it (a lock by the query's hash). */
    private final Object[] ranking = new Object[16];

    SearchService(Store store, Catalog catalog) {
        this.store = store;
        this.catalog = catalog;
        for (int i = 0; i < ranking.length; i++) ranking[i] = new Object();
    }

    Result search(Params p) {
        Params query = p.firstPage();
        // The state before the catalog: a report indexed in between is then in the catalog's version or a later one.
        SearchState state = store.searchState();
        Object catalogVersion = catalog.version();
        EntityNames names = catalog.names();
        Ranked r = keptFor(query, state, catalogVersion, names);
        if (r == null) {
            synchronized (ranking[Math.floorMod(query.hashCode(), ranking.length)]) {
                r = keptFor(query, state, catalogVersion, names);
                if (r == null) {
                    r = rank(query, state, catalogVersion, names);
                    synchronized (kept) {
                        kept.put(query, r);
                    }
                }
            }
        }
        Ranked of = r;
        int from = Math.min(of.hits().size(), (p.page() - 1) * PAGE_SIZE);
        List<SearchHit> page = of.pages().computeIfAbsent(p.page(),
                n -> List.copyOf(store.withSnippets(of.query(), of.hits().subList(from, Math.min(of.hits().size(), from + PAGE_SIZE)))));
        return new Result(of.hits().size(), of.capped(), p.page(), page, of.facets(), of.also());
    }

    private Ranked keptFor(Params query, SearchState state, Object catalogVersion, EntityNames names) {
        synchronized (kept) {
            Ranked r = kept.get(query);
            return r != null && r.standsFor(state, catalogVersion, names) ? r : null;
        }
    }

    private Ranked rank(Params p, SearchState state, Object catalogVersion, EntityNames names) {
        CrossLanguage.Expansion widened = p.exact() ? new CrossLanguage.Expansion(p.q(), List.of()) : CrossLanguage.expand(p.q());
        SearchQuery query = new SearchQuery(widened.query(), p.lang(), p.place(), p.entity(), p.from(), p.to(), CANDIDATES);
        // Snippets are made for the page shown only: highlighting re-analyses a report's whole text.
        SearchResults found = store.candidates(query, state);
        List<SearchHit> hits = new ArrayList<>();
        // Counted by the values' numbers (FacetValues): a search counts some 30,000 values over its 1,000 candidates.
        FacetValues values = catalog.facetValues();
        FacetValues.Counts langs = new FacetValues.Counts(), types = new FacetValues.Counts(), sides = new FacetValues.Counts(),
                places = new FacetValues.Counts(), entities = new FacetValues.Counts();
        boolean refreshed = false;
        for (SearchHit h : found.hits()) {
            ReportInfo r = catalog.report(h.id()).orElse(null);
            if (r == null && !refreshed) {
                // The index has a report the catalog has not read yet (stored by another process, or just now): read it.
                catalog.refresh();
                refreshed = true;
                r = catalog.report(h.id()).orElse(null);
            }
            if (r == null) continue;
            Catalog.Facets f = r.facets();
            if (p.type() != null && f.types().stream().noneMatch(t -> t.equalsIgnoreCase(p.type()))) continue;
            if (p.side() != null && !f.sides().contains(p.side().toLowerCase(Locale.ROOT))) continue;
            hits.add(h);
            langs.add(values.id(h.language()));
            types.addAll(f.typeIds());
            sides.addAll(f.sideIds());
            places.addAll(f.placeIds());
            if (names.isEmpty()) entities.addAll(f.entityIds());
            else for (String n : f.entities().stream().map(e -> names.resolve(h.id(), e)).distinct().toList()) entities.add(values.id(n));
        }
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        facets.put("lang", langs.top(values, FACET_VALUES));
        facets.put("type", types.top(values, FACET_VALUES));
        facets.put("side", sides.top(values, FACET_VALUES));
        facets.put("place", places.top(values, FACET_VALUES));
        facets.put("entity", entities.top(values, FACET_VALUES));
        return new Ranked(state, catalogVersion, names, query, List.copyOf(hits), found.total() > CANDIDATES, Collections.unmodifiableMap(facets),
                widened.also(), new ConcurrentHashMap<>());
    }

    static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything else is a 400 naming the parameter. */
    static DateRange date(Context ctx, String name) {
        String v = param(ctx, name);
        try {
            return v == null ? null : DateRange.parse(v);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new ApiError(400, "parameter \"" + name + "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + v);
        }
    }

    /** Pages past the candidates would be empty, and their offset could overflow: a 400 says how far pages go. */
    static final int MAX_PAGE = CANDIDATES / PAGE_SIZE;

    static int page(Context ctx) {
        int page = Filters.number(ctx, "page", 1);
        if (page > MAX_PAGE) {
            throw new ApiError(400, "parameter \"page\" must be 1 to " + MAX_PAGE + ": search shows the best " + CANDIDATES
                    + " hits, " + PAGE_SIZE + " a page");
        }
        return page;
    }
}
