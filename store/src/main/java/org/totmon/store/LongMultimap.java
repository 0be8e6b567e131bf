package org.totmon.store;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * 64-bit keys, each with the values added under it, in a few primitive arrays (open addressing, each key's values
 * chained newest first): a large one (millions of values) is a handful of objects the collector never walks, where
 * boxed maps held millions. Not thread-safe.
 */
final class LongMultimap {
    /** A key's slot holds the key and 1 + its newest entry (0: the slot is free). */
    private long[] keys = new long[1 << 10];
    private int[] heads = new int[1 << 10];
    private int slotsUsed;
    /** Each entry's value and 1 + the entry added before it under the same key (0: none). */
    private long[] values = new long[1 << 10];
    private int[] next = new int[1 << 10];
    private int entries;

    void add(long key, long value) {
        if (2 * (slotsUsed + 1) > keys.length) rehash();
        int slot = slot(key);
        if (heads[slot] == 0) {
            keys[slot] = key;
            slotsUsed++;
        }
        if (entries == values.length) {
            values = Arrays.copyOf(values, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        values[entries] = value;
        next[entries] = heads[slot];
        heads[slot] = ++entries;
    }

    /** Gives each value added under {@code key}, the newest first. */
    void forEach(long key, LongConsumer action) {
        for (int e = heads[slot(key)]; e != 0; e = next[e - 1]) action.accept(values[e - 1]);
    }

    boolean contains(long key, long value) {
        for (int e = heads[slot(key)]; e != 0; e = next[e - 1]) if (values[e - 1] == value) return true;
        return false;
    }

    /** The slot holding {@code key}, or the free slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (heads[slot] != 0 && keys[slot] != key) slot = (slot + 1) & mask;
        return slot;
    }

    private static long mix(long h) {
        h *= 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldHeads.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] == 0) continue;
            int slot = slot(oldKeys[i]);
            keys[slot] = oldKeys[i];
            heads[slot] = oldHeads[i];
        }
    }
}
