package org.totmon.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.linker.Regions;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Modality;
import org.totmon.model.Report;
import org.totmon.model.Side;

/**
 * Merging two entities across the record and splitting one, as an overlay on the machine's names: what the ledger,
 * timeline, checked extractions and the names in force show, what relinking and re-extraction leave, undo, the audit
 * log, stale and concurrent writes; on H2 and on PostgreSQL.
 */
class EntityChangesTest {
    @TempDir Path data;

    private static final Regions REGIONS = place -> null;
    private static final String BALYTSKYI = "Yevhen Balytskyi";
    private static final String CYRILLIC = "Балицький";
    private static final String NAMESAKE = "Yevhen Balytskyi (footballer)";

    private static final Report EN = Samples.report("Yevhen Balytskyi said that 300 residents left Melitopol on 3 May 2023.",
            "Residents leave Melitopol", "2023-05-04", "en");
    private static final Report UK = Samples.report("Балицький заявив, що 500 мешканців виїхали з Мелітополя 5 травня 2023 року.",
            "Мешканці виїжджають", "2023-05-06", "uk");
    private static final Report SPORT = Samples.report("Yevhen Balytskyi scored twice for the club on Sunday, Volodymyr Rogov said.",
            "A match report", "2023-05-07", "en");

    /** One person named {@code who}, claiming a figure and acting in an event, as the pipeline would give it. */
    private static Extraction says(Report r, String language, String who, String figure, double value) {
        String t = r.text();
        Mention name = Samples.mention(t, who, 0);
        Mention number = Samples.mention(t, figure, 0);
        Claim k = new Claim(t, value, null, "exact", "people", "residents who left", who, Side.OCCUPATION, false, number.start(), number.end());
        Event e = new Event("DISPLACEMENT", t, "2023-05", "Melitopol", List.of(who), Modality.FACT, null, null, 0, t.length());
        return new Extraction(r.id(), language, List.of(), List.of(new Entity(who, EntityType.PERSON, List.of(name))), List.of(),
                List.of(), List.of(k), List.of(e));
    }

    private static Extraction sport() {
        return Samples.naming(SPORT, "en", List.of(), List.of(BALYTSKYI, "Volodymyr Rogov"));
    }

    private Store loaded(TestDatabase db) {
        Store store = db.open(data);
        store.add(EN, says(EN, "en", BALYTSKYI, "300", 300));
        store.add(UK, says(UK, "uk", CYRILLIC, "500", 500));
        store.add(SPORT, sport());
        store.link(REGIONS);
        return store;
    }

    private static Set<String> claimants(Store store) {
        Set<String> out = new TreeSet<>();
        store.ledger().groups(ClaimQuery.all()).forEach(g -> g.claims().forEach(k -> out.add(k.claim().claimant())));
        return out;
    }

    private static Set<String> actors(Store store) {
        Set<String> out = new TreeSet<>();
        store.timeline().events(EventQuery.all()).forEach(e -> out.addAll(e.actors()));
        return out;
    }

    private static List<String> entities(Store store, Report r) {
        return store.reviews().reviewed(r.id()).orElseThrow().checked().entities().stream().map(Entity::name).toList();
    }

    @OnEachDatabase
    void aMergeNamesTheEntityAsOneEverywhereSurvivesRelinkingAndReextractionAndIsUndone(TestDatabase db) {
        try (Store store = loaded(db)) {
            assertEquals(Set.of(BALYTSKYI, CYRILLIC), claimants(store));
            EntityChange merge = store.entityChanges().merge(CYRILLIC, BALYTSKYI, "the same official", "olena");
            assertEquals(EntityChange.Action.MERGE, merge.action());
            assertEquals(BALYTSKYI, merge.target());
            assertEquals("olena", merge.author());

            EntityNames names = store.entityNames();
            assertEquals(BALYTSKYI, names.resolve(UK.id(), CYRILLIC));
            assertEquals(BALYTSKYI, names.resolve(UK.id(), "БАЛИЦЬКИЙ"), "by the name's key");
            assertEquals(List.of(CYRILLIC), names.mergedInto(BALYTSKYI));
            assertEquals(Set.of(BALYTSKYI), claimants(store), "the ledger's claimants");
            assertEquals(Set.of(BALYTSKYI), actors(store), "the timeline's actors");
            assertEquals(List.of(BALYTSKYI), entities(store, UK), "the checked extraction (exports, gold)");
            Claim claim = store.reviews().reviewed(UK.id()).orElseThrow().checked().claims().get(0);
            assertEquals(BALYTSKYI, claim.claimant());
            assertEquals(CYRILLIC, store.report(UK.id()).orElseThrow().extraction().entities().get(0).name(), "the machine's output is not edited");

            store.relink(REGIONS, n -> {});
            StoredReport stored = store.report(UK.id()).orElseThrow();
            store.replaceExtraction(stored, says(UK, "uk", CYRILLIC, "500", 500));
            store.forgetLinks();
            store.link(REGIONS);
            assertEquals(Set.of(BALYTSKYI), claimants(store), "after relink and re-extraction");
            assertEquals(List.of(BALYTSKYI), entities(store, UK));

            assertEquals(BALYTSKYI + " and " + CYRILLIC + " are one entity already", assertThrows(IllegalArgumentException.class,
                    () -> store.entityChanges().merge(BALYTSKYI, CYRILLIC, null, "taras")).getMessage());
            ReviewConflictException twice = assertThrows(ReviewConflictException.class,
                    () -> store.entityChanges().merge(CYRILLIC, "Volodymyr Rogov", null, "taras"));
            assertTrue(twice.getMessage().startsWith("not saved: " + CYRILLIC + " was merged into " + BALYTSKYI + " by olena at "), twice.getMessage());
            assertEquals("no entity named Nobody in the record (give its name as its page shows it)", assertThrows(NoSuchElementException.class,
                    () -> store.entityChanges().merge("Nobody", BALYTSKYI, null, "taras")).getMessage());

            EntityChange undone = store.entityChanges().undo(merge.id(), "merged by mistake", "taras");
            assertEquals("taras", undone.undoneBy());
            assertEquals(Set.of(BALYTSKYI, CYRILLIC), claimants(store), "undone: two entities again");
            assertEquals(List.of(CYRILLIC), entities(store, UK));
            assertTrue(assertThrows(ReviewConflictException.class, () -> store.entityChanges().undo(merge.id(), null, "olena"))
                    .getMessage().startsWith("not saved: change " + merge.id() + " was undone by taras at "));

            List<AuditEntry> log = store.reviews().audit(EntityChanges.auditKey(CYRILLIC));
            assertEquals(List.of("merge", "undo merge"), log.stream().map(AuditEntry::action).toList());
            assertEquals(List.of("olena", "taras"), log.stream().map(AuditEntry::author).toList());
            assertEquals(CYRILLIC, log.get(0).before().get("fields").get("name").asText());
            assertEquals(BALYTSKYI, log.get(0).after().get("fields").get("name").asText());
            assertEquals("the same official", log.get(0).reason());
            assertEquals("merged by mistake", log.get(1).reason());
            assertEquals(List.of(merge.id()), store.entityChanges().of(BALYTSKYI).stream().map(EntityChange::id).toList(), "the entity's history");
        }
    }

    @OnEachDatabase
    void aSplitRenamesTheEntityInTheReportsChosenAndUndoesInOrder(TestDatabase db) {
        try (Store store = loaded(db)) {
            store.entityChanges().merge(CYRILLIC, BALYTSKYI, null, "olena");
            EntityChange split = store.entityChanges().split(BALYTSKYI, List.of(SPORT.id()), NAMESAKE, "another man", "olena");
            assertEquals(1, split.reports());
            EntityNames names = store.entityNames();
            assertEquals(NAMESAKE, names.resolve(SPORT.id(), BALYTSKYI));
            assertEquals(BALYTSKYI, names.resolve(EN.id(), BALYTSKYI), "the other reports keep the name");
            assertEquals(BALYTSKYI, names.resolve(UK.id(), CYRILLIC));
            assertEquals(Set.of(SPORT.id()), names.reportsSplitInto(NAMESAKE));
            assertEquals(List.of(NAMESAKE, "Volodymyr Rogov"), entities(store, SPORT));

            // A split of a merged name, in the report it was merged from.
            EntityChange ukOff = store.entityChanges().split(BALYTSKYI, List.of(UK.id()), "Oleksandr Balytskyi", null, "taras");
            assertEquals("Oleksandr Balytskyi", store.entityNames().resolve(UK.id(), CYRILLIC));
            assertEquals(Set.of(BALYTSKYI, "Oleksandr Balytskyi"), claimants(store));

            ReviewConflictException stale = assertThrows(ReviewConflictException.class,
                    () -> store.entityChanges().split(BALYTSKYI, List.of(SPORT.id()), "Someone", null, "taras"));
            assertEquals("not saved: 1 of the reports (" + SPORT.id() + ") do not name " + BALYTSKYI
                    + " (any more). Reload the page, look at what changed, and try again.", stale.getMessage());

            // Split the split-off entity again, then undo in the wrong order and the right one.
            EntityChange again = store.entityChanges().split(NAMESAKE, List.of(SPORT.id()), "Yevhen Balytskyi (coach)", null, "olena");
            assertEquals("Yevhen Balytskyi (coach)", store.entityNames().resolve(SPORT.id(), BALYTSKYI));
            assertTrue(assertThrows(ReviewConflictException.class, () -> store.entityChanges().undo(split.id(), null, "olena"))
                    .getMessage().contains("undo that one first"));
            store.entityChanges().undo(again.id(), null, "olena");
            assertEquals(NAMESAKE, store.entityNames().resolve(SPORT.id(), BALYTSKYI));
            store.entityChanges().undo(split.id(), null, "olena");
            store.entityChanges().undo(ukOff.id(), null, "olena");
            assertEquals(BALYTSKYI, store.entityNames().resolve(SPORT.id(), BALYTSKYI));
            assertEquals(BALYTSKYI, store.entityNames().resolve(UK.id(), CYRILLIC), "the merge is still in force");
            assertEquals(List.of("split", "split", "undo split", "undo split"), store.reviews().audit(EntityChanges.auditKey(BALYTSKYI)).stream()
                    .map(AuditEntry::action).toList());
        }
    }

    @OnEachDatabase
    void twoReviewersMergingOneEntityAtOnceLoseNoUpdate(TestDatabase db) throws Exception {
        try (Store store = loaded(db)) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> done = new ArrayList<>();
            for (String target : List.of(BALYTSKYI, "Volodymyr Rogov")) {
                done.add(pool.submit(() -> {
                    start.await();
                    try {
                        return store.entityChanges().merge(CYRILLIC, target, null, "reviewer of " + target).target();
                    } catch (ReviewConflictException e) {
                        return "refused";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : done) results.add(f.get());
            pool.shutdown();
            assertEquals(1, results.stream().filter(r -> r.equals("refused")).count(), "one is refused: " + results);
            String won = results.stream().filter(r -> !r.equals("refused")).findFirst().orElseThrow();
            assertEquals(won, store.entityNames().resolve(UK.id(), CYRILLIC));
            assertEquals(1, store.reviews().audit(EntityChanges.auditKey(CYRILLIC)).size());
        }
    }

    @OnEachDatabase
    void aReviewerRenamingAReportsEntityNamesItSoAcrossTheRecord(TestDatabase db) throws Exception {
        try (Store store = loaded(db)) {
            EntityNames before = store.entityNames();
            store.reviews().write(new ReviewWrite(ItemKey.entity(UK.id(), CYRILLIC), ReviewWrite.Action.CORRECT, 0,
                    Corrections.JSON.readTree("{\"name\": \"" + BALYTSKYI + "\"}"), "full name", "olena"));
            EntityNames after = store.entityNames();
            assertNotSame(before, after, "the names are read again after the review");
            assertEquals(BALYTSKYI, after.resolve(UK.id(), CYRILLIC));
            assertEquals(CYRILLIC, after.resolve(EN.id(), CYRILLIC), "in that report only");
            assertEquals(Set.of(BALYTSKYI), claimants(store));
            assertEquals(Set.of(BALYTSKYI), actors(store));
            EntityNames same = store.entityNames();
            assertSame(after, same, "kept while nothing changes");
        }
    }
}
