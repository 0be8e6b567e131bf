package org.totmon.linker;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.totmon.model.Event;
import org.totmon.model.Modality;
import org.totmon.model.PlaceKind;

class EventBlockingTest {
    private static final List<PlaceRef> PLACES = new ArrayList<>();
    static {
        PLACES.add(null);
        PLACES.add(new PlaceRef("Melitopol", PlaceKind.SETTLEMENT, "Zaporizhzhia Oblast", "UA", 46.8, 35.4));
        PLACES.add(new PlaceRef("Enerhodar", PlaceKind.SETTLEMENT, "Zaporizhzhia Oblast", "UA", 47.5, 34.7));
        PLACES.add(new PlaceRef("Zaporizhzhia Oblast", PlaceKind.REGION, "Zaporizhzhia Oblast", "UA", 47.5, 35.8));
        // A region named otherwise than its admin1, and one the gazetteer did not resolve: compatible by name alone.
        PLACES.add(new PlaceRef("Zaporizka oblast", PlaceKind.REGION, "Zaporizhzhia Oblast", "UA", 47.5, 35.8));
        PLACES.add(new PlaceRef("zaporizhzhia oblast", PlaceKind.REGION, null, null, null, null));
        PLACES.add(new PlaceRef("Kherson", PlaceKind.SETTLEMENT, "Kherson Oblast", "UA", 46.6, 32.6));
        PLACES.add(new PlaceRef("Kherson Oblast", PlaceKind.REGION, "Kherson Oblast", "UA", 46.6, 33.0));
        PLACES.add(new PlaceRef("Ukraine", PlaceKind.COUNTRY, null, "UA", 49.0, 32.0));
        PLACES.add(new PlaceRef("Russia", PlaceKind.COUNTRY, null, "RU", 60.0, 90.0));
        PLACES.add(new PlaceRef("Belgorod", PlaceKind.SETTLEMENT, "Belgorod Oblast", "RU", 50.6, 36.6));
        PLACES.add(new PlaceRef("Melitopol", PlaceKind.OTHER, null, null, null, null));
        PLACES.add(new PlaceRef("MELITOPOL", PlaceKind.SETTLEMENT, "Zaporizhzhia Oblast", "UA", 46.8, 35.4));
        // Sites near a settlement across a cell border, and one too far from any.
        PLACES.add(new PlaceRef("Kakhovka Hydroelectric Power Plant", PlaceKind.OTHER, "Kherson Oblast", "UA", 46.78, 33.37));
        PLACES.add(new PlaceRef("Nova Kakhovka", PlaceKind.SETTLEMENT, "Kherson Oblast", "UA", 46.76, 33.36));
        PLACES.add(new PlaceRef("Kakhovka", PlaceKind.SETTLEMENT, "Kherson Oblast", "UA", 46.82, 33.48));
        PLACES.add(new PlaceRef("Zaporizhzhia Nuclear Power Plant", PlaceKind.OTHER, "Zaporizhzhia Oblast", "UA", 47.51, 34.59));
        PLACES.add(new PlaceRef("Kamianka-Dniprovska", PlaceKind.SETTLEMENT, "Zaporizhzhia Oblast", "UA", 47.48, 34.42));
        // Bodies of water, near places within and across a wide cell's border, and far from others.
        PLACES.add(new PlaceRef("Dnipro River", PlaceKind.WATER, null, "UA", 47.5, 34.5));
        PLACES.add(new PlaceRef("Sea of Azov", PlaceKind.WATER, null, null, 46.0, 36.5));
        PLACES.add(new PlaceRef("Pavlohrad", PlaceKind.SETTLEMENT, "Dnipropetrovsk Oblast", "UA", 48.52, 35.87));
        PLACES.add(new PlaceRef("Hola Prystan", PlaceKind.SETTLEMENT, "Kherson Oblast", "UA", 46.53, 32.52));
    }
    private static final List<String> DATES = List.of("2023", "2022", "2023-09", "2023-10", "2023-12", "2024-01",
            "2023-09-29", "2023-09-30", "2023-10-01", "2023-10-03", "2023-10-06", "2023-12-30", "2024-01-02", "2024-01-05");
    private static final List<String> ACTORS = List.of("Ivan Fedorov", "Yevgeny Balitsky", "Russian Armed Forces");

    private static EventMention mention(Random random, int n) {
        String type = List.of("ATTACK", "DETENTION", "DEPORTATION").get(random.nextInt(3));
        String date = random.nextInt(8) == 0 ? null : DATES.get(random.nextInt(DATES.size()));
        PlaceRef place = PLACES.get(random.nextInt(PLACES.size()));
        List<String> actors = new ArrayList<>(ACTORS.subList(0, random.nextInt(ACTORS.size() + 1)));
        Collections.shuffle(actors, random);
        Event e = new Event(type, "evidence " + n, date, place == null ? null : place.name(), actors, Modality.FACT, null, null, 0, 1);
        Set<String> persons = new TreeSet<>(actors);
        persons.remove("Russian Armed Forces");
        return new EventMention("r" + n, 0, "2023-10-07", e, DateSpan.parse(date), date != null, place, Set.copyOf(actors), persons,
                Set.of("evidence"), Set.of());
    }

    @Test
    void everyPairThatClusteringFindsCompatibleMeetsUnderSomeKey() {
        Random random = new Random(11);
        List<EventMention> ms = new ArrayList<>();
        for (int i = 0; i < 400; i++) ms.add(mention(random, i));
        List<EventBlocking.Keys> keys = ms.stream().map(EventBlocking::of).toList();
        int compatible = 0, met = 0;
        for (int i = 0; i < ms.size(); i++) {
            EventMention a = ms.get(i);
            for (int j = 0; j < ms.size(); j++) {
                EventMention b = ms.get(j);
                boolean meets = !Collections.disjoint(keys.get(i).probes(), keys.get(j).filed());
                if (meets) met++;
                if (!EventClustering.compatible(a, b)) continue;
                compatible++;
                assertTrue(meets, () -> "compatible but no shared key: " + describe(a) + " and " + describe(b));
            }
        }
        assertTrue(compatible > 5_000, "the sample holds many compatible pairs: " + compatible);
        assertTrue(met < ms.size() * ms.size() / 3, "the keys keep most pairs apart: " + met);
    }

    @Test
    void keysSeparateOtherTypesMonthsAndPlaces() {
        Random random = new Random(3);
        EventMention base = mention(random, 0);
        EventMention melitopol = with(base, "ATTACK", "2023-10-06", PLACES.get(1));
        assertTrue(meet(melitopol, with(base, "ATTACK", "2023-10-08", PLACES.get(3))), "a town and its oblast");
        assertTrue(meet(melitopol, with(base, "ATTACK", "2023-10", PLACES.get(8))), "a town and its country, a month");
        assertTrue(meet(melitopol, with(base, "ATTACK", "2023-10-06", null)), "no place given");
        assertFalse(meet(melitopol, with(base, "ATTACK", "2023-10-06", PLACES.get(6))), "another oblast's town");
        assertFalse(meet(melitopol, with(base, "ATTACK", "2023-12-30", PLACES.get(1))), "two months later");
        assertFalse(meet(melitopol, with(base, "DETENTION", "2023-10-06", PLACES.get(1))), "another type");
        assertEquals(Set.of("2023-09", "2023-10"), EventBlocking.buckets(with(base, "ATTACK", "2023-10-02", null)));
        assertEquals(14, EventBlocking.buckets(with(base, "ATTACK", "2023", null)).size());
    }

    @Test
    void mentionsThatShareAKeyShareABlock() {
        Random random = new Random(5);
        List<EventMention> ms = new ArrayList<>();
        for (int i = 0; i < 200; i++) ms.add(mention(random, i));
        int shared = 0;
        for (EventMention a : ms) {
            EventBlocking.Keys ka = EventBlocking.of(a);
            for (String key : ka.filed()) {
                assertTrue(EventBlocking.blocks(a).stream().anyMatch(b -> key.startsWith(b + "|")), key + " of " + describe(a));
            }
            for (EventMention b : ms) {
                if (Collections.disjoint(ka.probes(), EventBlocking.of(b).filed())) continue;
                shared++;
                assertFalse(Collections.disjoint(EventBlocking.blocks(a), EventBlocking.blocks(b)), describe(a) + " and " + describe(b));
            }
        }
        assertTrue(shared > 1_000, "the sample holds many pairs that meet: " + shared);
        assertEquals(Set.of("ATTACK|2023-09", "ATTACK|2023-10"), EventBlocking.blocks(with(ms.get(0), "ATTACK", "2023-10-02", null)));
    }

    @Test
    void theNearestCandidatesAreThoseUnderMostKeysThenTheNewest() {
        Map<Long, Integer> hits = new HashMap<>();
        for (long id = 1; id <= 80; id++) hits.put(id, 1);
        hits.put(3L, 4);
        hits.put(7L, 2);
        List<Long> nearest = EventBlocking.nearest(hits);
        assertEquals(EventBlocking.MAX_CANDIDATES, nearest.size());
        assertEquals(List.of(3L, 7L, 80L, 79L), nearest.subList(0, 4));
        assertEquals(33L, nearest.get(nearest.size() - 1), "the oldest of those under one key are left out");
    }

    private static EventMention with(EventMention m, String type, String date, PlaceRef place) {
        Event e = new Event(type, m.event().text(), date, place == null ? null : place.name(), List.of(), Modality.FACT, null, null, 0, 1);
        return new EventMention(m.reportId(), 0, m.published(), e, DateSpan.parse(date), true, place, Set.of(), Set.of(),
                m.evidenceStems(), m.concepts());
    }

    private static boolean meet(EventMention a, EventMention b) {
        return !Collections.disjoint(EventBlocking.of(a).probes(), EventBlocking.of(b).filed())
                && !Collections.disjoint(EventBlocking.of(b).probes(), EventBlocking.of(a).filed());
    }

    private static String describe(EventMention m) {
        return m.type() + " " + (m.date() == null ? "undated" : m.date().value()) + " " + m.place();
    }
}
