package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Mention;
import org.totmon.web.Catalog.Facets;
import org.totmon.web.Catalog.Found;
import org.totmon.web.Catalog.Named;
import org.totmon.web.Catalog.ReportInfo;

/**
 * A name's finds sorted once (issue 16: the entity page sorted every report naming the entity at each request): the
 * finds by date then report, the distinct reports in that order, each report's finds found by index, and the same
 * spellings and keys as counting every find.
 */
class CatalogNamedTest {
    private static ReportInfo report(long seq, String id, String published) {
        return new ReportInfo(seq, id, "Title " + id, null, "Outlet", published, "en", Facets.of(new FacetValues(), List.of(), List.of(), List.of(), List.of()));
    }

    private static Found<Entity> found(ReportInfo r, String name, String... spellings) {
        List<Mention> mentions = new ArrayList<>();
        for (String s : spellings) mentions.add(new Mention(s, 0, s.length()));
        return new Found<>(r, new Entity(name, EntityType.PERSON, mentions));
    }

    @Test
    void theFindsAreSortedOnceAndEachReportsFindsAreFoundByIndex() {
        ReportInfo a = report(1, "a", "2023-05-02"), b = report(2, "b", "2023-05-01"), c = report(3, "c", null), d = report(4, "d", "2023-05-01");
        // In the order a catalog takes them in (by seq), several finds of one report apart from each other.
        List<Found<Entity>> stored = List.of(found(a, "Ivan Fedorov", "Fedorov"), found(b, "Ivan Fedorov", "Ivan Fedorov"),
                found(c, "Іван Федоров", "Федоров"), found(a, "Ivan Fedorov", "Ivan Fedorov", "Fedorov"), found(d, "Ivan Fedorov", "Fedorov"),
                found(b, "Ivan Fedorov", "Fedorov"));
        Named<Entity> named = Named.of(stored, f -> f.item().name(), f -> f.item().mentions(), null);

        List<Found<Entity>> byDate = new ArrayList<>(stored);
        byDate.sort(Comparator.comparing((Found<Entity> f) -> f.report().published() == null ? "" : f.report().published()).thenComparing(f -> f.report().id()));
        assertEquals(byDate, named.found(), "a stable sort by date, then report id: an undated report first");
        assertEquals(List.copyOf(new LinkedHashSet<>(byDate.stream().map(Found::report).toList())), named.reports());
        assertEquals(List.of(c, b, d, a), named.reports());
        for (int i = 0; i < named.reports().size(); i++) {
            ReportInfo r = named.reports().get(i);
            assertEquals(byDate.stream().filter(f -> f.report().equals(r)).toList(), named.foundIn(i, i + 1), r.id());
        }
        assertEquals(byDate.subList(1, 4), named.foundIn(1, 3), "the finds of b and d");
        assertEquals(byDate, named.foundIn(0, 4));
        assertEquals(List.of(), named.foundIn(4, 4), "past the last report");
        assertEquals(Catalog.spellings(byDate.stream().map(f -> f.item().mentions()).toList()), named.spellings());
        assertEquals(4, named.spellings().get("Fedorov"));
        assertTrue(named.keys().containsAll(List.of(Catalog.key("Ivan Fedorov"), Catalog.key("Іван Федоров"), Catalog.key("Федоров"))), named.keys().toString());
        assertEquals(c.id(), named.found().get(0).report().id());
    }

    private static void assertSameNamed(Named<Entity> expected, Named<Entity> actual) {
        assertEquals(expected.found(), actual.found());
        assertEquals(expected.reports(), actual.reports());
        assertEquals(java.util.Arrays.toString(expected.starts()), java.util.Arrays.toString(actual.starts()));
        assertEquals(expected.spellings(), actual.spellings());
        assertEquals(expected.keys(), actual.keys());
        assertEquals(expected.ids(), actual.ids());
    }

    @Test
    void aNamesFindsAfterMoreReportsAreTheEarlierOrderWithTheNewFindsMergedIn() {
        ReportInfo a = report(1, "a", "2023-05-02"), b = report(2, "b", "2023-05-01"), c = report(3, "c", null), d = report(4, "d", "2023-05-01"),
                e = report(5, "e", "2023-04-30"), f = report(6, "f", "2023-05-02"), g = report(7, "0", "2023-05-02");
        List<Found<Entity>> before = List.of(found(a, "Ivan Fedorov", "Fedorov"), found(b, "Ivan Fedorov", "Ivan Fedorov"), found(c, "Іван Федоров", "Федоров"),
                found(d, "Ivan Fedorov", "Fedorov"));
        Named<Entity> earlier = Named.of(before, f2 -> f2.item().name(), f2 -> f2.item().mentions(), null);
        // The catalog's next snapshot: the same list grown at its end, with reports dated before, between and on the same
        // day as the earlier ones (ties with an earlier find keep it first, as a stable sort of the whole list does).
        List<Found<Entity>> grown = new ArrayList<>(before);
        grown.addAll(List.of(found(e, "Ivan Fedorov", "Ivan Fedorov"), found(f, "Ivan Fedorov", "Fedorov"), found(f, "Ivan Fedorov", "Ivan"),
                found(g, "I. Fedorov", "Fedorov"), found(b, "Ivan Fedorov", "Fedorov")));
        Named<Entity> merged = Named.of(grown, earlier, f2 -> f2.item().name(), f2 -> f2.item().mentions(), null);
        assertSameNamed(Named.of(grown, f2 -> f2.item().name(), f2 -> f2.item().mentions(), null), merged);
        assertTrue(merged.keys().containsAll(List.of(Catalog.key("I. Fedorov"), Catalog.key("Ivan"))), "the keys of a name and a spelling new since");
        assertEquals(List.of(c, e, b, b, d, g, a, f, f), merged.found().stream().map(Found::report).toList(), "b's new find next to its earlier one");
        // A list that does not start with the earlier finds (names regrouped by a merge) is sorted whole.
        List<Found<Entity>> regrouped = new ArrayList<>(grown.subList(1, grown.size()));
        assertSameNamed(Named.of(regrouped, f2 -> f2.item().name(), f2 -> f2.item().mentions(), null),
                Named.of(regrouped, earlier, f2 -> f2.item().name(), f2 -> f2.item().mentions(), null));
    }
}
