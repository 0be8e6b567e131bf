package org.totmon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.totmon.linker.EventBlocking;

/**
 * The event clusters filed under each blocking key ({@link EventBlocking}), so that a mention's candidate clusters are
 * found, and a cluster filed under a new key, without reading a table or writing an index at random keys: the table
 * {@code event_block} only has rows appended (V37: no primary key, each row names the seq of the report whose linking
 * filed it). About twenty keys a report at 28,000 reports, each a random-key index write before.
 */
final class BlockIndex extends LinkedIndex {
    private LongMultimap clustersByKey;
    /** {@link #newest}'s buffer. */
    private long[] found = new long[256];

    BlockIndex() {
        reset();
    }

    @Override
    long load(Connection c, long after) throws SQLException {
        long last = after;
        try (PreparedStatement st = c.prepareStatement("SELECT linked_seq, block_key, cluster_id FROM event_block WHERE linked_seq > ? ORDER BY linked_seq")) {
            st.setLong(1, after);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    clustersByKey.add(rs.getLong(2), rs.getLong(3));
                }
            }
        }
        return last;
    }

    @Override
    void reset() {
        clustersByKey = new LongMultimap();
    }

    void add(long key, long cluster) {
        clustersByKey.add(key, cluster);
    }

    boolean filed(long key, long cluster) {
        return clustersByKey.contains(key, cluster);
    }

    /** Gives the {@link EventBlocking#CANDIDATES_PER_KEY} newest clusters (the highest ids) filed under {@code key}. */
    void newest(long key, LongConsumer action) {
        found = clustersByKey.values(key, found);
        int n = clustersByKey.count(key);
        Arrays.sort(found, 0, n);
        for (int i = n - 1; i >= Math.max(0, n - EventBlocking.CANDIDATES_PER_KEY); i--) action.accept(found[i]);
    }
}
