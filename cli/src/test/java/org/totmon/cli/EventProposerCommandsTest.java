package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `event-candidates --clauses`, `train-events --mode PROPOSE` and `extract --event-model` with a proposer, end to end. */
class EventProposerCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPENING = "Local officials reported the news on Monday. ";

    private static Path docs(Path dir, String name, String... texts) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(JSON.writeValueAsString(Map.of("id", name + i, "published", "2023-05-10", "language", "en", "text", OPENING + texts[i])));
        }
        return Files.write(dir.resolve(name + "-docs.jsonl"), lines);
    }

    /** The clauses of a set's reports, labelled by hand: posters hung are propaganda, a shelling an attack. */
    private static Path labelled(Path dir, String name, String... texts) throws IOException {
        Path clauses = dir.resolve(name + "-clauses.jsonl");
        CliRun run = CliRun.of(new EventCandidatesCommand(), "--clauses", "--in", docs(dir, name, texts).toString(), "--out", clauses.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(clauses)) {
            ObjectNode row = (ObjectNode) JSON.readTree(line);
            String text = texts[Integer.parseInt(row.get("id").asText().substring(name.length()))];
            int start = row.get("start").asInt() - OPENING.length();
            String clause = start < 0 ? "" : text.substring(start, row.get("end").asInt() - OPENING.length());
            row.put("type", clause.contains("posters") ? "INFORMATION_OP" : clause.contains("shelled") ? "ATTACK" : null);
            out.add(JSON.writeValueAsString(row));
        }
        return Files.write(dir.resolve(name + ".jsonl"), out);
    }

    @Test
    void clausesAreWrittenAProposerTrainedOnThemAndExtractProposesWhatNoTriggerTells(@TempDir Path dir) throws IOException {
        Path a = labelled(dir, "a", "Occupiers hung posters praising Russia in Melitopol on 4 May 2023. The weather in Melitopol was warm on 4 May 2023.",
                "Russian forces shelled Kherson on 2 June 2023. Soldiers hung posters praising the army in Kherson on 2 June 2023.");
        Path b = labelled(dir, "b", "Collaborators hung posters praising Putin in Nova Kakhovka on 8 April 2023. The river in Nova Kakhovka was calm on 8 April 2023.",
                "Russian forces shelled Enerhodar on 1 March 2023. Occupiers hung posters praising the referendum in Enerhodar on 1 March 2023.");
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(a)) rows.add(JSON.readTree(line));
        assertTrue(rows.stream().anyMatch(r -> "ATTACK".equals(r.get("type").asText(null)) && r.get("rules_keep").asBoolean()), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> "INFORMATION_OP".equals(r.get("type").asText(null)) && !r.get("rules_keep").asBoolean()), rows.toString());

        Path model = dir.resolve("proposer.bin");
        CliRun trained = CliRun.of(new TrainEventsCommand(), "--mode", "PROPOSE", "--threshold", "0.5", "--out", model.toString(), a.toString(), b.toString());
        assertEquals(0, trained.exitCode(), trained.err());

        Path in = docs(dir, "c", "Occupiers hung posters praising Russia in Berdiansk on 4 July 2023.");
        Path rules = dir.resolve("rules.jsonl");
        Path proposed = dir.resolve("proposed.jsonl");
        assertEquals(0, CliRun.of(new ExtractCommand(), "--in", in.toString(), "--out", rules.toString()).exitCode());
        assertEquals(0, CliRun.of(new ExtractCommand(), "--in", in.toString(), "--out", proposed.toString(), "--event-model", model.toString()).exitCode());
        assertEquals(0, JSON.readTree(Files.readAllLines(rules).get(0)).get("events").size(), "no trigger tells it");
        JsonNode events = JSON.readTree(Files.readAllLines(proposed).get(0)).get("events");
        assertEquals(1, events.size(), events.toString());
        assertEquals("INFORMATION_OP", events.get(0).get("type").asText());
        assertEquals("Berdiansk", events.get(0).get("place").asText());
    }
}
