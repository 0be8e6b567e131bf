package org.totmon.store;

import java.util.List;

/** The best hits of a search and how many reports matched in all. */
public record SearchResults(long total, List<SearchHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
