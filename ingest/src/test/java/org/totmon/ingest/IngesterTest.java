package org.totmon.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    @TempDir Path dir;

    /** Stands in for the store: remembers ids, refuses reports mentioning "poison" as an annotator failure would. */
    private final Set<String> stored = new HashSet<>();
    private final Ingester.Sink sink = r -> {
        if (r.report().text().contains("poison")) throw new Ingester.Rejected("annotation failed: poisoned", null);
        return stored.add(r.report().id()) ? Ingester.Outcome.NEW : Ingester.Outcome.DUPLICATE;
    };

    private final Ingester ingester = new Ingester(new ReportReader(ReportReader.DEFAULT_MAX_FILE_BYTES));

    @Test
    void countsNewDuplicateAndRejectedReports() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("in.jsonl"), """
                {"id": "1", "text": "Enerhodar is on the Dnipro."}
                {"id": "2", "text": "Enerhodar   is on the Dnipro."}
                {"id": "3", "text": "poison"}
                {"id": "4"
                {"id": "5", "text": "Melitopol is in Zaporizhzhia Oblast."}
                """);
        Path text = Files.writeString(dir.resolve("same.txt"), "Melitopol is in Zaporizhzhia Oblast.");
        Path notes = Files.writeString(dir.resolve("notes.md"), "-");

        IngestSummary s = ingester.run(List.of(dir, dir.resolve("missing.txt")), sink, ProgressListener.NONE);

        assertEquals(5, s.read());
        assertEquals(2, s.added());
        assertEquals(2, s.duplicates(), "whitespace-only differences and the same text in another file are duplicates");
        assertEquals(List.of(dir.resolve("missing.txt") + ": no such file or directory",
                jsonl + ":3: annotation failed: poisoned",
                jsonl + ":4: broken JSON at column 11: Unexpected end-of-input: expected close marker for Object"),
                s.rejections().stream().map(Rejection::toString).toList());
        assertEquals(List.of(notes), s.skippedFiles());
        assertTrue(Files.exists(text));

        String summary = s.render(2);
        assertTrue(summary.startsWith("Read 5 reports: 2 new, 2 duplicate. Rejected 3."), summary);
        assertTrue(summary.contains("  rejected " + jsonl + ":3: annotation failed: poisoned"), summary);
        assertTrue(summary.contains("... and 1 more rejected"), summary);
        assertTrue(summary.contains("Skipped 1 text file not named .txt, .html or .jsonl"), summary);
    }

    @Test
    void aStagedRunPreparesOnSeveralThreadsAndStoresInInputOrderInBatches() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String text = i == 7 ? "poison" : i == 30 ? "Report 3 of the day from Enerhodar." : "Report " + i + " of the day from Enerhodar.";
            lines.append("{\"id\": \"").append(i).append("\", \"text\": \"").append(text).append("\"}\n");
            if (i == 20) lines.append("{\"id\": \"broken\"\n");
        }
        Path jsonl = Files.writeString(dir.resolve("in.jsonl"), lines.toString());
        List<String> order = new ArrayList<>();
        List<Integer> batchSizes = new ArrayList<>();
        Set<String> preparedOn = ConcurrentHashMap.newKeySet();
        Ingester.StagedSink<String> staged = new Ingester.StagedSink<>() {
            @Override
            public String prepare(SourcedReport r) throws Ingester.Rejected {
                preparedOn.add(Thread.currentThread().getName());
                if (r.report().text().contains("poison")) throw new Ingester.Rejected("annotation failed: poisoned", null);
                return r.report().text();
            }

            @Override
            public List<Ingester.Outcome> store(List<String> prepared) {
                batchSizes.add(prepared.size());
                order.addAll(prepared);
                return prepared.stream().map(t -> stored.add(t) ? Ingester.Outcome.NEW : Ingester.Outcome.DUPLICATE).toList();
            }
        };

        IngestSummary s = ingester.run(List.of(jsonl), staged, ProgressListener.NONE, 3, 4, () -> false);

        assertEquals(40, s.read());
        assertEquals(38, s.added());
        assertEquals(1, s.duplicates(), "line 32 repeats line 4's text");
        assertEquals(List.of(jsonl + ":8: annotation failed: poisoned",
                        jsonl + ":22: broken JSON at column 16: Unexpected end-of-input: expected close marker for Object"),
                s.rejections().stream().map(Rejection::toString).toList(), "rejections named by line, in input order");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) if (i != 7) expected.add(i == 30 ? "Report 3 of the day from Enerhodar." : "Report " + i + " of the day from Enerhodar.");
        assertEquals(expected, order, "stored in input order");
        assertTrue(batchSizes.stream().allMatch(n -> n >= 1 && n <= 4), "at most 4 a batch: " + batchSizes);
        assertTrue(preparedOn.stream().allMatch(n -> n.startsWith("totmon-prepare-")), "prepared off the storing thread: " + preparedOn);
    }

    /** 200 one-line reports, "Report 0." to "Report 199.". */
    private Path twoHundredReports() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 200; i++) lines.append("{\"id\": \"").append(i).append("\", \"text\": \"Report ").append(i).append(".\"}\n");
        return Files.writeString(dir.resolve("in.jsonl"), lines.toString());
    }

    /** A store of report texts into {@code kept} that fails ("disk full") once it holds {@code failAt}. */
    private static Ingester.StagedSink<String> keeping(List<String> kept, int failAt) {
        return new Ingester.StagedSink<>() {
            @Override
            public String prepare(SourcedReport r) {
                return r.report().text();
            }

            @Override
            public List<Ingester.Outcome> store(List<String> prepared) {
                if (kept.size() >= failAt) throw new IllegalStateException("disk full");
                kept.addAll(prepared);
                return prepared.stream().map(t -> Ingester.Outcome.NEW).toList();
            }
        };
    }

    @Test
    void aStagedRunEndsWhenTheStoreFailsKeepingWhatWasStored() throws IOException {
        Path jsonl = twoHundredReports();
        List<String> kept = new ArrayList<>();
        Ingester.StagedSink<String> failing = keeping(kept, 20);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ingester.run(List.of(jsonl), failing, ProgressListener.NONE, 2, 10, () -> false));

        assertEquals("disk full", e.getMessage());
        assertEquals(20, kept.size());
        assertEquals("Report 19.", kept.get(19));
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("totmon-")),
                "no reading or preparing thread is left running");
    }

    @Test
    void aStagedRunAskedToStopStoresWhatItCountedAndSaysSo() throws IOException {
        Path jsonl = twoHundredReports();
        List<String> kept = new ArrayList<>();
        Ingester.StagedSink<String> counting = keeping(kept, Integer.MAX_VALUE);

        IngestSummary s = ingester.run(List.of(jsonl), counting, ProgressListener.NONE, 2, 10, () -> kept.size() >= 30);

        assertTrue(s.stopped());
        assertTrue(kept.size() >= 30 && kept.size() <= 40, "stopped at the first batch after 30 were stored: " + kept.size());
        for (int i = 0; i < kept.size(); i++) assertEquals("Report " + i + ".", kept.get(i), "in input order, none skipped");
        assertEquals(kept.size(), s.added(), "every stored report counted, none counted unstored");
        assertTrue(s.render(5).contains("Stopped on request before the end of the input"), s.render(5));
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("totmon-")),
                "no reading or preparing thread is left running");
    }

    @Test
    void aSecondRunOverTheSameInputAddsNothing() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Kherson was occupied in March 2022.");
        Files.writeString(dir.resolve("b.txt"), "Kherson was liberated in November 2022.");

        IngestSummary first = ingester.run(List.of(dir), sink, ProgressListener.NONE);
        IngestSummary second = ingester.run(List.of(dir), sink, ProgressListener.NONE);

        assertEquals(2, first.added());
        assertEquals(0, second.added());
        assertEquals(2, second.duplicates());
    }

    @Test
    void printsRejectionsAsTheyHappenAndReachesAllTheInput() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Nova Kakhovka lies on the Dnipro.");
        Path bad = Files.write(dir.resolve("b.txt"), new byte[] {'x', 0});
        StringWriter err = new StringWriter();
        long[] lastBytes = {-1};
        long total = Files.size(dir.resolve("a.txt")) + Files.size(bad);
        ProgressListener console = new ConsoleProgress(new PrintWriter(err), false);
        ProgressListener recording = new ProgressListener() {
            @Override public void started(long totalBytes) { assertEquals(total, totalBytes); console.started(totalBytes); }
            @Override public void advanced(long done, IngestSummary soFar) { lastBytes[0] = done; console.advanced(done, soFar); }
            @Override public void rejected(Rejection r) { console.rejected(r); }
            @Override public void finished(IngestSummary s) { console.finished(s); }
        };

        ingester.run(List.of(dir), sink, recording);

        assertEquals(total, lastBytes[0]);
        assertEquals("skipped " + bad + ": binary data: NUL byte at byte offset 1" + System.lineSeparator(), err.toString(),
                "a short run prints no plain progress lines");
    }
}
