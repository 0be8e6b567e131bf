package org.totmon.pipeline.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.totmon.model.Report;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;

/**
 * Claims on the benchmark's dev reports, scored by {@link ClaimScorer}. Skipped when ../shared is absent. Set
 * -Dclaims.errors=true to list misses.
 */
class ClaimDevSetTest {

    @Test
    void devSetScores() throws IOException {
        Path eval = Path.of(System.getProperty("totmon.root", ".")).resolve("../shared/eval/dev");
        Assumptions.assumeTrue(Files.isRegularFile(eval.resolve("docs.jsonl")), "no benchmark at " + eval + ": skipped");
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> gold = new HashMap<>();
        for (String line : Files.readAllLines(eval.resolve("gold.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode g = json.readTree(line);
            gold.put(g.get("id").asText(), g);
        }
        Pipeline pipeline = ClaimScorer.pipeline();
        boolean errors = Boolean.getBoolean("claims.errors");
        Map<String, ClaimScorer.Tally> tallies = new TreeMap<>();
        for (String line : Files.readAllLines(eval.resolve("docs.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode d = json.readTree(line);
            Report report = new Report(d.get("id").asText(), text(d, "url"), text(d, "outlet"), text(d, "title"),
                    text(d, "published"), text(d, "language"), d.get("text").asText());
            Document doc = pipeline.annotate(report);
            List<JsonNode> golds = new ArrayList<>();
            gold.get(report.id()).path("claims").forEach(golds::add);
            for (String lang : List.of(report.language(), "all")) {
                ClaimScorer.score(golds, doc.claims(), tallies.computeIfAbsent(lang, k -> new ClaimScorer.Tally()),
                        errors && lang.equals("all") ? report.id() : null);
            }
        }
        tallies.forEach((lang, t) -> System.out.println("dev claims " + t.line(lang)));
        ClaimScorer.Tally all = tallies.get("all");
        assertTrue(all.f1() >= 0.80, all.line("all"));
        assertTrue(all.share(all.claimantOk) >= 0.70 && all.share(all.sideOk) >= 0.75, all.line("all"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
