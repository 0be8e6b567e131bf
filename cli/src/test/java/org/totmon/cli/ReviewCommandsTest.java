package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.ingest.ExtractionJson;
import org.totmon.linker.Regions;
import org.totmon.store.ItemKey;
import org.totmon.store.ReviewWrite;
import org.totmon.store.ReviewWrite.Action;
import org.totmon.store.ReviewedReport;
import org.totmon.store.Store;
import org.totmon.store.StoredReport;

/** accounts, audit and export-gold over a store of our own reports. */
class ReviewCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCORER = Path.of(System.getProperty("totmon.root", "..")).resolve("../shared/eval/score.py");

    @TempDir Path tmp;

    private Path data() {
        return tmp.resolve("data");
    }

    private void ingest() throws Exception {
        Path input = Files.writeString(tmp.resolve("in.jsonl"), """
                {"id": "a", "published": "2023-09-10", "language": "en", "text": "In Melitopol 40 people were detained before the elections in 2023, and 12 people were released."}
                {"id": "b", "published": "2023-09-11", "language": "en", "text": "Ivan Fedorov said 7 people were detained in Enerhodar before the elections."}
                """);
        assertEquals(0, CliRun.of(new IngestCommand(TestAnnotator::annotate), "--data", data().toString(), input.toString()).exitCode());
    }

    @Test
    void accountsAreMadeListedAndRevokedByName() {
        CliRun add = CliRun.of(new AccountsCommand.Add(), "olena", "--role", "reviewer", "--data", data().toString());
        assertEquals(0, add.exitCode(), add.err());
        String[] lines = add.out().split("\\R");
        assertEquals("Account olena (reviewer) made. Its token, shown this once:", lines[0]);
        assertTrue(lines[1].matches("[A-Za-z0-9_-]{43}"), lines[1]);

        CliRun again = CliRun.of(new AccountsCommand.Add(), "olena", "--role", "admin", "--data", data().toString());
        assertEquals(2, again.exitCode());
        assertEquals("totmon accounts add: there is already an account named olena\n", again.err().replace("\r", ""));
        assertEquals(2, CliRun.of(new AccountsCommand.Add(), "taras", "--role", "boss", "--data", data().toString()).exitCode());

        assertTrue(CliRun.of(new AccountsCommand.ListAccounts(), "--data", data().toString()).out().startsWith("olena "));
        assertEquals(0, CliRun.of(new AccountsCommand.Revoke(), "olena", "--data", data().toString()).exitCode());
        assertTrue(CliRun.of(new AccountsCommand.ListAccounts(), "--data", data().toString()).out().contains(", revoked "));
        CliRun none = CliRun.of(new AccountsCommand.Revoke(), "nobody", "--data", data().toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("there is no account named nobody"));
    }

    @Test
    void exportGoldWritesFullyReviewedReportsAsPeopleLeftThemAndAuditListsTheWrites() throws Exception {
        ingest();
        String a, b;
        List<String> machine = new ArrayList<>();
        try (Store store = Store.open(data())) {
            List<StoredReport> reports = new ArrayList<>();
            store.forEach(reports::add);
            a = reports.get(0).id();
            b = reports.get(1).id();
            for (StoredReport s : reports) machine.add(ExtractionJson.toJson(s.extraction()).put("id", s.id()).toString());
            ReviewedReport ra = store.reviews().reviewed(reports.get(0));
            List<ReviewedReport.Item> claims = ra.items(ItemKey.Kind.CLAIM);
            store.reviews().write(new ReviewWrite(claims.get(0).key(), Action.CORRECT, 0,
                    JSON.readTree("{\"claimant\": \"Melitopol residents\", \"hedged\": true}"), "who says it", "olena"));
            store.reviews().write(new ReviewWrite(claims.get(1).key(), Action.REJECT, 0, null, "not a figure about detentions", "olena"));
            store.reviews().write(new ReviewWrite(ra.items(ItemKey.Kind.EVENT).get(0).key(), Action.ACCEPT, 0, null, null, "taras"));
            ReviewedReport rb = store.reviews().reviewed(reports.get(1));
            store.reviews().write(new ReviewWrite(rb.items(ItemKey.Kind.CLAIM).get(0).key(), Action.ACCEPT, 0, null, null, "taras"));
        }

        Path out = tmp.resolve("gold");
        CliRun run = CliRun.of(new ExportGoldCommand(), "--out", out.toString(), "--data", data().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Wrote 1 reviewed report to "), run.out());
        List<String> gold = Files.readAllLines(out.resolve("gold.jsonl"));
        assertEquals(1, gold.size(), "report b's event is unreviewed: only fully reviewed reports");
        JsonNode g = JSON.readTree(gold.get(0));
        assertEquals(a, g.get("id").asText());
        assertEquals(1, g.get("claims").size(), "the rejected claim is left out");
        assertEquals("Melitopol residents", g.get("claims").get(0).get("claimant").asText());
        assertTrue(g.get("claims").get(0).get("hedged").asBoolean());
        assertEquals("Melitopol", g.get("places").get(0).get("canonical").asText());
        assertEquals("ELECTION", g.get("events").get(0).get("type").asText());
        JsonNode doc = JSON.readTree(Files.readAllLines(out.resolve("docs.jsonl")).get(0));
        assertEquals(a, doc.get("id").asText());
        assertEquals("2023-09-10", doc.get("published").asText());

        CliRun partial = CliRun.of(new ExportGoldCommand(), "--out", out.toString(), "--partial", "--data", data().toString());
        assertTrue(partial.out().startsWith("Wrote 2 reviewed reports"), partial.out());
        assertTrue(Files.readString(out.resolve("gold.jsonl")).contains(b));

        String csv = CliRun.of(new ClaimsCommand(Regions.NONE), "--format", "csv", "--data", data().toString()).out();
        assertEquals(3, csv.lines().count(), "a header and two claims: the rejected one is left out\n" + csv);
        assertTrue(csv.contains("Melitopol residents") && csv.contains(",reviewed"), csv);
        String text = CliRun.of(new ClaimsCommand(Regions.NONE), "--data", data().toString()).out();
        assertTrue(text.contains("(rejected)"), "the text ledger shows rejected claims as such\n" + text);
        String events = CliRun.of(new EventsCommand(Regions.NONE), "--format", "csv", "--reviewed-only", "--data", data().toString()).out();
        assertEquals(2, events.lines().count(), "only report a's accepted election\n" + events);

        CliRun audit = CliRun.of(new AuditCommand(), "--data", data().toString());
        List<String> entries = audit.out().lines().toList();
        assertEquals(4, entries.size());
        JsonNode rejected = JSON.readTree(entries.get(1));
        assertEquals("reject", rejected.get("action").asText());
        assertEquals("not a figure about detentions", rejected.get("reason").asText());

        // The benchmark's scorer reads the gold set: the machine's rejected claim is a false hit against it.
        assumeTrue(Files.isRegularFile(SCORER), "scoring skipped: no benchmark scorer at " + SCORER);
        CliRun fullOnly = CliRun.of(new ExportGoldCommand(), "--out", out.toString(), "--data", data().toString());
        assertEquals(0, fullOnly.exitCode());
        Path system = Files.write(tmp.resolve("system.jsonl"), machine);
        Process p = new ProcessBuilder("python3", SCORER.toString(), out.resolve("gold.jsonl").toString(), system.toString(),
                "--docs", out.resolve("docs.jsonl").toString(), "--json").redirectErrorStream(true).start();
        String result = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), result);
        JsonNode claims = JSON.readTree(result).get("all").get("claims");
        assertEquals(0.5, claims.get("precision").asDouble(), result);
        assertEquals(1.0, claims.get("recall").asDouble());
        assertEquals(0.0, claims.get("attributes").get("hedged").asDouble(), "the correction is what the machine is scored against");
    }
}
