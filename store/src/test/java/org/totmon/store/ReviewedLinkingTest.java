package org.totmon.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Side;
import org.totmon.store.ReviewWrite.Action;

/**
 * Issue 14: relinking reads the reports as people left them. A retracted report's events and claims leave the
 * clusters and groups; a corrected figure is what the group's disputes compare. On H2 and PostgreSQL.
 */
class ReviewedLinkingTest {
    @TempDir Path data;

    private Store loaded(TestDatabase db) {
        Store store = db.open(data);
        QueryTest.add(store, 1, 1_500_000, "passports", Side.OCCUPATION, "Yevhen Balytskyi", "06", "Melitopol", false);
        QueryTest.add(store, 2, 300_000, "passports", Side.UKRAINE, "Ivan Fedorov", "06", "Melitopol", false);
        store.link(QueryTest.REGIONS);
        return store;
    }

    private static String id(Store store, int n) {
        return store.search(SearchQuery.of("\"Report " + n + "\"")).hits().get(0).id();
    }

    private static ClaimGroup passports(Store store) {
        return store.ledger().groups(ClaimQuery.all()).stream().filter(g -> "passports".equals(g.concept())).findFirst().orElseThrow();
    }

    @OnEachDatabase
    void aCorrectedFigureIsWhatTheGroupsDisputeComparesAfterRelinking(TestDatabase db) {
        try (Store store = loaded(db)) {
            assertTrue(passports(store).disputed(), "1.5 million against 300,000");
            String ukraine = id(store, 2);
            GroupedClaim low = passports(store).claims().stream().filter(k -> k.report().id().equals(ukraine)).findFirst().orElseThrow();
            store.reviews().write(new ReviewWrite(ItemKey.claim(ukraine, low.claim().start(), low.claim().end()), Action.CORRECT, 0,
                    Corrections.JSON.createObjectNode().put("value", 1_500_000), null, "olena"));
            store.relink(QueryTest.REGIONS, n -> {});
            assertFalse(passports(store).disputed(), "both sides now say 1.5 million");

            // A figure linked later is compared with the stored ones as corrected: the occupation's 300,000 agrees with
            // Ukraine's machine figure (300,000) but not with its corrected one (1.5 million).
            QueryTest.add(store, 3, 300_000, "passports", Side.OCCUPATION, "Yevhen Balytskyi", "07", "Melitopol", false);
            store.link(QueryTest.REGIONS);
            assertTrue(passports(store).disputed(), "Ukraine's corrected 1.5 million against the occupation's new 300,000");
        }
    }

    @OnEachDatabase
    void aRetractedReportsItemsLeaveClustersAndGroupsOnRelink(TestDatabase db) {
        try (Store store = loaded(db)) {
            String occupation = id(store, 1);
            assertFalse(store.links(occupation).claimGroups().isEmpty());
            assertFalse(store.links(occupation).eventClusters().isEmpty());
            store.reviews().write(new ReviewWrite(ItemKey.report(occupation), Action.RETRACT, 0, null, "withdrawn", "admin"));
            store.relink(QueryTest.REGIONS, n -> {});
            assertTrue(store.links(occupation).claimGroups().isEmpty(), "its claim is in no group");
            assertTrue(store.links(occupation).eventClusters().isEmpty(), "its event is in no cluster");
            assertFalse(passports(store).disputed(), "the figure left alone is disputed by none");
            assertEquals(List.of(id(store, 2)), passports(store).claims().stream().map(k -> k.report().id()).toList());
            assertEquals(0, store.unlinkedCount(), "passed over, not left pending");
        }
    }
}
