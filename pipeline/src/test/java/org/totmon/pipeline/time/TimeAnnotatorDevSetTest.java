package org.totmon.pipeline.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.totmon.model.Report;
import org.totmon.model.TimeMention;
import org.totmon.pipeline.Document;

/** Scores the annotator on the benchmark's dev set, the way score.py scores times: one-to-one on value, per report. */
class TimeAnnotatorDevSetTest {
    private static final double F1_FLOOR = 0.90;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void devSetTimesScoreAboveFloor() throws IOException {
        Path dev = Path.of(System.getProperty("totmon.root", ".")).resolve("../shared/eval/dev").normalize();
        assumeTrue(Files.isRegularFile(dev.resolve("docs.jsonl")) && Files.isRegularFile(dev.resolve("gold.jsonl")),
                "benchmark not present at " + dev + ": dev-set score skipped");
        Map<String, JsonNode> gold = new HashMap<>();
        for (JsonNode g : readLines(dev.resolve("gold.jsonl"))) gold.put(g.path("id").asText(), g);

        TimeAnnotator annotator = new TimeAnnotator();
        Map<String, int[]> byLanguage = new TreeMap<>(); // language -> {matched, system, gold}
        for (JsonNode d : readLines(dev.resolve("docs.jsonl"))) {
            String id = d.path("id").asText();
            Document doc = new Document(new Report(id, null, null, null, d.path("published").asText(null),
                    d.path("language").asText(null), d.path("text").asText()));
            annotator.annotate(doc);
            List<String> expected = new ArrayList<>();
            gold.get(id).path("times").forEach(t -> expected.add(t.path("value").asText()));
            List<String> missed = new ArrayList<>(expected);
            List<String> extra = new ArrayList<>();
            for (TimeMention t : doc.times()) {
                if (!missed.remove(t.value())) extra.add(t.text() + "=" + t.value());
            }
            int matched = expected.size() - missed.size();
            for (String lang : List.of(doc.language(), "all")) {
                int[] c = byLanguage.computeIfAbsent(lang, k -> new int[3]);
                c[0] += matched;
                c[1] += doc.times().size();
                c[2] += expected.size();
            }
            if (!missed.isEmpty() || !extra.isEmpty()) System.out.println(id + " missed " + missed + " extra " + extra);
        }
        byLanguage.forEach((lang, c) -> System.out.printf("times %-3s P=%.3f R=%.3f F1=%.3f (%d matched, %d found, %d gold)%n",
                lang, ratio(c[0], c[1]), ratio(c[0], c[2]), f1(c), c[0], c[1], c[2]));
        double f1 = f1(byLanguage.get("all"));
        assertTrue(f1 >= F1_FLOOR, "dev times F1 " + f1 + " fell below " + F1_FLOOR);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(int[] c) {
        return c[1] + c[2] == 0 ? 0 : 2.0 * c[0] / (c[1] + c[2]);
    }

    private static List<JsonNode> readLines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            if (line.isBlank()) continue;
            try {
                out.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new IOException(file + ":" + n + ": not a JSON object: " + e.getMessage(), e);
            }
        }
        return out;
    }
}
