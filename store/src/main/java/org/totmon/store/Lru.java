package org.totmon.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** Maps that keep what was met lately (by linking, by search): at most so many entries, the least recently used dropped first. */
public final class Lru {
    private Lru() {}

    /** A map of at most {@code capacity} entries that drops the least recently used first; not thread-safe. */
    public static <K, V> Map<K, V> map(int capacity) {
        return new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
