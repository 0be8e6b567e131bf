package org.totmon.web;

import java.util.Map;
import java.util.function.Supplier;
import org.totmon.store.Lru;

/**
 * Text made lately from values compared by equality (a ledger card, the language): what is equal draws the same, so
 * an equal value read again is not drawn again. At most {@code capacity} texts, the least recently used dropped first.
 * Thread-safe.
 */
final class KeptText {
    private final Map<Object, String> made;

    KeptText(int capacity) {
        made = Lru.map(capacity);
    }

    /** What {@code make} made for a key equal to {@code key} before, or makes now (outside the lock). */
    String of(Object key, Supplier<String> make) {
        synchronized (made) {
            String kept = made.get(key);
            if (kept != null) return kept;
        }
        String text = make.get();
        synchronized (made) {
            made.put(key, text);
        }
        return text;
    }
}
