package org.totmon.model;

import java.util.List;

/**
 * Something that happened, or was ordered or scheduled, as one report tells it: its type, the evidence span,
 * date, place and actors, how the report presents it, and the ACLED event and sub-event type it maps to.
 * Besides the display strings it refers to the extraction's own items: {@code placeGeonamesId} is the GeoNames id
 * of its place, {@code actorIds} the {@linkplain Extraction#entityId ids} of the actors that are entities of the
 * extraction, in the order of {@code actors}; {@code date} is the time value. {@code severalRegions}: an act over a
 * list of regions ("referendums in the Donetsk, Luhansk and Kherson oblasts"), which has no single place ({@code place}
 * null) and is no event of any one of them. {@code sense}: for a type whose happenings its triggers tell apart
 * ({@code event-types.tsv}, column by_sense: aid delivered and villages flooded are both OTHER), what its trigger tells
 * ("aid", "flood"); null for other types and triggers without one.
 */
public record Event(String type, String text, String date, String place, List<String> actors, Modality modality,
                    String acledEventType, String acledSubEventType, int start, int end, Long placeGeonamesId,
                    List<String> actorIds, boolean severalRegions, String sense) {
    public Event {
        actors = List.copyOf(actors);
        actorIds = actorIds == null ? List.of() : List.copyOf(actorIds);
    }

    /** An event whose trigger tells no sense. */
    public Event(String type, String text, String date, String place, List<String> actors, Modality modality,
                 String acledEventType, String acledSubEventType, int start, int end, Long placeGeonamesId,
                 List<String> actorIds, boolean severalRegions) {
        this(type, text, date, place, actors, modality, acledEventType, acledSubEventType, start, end, placeGeonamesId, actorIds,
                severalRegions, null);
    }

    /** An event in at most one place ({@code severalRegions} false). */
    public Event(String type, String text, String date, String place, List<String> actors, Modality modality,
                 String acledEventType, String acledSubEventType, int start, int end, Long placeGeonamesId, List<String> actorIds) {
        this(type, text, date, place, actors, modality, acledEventType, acledSubEventType, start, end, placeGeonamesId, actorIds, false);
    }

    /** An event without references: its place and actors by name only (stored before references were kept). */
    public Event(String type, String text, String date, String place, List<String> actors, Modality modality,
                 String acledEventType, String acledSubEventType, int start, int end) {
        this(type, text, date, place, actors, modality, acledEventType, acledSubEventType, start, end, null, List.of());
    }
}
