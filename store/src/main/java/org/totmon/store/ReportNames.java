package org.totmon.store;

import java.util.List;
import org.totmon.model.Entity;
import org.totmon.model.Place;

/**
 * A stored report as the workbench's catalog holds it: its metadata (not its text), its entities and places with their
 * mentions, and the types of its events and the sides of its claims, each in the report's order. {@code language} is
 * the pipeline's, else the source's; either may be null.
 */
public record ReportNames(long seq, String id, String title, String url, String outlet, String published, String language,
                          String declaredLanguage, List<Entity> entities, List<Place> places, List<String> eventTypes,
                          List<String> claimSides) {
    public ReportNames {
        entities = List.copyOf(entities);
        places = List.copyOf(places);
        eventTypes = List.copyOf(eventTypes);
        claimSides = List.copyOf(claimSides);
    }
}
