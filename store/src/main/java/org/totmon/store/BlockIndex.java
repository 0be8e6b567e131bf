package org.totmon.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.totmon.linker.EventBlocking;

/**
 * The event clusters filed under each blocking key ({@link EventBlocking}), so that a mention's candidate clusters are
 * found, and a cluster filed under a new key, without reading a table or writing an index at random keys: the keys a
 * report's linking filed are one row appended to {@code event_blocks} (V37: its seq, then each key and cluster, packed).
 * About twenty keys a report at 28,000 reports, each a random-key index write before.
 */
final class BlockIndex extends LinkedIndex {
    private LongMultimap clustersByKey;
    /** The same the other way round: whether a cluster is filed under a key walks the cluster's few keys, not the key's many clusters. */
    private LongMultimap keysByCluster;
    /** {@link #newest}'s buffer, and how many it holds. */
    private long[] found = new long[256];
    private int count;

    BlockIndex() {
        super("SELECT seq, pairs FROM event_blocks WHERE seq > ? ORDER BY seq");
        reset();
    }

    @Override
    void hold(ResultSet row) throws SQLException {
        long[] pairs = PackedLongs.unpack(row.getBytes(2));
        for (int i = 0; i < pairs.length; i += 2) add(pairs[i], pairs[i + 1]);
    }

    @Override
    void reset() {
        clustersByKey = new LongMultimap();
        keysByCluster = new LongMultimap();
    }

    void add(long key, long cluster) {
        clustersByKey.add(key, cluster);
        keysByCluster.add(cluster, key);
    }

    boolean filed(long key, long cluster) {
        return keysByCluster.contains(cluster, key);
    }

    /** Gives the {@link EventBlocking#CANDIDATES_PER_KEY} newest clusters (the highest ids) filed under {@code key}. */
    void newest(long key, LongConsumer action) {
        count = 0;
        clustersByKey.forEach(key, this::gather);
        Arrays.sort(found, 0, count);
        for (int i = count - 1; i >= Math.max(0, count - EventBlocking.CANDIDATES_PER_KEY); i--) action.accept(found[i]);
    }

    private void gather(long cluster) {
        if (count == found.length) found = Arrays.copyOf(found, count * 2);
        found[count++] = cluster;
    }
}
