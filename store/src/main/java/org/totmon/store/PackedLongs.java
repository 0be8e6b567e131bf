package org.totmon.store;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;

/** Sorted 64-bit hashes kept as one binary value (8 bytes each, big-endian): a report's shingles, its LSH buckets. */
public final class PackedLongs {
    private PackedLongs() {}

    public static byte[] pack(long[] values) {
        ByteBuffer out = ByteBuffer.allocate(values.length * Long.BYTES);
        out.asLongBuffer().put(values);
        return out.array();
    }

    public static long[] unpack(byte[] packed) {
        LongBuffer kept = ByteBuffer.wrap(packed).asLongBuffer();
        long[] out = new long[kept.remaining()];
        kept.get(out);
        return out;
    }
}
