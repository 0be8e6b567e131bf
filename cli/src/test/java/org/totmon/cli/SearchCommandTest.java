package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Report;

/** Searches over one store, ingested once; no test changes it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCommandTest {
    private Path data;
    private String votesId;
    private String theatreId;

    private static final String VOTES = "The occupation authorities held elections in Zaporizhzhia Oblast in 2023."
            + " Yevhen Balytskyi was named governor afterwards.";
    private static final String THEATRE = "A Russian air strike hit the drama theatre in Mariupol in 2022.";
    private static final String MAYOR = "Ivan Fedorov, the mayor of Melitopol, was detained in 2022.";

    @BeforeAll
    void ingest(@TempDir Path tmp) throws IOException {
        data = tmp.resolve("data");
        Path feed = Files.writeString(tmp.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"url\": \"https://monitor.example.org/votes\", \"title\": \"Sham elections\", \"published\": \"2023-09\", \"language\": \"en\", \"text\": \"" + VOTES + "\"}",
                "{\"id\": \"b\", \"title\": \"Theatre struck\", \"published\": \"2022-03-16\", \"language\": \"en\", \"text\": \"" + THEATRE + "\"}",
                "{\"id\": \"c\", \"title\": null, \"published\": null, \"language\": \"en\", \"text\": \"" + MAYOR + "\"}"));
        CliRun run = CliRun.of(new IngestCommand(TestAnnotator::annotate), "--data", data.toString(), feed.toString());
        assertEquals(0, run.exitCode(), run.err());
        votesId = Report.contentId(VOTES);
        theatreId = Report.contentId(THEATRE);
    }

    private CliRun search(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        return CliRun.of(new SearchCommand(), all.toArray(String[]::new));
    }

    @Test
    void printsRankedHitsWithTitleIdDateAndAMarkedSnippet() {
        CliRun run = search("election");

        assertEquals(0, run.exitCode(), run.err());
        String n = System.lineSeparator();
        assertEquals("1 report matches:" + n + n
                + "1. Sham elections" + n
                + "   " + votesId + "  2023-09  en  https://monitor.example.org/votes" + n
                + "   The occupation authorities held [elections] in Zaporizhzhia Oblast in 2023. Yevhen Balytskyi was named governor afterwards." + n,
                run.out());
    }

    @Test
    void filtersByPlaceEntityLanguageAndDates() {
        assertTrue(search("--place", "mariupol").out().contains(theatreId));
        assertEquals("No reports match." + System.lineSeparator(), search("theatre", "--place", "Melitopol").out());
        assertTrue(search("--entity", "Yevhen Balytskyi").out().contains(votesId));
        assertEquals("No reports match." + System.lineSeparator(), search("--lang", "uk").out());
        CliRun dated = search("--from", "2022-03", "--to", "2022");
        assertTrue(dated.out().startsWith("1 report matches:"), dated.out());
        assertTrue(dated.out().contains(theatreId));
    }

    @Test
    void listsEverythingNewestFirstWithoutAQueryAndHonoursTheLimit() {
        CliRun run = search("--limit", "2");
        assertTrue(run.out().startsWith("3 reports match; the best 2:"), run.out());
        assertTrue(run.out().indexOf(votesId) < run.out().indexOf(theatreId), run.out());
        CliRun all = search();
        assertTrue(all.out().contains("3. (untitled)"), all.out());
        assertTrue(all.out().contains("  undated  en"), all.out());
    }

    @Test
    void refusesBadOptionsAsUsageErrors() {
        CliRun badDate = search("--from", "last week");
        assertEquals(2, badDate.exitCode());
        assertTrue(badDate.err().contains("'last week' is not a date such as 2023, 2023-09 or 2023-09-10"), badDate.err());

        CliRun backwards = search("--from", "2024", "--to", "2023");
        assertEquals(2, backwards.exitCode());
        assertTrue(backwards.err().contains("the date range ends (2023-12-31) before it starts (2024-01-01)"), backwards.err());

        CliRun zero = search("x", "--limit", "0");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().contains("the limit must be at least 1, not 0"), zero.err());
    }

    @Test
    void saysSoWhenThereIsNoStore(@TempDir Path empty) {
        CliRun run = CliRun.of(new SearchCommand(), "--data", empty.resolve("none").toString(), "Kherson");
        assertEquals(IngestCommand.EXIT_STORE_FAILED, run.exitCode());
        assertEquals("totmon search: no store in " + empty.resolve("none") + " (ingest some reports first, or give --data)"
                + System.lineSeparator(), run.err());
    }

    @Test
    void helpDescribesTheOptions() {
        CliRun help = CliRun.of(new SearchCommand(), "--help");
        assertEquals(0, help.exitCode());
        for (String option : new String[] {"--place=NAME", "--entity=NAME", "--lang=CODE", "--from=DATE", "--to=DATE", "--limit=N", "--data=DIR"}) {
            assertTrue(help.out().contains(option), option + "\n" + help.out());
        }
    }
}
