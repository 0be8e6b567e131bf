package org.totmon.store;

import java.util.List;
import org.totmon.model.Claim;
import org.totmon.model.Event;
import org.totmon.model.Place;

/** The places (with their mentions), claims and events of one stored report, as its extraction has them. */
public record ReportItems(String reportId, List<Place> places, List<Claim> claims, List<Event> events) {
    public ReportItems {
        places = List.copyOf(places);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
    }
}
