package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.totmon.pipeline.Pipeline;
import org.totmon.store.AcledRows;
import org.totmon.store.Store;

/**
 * `totmon claims`, `events` and `relink` over one store, ingested once through the standard pipeline and the
 * gazetteer; reports of our own about public facts. Only the relink test rewrites the links, to what they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerTimelineCommandsTest {
    private static final String STRIKE = "A Russian missile strike hit a residential building in Melitopol on 6 October 2023,"
            + " the city's exiled mayor Ivan Fedorov said. Rescuers searched the rubble through the night, and the occupation"
            + " administration did not comment.";
    private static final String STRIKE_OWN = "A drone attack on Melitopol on 6 October 2023 damaged a residential building, Ivan Fedorov said.";
    private static final String REPRINT = STRIKE + "\\nRead more stories like this on our channel.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path data;

    @BeforeAll
    void ingest(@TempDir Path tmp) throws IOException {
        data = tmp.resolve("data");
        Path feed = Files.writeString(tmp.resolve("feed.jsonl"), String.join("\n",
                line("p1", "Outlet A", "2023-06-01", "The occupation administration said on 30 May that 1.5 million Russian passports had been issued in Zaporizhzhia Oblast."),
                line("p2", "Outlet B", "2023-06-02", "Ukrainian officials said on 1 June that only 300,000 Russian passports had been issued in Zaporizhzhia Oblast."),
                line("s3", "Outlet R", "2023-10-08", REPRINT),
                line("s1", "Outlet C", "2023-10-07", STRIKE),
                line("s2", "Outlet D", "2023-10-06", STRIKE_OWN),
                line("v1", "Outlet V", "2023-09-11", "Russia held elections in occupied Kherson Oblast on 10 September 2023, which Ukraine and its partners called a sham.")));
        CliRun run = CliRun.of(new IngestCommand(), "--data", data.toString(), feed.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    private static String line(String id, String outlet, String published, String text) {
        return "{\"id\": \"" + id + "\", \"url\": \"https://" + id + ".example.org/\", \"outlet\": \"" + outlet
                + "\", \"title\": \"" + id + "\", \"published\": \"" + published + "\", \"language\": \"en\", \"text\": \"" + text + "\"}";
    }

    private CliRun run(Object command, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        return CliRun.of(command, all.toArray(String[]::new));
    }

    @Test
    void claimsListsEachSidesFigureAndFlagsTheDisagreement() {
        CliRun run = run(new ClaimsCommand());
        assertEquals(0, run.exitCode(), run.err());
        String n = System.lineSeparator();
        String p1 = Report.contentId("The occupation administration said on 30 May that 1.5 million Russian passports had been issued in Zaporizhzhia Oblast.");
        String p2 = Report.contentId("Ukrainian officials said on 1 June that only 300,000 Russian passports had been issued in Zaporizhzhia Oblast.");
        assertTrue(run.out().startsWith("#1  count · passports · Zaporizhzhia Oblast · PASSPORTIZATION (event #1) — 2 claims, 2 sides" + n
                + "    DISAGREE: occupation 1,500,000 (occupation administration, 2023-05-30) vs ukraine 300,000 (Ukrainian officials, 2023-06-01)" + n
                + "    2023-05-30  occupation   1,500,000 passports — occupation administration  [Outlet A " + p1 + "]" + n
                + "    2023-06-01  ukraine      300,000 passports — Ukrainian officials  [Outlet B " + p2 + "]" + n), run.out());

        assertTrue(run(new ClaimsCommand(), "--side", "UKRAINE", "--subject", "passport").out().contains("#1 "));
        assertEquals("No claim groups match." + n, run(new ClaimsCommand(), "--subject", "turnout").out());
        assertEquals("No claim groups match." + n, run(new ClaimsCommand(), "--place", "Kherson Oblast").out());
    }

    @Test
    void claimsWritesJsonLinesAndCsv() throws IOException {
        String[] lines = run(new ClaimsCommand(), "--format", "jsonl", "--disputed").out().split("\\R");
        assertEquals(1, lines.length);
        JsonNode group = JSON.readTree(lines[0]);
        assertEquals("passports", group.get("concept").asText());
        assertEquals(2, group.get("claims").size());
        assertEquals("OCCUPATION", group.get("claims").get(0).get("claim").get("claimant_side").asText());
        assertTrue(group.get("claims").get(0).get("claim").has("side_reason"), "the ledger keeps why a claim has its side");

        String[] csv = run(new ClaimsCommand(), "--format", "CSV").out().split("\\R");
        assertEquals("group_id,unit,concept,place,admin1,event_type,event_id,disagreement,value,value_max,qualifier,claimant,claimant_side,"
                + "side_reason,hedged,date,subject,text,report_id,outlet,url,published,near_duplicate_of,review", csv[0]);
        assertEquals(3, csv.length);
        assertTrue(csv[1].endsWith(",unreviewed"), csv[1]);
        assertEquals("unreviewed", group.get("claims").get(0).get("review").asText());
    }

    @Test
    void eventsClusterReportsOfOneStrikeAndCountAReprintOnce() {
        CliRun run = run(new EventsCommand());
        assertEquals(0, run.exitCode(), run.err());
        String n = System.lineSeparator();
        String[] blocks = run.out().split(n + n);
        assertEquals(3, blocks.length, run.out());
        // "X said on 30 May that …": the date is when it was said, not when the passports were issued.
        assertTrue(blocks[0].startsWith("2023-06     PASSPORTIZATION  Zaporizhzhia Oblast"), blocks[0]);
        assertTrue(blocks[1].startsWith("2023-09-10  ELECTION  Kherson Oblast — 1 independent source, 1 report"), blocks[1]);
        String strike = blocks[2];
        assertTrue(strike.startsWith("2023-10-06  ATTACK  Melitopol (Zaporizhzhia Oblast) — 2 independent sources, 3 reports,"
                + " first reported 2023-10-06, fact"), strike);
        assertFalse(strike.contains("actors: Ivan Fedorov"), "the mayor reports the strike; he is not its actor");
        String original = Report.contentId(STRIKE);
        assertTrue(strike.contains("2023-10-08  Outlet R " + Report.contentId(REPRINT.replace("\\n", "\n")) + " (near-copy of " + original + ", not counted)"), strike);
        assertTrue(strike.contains("2023-10-07  Outlet C " + original + "  \""), strike);

        assertEquals(1, run(new EventsCommand(), "--type", "election", "--place", "kherson oblast").out().split(n + n).length);
        assertEquals("No events match." + n, run(new EventsCommand(), "--from", "2023-10-07").out());
        assertTrue(run(new EventsCommand(), "--from", "2023-09", "--to", "2023-09").out().startsWith("2023-09-10  ELECTION"));
    }

    @Test
    void eventsExportAcledColumns() throws IOException {
        String[] csv = run(new EventsCommand(), "--format", "csv", "--type", "ATTACK").out().split("\\R");
        assertEquals(String.join(",", AcledRows.COLUMNS), csv[0]);
        assertEquals(2, csv.length);
        // ACLED's 31 columns, empty where the record has no value, then the record's own.
        assertTrue(csv[1].matches("UKRTOT\\d+,2023-10-06,2023,1,Political violence,[^,]+,[^,]+,,,,,,,,,804,Europe,Ukraine,Zaporizhzhia Oblast,,,Melitopol,"
                + "46\\.\\d+,35\\.\\d+,1,Outlet D; Outlet C; Outlet R,,\".+\",,,,2,3,ATTACK,fact,2023-10-06,unreviewed"), csv[1]);

        JsonNode event = JSON.readTree(run(new EventsCommand(), "--format", "jsonl", "--type", "ATTACK").out());
        assertEquals(2, event.get("independent_sources").asInt());
        assertEquals(3, event.get("mentions").size());
    }

    @Test
    void badFilterValuesAreRefusedWithTheReason() {
        CliRun side = run(new ClaimsCommand(), "--side", "martian");
        assertEquals(2, side.exitCode());
        assertTrue(side.err().contains("'martian' is not a side: occupation, ukraine, third_party or unknown"), side.err());
        CliRun type = run(new EventsCommand(), "--type", "riot");
        assertEquals(2, type.exitCode());
        assertTrue(type.err().contains("'riot' is not an event type: PASSPORTIZATION, ELECTION, ATTACK"), type.err());
        CliRun date = run(new EventsCommand(), "--from", "2023-13");
        assertEquals(2, date.exitCode());
        assertTrue(date.err().contains("'2023-13' is not a date"), date.err());
        CliRun order = run(new EventsCommand(), "--from", "2023-10", "--to", "2023-09");
        assertEquals(2, order.exitCode());
        assertTrue(order.err().contains("the start date 2023-10-01 is after the end date 2023-09-30"), order.err());
        CliRun format = run(new EventsCommand(), "--format", "xml");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("'xml' is not a format: text, csv or jsonl"), format.err());
        CliRun empty = run(new ClaimsCommand(), "--place", " ");
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("the place filter is empty"), empty.err());
    }

    @Test
    void relinkRebuildsTheSameLedgerAndTimeline() {
        String claims = run(new ClaimsCommand(), "--format", "jsonl").out();
        String events = run(new EventsCommand(), "--format", "jsonl").out();

        CliRun relink = run(new RelinkCommand());
        assertEquals(0, relink.exitCode(), relink.err());
        assertTrue(relink.out().matches("Linked 6 reports in [\\d.]+ s: 1 claim groups \\(1 disputed\\), 3 events, 1 near-duplicate reports\\.\\R"),
                relink.out());

        assertEquals(claims, run(new ClaimsCommand(), "--format", "jsonl").out());
        assertEquals(events, run(new EventsCommand(), "--format", "jsonl").out());
    }

    @Test
    void reportsStoredWithoutLinkingAreLinkedFirstAndTheCommandSaysSo(@TempDir Path tmp) throws IOException {
        Path other = tmp.resolve("data");
        Report report = new Report("e1", null, "Outlet E", null, "2023-10-09", "en", STRIKE_OWN);
        try (Store store = Store.open(other)) {
            store.add(report, Pipeline.standard().process(report));
            assertEquals(1, store.unlinkedCount());
        }
        CliRun events = CliRun.of(new EventsCommand(), "--data", other.toString());
        assertEquals(0, events.exitCode(), events.err());
        String n = System.lineSeparator();
        assertEquals("Linking 1 reports that were not linked yet…" + n + "Linked 1 reports." + n, events.err());
        assertTrue(events.out().contains("Melitopol"), events.out());
        CliRun again = CliRun.of(new EventsCommand(), "--data", other.toString());
        assertEquals("", again.err(), "nothing left to link");
    }

    @Test
    void withoutAStoreTheCommandsSaySo(@TempDir Path empty) {
        CliRun run = CliRun.of(new EventsCommand(), "--data", empty.resolve("none").toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("no store in"), run.err());
    }
}
