package org.totmon.linker;

import java.util.List;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Modality;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Side;
import org.totmon.model.TimeMention;

/** Layers of our own sentences, with offsets found in the text. */
final class Fixtures {
    private Fixtures() {}

    static final Regions ZAPORIZHZHIA = place -> switch (place.name()) {
        case "Melitopol", "Enerhodar", "Zaporizhzhia Oblast" -> new Regions.Region("Zaporizhzhia Oblast", "UA");
        case "Kherson", "Kherson Oblast", "Kakhovka Hydroelectric Power Plant" -> new Regions.Region("Kherson Oblast", "UA");
        case "Ukraine" -> new Regions.Region(null, "UA");
        case "Russia" -> new Regions.Region(null, "RU");
        default -> null;
    };

    static Mention mention(String text, String surface) {
        int at = text.indexOf(surface);
        if (at < 0) throw new IllegalArgumentException(surface + " not in " + text);
        return new Mention(surface, at, at + surface.length());
    }

    static Place place(String text, String name, PlaceKind kind, String... surfaces) {
        List<Mention> ms = surfaces.length == 0 ? List.of(mention(text, name)) : List.of(surfaces).stream().map(s -> mention(text, s)).toList();
        return new Place(name, kind, 47.0, 35.0, null, ms);
    }

    static TimeMention time(String text, String surface, String value) {
        Mention m = mention(text, surface);
        return new TimeMention(surface, value, m.start(), m.end());
    }

    static Claim claim(String text, String figure, double value, String qualifier, String unit, String subject,
                       String claimant, Side side) {
        Mention m = mention(text, figure);
        return new Claim(figure, value, null, qualifier, unit, subject, claimant, side, false, m.start(), m.end());
    }

    static Event event(String text, String evidence, String type, String date, String place, List<String> actors) {
        Mention m = mention(text, evidence);
        return new Event(type, evidence, date, place, actors, Modality.FACT, "Violence against civilians", "Attack", m.start(), m.end());
    }

    /** Entities of the persons named, as an entities layer holds them (mentions are not compared by the linker). */
    static List<Entity> persons(List<String> names) {
        return names.stream().map(n -> new Entity(n, EntityType.PERSON, List.of())).toList();
    }

    static Extraction extraction(String id, List<Place> places, List<TimeMention> times, List<Claim> claims, List<Event> events) {
        return new Extraction(id, "en", List.of(), List.of(), places, times, claims, events);
    }
}
