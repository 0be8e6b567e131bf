package org.totmon.store;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;

/**
 * 64-bit values kept as one binary value (8 bytes each, big-endian): a report's shingles and its LSH buckets (sorted),
 * the blocking keys its linking filed clusters under (each followed by the cluster).
 */
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
