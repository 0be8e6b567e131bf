package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.ingest.Ingester;
import org.totmon.model.Extraction;
import org.totmon.store.SearchQuery;
import org.totmon.store.Store;
import org.totmon.store.StoreCounts;

/**
 * An ingest killed with SIGKILL leaves a consistent store; running it again adds what is missing and duplicates nothing.
 * One stopped with SIGTERM stores what it had prepared, closes the store and says what it did.
 */
@Tag("reliability")
class KilledIngestTest {
    private static final int REPORTS = 300;
    /**
     * Reports announced (their annotation begun) before the kill. Of those, all are stored by then but the ones still
     * in the pipeline: at most {@link Ingester#ahead} prepared ahead, the batch being stored
     * ({@link KilledIngestMain#COMMIT_EVERY}) and the one being read.
     */
    private static final int KILL_AFTER = 101;
    private static final int STORED_AT_LEAST = KILL_AFTER - Ingester.ahead(KilledIngestMain.COMMIT_EVERY) - KilledIngestMain.COMMIT_EVERY - 1;

    @TempDir Path tmp;

    private static String text(int i) {
        return "Report " + i + ": residents of Melitopol said " + (i % 50 + 1) + " people were detained by"
                + " occupation forces in 2023, marker m" + i + "x.\nShare this report";
    }

    private Path data;
    private Path input;

    @BeforeEach
    void generate() throws IOException {
        data = tmp.resolve("data");
        input = tmp.resolve("generated.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            lines.add("{\"id\": \"gen-" + i + "\", \"language\": \"en\", \"published\": \"2023-10\", \"text\": \""
                    + text(i).replace("\n", "\\n") + "\"}");
        }
        Files.write(input, lines, StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(120)
    void aKilledIngestLeavesAConsistentStoreAndResumes() throws Exception {
        List<String> said = endMidway(true);
        assertTrue(said.stream().noneMatch(l -> l.startsWith("Read ")), "no summary from a killed process: " + said);

        resumes(storedMidway());
        try (Store store = Store.open(data)) {
            assertConsistent(store, REPORTS);
            assertEquals(REPORTS, store.index().documentCount());
            assertEquals(1, store.search(SearchQuery.of("m0x")).total());
            assertEquals(1, store.search(SearchQuery.of("m" + (REPORTS - 1) + "x")).total());
        }
    }

    @Test
    @Timeout(120)
    void anIngestStoppedBySigtermStoresWhatItPreparedAndSaysSo() throws Exception {
        List<String> said = endMidway(false);

        int stored = storedMidway();
        assertTrue(said.contains(String.format("Read %d reports: %d new, 0 duplicate. Rejected 0.", stored, stored)),
                "the summary counts exactly what was stored: " + said);
        assertTrue(said.stream().anyMatch(l -> l.startsWith("Stopped on request before the end of the input")), said.toString());
        resumes(stored);
    }

    /** How many reports the ended ingest left, each whole, and the index holding each. */
    private int storedMidway() throws IOException {
        try (Store store = Store.open(data)) {
            int stored = (int) store.reportCount();
            assertTrue(stored >= STORED_AT_LEAST && stored < REPORTS, "ended midway: " + stored + " stored");
            assertConsistent(store, stored);
            assertEquals(stored, store.index().documentCount(), "the index caught up with the database on open");
            return stored;
        }
    }

    /** Running the same ingest again adds what is missing and stores nothing twice. */
    private void resumes(int stored) {
        CliRun again = CliRun.of(new IngestCommand(TestAnnotator::annotate), "--data", data.toString(), input.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(String.format("Read %d reports: %d new, %d duplicate. Rejected 0.%n", REPORTS, REPORTS - stored, stored), again.out());
    }

    /**
     * Runs the ingest in another JVM and ends it once enough reports have gone by: with SIGKILL ({@code kill}) or
     * SIGTERM. Returns the lines it wrote on stdout after the signal.
     */
    private List<String> endMidway(boolean kill) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path childErr = tmp.resolve("child.err");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                KilledIngestMain.class.getName(), data.toString(), input.toString())
                .redirectError(childErr.toFile())
                .start();
        int announced = 0;
        List<String> after = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (announced < KILL_AFTER && out.readLine() != null) announced++;
            if (kill) {
                child.destroyForcibly();
            } else {
                // Not Process.destroy(): it closes the child's output, which the test still reads.
                assertEquals(0, new ProcessBuilder("kill", "-TERM", String.valueOf(child.pid())).start().waitFor());
                for (String line; (line = out.readLine()) != null; ) if (!line.equals("annotating")) after.add(line);
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ended");
        assertEquals(KILL_AFTER, announced, "the child got far enough before ending on its own; stderr:\n" + Files.readString(childErr));
        assertEquals(kill ? 137 : 143, child.exitValue(), "ended by the signal, not finished; stderr:\n" + Files.readString(childErr));
        return after;
    }

    /** Every stored report is one of the generated ones, whole: its extraction is exactly what the annotator gives. */
    private static void assertConsistent(Store store, int expectedReports) {
        Set<String> externalIds = new HashSet<>();
        long[] layers = new long[8];
        store.forEach(r -> {
            int i = Integer.parseInt(r.provenance().externalId().substring("gen-".length()));
            assertEquals(text(i), r.report().text());
            Extraction expected = TestAnnotator.annotate(r.report());
            assertEquals(expected, r.extraction(), "report gen-" + i + " is whole");
            assertTrue(externalIds.add(r.provenance().externalId()), "stored once: gen-" + i);
            count(layers, expected);
        });
        assertEquals(expectedReports, externalIds.size());
        // No rows beyond those of whole reports.
        StoreCounts c = store.counts();
        assertEquals(new StoreCounts(expectedReports, layers[0], layers[1], layers[2], layers[3], layers[4], layers[5], layers[6], layers[7]), c);
    }

    private static void count(long[] layers, Extraction x) {
        layers[0] += x.boilerplate().size();
        layers[1] += x.entities().size();
        layers[2] += x.entities().stream().mapToLong(e -> e.mentions().size()).sum();
        layers[3] += x.places().size();
        layers[4] += x.places().stream().mapToLong(p -> p.mentions().size()).sum();
        layers[5] += x.times().size();
        layers[6] += x.claims().size();
        layers[7] += x.events().size();
    }
}
