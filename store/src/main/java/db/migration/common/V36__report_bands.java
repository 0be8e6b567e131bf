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
 * A linked report's near-duplicate buckets as one row keyed by its seq ({@code report_bands}, the buckets packed
 * sorted), instead of twenty {@code report_band} rows at random keys: linking holds them in memory (BandIndex), so the
 * table is only appended to and read whole. Java, not SQL: the rows of {@code report_band} are packed, a report at a
 * time, so a store keeps its links.
 */
public class V36__report_bands extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE report_bands ("
                    + " seq BIGINT PRIMARY KEY REFERENCES report (seq) ON DELETE CASCADE,"
                    + " report_id VARCHAR(64) NOT NULL,"
                    + " buckets BYTEA NOT NULL)");
        }
        pack(c);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE report_band");
        }
    }

    /** Writes each report's {@code report_band} rows as one {@code report_bands} row. */
    public static void pack(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT r.seq, r.id, b.bucket FROM report_band b JOIN report r ON r.id = b.report_id ORDER BY r.seq, b.bucket");
             PreparedStatement insert = c.prepareStatement("INSERT INTO report_bands (seq, report_id, buckets) VALUES (?, ?, ?)")) {
            long seq = -1;
            String id = null;
            long[] buckets = new long[32];
            int n = 0, pending = 0;
            while (true) {
                boolean more = rs.next();
                if (n > 0 && (!more || rs.getLong(1) != seq)) {
                    insert.setLong(1, seq);
                    insert.setString(2, id);
                    insert.setBytes(3, PackedLongs.pack(Arrays.copyOf(buckets, n)));
                    insert.addBatch();
                    n = 0;
                    if (++pending == 1_000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (!more) break;
                seq = rs.getLong(1);
                id = rs.getString(2);
                if (n == buckets.length) buckets = Arrays.copyOf(buckets, n * 2);
                buckets[n++] = rs.getLong(3);
            }
            if (pending > 0) insert.executeBatch();
        }
    }
}
