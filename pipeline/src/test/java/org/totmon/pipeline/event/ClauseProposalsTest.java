package org.totmon.pipeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class ClauseProposalsTest {
    private static final EventAnnotator RULES = new EventAnnotator();

    /** A report of a first line that tells nothing (and makes the text long enough to be told English) and the text. */
    private static Document doc(String text) {
        return Pipeline.standard().annotate(new Report("t", null, null, null, "2023-05-10", "en", "Local officials reported the news on Monday.\n" + text));
    }

    private static String text(Document d, ClauseProposals.Clause c) {
        return d.text().substring(c.start(), c.end());
    }

    @Test
    void everyClauseIsListedWithItsCuesAndWhetherTheRulesFindAnEventInIt() {
        Document d = doc("Russian forces shelled Kherson on 3 May 2023. Occupiers hung posters praising Russia in Melitopol on 4 May 2023.");
        List<ClauseProposals.Clause> clauses = RULES.clauses(d);
        ClauseProposals.Clause shelled = clauses.stream().filter(c -> text(d, c).contains("shelled")).findFirst().orElseThrow();
        ClauseProposals.Clause posters = clauses.stream().filter(c -> text(d, c).contains("posters")).findFirst().orElseThrow();
        assertTrue(shelled.rulesEvent());
        assertTrue(shelled.features().contains("concept=strikes"), shelled.features().toString());
        assertFalse(posters.rulesEvent());
        for (String cue : List.of("lemma=poster", "bigram=hang|poster", "has=PLACE", "has=TIME", "lang=en")) {
            assertTrue(posters.features().contains(cue), cue + " in " + posters.features());
        }
    }

    /** Reports of one sentence each, each clause labelled with the kind of event it tells: posters hung are propaganda. */
    private static List<Sample> labelled(String... sentences) {
        List<Sample> out = new ArrayList<>();
        for (String s : sentences) {
            Document d = doc(s);
            for (ClauseProposals.Clause c : RULES.clauses(d)) {
                out.add(new Sample(s.contains("posters") ? EventKind.INFORMATION_OP.name() : EventGate.NONE, c.rulesEvent(), c.features()));
            }
        }
        return out;
    }

    private static Map<String, List<Sample>> sets() {
        Map<String, List<Sample>> sets = new LinkedHashMap<>();
        sets.put("a", labelled("Occupiers hung posters praising Russia in Melitopol on 4 May 2023.", "The weather in Melitopol was warm on 4 May 2023.",
                "Soldiers hung posters praising the army in Kherson on 2 June 2023.", "The market in Kherson was busy on 2 June 2023."));
        sets.put("b", labelled("Collaborators hung posters praising Putin in Nova Kakhovka on 8 April 2023.", "The river in Nova Kakhovka was calm on 8 April 2023.",
                "Occupiers hung posters praising the referendum in Enerhodar on 1 March 2023.", "The streets of Enerhodar were quiet on 1 March 2023."));
        return sets;
    }

    @Test
    void aProposedEventTakesItsPlaceAndDateFromTheRulesAndTheirConditionsStillDropIt(@TempDir Path dir) throws IOException {
        EventGate.Mode propose = EventGate.Mode.PROPOSE;
        EventGateTrainer.train(sets(), propose, 0.5).write(dir.resolve("proposer.bin"));
        EventAnnotator proposing = new EventAnnotator(EventGate.read(dir.resolve("proposer.bin")));
        Document told = doc("Occupiers hung posters praising Russia in Berdiansk on 4 July 2023.");
        assertTrue(RULES.detect(told).isEmpty(), "no trigger tells it");
        List<DetectedEvent> events = proposing.detect(told);
        assertEquals(1, events.size(), events.toString());
        assertEquals("INFORMATION_OP", events.get(0).event().type());
        assertEquals("Berdiansk", events.get(0).event().place());
        assertEquals("2023-07-04", events.get(0).event().date());
        // A question is no happening, whoever proposes it.
        assertTrue(proposing.detect(doc("Did occupiers hang posters praising Russia in Berdiansk on 4 July 2023?")).isEmpty());
        assertTrue(proposing.detect(doc("The weather in Berdiansk was warm on 4 July 2023.")).isEmpty());
    }

    @Test
    void labelledClausesAreReadWithTheirKindAndAProposerChoosesItsThresholdOnHeldOutSets(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("set.jsonl"), "{\"id\": \"1\", \"type\": \"ATTACK\", \"rules_keep\": true, \"features\": [\"lemma=shell\"]}\n"
                + "{\"id\": \"1\", \"type\": null, \"features\": [\"lemma=weather\"]}\n");
        assertEquals(List.of(new Sample("ATTACK", true, List.of("lemma=shell")), new Sample(EventGate.NONE, false, List.of("lemma=weather"))),
                EventGateTrainer.read(file));
        EventGate gate = EventGateTrainer.train(sets(), EventGate.Mode.PROPOSE);
        assertEquals(EventGate.Mode.PROPOSE, gate.mode());
        assertTrue(gate.threshold() < 1, "held-out proposals right at the goal at some threshold: " + gate.threshold());
    }
}
