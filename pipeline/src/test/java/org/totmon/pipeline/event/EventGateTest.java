package org.totmon.pipeline.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Report;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.event.EventGateTrainer.Sample;
import org.totmon.pipeline.event.EventGateTrainer.Scored;

class EventGateTest {
    private static final EventAnnotator EVENTS = new EventAnnotator();

    private static Document doc(String text) {
        return Pipeline.standard().annotate(new Report("t", null, null, null, "2023-05-10", "en", text));
    }

    @Test
    void candidatesNameTheConditionsThatDropThem() {
        Document d = doc("Local officials reported the news on Monday.\nRussian forces shelled Kherson on 3 May 2023.\n"
                + "Who shelled Kherson on 3 May 2023?");
        List<EventCandidate> all = EVENTS.candidates(d);
        EventCandidate told = all.stream().filter(c -> d.text().substring(c.start(), c.end()).startsWith("Russian forces shelled")).findFirst().orElseThrow();
        EventCandidate asked = all.stream().filter(c -> d.text().substring(c.start(), c.end()).startsWith("Who")).findFirst().orElseThrow();
        assertTrue(told.rulesKeep(), told.drops().toString());
        assertEquals("ATTACK", told.kind());
        assertEquals(List.of("question"), asked.drops());
        assertTrue(asked.features().contains("drop=question"), asked.features().toString());
        assertTrue(told.features().contains("kind=ATTACK") && told.features().contains("rules=keep"), told.features().toString());
        // The rules alone keep what they name no condition against, and nothing else.
        assertEquals(1, EVENTS.detect(d).stream().filter(e -> e.kind() == EventKind.ATTACK).count());
    }

    /** Reports of one sentence each, labelled by hand: a statement of a shelling or a detention is an event, a question is not. */
    private static List<Sample> labelled(String... sentences) {
        List<Sample> out = new ArrayList<>();
        for (String s : sentences) {
            Document d = doc("Local officials reported the news on Monday.\n" + s);
            for (EventCandidate c : EVENTS.candidates(d)) out.add(new Sample(s.endsWith("?") ? EventGate.NONE : EventGate.EVENT, c.rulesKeep(), c.features()));
        }
        return out;
    }

    private static Map<String, List<Sample>> sets() {
        Map<String, List<Sample>> sets = new LinkedHashMap<>();
        sets.put("a", labelled("Russian forces shelled Kherson on 3 May 2023.", "Occupation authorities detained a teacher in Melitopol on 12 April 2023.",
                "Who shelled Kherson on 3 May 2023?", "Was the mayor of Melitopol detained by Russian troops?",
                "Russian troops shelled Nikopol on 20 May 2023.", "Who shelled Nikopol on Sunday?"));
        sets.put("b", labelled("Russian forces shelled Nikopol on 7 June 2023.", "Occupation authorities detained two activists in Berdiansk on 2 March 2023.",
                "Who shelled Nikopol on 7 June 2023?", "Was the mayor of Berdiansk detained by Russian troops?",
                "Russian troops shelled Kherson on 9 June 2023.", "Who shelled Kherson on Sunday?"));
        return sets;
    }

    @Test
    void aTrainedGateKeepsAStatedEventAndDropsAQuestion() throws IOException {
        EventGate gate = EventGateTrainer.train(sets(), EventGate.Mode.ALONE);
        List<EventCandidate> stated = EVENTS.candidates(doc("Local officials reported the news on Monday.\nRussian troops shelled Berdiansk on 4 July 2023."));
        List<EventCandidate> asked = EVENTS.candidates(doc("Local officials reported the news on Monday.\nWho shelled Berdiansk on 4 July 2023?"));
        assertFalse(stated.isEmpty());
        assertFalse(asked.isEmpty());
        for (EventCandidate c : stated) assertTrue(gate.keep(c), c.features() + " " + gate.probability(c.features()));
        for (EventCandidate c : asked) assertFalse(gate.keep(c), c.features() + " " + gate.probability(c.features()));
    }

    @Test
    void aGateIsWrittenAndReadBackAndTrainingIsDeterministic(@TempDir Path dir) throws IOException {
        EventGate gate = EventGateTrainer.train(sets(), EventGate.Mode.GATE);
        gate.write(dir.resolve("one.bin"));
        EventGateTrainer.train(sets(), EventGate.Mode.GATE).write(dir.resolve("two.bin"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one.bin")), Files.readAllBytes(dir.resolve("two.bin")));
        EventGate read = EventGate.read(dir.resolve("one.bin"));
        assertEquals(EventGate.Mode.GATE, read.mode());
        assertEquals(gate.threshold(), read.threshold());
        List<String> features = sets().get("a").get(0).features();
        assertEquals(gate.probability(features), read.probability(features), 1e-12);
    }

    @Test
    void badFilesAreNamed(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("model.bin"), "not a model");
        IOException e = assertThrows(IOException.class, () -> EventGate.read(model));
        assertTrue(e.getMessage().contains(model.toString()), e.getMessage());
        Path labelled = Files.writeString(dir.resolve("set.jsonl"), "{\"event\": true, \"rules_keep\": true, \"features\": [\"kind=ATTACK\"]}\n{\"event\": \"yes\"}\n");
        e = assertThrows(IOException.class, () -> EventGateTrainer.read(labelled));
        assertTrue(e.getMessage().startsWith(labelled + ":2:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EventGateTrainer.train(Map.of("a", sets().get("a")), EventGate.Mode.ALONE));
    }

    @Test
    void theCurveCountsWhatEachThresholdKeepsAndTheRankingComparesEventsWithNonEvents() {
        List<Scored> scored = List.of(new Scored(0.9, true, true, true), new Scored(0.6, false, true, false), new Scored(0.3, true, true, true),
                new Scored(0.8, true, false, true));
        EventGateTrainer.Point gateAtHalf = EventGateTrainer.curve(scored, EventGate.Mode.GATE).get(10);
        assertEquals(0.5, gateAtHalf.threshold(), 1e-9);
        assertEquals(2, gateAtHalf.kept());
        assertEquals(1, gateAtHalf.right());
        assertEquals(3, gateAtHalf.events());
        EventGateTrainer.Point aloneAtHalf = EventGateTrainer.curve(scored, EventGate.Mode.ALONE).get(10);
        assertEquals(3, aloneAtHalf.kept());
        assertEquals(2, aloneAtHalf.right());
        // Among what the rules keep: the event at 0.9 ranks above the non-event at 0.6, the one at 0.3 below it.
        assertEquals(0.5, EventGateTrainer.rankingAmongKept(scored), 1e-9);
    }
}
