package org.totmon.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values search facets on (languages, event types, sides, place and entity names), each numbered once, when the
 * catalog reads a report, so that a search counts its 1,000 candidates' values (some 30,000) in an array by number
 * rather than in a map by string, which was most of what counting them cost. Numbers are never reused or taken back (a value
 * no report has any more just goes uncounted), so a report's numbers stand as long as its facets. Thread-safe.
 */
final class FacetValues {
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    /** By number; replaced by a longer copy when full. A reader gets a number from {@link #ids} after its value is here. */
    private volatile String[] values = new String[256];
    private int size;  // guarded by this

    /** The value's number, given now if it has none yet. */
    int id(String value) {
        Integer id = ids.get(value);
        return id != null ? id : add(value);
    }

    /** The numbers of {@code values}, in their order. */
    int[] ids(List<String> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = id(values.get(i));
        return out;
    }

    String value(int id) {
        return values[id];
    }

    private synchronized int add(String value) {
        Integer id = ids.get(value);
        if (id != null) return id;
        String[] v = values;
        if (size == v.length) values = v = Arrays.copyOf(v, size * 2);
        v[size] = value;
        ids.put(value, size);
        return size++;
    }

    /**
     * Counts of numbered values over a search's candidates, and the values counted. Not thread-safe (one a search
     * and facet).
     */
    static final class Counts {
        private int[] counts = new int[256];
        private int[] counted = new int[32];
        private int distinct;

        void add(int id) {
            if (id >= counts.length) counts = Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
            if (counts[id]++ > 0) return;
            if (distinct == counted.length) counted = Arrays.copyOf(counted, distinct * 2);
            counted[distinct++] = id;
        }

        void addAll(int[] ids) {
            for (int id : ids) add(id);
        }

        /** The {@code limit} most counted values, most first (then by value), with their counts. */
        Map<String, Integer> top(FacetValues values, int limit) {
            List<Integer> order = new ArrayList<>(distinct);
            for (int i = 0; i < distinct; i++) order.add(counted[i]);
            order.sort(Comparator.comparingInt((Integer id) -> -counts[id]).thenComparing(values::value));
            Map<String, Integer> out = new LinkedHashMap<>();
            for (int id : order.subList(0, Math.min(limit, order.size()))) out.put(values.value(id), counts[id]);
            return Collections.unmodifiableMap(out);
        }
    }
}
