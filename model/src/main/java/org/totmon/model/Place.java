package org.totmon.model;

import java.util.List;

/** A place named in a report, resolved to a gazetteer entry. {@code geonamesId} is null for entries GeoNames lacks. */
public record Place(String name, PlaceKind kind, double lat, double lon, Long geonamesId, List<Mention> mentions) {
    public Place {
        mentions = List.copyOf(mentions);
    }
}
