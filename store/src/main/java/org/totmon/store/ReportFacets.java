package org.totmon.store;

import java.util.Set;

/** What search facets on, of one stored report as its extraction has them: event types, claimant sides, place and entity names. */
public record ReportFacets(Set<String> types, Set<String> sides, Set<String> places, Set<String> entities) {
    public ReportFacets {
        types = Set.copyOf(types);
        sides = Set.copyOf(sides);
        places = Set.copyOf(places);
        entities = Set.copyOf(entities);
    }
}
