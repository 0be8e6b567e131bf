package org.totmon.pipeline.place;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Scores the annotator's places on the dev reports with {@link PlaceScoring} and fails below a floor. Writes
 * the system output to target/places-dev.jsonl, so score.py can be run on it too. Skips without ../shared.
 */
class DevBenchmarkTest {
    private static final double F1_FLOOR = 0.90;
    private static final double GEOCODED_FLOOR = 0.90;

    @Test
    void placesOnDevReports() throws IOException {
        Path eval = Path.of(System.getProperty("totmon.root", ".")).resolve("../shared/eval/dev").normalize();
        assumeTrue(Files.isRegularFile(eval.resolve("docs.jsonl")), "no dev benchmark at " + eval + "; skipped");
        PlaceScoring.Run run = PlaceScoring.run(Files.readAllLines(eval.resolve("docs.jsonl"), StandardCharsets.UTF_8),
                Files.readAllLines(eval.resolve("gold.jsonl"), StandardCharsets.UTF_8), new PlaceAnnotator(Gazetteer.standard()));
        Path out = Path.of("target", "places-dev.jsonl");
        Files.createDirectories(out.getParent());
        Files.write(out, run.output(), StandardCharsets.UTF_8);
        run.tallies().forEach((lang, t) -> {
            assertTrue(t.f1() >= F1_FLOOR, lang + ": places F1 " + t.f1() + " under " + F1_FLOOR);
            assertTrue(t.geocoded() >= GEOCODED_FLOOR, lang + ": geocoded " + t.geocoded() + " under " + GEOCODED_FLOOR);
        });
    }
}
