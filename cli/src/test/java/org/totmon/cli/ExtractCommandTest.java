package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesOneExtractionPerGoodLineInInputOrderAndNamesBadLines(@TempDir Path tmp) throws IOException {
        Path in = Files.writeString(tmp.resolve("docs.jsonl"), String.join("\n",
                "{\"id\": \"r1\", \"published\": \"2023-09-10\", \"language\": \"en\", \"text\": \"The occupation authorities in Melitopol "
                        + "said on Friday that Yevhen Balytskyi had signed a decree. At least 3,000 residents were said to be affected.\"}",
                "{\"id\": \"r2\", \"text\": \"",
                "{\"id\": \"r3\", \"text\": \"\"}",
                "",
                "{\"id\": \"r4\", \"published\": \"2022-05-09\", \"text\": \"Сьогодні, 9 травня, міський голова Мелітополя Іван Федоров "
                        + "повідомив про затримання волонтерів.\"}"));
        Path out = tmp.resolve("out.jsonl");

        CliRun run = CliRun.of(new ExtractCommand(), "--in", in.toString(), "--out", out.toString());

        assertEquals(1, run.exitCode(), "a rejected line makes the exit code non-zero");
        assertTrue(run.err().contains(in + ":2: rejected"), run.err());
        assertTrue(run.err().contains(in + ":3: rejected: field \"text\" is missing or empty"), run.err());
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(out)) lines.add(JSON.readTree(l));
        assertEquals(List.of("r1", "r4"), lines.stream().map(n -> n.get("id").asText()).toList());

        JsonNode en = lines.get(0);
        assertEquals("en", en.get("language").asText());
        assertTrue(names(en, "entities").contains("Yevhen Balytskyi"), en.toString());
        assertTrue(names(en, "places").contains("Melitopol"), en.toString());
        assertEquals("2023-09-08", en.get("times").get(0).get("value").asText(), "Friday before a Sunday publication");
        assertEquals(3000.0, en.get("claims").get(0).get("value").asDouble());
        assertEquals("at_least", en.get("claims").get(0).get("qualifier").asText());

        JsonNode uk = lines.get(1);
        assertEquals("uk", uk.get("language").asText(), "detected: the line declares no language");
        assertTrue(names(uk, "entities").contains("Ivan Fedorov"), uk.toString());
        assertEquals("2022-05-09", uk.get("times").get(0).get("value").asText());
        assertFalse(Files.exists(tmp.resolve("out.jsonl.partial")));
    }

    @Test
    void aMissingInputIsAUsageError(@TempDir Path tmp) {
        CliRun run = CliRun.of(new ExtractCommand(), "--in", tmp.resolve("nope.jsonl").toString(), "--out", tmp.resolve("o.jsonl").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    private static List<String> names(JsonNode o, String layer) {
        List<String> out = new ArrayList<>();
        o.get(layer).forEach(n -> out.add(n.get("name").asText()));
        return out;
    }
}
