package org.totmon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each event cluster's mentions as the timeline reads them (its reports' events, actors, reviews and which reports
 * copy another), kept per cluster: the timeline page, the event exports and the event pages otherwise read every
 * mention of the events they show at each request, and a cluster gathers more mentions as the store grows. A cluster's
 * mentions change only when a report is linked to it (linking adds links and changes no other, and a near-duplicate
 * found then pairs the new report with another, so it changes only the new report's clusters), when people review or
 * retract (the audit log moves), when the links are forgotten (the epoch moves) or when the entity names in force
 * change: so after more reports are linked only the clusters they joined are dropped, and anything else empties it.
 * At most {@code capacity} clusters, the least recently used dropped first. Thread-safe.
 */
final class KeptMentions {
    /** What a cluster's mentions say: its actors, its reports, those that copy none of the others, and the mentions. */
    record Mentions(List<String> actors, int reports, int independent, List<ClusteredEvent> mentions) {}

    private final Map<Long, Mentions> byCluster;
    private Kept.State state;
    private EntityNames names;
    private long generation;

    KeptMentions(int capacity) {
        this.byCluster = Lru.map(capacity);
    }

    /**
     * Brings the kept clusters up to the store as it is now ({@code names} the entity names in force): drops those
     * the reports linked since the last check joined, or all of them if anything else changed. Returns the kept
     * clusters' generation, which {@link #put} is given back.
     */
    synchronized long check(Connection c, EntityNames names) throws SQLException {
        Kept.State now = Kept.state(c);
        if (state == null || this.names != names || !now.epoch().equals(state.epoch()) || now.audit() != state.audit()
                || now.linkedSeq() < state.linkedSeq()) {
            byCluster.clear();
        } else if (now.linkedSeq() > state.linkedSeq()) {
            try (PreparedStatement st = c.prepareStatement("SELECT DISTINCT l.cluster_id FROM report r JOIN event_link l ON l.report_id = r.id"
                    + " WHERE r.seq > ? AND r.seq <= ?")) {
                st.setLong(1, state.linkedSeq());
                st.setLong(2, now.linkedSeq());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) byCluster.remove(rs.getLong(1));
                }
            }
        } else {
            return generation;
        }
        state = now;
        this.names = names;
        return ++generation;
    }

    /** The kept mentions of {@code clusters} that are kept. */
    synchronized Map<Long, Mentions> get(Collection<Long> clusters) {
        Map<Long, Mentions> out = new HashMap<>();
        for (long id : clusters) {
            Mentions m = byCluster.get(id);
            if (m != null) out.put(id, m);
        }
        return out;
    }

    /**
     * Keeps {@code read} (read after the check that gave {@code generation}) unless another check has dropped clusters
     * since: what was read before a link it did not see would otherwise be kept after that link's clusters were dropped.
     */
    synchronized void put(long generation, Map<Long, Mentions> read) {
        if (generation == this.generation) byCluster.putAll(read);
    }
}
