package org.totmon.store;

import java.util.Map;

/**
 * What linking made of one report's items: the event cluster of each event and the claim group of each claim, by
 * their positions in the report's layers, and whether each claim's group is disputed. An item not linked yet is
 * absent.
 */
public record ReportLinks(Map<Integer, Long> eventClusters, Map<Integer, Long> claimGroups, Map<Integer, Boolean> claimDisputed) {
    public ReportLinks {
        eventClusters = Map.copyOf(eventClusters);
        claimGroups = Map.copyOf(claimGroups);
        claimDisputed = Map.copyOf(claimDisputed);
    }
}
