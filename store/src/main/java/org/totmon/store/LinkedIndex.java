package org.totmon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * What linking looks up at every report, held in memory and true to the rows linking appended (each row names the
 * seq of the report whose linking wrote it), so that the look-ups read no table and write no index at random keys.
 * {@link #catchUp} at the start of each linking transaction reads only the rows of reports linked since (by another
 * process), or all of them after the links were forgotten (a new epoch) or the index was cleared. A transaction that
 * fails must {@link #clear} it. Not thread-safe: used under the store's lock.
 */
abstract class LinkedIndex {
    /** The rows of reports linked after its one parameter, in seq order, the seq first. */
    private final String rowsAfter;
    private boolean loaded;
    /** The seq of the last report whose rows are held; {@code Long.MIN_VALUE}: none (rows kept before a migration may have negative seqs). */
    private long upTo = Long.MIN_VALUE;
    private String epoch;

    LinkedIndex(String rowsAfter) {
        this.rowsAfter = rowsAfter;
    }

    /** Brings the index up to the store's linked reports. */
    final void catchUp(Connection c, String storeEpoch) throws SQLException {
        if (!loaded || !Objects.equals(storeEpoch, epoch)) {
            clear();
            loaded = true;
            epoch = storeEpoch;
        }
        upTo = Math.max(upTo, load(c, upTo));
    }

    /** Forgets everything: the next {@link #catchUp} reads every row again. */
    final void clear() {
        reset();
        loaded = false;
        upTo = Long.MIN_VALUE;
        epoch = null;
    }

    /** This process's linking of report {@code seq} added its rows, held already. */
    final void linked(long seq) {
        upTo = seq;
    }

    /** Holds the rows of the reports linked after {@code after}, in seq order; returns the last seq held, or {@code after}. */
    private long load(Connection c, long after) throws SQLException {
        long last = after;
        try (PreparedStatement st = c.prepareStatement(rowsAfter)) {
            st.setLong(1, after);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    hold(rs);
                }
            }
        }
        return last;
    }

    /** Holds one row of the query. */
    abstract void hold(ResultSet row) throws SQLException;

    abstract void reset();
}
