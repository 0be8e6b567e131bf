package org.totmon.store;

import com.fasterxml.jackson.annotation.JsonProperty;

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

    /** rejected when people rejected every report's mention of it, reviewed when they accepted or corrected one, else unreviewed. */
    @JsonProperty("review")
    public String status() {
        if (!mentions.isEmpty() && mentions.stream().allMatch(m -> Review.rejected(m.review()))) return Review.REJECTED;
        return mentions.stream().anyMatch(m -> Review.label(m.review()).equals(Review.REVIEWED)) ? Review.REVIEWED : Review.UNREVIEWED;
    }

    /** The event with only the mentions people reviewed (accepted or corrected); null when there are none. */
    public TimelineEvent reviewedOnly() {
        List<ClusteredEvent> kept = mentions.stream().filter(m -> m.status().equals(Review.REVIEWED)).toList();
        return kept.isEmpty() ? null : new TimelineEvent(id, type, date, firstReported, place, placeKind, admin1,
                country, lat, lon, modality, acledEventType, acledSubEventType, actors, reportCount, independentSources, kept);
    }

    /** The event without the mentions people rejected (for exports); null when they rejected them all. */
    public TimelineEvent withoutRejected() {
        List<ClusteredEvent> kept = mentions.stream().filter(m -> !Review.rejected(m.review())).toList();
        if (kept.isEmpty()) return null;
        return kept.size() == mentions.size() ? this : new TimelineEvent(id, type, date, firstReported, place, placeKind, admin1,
                country, lat, lon, modality, acledEventType, acledSubEventType, actors, reportCount, independentSources, kept);
    }
}
