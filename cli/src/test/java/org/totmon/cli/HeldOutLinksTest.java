package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Linking on a set the rules were not tuned on: links-heldout/ (23 reports in en/uk/ru from both sides on four stories
 * that links-dev does not tell, Olenivka, Makiivka, the Kramatorsk station strike and Russia's withdrawal from Kherson,
 * with five look-alike distractors; NOTES.md there). {@code extract --link} runs on it and the pairwise link scores of
 * the linking benchmark ({@link LinkScoring}) must stay above floors a little under what it scored (BENCHMARKS.md,
 * "Session 15, branch linkset"). Writes target/links-heldout.jsonl for bench/links_by_story.py and score.py.
 */
class HeldOutLinksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void linksAcrossReportsOfAnUnseenSetStayAboveTheirFloors() throws IOException, URISyntaxException {
        Path set = Path.of(HeldOutLinksTest.class.getResource("links-heldout/docs.jsonl").toURI()).getParent();
        Path out = Path.of("target", "links-heldout.jsonl");
        Files.createDirectories(out.getParent());

        CliRun run = CliRun.of(new ExtractCommand(), "--link", "--in", set.resolve("docs.jsonl").toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        Set<String> disputed = new HashSet<>();
        JSON.readTree(set.resolve("links.json").toFile()).path("measures").fields()
                .forEachRemaining(m -> { if (m.getValue().path("disputed").asBoolean()) disputed.add(m.getKey()); });
        Map<String, LinkScoring.Pairs> scores = LinkScoring.score(byId(set.resolve("gold.jsonl")), byId(out), disputed);
        String all = scores.toString();
        System.out.println("links-heldout: " + all);
        // Floors a little under the scores after the session's mechanisms (BENCHMARKS.md; the first run, before them, scored
        // event links 0.478, claim links 0.642 with P 0.743, one dispute of two and a false one).
        assertTrue(scores.get("events").f1() >= 0.70 && scores.get("events").precision() >= 0.95, all);
        assertTrue(scores.get("claims").f1() >= 0.90 && scores.get("claims").precision() >= 0.95, all);
        assertEquals(2, scores.get("disputes").found(), all);
        assertEquals(2, scores.get("disputes").right(), all);
    }

    private static Map<String, JsonNode> byId(Path jsonl) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                out.put(n.get("id").asText(), n);
            }
        }
        return out;
    }
}
