package org.totmon.store;

import java.util.List;
import org.totmon.model.Modality;
import org.totmon.model.PlaceKind;

/**
 * A real-world event as its reports tell it together ({@link org.totmon.linker.EventClustering}): type, the most
 * precise date the reports give ({@code date}, null when none dates it), the earliest publication date of its reports,
 * the most specific place with its region, country (ISO alpha-2) and coordinates (each may be null), how most reports
 * present it, its ACLED categories, every actor named, and its mentions in the order they were stored.
 * {@code independentSources} counts its reports but those that copy another of its reports (a reprint counts once).
 */
public record TimelineEvent(long id, String type, String date, String firstReported, String place, PlaceKind placeKind,
                            String admin1, String country, Double lat, Double lon, Modality modality,
                            String acledEventType, String acledSubEventType, List<String> actors, int reportCount,
                            int independentSources, List<ClusteredEvent> mentions) {
    public TimelineEvent {
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
    }
}
