package org.totmon.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Modality;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.model.TextSpan;
import org.totmon.model.TimeMention;

/**
 * A deterministic stand-in for the pipeline that fills every layer from fixed word lists, so a test can tell what
 * the store must hold for any report it wrote.
 */
final class TestAnnotator {
    private TestAnnotator() {}

    private static final List<String> PLACES = List.of("Kherson", "Melitopol", "Enerhodar", "Mariupol", "Zaporizhzhia Oblast");
    private static final List<String> PEOPLE = List.of("Ivan Fedorov", "Volodymyr Zelensky", "Yevhen Balytskyi");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern PEOPLE_COUNT = Pattern.compile("\\b(\\d+) people\\b");
    private static final Pattern SHARE = Pattern.compile("(?m)^Share.*$");

    static Extraction annotate(Report r) {
        String t = r.text();
        List<TextSpan> boilerplate = new ArrayList<>();
        for (Matcher m = SHARE.matcher(t); m.find(); ) boilerplate.add(new TextSpan(m.start(), m.end()));
        List<Place> places = new ArrayList<>();
        for (String p : PLACES) {
            List<Mention> ms = mentions(t, p);
            if (!ms.isEmpty()) places.add(new Place(p, PlaceKind.SETTLEMENT, 46.8, 35.4, (long) p.length(), ms));
        }
        List<Entity> entities = new ArrayList<>();
        for (String p : PEOPLE) {
            List<Mention> ms = mentions(t, p);
            if (!ms.isEmpty()) entities.add(new Entity(p, EntityType.PERSON, ms));
        }
        List<TimeMention> times = new ArrayList<>();
        for (Matcher m = YEAR.matcher(t); m.find(); ) times.add(new TimeMention(m.group(), m.group(), m.start(), m.end()));
        List<Claim> claims = new ArrayList<>();
        for (Matcher m = PEOPLE_COUNT.matcher(t); m.find(); ) {
            claims.add(new Claim(m.group(), Double.parseDouble(m.group(1)), null, "exact", "people", "detained",
                    "residents", Side.UKRAINE, false, m.start(), m.end()));
        }
        List<Event> events = new ArrayList<>();
        int election = t.indexOf("elections");
        if (election >= 0) {
            events.add(new Event("ELECTION", "elections", times.isEmpty() ? null : times.get(0).value(),
                    places.isEmpty() ? null : places.get(0).name(), List.of("occupation authorities"), Modality.PLANNED,
                    "Strategic developments", "Other", election, election + 9));
        }
        return new Extraction(r.id(), r.language() == null ? "en" : r.language(), boilerplate, entities, places, times, claims, events);
    }

    private static List<Mention> mentions(String text, String name) {
        List<Mention> out = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.add(new Mention(name, at, at + name.length()));
        return out;
    }
}
