package org.totmon.model;

import java.util.List;

/** Everything the pipeline found in one report: the standoff layers over its cleaned text. */
public record Extraction(String reportId, String language, List<TextSpan> boilerplate, List<Entity> entities,
                         List<Place> places, List<TimeMention> times, List<Claim> claims, List<Event> events) {
    public Extraction {
        boilerplate = List.copyOf(boilerplate);
        entities = List.copyOf(entities);
        places = List.copyOf(places);
        times = List.copyOf(times);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
    }
}
