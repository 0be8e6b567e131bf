package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Facet values numbered once, and a search's facets counted by those numbers. */
class FacetValuesTest {

    @Test
    void aValueKeepsItsNumberAndNumbersGiveTheirValues() {
        FacetValues values = new FacetValues();
        Catalog.Facets melitopol = Catalog.Facets.of(values, List.of("DETENTION"), List.of("ukraine"), List.of("Melitopol"), List.of("Ivan Fedorov"));
        Catalog.Facets kherson = Catalog.Facets.of(values, List.of("DETENTION", "SHELLING"), List.of(), List.of("Kherson"), List.of("Ivan Fedorov"));
        assertArrayEquals(melitopol.entityIds(), kherson.entityIds(), "one name, one number");
        assertEquals(melitopol.typeIds()[0], kherson.typeIds()[0]);
        assertNotEquals(melitopol.placeIds()[0], kherson.placeIds()[0]);
        assertEquals("SHELLING", values.value(kherson.typeIds()[1]));
        assertEquals("Melitopol", values.value(melitopol.placeIds()[0]));
        assertEquals(melitopol, Catalog.Facets.of(new FacetValues(), List.of("DETENTION"), List.of("ukraine"), List.of("Melitopol"), List.of("Ivan Fedorov")),
                "equal by their values, whatever numbers another catalog gives them");
    }

    @Test
    void numbersStayWhileManyValuesAreAddedAtOnce() throws Exception {
        FacetValues values = new FacetValues();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) names.add("place " + i);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> numbered = new ArrayList<>();
            for (int t = 0; t < 4; t++) numbered.add(pool.submit(() -> values.ids(names)));
            int[] first = numbered.get(0).get();
            for (Future<int[]> f : numbered) assertArrayEquals(first, f.get(), "every thread gets the same numbers");
            for (int i = 0; i < names.size(); i++) assertEquals(names.get(i), values.value(first[i]));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void countsAreTheMostCountedFirstThenByValue() {
        FacetValues values = new FacetValues();
        FacetValues.Counts counts = new FacetValues.Counts();
        for (int i = 0; i < 300; i++) values.id("filler " + i);  // numbers past the counter's first array
        counts.addAll(values.ids(List.of("Tokmak", "Melitopol", "Kherson")));
        counts.addAll(values.ids(List.of("Melitopol", "Kherson")));
        counts.add(values.id("Enerhodar"));
        counts.add(values.id("Berdiansk"));
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("Kherson", 2);
        expected.put("Melitopol", 2);
        expected.put("Berdiansk", 1);
        expected.put("Enerhodar", 1);
        assertEquals(expected, counts.top(values, 4));
        assertEquals(List.of("Kherson", "Melitopol", "Berdiansk", "Enerhodar"), List.copyOf(counts.top(values, 4).keySet()), "in that order");
        assertEquals(5, counts.top(values, 12).size());
    }
}
