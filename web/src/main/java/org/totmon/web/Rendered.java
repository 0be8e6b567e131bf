package org.totmon.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * The last few responses rendered, each by the very object it was rendered from: a store read that keeps its result
 * while the record is unchanged (the ledger's cards) gives the same object again, and rendering it again would cost
 * more than the read (the first 200 groups of {@code /api/claims} are about 3 MB of JSON at 30,000 reports). Compared
 * by identity, so an equal object read again is rendered again; what else the rendering depends on (the page, the
 * language) is a key compared by equality. Thread-safe.
 */
final class Rendered {
    private record Entry(Object from, Object key, String rendered) {}

    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();

    Rendered(int capacity) {
        this.capacity = capacity;
    }

    /** What {@code render} made of {@code from} before, or makes now (outside the lock: renderings may run at once). */
    String of(Object from, Supplier<String> render) {
        return of(from, List.of(), render);
    }

    /** What {@code render} made of {@code from} for {@code key} before, or makes now. */
    String of(Object from, Object key, Supplier<String> render) {
        synchronized (entries) {
            for (Entry e : entries) if (e.from() == from && e.key().equals(key)) return e.rendered();
        }
        String rendered = render.get();
        synchronized (entries) {
            if (entries.size() >= capacity) entries.removeLast();
            entries.addFirst(new Entry(from, key, rendered));
        }
        return rendered;
    }
}
