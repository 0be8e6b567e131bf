package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.totmon.store.PackedLongs;

/**
 * The blocking keys linking filed clusters under, as one row per linked report ({@code event_blocks}: its seq, then
 * each key and cluster it filed, packed), instead of a row per key and cluster with a primary key at random keys:
 * linking holds them in memory (BlockIndex), so the table is only appended to and read whole, a row a report. The rows
 * of {@code event_block} are packed in chunks with negative seqs (filed before, by no one report). Also drops the
 * unread {@code event_cluster_told} index, whose entry moved at every report linked to a cluster.
 */
public class V37__event_blocks_packed extends BaseJavaMigration {
    /** Pairs (key, cluster) in one chunk of the rows filed before. */
    static final int CHUNK = 4096;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE event_blocks (seq BIGINT PRIMARY KEY, pairs BYTEA NOT NULL)");
        }
        pack(c);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE event_block");
            st.executeUpdate("DROP INDEX event_cluster_told");
        }
    }

    /** Writes the rows of {@code event_block} as rows of {@code event_blocks}, {@link #CHUNK} pairs each, seqs -1, -2, … */
    public static void pack(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT block_key, cluster_id FROM event_block ORDER BY cluster_id, block_key");
             PreparedStatement insert = c.prepareStatement("INSERT INTO event_blocks (seq, pairs) VALUES (?, ?)")) {
            long[] pairs = new long[2 * CHUNK];
            int n = 0;
            long seq = 0;
            while (true) {
                boolean more = rs.next();
                if (n > 0 && (!more || n == pairs.length)) {
                    insert.setLong(1, --seq);
                    insert.setBytes(2, PackedLongs.pack(Arrays.copyOf(pairs, n)));
                    insert.executeUpdate();
                    n = 0;
                }
                if (!more) break;
                pairs[n++] = rs.getLong(1);
                pairs[n++] = rs.getLong(2);
            }
        }
    }
}
