package org.totmon.pipeline.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.totmon.model.Report;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;

class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        Path p = Path.of("/tmp/probe.jsonl");
        if (!Files.exists(p)) return;
        Pipeline pipeline = ClaimScorer.pipeline();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(p)) {
            if (line.isBlank()) continue;
            JsonNode d = json.readTree(line);
            Document doc = pipeline.annotate(new Report(d.get("id").asText(), null, d.path("outlet").asText(null), null, "2024-01-01",
                    d.get("language").asText(), d.get("text").asText()));
            System.out.println("PROBE " + d.get("id").asText());
            doc.entities().forEach(e -> System.out.println("PROBE   E " + e.name() + " " + e.type() + " " + e.mentions().stream().map(m -> m.text()).toList()));
            doc.claims().forEach(c -> System.out.println("PROBE   C " + c.text() + " | " + c.value() + " " + c.qualifier() + " | " + c.unit() + " | " + c.claimant() + " | " + c.claimantSide() + " " + c.hedged()));
        }
    }
}
