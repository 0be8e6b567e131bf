package org.totmon.pipeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Report;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.clean.HeadlineAnnotator;
import org.totmon.pipeline.modality.ModalityAnnotator;
import org.totmon.pipeline.text.ClauseAnnotator;
import org.totmon.pipeline.text.LemmaAnnotator;
import org.totmon.pipeline.attribution.AttributionAnnotator;
import org.totmon.pipeline.attribution.OutletRegistry;
import org.totmon.pipeline.entity.ActorRegistry;
import org.totmon.pipeline.text.SentenceTokenAnnotator;

/** Who tells of an event is not its actor: speakers from the attribution layer and the outlet are kept out. */
class EventActorsTest {
    private static final SentenceTokenAnnotator SENTENCES = new SentenceTokenAnnotator();
    private static final AttributionAnnotator ATTRIBUTION = new AttributionAnnotator(ActorRegistry.bundled(), OutletRegistry.bundled());
    private static final EventAnnotator EVENTS = new EventAnnotator();
    private static final ModalityAnnotator MODALITY = new ModalityAnnotator();
    private static final HeadlineAnnotator HEADLINE = new HeadlineAnnotator();
    private static final LemmaAnnotator LEMMAS = new LemmaAnnotator();

    private static Document doc(String text, String url) {
        Document d = new Document(new Report(Report.contentId(text), url, null, null, "2023-05-02", "en", text));
        SENTENCES.annotate(d);
        HEADLINE.annotate(d);
        LEMMAS.annotate(d);
        return d;
    }

    private static List<Mention> mentions(Document d, String surface) {
        Matcher m = Pattern.compile(Pattern.quote(surface)).matcher(d.text());
        List<Mention> out = new java.util.ArrayList<>();
        while (m.find()) out.add(new Mention(m.group(), m.start(), m.end()));
        assertFalse(out.isEmpty(), surface);
        return out;
    }

    private static void entity(Document d, String name, EntityType type, String surface) {
        d.entities().add(new Entity(name, type, mentions(d, surface)));
    }

    private static List<Event> events(Document d) {
        new ClauseAnnotator().annotate(d);
        MODALITY.annotate(d);
        ATTRIBUTION.annotate(d);
        EVENTS.annotate(d);
        return d.events();
    }

    @Test
    void theSourceOfAStatementIsNoActorOfWhatItTells() {
        Document d = doc("The IAEA said Russian forces shelled the Zaporizhzhia Nuclear Power Plant in Enerhodar.", null);
        entity(d, "International Atomic Energy Agency", EntityType.ORGANIZATION, "IAEA");
        entity(d, "Armed Forces of the Russian Federation", EntityType.ORGANIZATION, "Russian forces");
        d.places().add(new Place("Enerhodar", PlaceKind.SETTLEMENT, 47.5, 34.65, null, mentions(d, "Enerhodar")));
        List<Event> attacks = events(d).stream().filter(e -> e.type().equals("ATTACK")).toList();
        assertEquals(1, attacks.size(), d.events().toString());
        assertEquals(List.of("Armed Forces of the Russian Federation"), attacks.get(0).actors());
    }

    @Test
    void theOutletIsNoActorEither() {
        Document d = doc("Reuters: Putin signed a decree on Russian passports for residents of Melitopol.", "https://www.reuters.com/world/1");
        entity(d, "Reuters", EntityType.ORGANIZATION, "Reuters");
        entity(d, "Vladimir Putin", EntityType.PERSON, "Putin");
        d.places().add(new Place("Melitopol", PlaceKind.SETTLEMENT, 46.85, 35.37, null, mentions(d, "Melitopol")));
        List<Event> events = events(d);
        assertFalse(events.isEmpty());
        for (Event e : events) assertFalse(e.actors().contains("Reuters"), e.toString());
        assertTrue(events.stream().anyMatch(e -> e.actors().contains("Vladimir Putin")), events.toString());
    }

    @Test
    void aCondemnationKeepsWhoCondemns() {
        Document d = doc("The European Union condemned the sham referendums in Kherson.", null);
        entity(d, "European Union", EntityType.ORGANIZATION, "European Union");
        d.places().add(new Place("Kherson", PlaceKind.SETTLEMENT, 46.63, 32.61, null, mentions(d, "Kherson")));
        List<Event> condemnations = events(d).stream().filter(e -> e.type().equals("CONDEMNATION")).toList();
        assertEquals(1, condemnations.size(), d.events().toString());
        assertEquals(List.of("European Union"), condemnations.get(0).actors());
    }
}
