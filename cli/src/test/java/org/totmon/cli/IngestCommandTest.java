package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.store.Provenance;
import org.totmon.store.Store;
import org.totmon.store.StoredReport;

class IngestCommandTest {
    @TempDir Path tmp;
    private Path data;
    private Path input;

    @BeforeEach
    void writeInput() throws IOException {
        data = tmp.resolve("data");
        input = tmp.resolve("input");
        Files.createDirectories(input.resolve("web"));
        Files.writeString(input.resolve("fedorov.txt"), """
                Melitopol mayor detained

                Ivan Fedorov, the mayor of Melitopol, was detained by Russian soldiers in March 2022.
                Share this story
                """);
        Files.writeString(input.resolve("web/mariupol.html"), """
                <html lang="en"><head><title>Mariupol theatre</title>
                <meta property="article:published_time" content="2022-03-16T18:00:00Z">
                <link rel="canonical" href="https://monitor.example.org/mariupol-theatre"></head>
                <body><nav>Home | News</nav><article><h1>Mariupol theatre</h1>
                <p>The drama theatre in Mariupol was hit by a Russian air strike on 16 March 2022.</p></article>
                <div class="cookie-banner">We use cookies.</div></body></html>
                """);
        Files.writeString(input.resolve("feed.jsonl"), """
                {"id": "npp-1", "url": null, "outlet": "Example Monitor", "title": "Plant seized", "published": "2022-03-04", "language": "en", "text": "Russian forces seized the nuclear plant in Enerhodar in 2022."}
                {"id": "vote-1", "url": null, "outlet": null, "title": "Sham vote", "published": "2023-09", "language": "en", "text": "The occupation authorities held elections in Zaporizhzhia Oblast in 2023; 40 people were made to vote at gunpoint."}
                """);
    }

    private CliRun ingest(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        return CliRun.of(new IngestCommand(TestAnnotator::annotate), all.toArray(String[]::new));
    }

    @Test
    void ingestsEveryFormatAndAgainIsANoOp() {
        CliRun first = ingest(input.toString());

        assertEquals(0, first.exitCode(), first.err());
        assertEquals("Read 4 reports: 4 new, 0 duplicate. Rejected 0." + System.lineSeparator(), first.out());
        assertEquals("", first.err(), "no progress lines for a short run off a terminal");

        CliRun second = ingest(input.toString());
        assertEquals(0, second.exitCode());
        assertTrue(second.out().startsWith("Read 4 reports: 0 new, 4 duplicate. Rejected 0."), second.out());

        try (Store store = Store.open(data)) {
            assertEquals(4, store.reportCount());
            List<StoredReport> all = new ArrayList<>();
            store.forEach(all::add);
            StoredReport vote = all.stream().filter(r -> "vote-1".equals(r.provenance().externalId())).findFirst().orElseThrow();
            assertEquals(new Provenance("vote-1", input.resolve("feed.jsonl") + ":2", "jsonl", null, "cli:" + System.getProperty("user.name")),
                    vote.provenance(), "stored by the user who ran the command");
            assertEquals(TestAnnotator.annotate(vote.report()), vote.extraction());
            StoredReport theatre = all.stream().filter(r -> "Mariupol theatre".equals(r.report().title())).findFirst().orElseThrow();
            assertEquals("2022-03-16", theatre.report().published());
            assertEquals("https://monitor.example.org/mariupol-theatre", theatre.report().url());
            assertFalse(theatre.report().text().contains("cookies"));
        }
    }

    @Test
    void badInputIsNamedAndSkippedAndNothingStoredIsLost() throws IOException {
        assertEquals(0, ingest(input.toString()).exitCode());
        List<StoredReport> before = storedReports();

        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(bad.resolve("mixed.jsonl"), """
                {"id": "ok", "text": "Residents of Kherson met Ukrainian troops in 2022."}
                {"id": "broken", "text": "unterminated
                {"id": "empty", "text": ""}
                """);
        Files.write(bad.resolve("latin1.txt"), "Mariupol caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(bad.resolve("binary.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0});
        Files.writeString(bad.resolve("big.txt"), "Kherson. ".repeat(300));

        CliRun run = ingest("--max-file-size", "2KB", bad.toString(), tmp.resolve("missing.html").toString());

        assertEquals(IngestCommand.EXIT_REJECTED, run.exitCode());
        String[] expected = {
                tmp.resolve("missing.html") + ": no such file or directory",
                bad.resolve("big.txt") + ": file is 2.6 KB, over the limit of 2.0 KB (--max-file-size)",
                bad.resolve("binary.txt") + ": not a format totmon reads: a GIF image",
                bad.resolve("latin1.txt") + ": invalid UTF-8 at byte offset 12",
                bad.resolve("mixed.jsonl") + ":2: broken JSON at column 39: Unexpected end-of-input: was expecting closing quote for a string value",
                bad.resolve("mixed.jsonl") + ":3: missing or empty \"text\""};
        for (String e : expected) {
            assertTrue(run.err().contains("skipped " + e), "said at once: " + e + "\n" + run.err());
            assertTrue(run.out().contains("  rejected " + e), "in the summary: " + e + "\n" + run.out());
        }
        assertTrue(run.out().startsWith("Read 1 report: 1 new, 0 duplicate. Rejected 6."), run.out());

        List<StoredReport> after = storedReports();
        assertEquals(5, after.size());
        assertEquals(before, after.subList(0, 4), "the reports stored before are untouched");
    }

    @Test
    void aReportTheAnnotatorFailsOnIsRejectedAndTheOthersAreStored() {
        IngestCommand failing = new IngestCommand(r -> {
            if (r.text().contains("Enerhodar")) throw new IllegalStateException("tagger crashed");
            return TestAnnotator.annotate(r);
        });
        CliRun run = CliRun.of(failing, "--data", data.toString(), input.toString());

        assertEquals(IngestCommand.EXIT_REJECTED, run.exitCode());
        assertTrue(run.out().contains("  rejected " + input.resolve("feed.jsonl") + ":1: could not annotate the report: tagger crashed"),
                run.out());
        assertEquals(3, storedReports().size());
    }

    @Test
    void aStoreThatCannotBeOpenedEndsTheRunWithAClearMessage() throws IOException {
        Path notADirectory = Files.writeString(tmp.resolve("data-file"), "x");
        CliRun run = CliRun.of(new IngestCommand(TestAnnotator::annotate), "--data", notADirectory.toString(), input.toString());

        assertEquals(IngestCommand.EXIT_STORE_FAILED, run.exitCode());
        assertTrue(run.err().startsWith("totmon ingest: cannot create the data directory " + notADirectory), run.err());
    }

    @Test
    void usageErrorsAndHelp() {
        CliRun noPath = ingest();
        assertEquals(2, noPath.exitCode());
        assertTrue(noPath.err().contains("Missing required parameter: 'PATH'"), noPath.err());

        CliRun badSize = ingest("--max-file-size", "lots", input.toString());
        assertEquals(2, badSize.exitCode());
        assertTrue(badSize.err().contains("'lots' is not a size such as 50MB"), badSize.err());

        CliRun help = CliRun.of(new IngestCommand(), "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--data=DIR"), help.out());
        assertTrue(help.out().contains("--max-file-size=SIZE"), help.out());
        assertTrue(help.out().matches("(?s).*\\n  1 +some input was rejected\\n.*"), help.out());
        assertTrue(help.out().contains("stopped by SIGTERM"), help.out());
    }

    private List<StoredReport> storedReports() {
        try (Store store = Store.open(data)) {
            List<StoredReport> all = new ArrayList<>();
            store.forEach(all::add);
            return all;
        }
    }
}
