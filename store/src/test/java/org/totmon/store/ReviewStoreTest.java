package org.totmon.store;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.linker.Regions;
import org.totmon.model.Claim;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.store.Account.Role;
import org.totmon.store.ReviewWrite.Action;

/** Accounts, reviews as an overlay, the audit log, retraction and the review queue, on H2 and on PostgreSQL. */
class ReviewStoreTest {
    @TempDir Path data;

    private static final Regions REGIONS = place -> null;
    private static final Report KHERSON = Samples.kherson();
    private static final Extraction X = Samples.khersonExtraction();
    private static final Claim ENTRY_DAY = X.claims().get(0);
    private static final Claim HEDGED = X.claims().get(1);
    private static final Event LIBERATION = X.events().get(0);

    private static ItemKey key(Claim k) {
        return ItemKey.claim(KHERSON.id(), k.start(), k.end());
    }

    private static ItemKey key(Event e) {
        return ItemKey.event(KHERSON.id(), e.start(), e.end());
    }

    private static ObjectNode fields(String json) throws Exception {
        return (ObjectNode) Corrections.JSON.readTree(json);
    }

    private Store loaded(TestDatabase db) {
        Store store = db.open(data);
        store.add(KHERSON, X);
        store.link(REGIONS);
        return store;
    }

    @OnEachDatabase
    void accountsKeepOnlyAHashOfTheirTokenAndCanBeRevoked(TestDatabase db) throws Exception {
        try (Store store = db.open(data)) {
            String token = store.accounts().add("olena", Role.REVIEWER);
            assertTrue(token.length() >= 43, "32 random bytes, base64url");
            assertEquals("olena", store.accounts().authenticate(token).orElseThrow().name());
            assertTrue(store.accounts().authenticate(token + "x").isEmpty());
            IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> store.accounts().add("olena", Role.ADMIN));
            assertEquals("there is already an account named olena", twice.getMessage());
            assertThrows(IllegalArgumentException.class, () -> store.accounts().add("no spaces", Role.READER));

            try (Connection c = db.connect(data); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT token_hash FROM account")) {
                rs.next();
                assertNotEquals(token, rs.getString(1));
                assertEquals(Accounts.hash(token), rs.getString(1));
            }

            store.accounts().revoke("olena");
            assertTrue(store.accounts().authenticate(token).isEmpty(), "a revoked token no longer works");
            assertTrue(store.accounts().list().get(0).revoked());
            assertEquals("the account olena is revoked already",
                    assertThrows(IllegalArgumentException.class, () -> store.accounts().revoke("olena")).getMessage());
        }
    }

    @OnEachDatabase
    void reviewsAreAnOverlayThatOutlivesRelinkingAndShowTheirItemOrphanedWhenItIsGone(TestDatabase db) throws Exception {
        try (Store store = loaded(db)) {
            Reviews reviews = store.reviews();
            reviews.write(new ReviewWrite(key(ENTRY_DAY), Action.ACCEPT, 0, null, null, "olena"));
            reviews.write(new ReviewWrite(key(LIBERATION), Action.CORRECT, 0,
                    fields("{\"date\": \"2022-11-10\", \"actors\": [\"Armed Forces of Ukraine\"]}"), "the text says the night before", "olena"));
            reviews.write(new ReviewWrite(key(HEDGED), Action.REJECT, 0, null, "not a figure", "taras"));

            assertEquals(X, store.report(KHERSON.id()).orElseThrow().extraction(), "the machine's output is never edited");
            ReviewedReport r = reviews.reviewed(KHERSON.id()).orElseThrow();
            assertEquals("reviewed", r.item(key(ENTRY_DAY)).status());
            assertEquals("rejected", r.item(key(HEDGED)).status());
            Event corrected = (Event) r.item(key(LIBERATION)).current();
            assertEquals("2022-11-10", corrected.date());
            assertEquals(List.of("Armed Forces of Ukraine"), corrected.actors());
            assertEquals(List.of(ENTRY_DAY), r.checked().claims(), "the rejected claim leaves the checked extraction");

            store.relink(REGIONS, n -> {});
            ClusteredEvent told = store.timeline().events(EventQuery.all()).stream()
                    .flatMap(e -> e.mentions().stream()).filter(m -> m.event().start() == LIBERATION.start()).findFirst().orElseThrow();
            assertEquals("2022-11-10", told.event().date(), "the timeline shows the correction after relinking");
            assertEquals("reviewed", told.status());
            List<String> claimStatuses = store.ledger().groups(ClaimQuery.all()).stream()
                    .flatMap(g -> g.claims().stream()).map(GroupedClaim::status).sorted().toList();
            assertEquals(List.of("rejected", "reviewed"), claimStatuses);
            assertTrue(reviews.reviewed(KHERSON.id()).orElseThrow().orphans().isEmpty());
        }
        // Re-annotation that no longer finds the claim: its span moves in the extraction tables.
        try (Connection c = db.connect(data); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE claim SET start_offset = start_offset + 1 WHERE report_id = '" + KHERSON.id() + "' AND ord = 0");
        }
        try (Store store = db.open(data)) {
            ReviewedReport r = store.reviews().reviewed(KHERSON.id()).orElseThrow();
            assertEquals(List.of(key(ENTRY_DAY)), r.orphans().stream().map(Review::key).toList(), "kept, and shown as orphaned");
            assertEquals("unreviewed", r.items(ItemKey.Kind.CLAIM).get(0).status(), "the new claim is not the reviewed one");
        }
    }

    @OnEachDatabase
    void aStaleEditIsRefusedWithWhoChangedItAndTheAuditLogKeepsEveryWrite(TestDatabase db) throws Exception {
        try (Store store = loaded(db)) {
            Reviews reviews = store.reviews();
            Review first = reviews.write(new ReviewWrite(key(ENTRY_DAY), Action.CORRECT, 0,
                    fields("{\"value\": 10, \"claimant_side\": \"occupation\"}"), "misread", "olena"));
            assertEquals(1, first.version());
            ReviewConflictException stale = assertThrows(ReviewConflictException.class, () -> reviews.write(
                    new ReviewWrite(key(ENTRY_DAY), Action.ACCEPT, 0, null, null, "taras")));
            assertTrue(stale.getMessage().startsWith("not saved: " + key(ENTRY_DAY) + " was changed to corrected by olena at "), stale.getMessage());
            assertTrue(stale.getMessage().endsWith("(version 1); you edited version 0. Reload it, look at what changed, and try again."), stale.getMessage());
            reviews.write(new ReviewWrite(key(ENTRY_DAY), Action.ACCEPT, 1, null, null, "taras"));

            List<AuditEntry> log = reviews.audit(key(ENTRY_DAY));
            assertEquals(List.of("olena", "taras"), log.stream().map(AuditEntry::author).toList());
            assertEquals("unreviewed", log.get(0).before().get("status").asText());
            assertEquals(11.0, log.get(0).before().get("fields").get("value").asDouble());
            assertEquals("ukraine", log.get(0).before().get("fields").get("claimant_side").asText());
            assertEquals(10.0, log.get(0).after().get("fields").get("value").asDouble());
            assertEquals("occupation", log.get(0).after().get("fields").get("claimant_side").asText());
            assertEquals("misread", log.get(0).reason());
            assertEquals("accept", log.get(1).action());
            assertEquals(2, log.get(1).after().get("version").asInt());

            assertEquals("field \"claimant_side\" of a claim correction: occupation, ukraine, third_party or unknown, not \"ours\"",
                    assertThrows(IllegalArgumentException.class, () -> reviews.write(new ReviewWrite(key(HEDGED), Action.CORRECT, 0,
                            fields("{\"claimant_side\": \"ours\"}"), null, "olena"))).getMessage());
            assertEquals("to reject needs a reason", assertThrows(IllegalArgumentException.class,
                    () -> new ReviewWrite(key(HEDGED), Action.REJECT, 0, null, " ", "olena")).getMessage());
            assertThrows(NoSuchElementException.class, () -> reviews.write(new ReviewWrite(
                    ItemKey.claim(KHERSON.id(), 1, 2), Action.ACCEPT, 0, null, null, "olena")));
            List<AuditEntry> all = new ArrayList<>();
            reviews.exportAudit(all::add);
            assertEquals(2, all.size(), "refused writes leave no trace");
        }
    }

    @OnEachDatabase
    void twoReviewersAtOnceLoseNoUpdate(TestDatabase db) throws Exception {
        int reviewers = 4, writesEach = 5;
        try (Store store = loaded(db)) {
            Reviews reviews = store.reviews();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(reviewers);
            List<Future<?>> done = new ArrayList<>();
            for (int r = 0; r < reviewers; r++) {
                String who = "reviewer" + r;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < writesEach; i++) {
                        while (true) {
                            int seen = reviews.ofReport(KHERSON.id()).values().stream().filter(v -> v.key().equals(key(ENTRY_DAY)))
                                    .mapToInt(Review::version).findFirst().orElse(0);
                            try {
                                reviews.write(new ReviewWrite(key(ENTRY_DAY), Action.CORRECT, seen,
                                        fields("{\"unit\": \"" + who + "-" + i + "\"}"), null, who));
                                break;
                            } catch (ReviewConflictException e) {
                                refused.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
            pool.shutdown();
            List<AuditEntry> log = reviews.audit(key(ENTRY_DAY));
            assertEquals(reviewers * writesEach, log.size());
            for (int i = 0; i < log.size(); i++) {
                assertEquals(i, log.get(i).before().get("version").asInt(), "each write started from the one before it");
                assertEquals(i + 1, log.get(i).after().get("version").asInt());
                if (i > 0) assertEquals(log.get(i - 1).after().get("fields"), log.get(i).before().get("fields"));
            }
            assertEquals(reviewers * writesEach, reviews.ofReport(KHERSON.id()).get(key(ENTRY_DAY).toString()).version());
        }
    }

    @OnEachDatabase
    void aRetractedReportLeavesSearchLedgerTimelineAndQueueUntilRestored(TestDatabase db) {
        try (Store store = loaded(db)) {
            assertEquals(1, store.search(SearchQuery.of("Zelensky")).total());
            assertFalse(store.timeline().events(EventQuery.all()).isEmpty());
            assertFalse(store.reviews().queue(10).isEmpty());

            Review retracted = store.reviews().write(new ReviewWrite(ItemKey.report(KHERSON.id()), Action.RETRACT, 0, null,
                    "the outlet withdrew it", "admin"));
            assertEquals(Set.of(KHERSON.id()), store.reviews().retracted());
            assertEquals(0, store.search(SearchQuery.of("Zelensky")).total());
            assertTrue(store.timeline().events(EventQuery.all()).isEmpty());
            assertTrue(store.ledger().groups(ClaimQuery.all()).isEmpty());
            assertTrue(store.reviews().queue(10).isEmpty());
            assertTrue(store.report(KHERSON.id()).isPresent(), "a soft delete: the report is kept");
            assertEquals("report " + KHERSON.id() + " is retracted already", assertThrows(IllegalArgumentException.class,
                    () -> store.reviews().write(new ReviewWrite(ItemKey.report(KHERSON.id()), Action.RETRACT, 1, null, "again", "admin"))).getMessage());

            store.reviews().write(new ReviewWrite(ItemKey.report(KHERSON.id()), Action.RESTORE, retracted.version(), null, null, "admin"));
            assertEquals(1, store.search(SearchQuery.of("Zelensky")).total());
            assertFalse(store.timeline().events(EventQuery.all()).isEmpty());
            assertFalse(store.ledger().groups(ClaimQuery.all()).isEmpty());
            assertEquals(List.of("retract", "restore"), store.reviews().audit(ItemKey.report(KHERSON.id())).stream().map(AuditEntry::action).toList());
        }
    }

    @OnEachDatabase
    void theQueuePutsLowConfidenceFirstAndDropsWhatIsReviewed(TestDatabase db) {
        try (Store store = loaded(db)) {
            List<QueueItem> queue = store.reviews().queue(10);
            assertEquals(4, queue.size(), "two claims and two events");
            assertEquals(key(HEDGED), queue.stream().filter(q -> q.key().kind() == ItemKey.Kind.CLAIM).findFirst().orElseThrow().key(),
                    "the hedged claim with no claimant before the attributed one");
            assertTrue(queue.get(queue.size() - 1).key().equals(key(ENTRY_DAY)) || queue.get(queue.size() - 1).key().equals(key(LIBERATION)));
            store.reviews().write(new ReviewWrite(key(HEDGED), Action.ACCEPT, 0, null, null, "olena"));
            assertFalse(store.reviews().queue(10).stream().anyMatch(q -> q.key().equals(key(HEDGED))));
            assertEquals(Side.UKRAINE, ENTRY_DAY.claimantSide());
        }
    }
}
