package org.totmon.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Event;
import org.totmon.model.Modality;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Report;

class StoreTest {
    @TempDir Path data;

    @Test
    void keepsEveryLayerOfTheExtractionAcrossReopening() {
        Report r = Samples.kherson();
        Extraction x = Samples.khersonExtraction();
        Provenance from = new Provenance("ext-7", "reports.jsonl:3");
        try (Store store = Store.open(data)) {
            IngestResult result = store.add(r, x, from);
            assertTrue(result.added());
            assertEquals(r.id(), result.id());
        }
        assertTrue(Files.isRegularFile(data.resolve("totmon.mv.db")));
        assertTrue(Files.isDirectory(data.resolve("index")));

        try (Store store = Store.open(data)) {
            StoredReport stored = store.report(r.id()).orElseThrow();
            assertEquals(r, stored.report());
            assertEquals(x, stored.extraction());
            assertEquals(from, stored.provenance());
            assertNotNull(stored.ingestedAt());
            assertEquals(new StoreCounts(1, 1, 2, 2, 2, 2, 2, 2, 2), store.counts());
            assertTrue(store.report("0000000000000000").isEmpty());
        }
    }

    @Test
    void addingTheSameReportAgainIsANoOp() {
        Report r = Samples.kherson();
        try (Store store = Store.open(data)) {
            assertTrue(store.add(r, Samples.khersonExtraction()).added());
            IngestResult again = store.add(r, Samples.bare(r, "en"), new Provenance("other", "elsewhere.txt"));
            assertTrue(again.duplicate());
            assertEquals(Samples.khersonExtraction(), store.report(r.id()).orElseThrow().extraction(), "the first version stays");
            assertEquals(1, store.reportCount());
            assertTrue(store.contains(r.id()));
        }
    }

    @Test
    void aReportThatFailsHalfwayLeavesNothingBehindAndKeepsTheOthers() {
        Report kept = Samples.kherson();
        Report failing = Samples.report("Enerhodar lies on the Kakhovka Reservoir.", "Enerhodar", "2023", "en");
        Mention enerhodar = Samples.mention(failing.text(), "Enerhodar", 0);
        // Places and their mentions are written before events; the event's missing type fails the transaction late.
        Extraction late = new Extraction(failing.id(), "en", List.of(), List.of(),
                List.of(new Place("Enerhodar", PlaceKind.SETTLEMENT, 47.5, 34.6, 709161L, List.of(enerhodar))),
                List.of(), List.of(), List.of(new Event(null, "lies", null, null, List.of(), Modality.FACT, null, null, 10, 14)));
        try (Store store = Store.open(data)) {
            store.add(kept, Samples.khersonExtraction());
            StoreCounts before = store.counts();

            StoreException e = assertThrows(StoreException.class, () -> store.add(failing, late));
            assertTrue(e.getMessage().startsWith("cannot write the store in " + data), e.getMessage());

            assertFalse(store.contains(failing.id()));
            assertEquals(before, store.counts(), "no place, mention or report row of the failed report");
            assertEquals(Samples.khersonExtraction(), store.report(kept.id()).orElseThrow().extraction());
            assertEquals(1, store.search(SearchQuery.of("Kherson")).total());
            assertEquals(0, store.search(SearchQuery.of("Enerhodar")).total());
        }
    }

    @Test
    void refusesAnExtractionThatDoesNotFitTheReport() {
        Report r = Samples.report("Nova Kakhovka is on the Dnipro.", null, null, "en");
        Extraction outside = new Extraction(r.id(), "en", List.of(), List.of(),
                List.of(new Place("Dnipro", PlaceKind.OTHER, 0, 0, null, List.of(new Mention("Dnipro", 24, 99)))),
                List.of(), List.of(), List.of());
        try (Store store = Store.open(data)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.add(r, outside));
            assertEquals("mention of place \"Dnipro\" at 24..99 is outside the text (length 31)", e.getMessage());
            IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                    () -> store.add(r, Samples.bare(Samples.kherson(), "en")));
            assertTrue(other.getMessage().startsWith("the extraction is of report "), other.getMessage());
            assertEquals(0, store.reportCount());
        }
    }

    @Test
    void iteratesInInsertionOrderAcrossBatches() {
        List<String> added = new ArrayList<>();
        try (Store store = Store.open(data)) {
            for (int i = 0; i < 205; i++) {
                Report r = Samples.report("Report number " + i + " about Mariupol.", null, null, "en");
                store.add(r, Samples.bare(r, "en"));
                added.add(r.id());
            }
            List<String> seen = new ArrayList<>();
            long[] lastSeq = {0};
            store.forEach(s -> {
                assertTrue(s.seq() > lastSeq[0]);
                lastSeq[0] = s.seq();
                seen.add(s.id());
            });
            assertEquals(added, seen);
            List<String> tail = new ArrayList<>();
            store.forEachAfter(lastSeq[0] - 2, s -> tail.add(s.id()));
            assertEquals(added.subList(203, 205), tail);
        }
    }

    @Test
    void theSchemaComesFromFlywayMigrations() throws Exception {
        Store.open(data).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("totmon"), "totmon", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            assertTrue(rs.next());
            assertEquals("1", rs.getString(1));
            assertTrue(rs.getBoolean(2));
        }
        Store.open(data).close(); // a second open finds the schema current and migrates nothing
    }

    @Test
    void aStoreOpenElsewhereIsReportedAsInUse() {
        try (Store store = Store.open(data)) {
            StoreException e = assertThrows(StoreException.class, () -> Store.open(data));
            assertEquals("the store in " + data + " is in use by another process (is another totmon command running?)", e.getMessage());
            assertEquals(0, store.reportCount(), "the first store still works");
        }
    }

    @Test
    void openExistingRefusesToCreateAStore() {
        Path empty = data.resolve("nothing-here");
        StoreException e = assertThrows(StoreException.class, () -> Store.openExisting(empty));
        assertEquals("no store in " + empty + " (ingest some reports first, or give --data)", e.getMessage());
        assertFalse(Files.exists(empty));
        assertFalse(Store.exists(empty));
    }
}
