package org.totmon.store;

import java.util.Set;

/**
 * What a search's answer depends on in the store besides the query ({@link Store#searchState}): the index's version (it
 * changes with every report indexed or replaced), the retracted reports (they leave search at once) and the entity
 * names in force (people's merges and splits widen or narrow an entity filter).
 */
public record SearchState(long indexVersion, Set<String> retracted, EntityNames names) {
    /** Whether a query has the same answer in both states: the same index version, retractions and names (by identity: a change of names makes new ones). */
    public boolean same(SearchState other) {
        return other != null && indexVersion == other.indexVersion && names == other.names && retracted.equals(other.retracted);
    }
}
