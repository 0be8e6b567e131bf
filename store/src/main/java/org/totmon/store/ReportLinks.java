package org.totmon.store;

import java.util.Map;

/**
 * What linking made of one report's items: the event cluster of each event and the claim group of each claim, by
 * their positions in the report's layers, the measure each claim's group stands for (org.totmon.linker.Measure's key)
 * and whether it is disputed. An item not linked yet is absent.
 */
public record ReportLinks(Map<Integer, Long> eventClusters, Map<Integer, Long> claimGroups, Map<Integer, String> claimMeasures,
                          Map<Integer, Boolean> claimDisputed) {
    public ReportLinks {
        eventClusters = Map.copyOf(eventClusters);
        claimGroups = Map.copyOf(claimGroups);
        claimMeasures = Map.copyOf(claimMeasures);
        claimDisputed = Map.copyOf(claimDisputed);
    }
}
