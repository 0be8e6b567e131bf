package org.totmon.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totmon.store.ReportFacets;
import org.totmon.store.Store;

/**
 * What search facets on, of the reports searches found lately: read from the store for the reports not held yet, and
 * held for at most {@code capacity} reports, the least recently found dropped first. So memory is bounded whatever the
 * store's size, while the candidates of the searches people repeat (the broad words' best thousand) cost no query.
 * A report's facets come from its machine extraction, which only a re-annotation changes; a re-annotated report is
 * read again once it has dropped out.
 */
final class FacetCache {
    static final ReportFacets NONE = new ReportFacets(Set.of(), Set.of(), Set.of(), Set.of());

    private final Store store;
    private final Map<String, ReportFacets> held;

    FacetCache(Store store, int capacity) {
        this.store = store;
        this.held = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ReportFacets> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The facets of each report (one with nothing to facet on, or not stored, has {@link #NONE}). */
    Map<String, ReportFacets> of(List<String> ids) {
        Map<String, ReportFacets> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        synchronized (held) {
            for (String id : ids) {
                ReportFacets f = held.get(id);
                if (f == null) missing.add(id);
                else out.put(id, f);
            }
        }
        if (missing.isEmpty()) return out;
        // Read outside the lock: concurrent searches may read the same report twice, never wait on each other's query.
        Map<String, ReportFacets> read = store.facets(missing);
        synchronized (held) {
            for (String id : missing) {
                ReportFacets f = read.getOrDefault(id, NONE);
                held.put(id, f);
                out.put(id, f);
            }
        }
        return out;
    }
}
