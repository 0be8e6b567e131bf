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
    void aTimeTheTextRepeatsIsListedOnceWithItsMentions(@TempDir Path tmp) throws IOException {
        String text = "Water was expected to peak on June 7. The governor said on June 7 that levels would fall by June 9.";
        Path in = Files.writeString(tmp.resolve("docs.jsonl"), JSON.writeValueAsString(java.util.Map.of("id", "r1", "published", "2023-06-07",
                "language", "en", "text", text)));
        Path out = tmp.resolve("out.jsonl");
        assertEquals(0, CliRun.of(new ExtractCommand(), "--in", in.toString(), "--out", out.toString()).exitCode());
        JsonNode times = JSON.readTree(Files.readAllLines(out).get(0)).get("times");
        assertEquals(2, times.size(), times.toString());
        assertEquals("June 7", times.get(0).get("text").asText());
        assertEquals(text.indexOf("June 7"), times.get(0).get("start").asInt());
        assertEquals(List.of(text.indexOf("June 7"), text.lastIndexOf("June 7")),
                List.of(times.get(0).get("mentions").get(0).get("start").asInt(), times.get(0).get("mentions").get(1).get("start").asInt()));
        assertEquals("2023-06-09", times.get(1).get("value").asText());
    }

    @Test
    void aMissingInputIsAUsageError(@TempDir Path tmp) {
        CliRun run = CliRun.of(new ExtractCommand(), "--in", tmp.resolve("nope.jsonl").toString(), "--out", tmp.resolve("o.jsonl").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void linkGivesOneClusterAndOneDisputedGroupAcrossLanguagesAndSides(@TempDir Path tmp) throws IOException {
        // Given newest first: --link reads them in publication order all the same.
        Path in = Files.writeString(tmp.resolve("docs.jsonl"), String.join("\n",
                "{\"id\": \"en\", \"published\": \"2022-05-04\", \"language\": \"en\", \"outlet\": \"Associated Press\", \"text\": "
                        + "\"The Russian airstrike on the drama theatre in Mariupol on March 16 killed close to 600 people, an Associated Press "
                        + "investigation found.\"}",
                "{\"id\": \"other\", \"published\": \"2022-08-20\", \"language\": \"en\", \"text\": "
                        + "\"A missile strike hit a market in Kharkiv on August 18, regional officials said.\"}",
                "{\"id\": \"uk\", \"published\": \"2022-03-25\", \"language\": \"uk\", \"text\": "
                        + "\"Маріупольська міська рада повідомила, що внаслідок російського авіаудару по драмтеатру в Маріуполі 16 березня "
                        + "загинули близько 300 людей.\"}"));
        Path out = tmp.resolve("out.jsonl");

        CliRun run = CliRun.of(new ExtractCommand(), "--link", "--in", in.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(out)) lines.add(JSON.readTree(l));
        assertEquals(List.of("en", "other", "uk"), lines.stream().map(n -> n.get("id").asText()).toList(), "input order kept");
        JsonNode en = lines.get(0), other = lines.get(1), uk = lines.get(2);
        String strike = en.get("events").get(0).get("cluster").asText();
        assertEquals(strike, uk.get("events").get(0).get("cluster").asText(), "one strike told in English and Ukrainian");
        assertFalse(other.get("events").get(0).get("cluster").asText().equals(strike), "another strike elsewhere, months later");
        JsonNode enKilled = en.get("claims").get(0), ukKilled = uk.get("claims").get(0);
        assertEquals(enKilled.get("group").asText(), ukKilled.get("group").asText(), enKilled + " " + ukKilled);
        assertTrue(enKilled.get("disputed").asBoolean() && ukKilled.get("disputed").asBoolean(), "about 300 against close to 600");
        assertTrue(enKilled.get("measure").asText().contains("killed"), enKilled.toString());
    }

    private static List<String> names(JsonNode o, String layer) {
        List<String> out = new ArrayList<>();
        o.get(layer).forEach(n -> out.add(n.get("name").asText()));
        return out;
    }
}
