package org.totmon.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A pure function's last results, at most {@code capacity} of them, the least recently used dropped first. Thread-safe. */
final class Memo<K, V> {
    private final Function<K, V> function;
    private final Map<K, V> recent;

    Memo(int capacity, Function<K, V> function) {
        this.function = function;
        this.recent = lru(capacity);
    }

    /** A map of at most {@code capacity} entries that drops the least recently used first; not thread-safe. */
    static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key) {
        synchronized (recent) {
            V v = recent.get(key);
            if (v != null) return v;
        }
        // Computed outside the lock: another thread computing the same key meanwhile gives an equal value.
        V v = function.apply(key);
        synchronized (recent) {
            recent.put(key, v);
        }
        return v;
    }
}
