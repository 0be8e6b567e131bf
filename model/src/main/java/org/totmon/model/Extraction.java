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

    /**
     * The id of the entity at {@code index} of {@link #entities()}: {@code e1}, {@code e2}, … Stable for an extraction
     * (the store keeps entities in order), so events and claims refer to entities by it.
     */
    public static String entityId(int index) {
        return "e" + (index + 1);
    }

    /** The entity with {@code id}, or null. */
    public Entity entity(String id) {
        if (id == null || !id.matches("e[1-9]\\d{0,8}")) return null;
        int index = Integer.parseInt(id.substring(1)) - 1;
        return index < entities.size() ? entities.get(index) : null;
    }
}
