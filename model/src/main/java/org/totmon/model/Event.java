package org.totmon.model;

import java.util.List;

/** Something that happened, or was ordered or scheduled, as one report tells it. */
public record Event(String type, String text, String date, String place, List<String> actors, int start, int end) {
    public Event {
        actors = List.copyOf(actors);
    }
}
