package org.totmon.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Modality;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Report;
import org.totmon.model.Side;

/**
 * A small deterministic annotator for the server tests, so they need no models: "Ivan Fedorov" (and, as the
 * pipeline may leave it, "Іван Федоров") is a person,
 * "Melitopol" a settlement, "N people" a claim by Fedorov, and "election" an election event at Melitopol.
 */
final class FixtureAnnotator implements Function<Report, Extraction> {
    private static final Pattern PEOPLE = Pattern.compile("(\\d+) people");

    @Override
    public Extraction apply(Report r) {
        String t = r.text();
        List<Entity> entities = new ArrayList<>();
        for (String name : List.of("Ivan Fedorov", "Іван Федоров")) {
            List<Mention> fedorov = mentions(t, name);
            if (!fedorov.isEmpty()) entities.add(new Entity(name, EntityType.PERSON, fedorov));
        }
        List<Place> places = new ArrayList<>();
        List<Mention> melitopol = mentions(t, "Melitopol");
        if (!melitopol.isEmpty()) places.add(new Place("Melitopol", PlaceKind.SETTLEMENT, 46.8489, 35.3653, 702320L, melitopol));
        List<Claim> claims = new ArrayList<>();
        Matcher m = PEOPLE.matcher(t);
        while (m.find()) {
            claims.add(new Claim(m.group(), Double.parseDouble(m.group(1)), null, "exact", "people", "people detained in Melitopol",
                    "Ivan Fedorov", Side.UKRAINE, false, m.start(), m.end()));
        }
        List<Event> events = new ArrayList<>();
        int e = t.indexOf("election");
        if (e >= 0) {
            events.add(new Event("ELECTION", "election", r.published(), melitopol.isEmpty() ? null : "Melitopol", List.of(),
                    Modality.PLANNED, "Strategic developments", "Other", e, e + "election".length()));
        }
        return new Extraction(r.id(), "en", List.of(), entities, places, List.of(), claims, events);
    }

    private static List<Mention> mentions(String text, String name) {
        List<Mention> out = new ArrayList<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) out.add(new Mention(name, i, i + name.length()));
        return out;
    }
}
