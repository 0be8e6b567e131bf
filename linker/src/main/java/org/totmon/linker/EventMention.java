package org.totmon.linker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.NameSkeleton;
import org.totmon.model.Place;

/**
 * One report's mention of an event, as clustering compares it. {@code date} is the event's own date, else the report's
 * publication date ({@code datedByEvent} false): an event told without a date happened on or shortly before it was
 * reported. {@code place} is null when the report gives none. {@code persons} are the actors that are persons.
 * {@code actorKeys} and {@code personKeys} are what clustering compares them by: their {@link #key}s, which spellings of one
 * name in two reports share.
 */
public record EventMention(String reportId, int ord, String published, Event event, DateSpan date, boolean datedByEvent,
                           PlaceRef place, Set<String> actors, Set<String> persons, Set<String> evidenceStems, Set<String> concepts,
                           Set<String> actorKeys, Set<String> personKeys) {
    public EventMention {
        actors = Set.copyOf(actors);
        persons = Set.copyOf(persons);
        evidenceStems = Set.copyOf(evidenceStems);
        concepts = Set.copyOf(concepts);
        actorKeys = Set.copyOf(actorKeys);
        personKeys = Set.copyOf(personKeys);
    }

    /** A mention whose actors are compared by their {@link #key}s. */
    public EventMention(String reportId, int ord, String published, Event event, DateSpan date, boolean datedByEvent, PlaceRef place,
                        Set<String> actors, Set<String> persons, Set<String> evidenceStems, Set<String> concepts) {
        this(reportId, ord, published, event, date, datedByEvent, place, actors, persons, evidenceStems, concepts, keys(actors), keys(persons));
    }

    /**
     * An actor's name as clustering compares it: the consonant skeleton of its words ({@link NameSkeleton}), which
     * "Andrey Alekseyenko" and "Andrii Alekseenko", written by reports in two languages, share; a name too short for a
     * skeleton to tell apart ("UN") as written, in lower case.
     */
    public static String key(String actor) {
        String kept = KEYS.get(actor);
        if (kept != null) return kept;
        String skeleton = NameSkeleton.of(actor);
        String key = skeleton.replace(" ", "").length() < MIN_SKELETON ? actor.toLowerCase(Locale.ROOT) : skeleton;
        if (KEYS.size() >= KEYS_KEPT) KEYS.clear();
        KEYS.put(actor, key);
        return key;
    }

    /**
     * Keys worked out lately, by name: a linking process meets the same actors in mention after mention it reads back
     * (working their keys out again was a sixth of turning kept anchors into mentions at 100,000 reports).
     */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int KEYS_KEPT = 100_000;

    /** Consonants a skeleton needs to stand for a name. */
    private static final int MIN_SKELETON = 4;

    private static Set<String> keys(Set<String> names) {
        Set<String> out = new TreeSet<>();
        for (String n : names) out.add(key(n));
        return out;
    }

    public String type() {
        return event.type();
    }

    /** The mentions of every event of one report, in the order of its events layer. */
    public static List<EventMention> of(String reportId, String published, Extraction x, Regions regions) {
        List<EventMention> out = new ArrayList<>();
        for (int i = 0; i < x.events().size(); i++) {
            out.add(of(reportId, i, published, x.events().get(i), x.places(), x.entities(), regions));
        }
        return out;
    }

    /**
     * One event of a report; {@code places} and {@code entities} are the report's layers, where the event's place name
     * is looked up and its actors' kinds are found.
     */
    public static EventMention of(String reportId, int ord, String published, Event e, List<Place> places, List<Entity> entities,
                                  Regions regions) {
        DateSpan own = DateSpan.parse(e.date());
        DateSpan date = own != null ? own : DateSpan.parse(published);
        return evidence(reportId, ord, published, e, date, own != null, place(e, places, regions), persons(e, entities));
    }

    /** The event's actors that the entities layer holds as persons. */
    private static Set<String> persons(Event e, List<Entity> entities) {
        Set<String> out = new TreeSet<>();
        for (Entity entity : entities) {
            if (entity.type() == EntityType.PERSON && e.actors().contains(entity.name())) out.add(entity.name());
        }
        return out;
    }

    /**
     * A mention as stored: {@code dateValue} is its date as clustering used it (its own, else its report's
     * publication date), {@code place} its place as resolved then, {@code persons} its actors that are persons.
     */
    public static EventMention stored(String reportId, int ord, String published, Event e, String dateValue,
                                      boolean datedByEvent, PlaceRef place, Set<String> persons) {
        return evidence(reportId, ord, published, e, DateSpan.parse(dateValue), datedByEvent, place, persons);
    }

    /** As {@link #stored}, with what its evidence text says ({@code evidenceStems}, {@code concepts}) as it was kept. */
    public static EventMention stored(String reportId, int ord, String published, Event e, String dateValue, boolean datedByEvent,
                                      PlaceRef place, Set<String> persons, Set<String> evidenceStems, Set<String> concepts) {
        return of(reportId, ord, published, e, DateSpan.parse(dateValue), datedByEvent, place, persons, evidenceStems, concepts);
    }

    /** A mention with what its evidence text says: its content-word stems, and the concepts it names in any language. */
    private static EventMention evidence(String reportId, int ord, String published, Event e, DateSpan date, boolean datedByEvent,
                                         PlaceRef place, Set<String> persons) {
        String text = e.text() == null ? "" : e.text();
        return of(reportId, ord, published, e, date, datedByEvent, place, persons, Words.contentStems(text), Concepts.BUNDLED.named(text));
    }

    private static EventMention of(String reportId, int ord, String published, Event e, DateSpan date, boolean datedByEvent, PlaceRef place,
                                   Set<String> persons, Set<String> evidenceStems, Set<String> concepts) {
        return new EventMention(reportId, ord, published, e, date, datedByEvent, place, Set.copyOf(e.actors()), persons, evidenceStems, concepts);
    }

    /** The event's place from the report's places layer, else from the gazetteer by its id, else its name alone. */
    private static PlaceRef place(Event e, List<Place> places, Regions regions) {
        String name = e.place();
        if (name == null || name.isBlank()) return null;
        for (Place p : places) if (p.name().equals(name)) return PlaceRef.of(p, regions);
        Place known = e.placeGeonamesId() == null ? null : regions.place(e.placeGeonamesId());
        return known != null && known.name().equals(name) ? PlaceRef.of(known, regions) : PlaceRef.named(name);
    }
}
