package org.totmon.model;

import java.util.List;

/**
 * Something that happened, or was ordered or scheduled, as one report tells it: its type, the evidence span,
 * date, place and actors, how the report presents it, and the ACLED event and sub-event type it maps to.
 */
public record Event(String type, String text, String date, String place, List<String> actors, Modality modality,
                    String acledEventType, String acledSubEventType, int start, int end) {
    public Event {
        actors = List.copyOf(actors);
    }
}
