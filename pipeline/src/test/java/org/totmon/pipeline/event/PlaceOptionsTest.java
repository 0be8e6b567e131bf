package org.totmon.pipeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.totmon.model.Report;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.event.EventCandidate.PlaceOption;
import org.totmon.pipeline.event.EventGateTrainer.Sample;

/** The places an event may be given, by the roads that reach them, and a trained choice among them. */
class PlaceOptionsTest {
    private static final EventAnnotator RULES = new EventAnnotator();

    private static Document doc(String text) {
        return Pipeline.standard().annotate(new Report("t", null, null, null, "2023-05-10", "en", text));
    }

    private static EventCandidate told(EventAnnotator events, Document d, String opening) {
        return events.candidates(d).stream().filter(c -> d.text().substring(c.start(), c.end()).startsWith(opening)).findFirst().orElseThrow();
    }

    private static PlaceOption option(EventCandidate c, String place) {
        return c.placeOptions().stream().filter(o -> o.place().equals(place)).findFirst().orElseThrow(() -> new AssertionError(place + " not among " + c.placeOptions()));
    }

    @Test
    void optionsNameEveryRoadAndHoldTheRulesChoice() {
        Document d = doc("Russian troops entered Nova Kakhovka in March 2022.\nResidents of Melitopol reported explosions on Monday.\n"
                + "Occupation authorities detained a teacher on 12 April 2023.");
        EventCandidate detention = told(RULES, d, "Occupation authorities detained");
        // Nothing in its sentence says where: the rules carry the last place of the sentence before.
        assertEquals("Melitopol", detention.place());
        assertEquals(List.of("carried"), option(detention, "Melitopol").sources());
        assertTrue(option(detention, "Nova Kakhovka").sources().contains("carried"), detention.placeOptions().toString());
        assertTrue(option(detention, "Melitopol").features().contains("chosen=true"));
        assertTrue(option(detention, "Nova Kakhovka").features().containsAll(List.of("chosen=false", "back=2", "place-kind=SETTLEMENT")));

        EventCandidate shelling = told(RULES, doc("Russian forces shelled a school in Kherson on 3 May 2023."), "Russian forces shelled");
        PlaceOption kherson = option(shelling, "Kherson");
        assertTrue(kherson.sources().containsAll(List.of("clause", "report")), kherson.sources().toString());
        assertTrue(kherson.features().containsAll(List.of("locative", "prev=in", "after-trigger")), kherson.features().toString());
    }

    @Test
    void aTrainedChooserGivesTheEventThePlaceItFindsLikeliest() throws IOException {
        // Taught that where nothing near names a place, the event is in the place named two sentences back.
        String[] reports = {
            "Russian troops entered Nova Kakhovka in March 2022.\nResidents of Melitopol reported explosions on Monday.\nOccupation authorities detained a teacher on 12 April 2023.",
            "Russian troops entered Berdiansk in March 2022.\nResidents of Enerhodar reported explosions on Monday.\nOccupation authorities detained a doctor on 2 March 2023.",
            "Russian troops entered Skadovsk in March 2022.\nResidents of Henichesk reported explosions on Monday.\nOccupation authorities detained a priest on 9 June 2023."};
        List<Sample> samples = new ArrayList<>();
        for (String r : reports) {
            Document d = doc(r);
            for (EventCandidate c : RULES.candidates(d)) {
                for (PlaceOption o : c.placeOptions()) samples.add(new Sample(o.features().contains("back=2") ? EventGate.EVENT : EventGate.NONE, true, o.features()));
            }
        }
        EventGate chooser = EventGateTrainer.train(Map.of("a", samples), EventGate.Mode.ALONE, 0);
        EventAnnotator trained = new EventAnnotator(EventGate.RULES, chooser);
        Document d = doc("Russian troops entered Polohy in March 2022.\nResidents of Tokmak reported explosions on Monday.\n"
                + "Occupation authorities detained a journalist on 4 July 2023.");
        assertEquals("Tokmak", told(RULES, d, "Occupation authorities detained").place());
        assertEquals("Polohy", told(trained, d, "Occupation authorities detained").place());
    }
}
