package org.totmon.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.index.FieldInfos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Claim;
import org.totmon.linker.Regions;
import org.totmon.model.Event;
import org.totmon.model.Modality;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.Claim;
import org.totmon.model.PlaceKind;
import org.totmon.model.Report;

class StoreTest {
    @TempDir Path data;

    @OnEachDatabase
    void keepsEveryLayerOfTheExtractionAcrossReopening(TestDatabase db) {
        Report r = Samples.kherson();
        Extraction x = withSideReason(Samples.khersonExtraction(), "role: \"Ukrainian\"");
        Provenance from = new Provenance("1347856121/17", "result.json, message 17", "telegram", "Melitopol City Council")
                .by("cli:olena");
        try (Store store = db.open(data)) {
            IngestResult result = store.add(r, x, from);
            assertTrue(result.added());
            assertEquals(r.id(), result.id());
        }
        assertEquals(db == TestDatabase.H2, Files.isRegularFile(data.resolve("totmon.mv.db")), "an H2 file only without a server");
        assertTrue(Files.isDirectory(data.resolve("index")));

        try (Store store = db.open(data)) {
            StoredReport stored = store.report(r.id()).orElseThrow();
            assertEquals(r, stored.report());
            assertEquals(x, stored.extraction());
            assertEquals(from, stored.provenance());
            assertNotNull(stored.ingestedAt());
            assertEquals(new StoreCounts(1, 1, 2, 2, 2, 2, 2, 2, 2), store.counts());
            assertTrue(store.report("0000000000000000").isEmpty());
        }
    }

    /** Events and claims keep their references by id: the place's GeoNames id, the actors' and claimant's entity ids. */
    @OnEachDatabase
    void referencesByIdAreKept(TestDatabase db) {
        Report r = Samples.kherson();
        Extraction plain = Samples.khersonExtraction();
        Claim c = plain.claims().get(0);
        Event e = plain.events().get(0);
        Extraction x = new Extraction(plain.reportId(), plain.language(), plain.boilerplate(), plain.entities(), plain.places(),
                plain.times(),
                List.of(new Claim(c.text(), c.value(), c.valueMax(), c.qualifier(), c.unit(), c.subject(), c.claimant(),
                        c.claimantSide(), c.hedged(), c.start(), c.end(), "e2", null), plain.claims().get(1)),
                List.of(new Event(e.type(), e.text(), e.date(), e.place(), e.actors(), e.modality(), e.acledEventType(),
                        e.acledSubEventType(), e.start(), e.end(), 706448L, List.of("e2")), plain.events().get(1)));
        try (Store store = db.open(data)) {
            store.add(r, x);
            Extraction stored = store.report(r.id()).orElseThrow().extraction();
            assertEquals(x, stored);
            assertEquals("Armed Forces of Ukraine", stored.entity(stored.events().get(0).actorIds().get(0)).name());
            assertEquals("Armed Forces of Ukraine", stored.entity(stored.claims().get(0).claimantId()).name());
            assertEquals(List.of(), stored.events().get(1).actorIds());
        }
    }

    @OnEachDatabase
    void addingTheSameReportAgainIsANoOp(TestDatabase db) {
        Report r = Samples.kherson();
        try (Store store = db.open(data)) {
            assertTrue(store.add(r, Samples.khersonExtraction()).added());
            IngestResult again = store.add(r, Samples.bare(r, "en"), new Provenance("other", "elsewhere.txt"));
            assertTrue(again.duplicate());
            assertEquals(Samples.khersonExtraction(), store.report(r.id()).orElseThrow().extraction(), "the first version stays");
            assertEquals(1, store.reportCount());
            assertTrue(store.contains(r.id()));
        }
    }

    @OnEachDatabase
    void aReportThatFailsHalfwayLeavesNothingBehindAndKeepsTheOthers(TestDatabase db) {
        Report kept = Samples.kherson();
        Report failing = Samples.report("Enerhodar lies on the Kakhovka Reservoir.", "Enerhodar", "2023", "en");
        Mention enerhodar = Samples.mention(failing.text(), "Enerhodar", 0);
        // Places and their mentions are written before events; the event's missing type fails the transaction late.
        Extraction late = new Extraction(failing.id(), "en", List.of(), List.of(),
                List.of(new Place("Enerhodar", PlaceKind.SETTLEMENT, 47.5, 34.6, 709161L, List.of(enerhodar))),
                List.of(), List.of(), List.of(new Event(null, "lies", null, null, List.of(), Modality.FACT, null, null, 10, 14)));
        try (Store store = db.open(data)) {
            store.add(kept, Samples.khersonExtraction());
            StoreCounts before = store.counts();

            StoreException e = assertThrows(StoreException.class, () -> store.add(failing, late));
            assertTrue(e.getMessage().startsWith("cannot write the store " + db.where(data) + ": "), e.getMessage());

            assertFalse(store.contains(failing.id()));
            assertEquals(before, store.counts(), "no place, mention or report row of the failed report");
            assertEquals(Samples.khersonExtraction(), store.report(kept.id()).orElseThrow().extraction());
            assertEquals(1, store.search(SearchQuery.of("Kherson")).total());
            assertEquals(0, store.search(SearchQuery.of("Enerhodar")).total());
        }
    }

    @OnEachDatabase
    void refusesAnExtractionThatDoesNotFitTheReport(TestDatabase db) {
        Report r = Samples.report("Nova Kakhovka is on the Dnipro.", null, null, "en");
        Extraction outside = new Extraction(r.id(), "en", List.of(), List.of(),
                List.of(new Place("Dnipro", PlaceKind.OTHER, 0, 0, null, List.of(new Mention("Dnipro", 24, 99)))),
                List.of(), List.of(), List.of());
        try (Store store = db.open(data)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.add(r, outside));
            assertEquals("mention of place \"Dnipro\" at 24..99 is outside the text (length 31)", e.getMessage());
            IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                    () -> store.add(r, Samples.bare(Samples.kherson(), "en")));
            assertTrue(other.getMessage().startsWith("the extraction is of report "), other.getMessage());
            assertEquals(0, store.reportCount());
        }
    }

    @OnEachDatabase
    void iteratesInInsertionOrderAcrossBatches(TestDatabase db) {
        List<String> added = new ArrayList<>();
        try (Store store = db.open(data)) {
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

    @OnEachDatabase
    void theSchemaComesFromFlywayMigrations(TestDatabase db) throws Exception {
        db.open(data).close();
        List<String> applied = new ArrayList<>();
        try (Connection c = db.connect(data); ResultSet rs = c.createStatement().executeQuery("SELECT \"version\", \"success\""
                + " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) applied.add(rs.getString(1) + (rs.getBoolean(2) ? "" : " failed"));
        }
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "9", "10", "11", "14", "15", "17", "20", "22", "23", "25", "28", "29", "30", "33", "34", "35", "36", "37", "38", "39"), applied);
        db.open(data).close(); // a second open finds the schema current and migrates nothing
    }

    /** Puts in the data directory an H2 store that the code of V3 made (before PostgreSQL and versions). */
    private void storeFromV3() throws IOException {
        Files.createDirectories(data);
        try (InputStream in = new GZIPInputStream(StoreTest.class.getResourceAsStream("h2-store-v3.mv.db.gz"))) {
            Files.copy(in, data.resolve("totmon.mv.db"));
        }
    }

    /** Reports stored before versions were recorded are older than any version; a replaced extraction is of the store's. */
    @Test
    void extractionsOfAnotherVersionAreCountedAndReplaced() throws Exception {
        storeFromV3();
        try (Store store = Store.openExisting(data)) {
            assertEquals(0, store.olderExtractionCount(), "with no version given there is nothing to compare");
            store.setExtractorVersion("p-new");
            long all = store.reportCount();
            assertEquals(all, store.olderExtractionCount());
            Report next = Samples.report("Russian forces left Snihurivka in November 2022.", null, "2022-11-10", "en");
            store.add(next, Samples.bare(next, "en"));
            assertEquals(all, store.olderExtractionCount(), "what is added now is of the store's version");

            List<StoredReport> older = new ArrayList<>();
            store.forEachOlder(older::add);
            assertEquals(all, older.size());
            StoredReport kherson = store.report(Samples.kherson().id()).orElseThrow();
            assertTrue(kherson.extraction().entities().size() > 0);
            store.replaceExtraction(kherson, Samples.bare(kherson.report(), "uk"));
            assertEquals(all - 1, store.olderExtractionCount());
            assertEquals(Samples.bare(kherson.report(), "uk"), store.report(kherson.id()).orElseThrow().extraction());
            assertEquals(1, store.search(SearchQuery.of("Zelensky")).total(), "the report is indexed again, not lost");

            // The count is kept between reports added: one added by another version counts once it is stored.
            store.setExtractorVersion("p-other");
            Report other = Samples.report("Russian forces left Kherson in November 2022.", null, "2022-11-11", "en");
            store.add(other, Samples.bare(other, "en"));
            store.setExtractorVersion("p-new");
            assertEquals(all, store.olderExtractionCount());
            assertEquals(all, store.olderExtractionCount(), "asked again, kept");
        }
    }

    /** A replaced extraction leaves no mention or actor of the old one (on H2 no foreign key deletes them, V39). */
    @OnEachDatabase
    void aReplacedExtractionLeavesNoRowOfTheOld(TestDatabase db) throws Exception {
        Report kherson = Samples.kherson();
        Extraction fewer = Samples.naming(kherson, "en", List.of("Kherson"), List.of());
        try (Store store = db.open(data)) {
            store.add(kherson, Samples.khersonExtraction());
            store.replaceExtraction(store.report(kherson.id()).orElseThrow(), fewer);
            assertEquals(fewer, store.report(kherson.id()).orElseThrow().extraction());
        }
        try (Connection c = db.connect(data)) {
            for (String table : List.of("entity_mention", "place_mention", "event_actor", "entity", "event", "boilerplate_span")) {
                try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE report_id = ?")) {
                    st.setString(1, kherson.id());
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        assertEquals(table.equals("place_mention") ? 1 : 0, rs.getInt(1), table);
                    }
                }
            }
        }
    }

    /** A store made by the code before PostgreSQL (V1..V3 in db/migration/): Flyway must still find its checksums. */
    @Test
    void anH2StoreFromBeforeTheServerOptionStillOpens() throws Exception {
        storeFromV3();
        try (Store store = Store.openExisting(data)) {
            StoredReport stored = store.report(Samples.kherson().id()).orElseThrow();
            assertEquals(Samples.khersonExtraction(), stored.extraction());
            assertEquals(new Provenance("ext-7", "reports.jsonl:3"), stored.provenance());
            assertEquals(1, store.search(SearchQuery.of("Zelensky")).total(), "the missing index is rebuilt");
            // V7 forgets its links (they lack blocking keys); the next link rebuilds them.
            assertEquals(1, store.unlinkedCount());
            store.link(Regions.NONE);
            assertEquals(2, store.timeline().events(EventQuery.all()).size(), "its links are rebuilt: the liberation and the visit");
            Report next = Samples.report("Russian forces left Snihurivka in November 2022.", null, "2022-11-10", "en");
            assertTrue(store.add(next, Samples.bare(next, "en")).added());
            // A new report of the liberation finds the stored one by its blocking keys.
            String text = "Ukrainian troops entered Kherson on 11 November 2022, the army said.";
            Report again = Samples.report(text, null, "2022-11-13", "en");
            Mention kherson = Samples.mention(text, "Kherson", 0);
            assertTrue(store.add(again, new Extraction(again.id(), "en", List.of(), List.of(),
                    List.of(new Place("Kherson", PlaceKind.SETTLEMENT, 46.6354, 32.6169, 706448L, List.of(kherson))), List.of(), List.of(),
                    List.of(new Event("LIBERATION", text, "2022-11-11", "Kherson", List.of("Armed Forces of Ukraine"), Modality.FACT,
                            "Battles", "Government regains territory", 0, text.length())))).added());
            store.link(Regions.NONE);
            List<TimelineEvent> events = store.timeline().events(EventQuery.all());
            assertEquals(2, events.size(), "the new report joins the stored liberation");
            assertEquals(2, events.stream().mapToInt(TimelineEvent::reportCount).max().orElseThrow());
        }
    }

    @OnEachDatabase
    void aStoreOpenElsewhereIsReportedAsInUse(TestDatabase db) {
        try (Store store = db.open(data)) {
            StoreException e = assertThrows(StoreException.class, () -> db.open(data));
            // A server's database takes many processes, but each data directory's index only one.
            assertEquals((db == TestDatabase.H2 ? "the store in " : "the search index in ") + data
                    + " is in use by another process (is another totmon command running?)", e.getMessage());
            assertEquals(0, store.reportCount(), "the first store still works");
        }
    }

    @Test
    void openExistingRefusesToCreateAStoreInAnEmptyDirectory() {
        Path empty = data.resolve("nothing-here");
        StoreException e = assertThrows(StoreException.class, () -> Store.openExisting(empty));
        assertEquals("no store in " + empty + " (ingest some reports first, or give --data)", e.getMessage());
        assertFalse(Files.exists(empty));
        assertFalse(Store.exists(empty));
    }

    @Test
    void openExistingRefusesToCreateAStoreInAnEmptyServerDatabase() {
        DatabaseServer empty = TestPostgres.newDatabase();
        StoreException e = assertThrows(StoreException.class, () -> Store.openExisting(data, empty));
        assertEquals("no store at " + empty.url() + " (ingest some reports first)", e.getMessage());
        try (Store created = Store.open(data, empty)) {
            assertEquals(0, created.reportCount());
        }
        Store.openExisting(data, empty).close();
    }

    /** The extraction with a reason for its first claim's side, as the claim layer gives one. */
    private static Extraction withSideReason(Extraction x, String reason) {
        List<Claim> claims = new ArrayList<>(x.claims());
        Claim c = claims.get(0);
        claims.set(0, new Claim(c.text(), c.value(), c.valueMax(), c.qualifier(), c.unit(), c.subject(), c.claimant(), c.claimantSide(),
                c.hedged(), c.start(), c.end(), c.claimantId(), reason));
        return new Extraction(x.reportId(), x.language(), x.boilerplate(), x.entities(), x.places(), x.times(), claims, x.events());
    }

    /** A search state stands while nothing search answers from changes: a report indexed or a retraction makes another. */
    @OnEachDatabase
    void theSearchStateChangesWithTheIndexAndTheRetractions(TestDatabase db) {
        try (Store store = db.open(data)) {
            Report first = Samples.kherson();
            store.add(first, Samples.khersonExtraction());
            SearchState before = store.searchState();
            assertTrue(before.same(store.searchState()), "nothing changed");
            Report second = Samples.report("Shelling was reported in Nova Kakhovka overnight.", "Overnight", "2023-05-02", "en");
            store.add(second, Samples.bare(second, "en"));
            SearchState added = store.searchState();
            assertFalse(before.same(added), "a report indexed since");
            assertEquals(2, store.candidates(SearchQuery.of(""), added).total());
            store.reviews().write(new ReviewWrite(ItemKey.report(second.id()), ReviewWrite.Action.RETRACT, 0, null, "withdrawn", "admin"));
            SearchState retracted = store.searchState();
            assertFalse(added.same(retracted), "a retraction since");
            assertEquals(Set.of(second.id()), retracted.retracted());
            assertEquals(1, store.candidates(SearchQuery.of(""), retracted).total(), "the state's retractions are left out");
        }
    }

    /**
     * A page shown before other reports were indexed is not highlighted again after (its hits are kept by query text,
     * report and language), with each hit's score of the new ranking; another query's words are highlighted anew.
     */
    @OnEachDatabase
    void aHitShownBeforeAWriteKeepsItsSnippetWithTheNewScore(TestDatabase db) {
        try (Store store = db.open(data)) {
            store.add(Samples.kherson(), Samples.khersonExtraction());
            SearchQuery q = SearchQuery.of("Kherson");
            SearchHit before = store.withSnippets(q, store.candidates(q).hits()).get(0);
            Report other = Samples.report("Kherson was shelled again overnight, the regional administration said.", "Overnight", "2023-05-02", "en");
            store.add(other, Samples.bare(other, "en"));
            List<SearchHit> ranked = store.candidates(q).hits();
            SearchHit again = store.withSnippets(q, ranked).stream().filter(h -> h.id().equals(before.id())).findFirst().orElseThrow();
            assertSame(before.snippet(), again.snippet(), "kept, not highlighted again");
            assertEquals(ranked.stream().filter(h -> h.id().equals(before.id())).findFirst().orElseThrow().score(), again.score());
            assertNotEquals(before.score(), again.score(), "another report of the word changes the word's weight");
            assertEquals(store.search(q).hits(), store.withSnippets(q, ranked), "what highlighting them again gives");
            SearchQuery lower = SearchQuery.of("kherson");
            assertNotSame(before.snippet(), store.withSnippets(lower, store.candidates(lower).hits()).stream()
                    .filter(h -> h.id().equals(before.id())).findFirst().orElseThrow().snippet(), "another query's text");
        }
    }

    /**
     * The index's fields merged across its segments, which the highlighter reads, are merged once for a reader, not again
     * for each page of snippets; and they are the reader's: a report in a language not indexed before is highlighted
     * once it is added.
     */
    @OnEachDatabase
    void theHighlightersMergedFieldsAreKeptForTheirReader(TestDatabase db) throws Exception {
        try (Store store = db.open(data)) {
            store.add(Samples.kherson(), Samples.khersonExtraction());
            assertNull(store.index().highlightFields().fieldInfo(SearchIndex.textField("uk")), "no Ukrainian report yet");
            Report uk = Samples.report("Окупанти провели так звані вибори у Мелітополі.", null, null, "uk");
            store.add(uk, Samples.naming(uk, "uk", List.of("Мелітополі"), List.of()));
            FieldInfos fields = store.index().highlightFields();
            assertTrue(store.index().documentCount() == 2 && fields.fieldInfo(SearchIndex.textField("uk")) != null);
            assertSame(fields, store.index().highlightFields(), "two segments' fields, merged once for their reader");
            SearchQuery q = SearchQuery.of("вибори");
            assertEquals("Окупанти провели так звані [вибори] у Мелітополі.",
                    store.withSnippets(q, store.candidates(q).hits()).get(0).snippet().render("[", "]"));
        }
    }
}
