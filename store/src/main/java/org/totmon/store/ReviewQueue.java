package org.totmon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.totmon.store.ItemKey.Kind;

/**
 * The review queue as a table (V23 {@code review_queue}) in the order it is read: one row per unreviewed claim or
 * event with its need, so that a page of the queue is a range of one index however large the store, instead of a sort
 * of every item at each request.
 *
 * <p>Need, 0 first: claims of a disputed group, then items of low confidence, then items told by most (the claims of
 * their group, the reports of their event), then by report and place in it. "Told by most" counts in powers of two
 * (1, 2–3, 4–7, …): a group that grows by one claim changes its members' rank only when it doubles, so the rows a
 * new report re-ranks stay few however large its group (a group of 30,000 claims is re-ranked at 32,768, not at each
 * new member).
 *
 * <p>The table is derived and kept by the readers, not the writers, so neither ingest nor a review write pays for it:
 * before a read, {@link #catchUp} queues the items of reports stored since the last read, re-ranks the members of the
 * groups and clusters that reports linked since then joined, takes out the items reviewed since then (by the audit
 * log's entries), and starts again when the links were forgotten (relink; reannotate, whose re-extracted reports keep
 * their old items queued until it forgets the links, before it ends). A row keeps the item's text and its report's
 * title, so a page reads this table and the review index only. Reads skip a reviewed item
 * still queued (one reviewed during a catch-up), so the queue is right whatever the interleaving. Catch-ups take
 * turns on the queue's {@code store_meta} row, so two servers on one database do not queue an item twice.
 */
final class ReviewQueue {
    private ReviewQueue() {}

    private static final String MARK = "review_queue";
    /** Reports taken in a catch-up's transaction. */
    private static final int CHUNK = 2000;
    /** Audit entries taken in a catch-up's transaction (an entry is one row to delete, a report a dozen to write). */
    private static final int AUDIT_CHUNK = 20_000;

    static final String CLAIM_LOW = "(k.claimant IS NULL OR k.claimant_side IS NULL OR k.claimant_side = 'unknown' OR k.hedged)";
    static final String EVENT_LOW = "(e.event_date IS NULL OR e.place IS NULL OR e.modality <> 'fact')";

    /** The need of an item (SQL): disputed first (0–63), then low confidence (within 32), then told most first. */
    static String need(String disputed, String low, String told) {
        return "(CASE WHEN " + disputed + " THEN 0 ELSE 64 END + CASE WHEN " + low + " THEN 0 ELSE 32 END"
                + " + 31 - LEAST(31, CAST(FLOOR(LN(" + told + ") / LN(2) + 0.000000001) AS INT)))";
    }

    /** Where a queue item stands: its need and key; the page after it starts after it. */
    record Position(int need, ItemKey key) {
        static Position parse(String s) {
            int dot = s.indexOf('.');
            try {
                ItemKey key = ItemKey.parse(s.substring(dot + 1));
                if (dot < 1 || !key.spanned()) throw new IllegalArgumentException();
                return new Position(Integer.parseInt(s.substring(0, dot)), key);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a position in the review queue: '" + s + "' (NEED.claim:REPORT:START-END)");
            }
        }

        @Override
        public String toString() {
            return need + "." + key;
        }
    }

    // ---- catching up

    /** Brings the queue up to the stored reports, their links and reviews. */
    static void catchUp(Database db) throws SQLException {
        try (Connection c = db.reader()) {
            String mark = mark(c, false);
            long[] seqs = parse(mark);
            // Most reads find nothing new: they take no lock.
            if (seqs[0] == maxSeq(c) && seqs[1] == LinkTables.linkedSeq(c) && seqs[2] == lastAudit(c) && mark.endsWith(" " + epoch(c))) return;
        }
        while (true) {
            db.lockVersionedWrite();
            try (Connection c = db.connection()) {
                c.setAutoCommit(false);
                try {
                    boolean more = step(c);
                    c.commit();
                    if (!more) return;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } finally {
                db.unlockVersionedWrite();
            }
        }
    }

    /** One transaction of a catch-up; false when there was nothing left to do. */
    private static boolean step(Connection c) throws SQLException {
        String mark = mark(c, true);
        long[] seqs = parse(mark);
        long queued = seqs[0], counted = seqs[1], audited = seqs[2];
        String epoch = epoch(c);
        if (!mark.endsWith(" " + epoch)) {
            // The links were forgotten: every group and cluster is new; queue everything again (without what is
            // reviewed by then, so the audit entries so far are done with).
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM review_queue");
            }
            setMark(c, 0, 0, lastAudit(c), epoch);
            return true;
        }
        long lastAudit = lastAudit(c);
        if (audited < lastAudit) {
            long to = Math.min(audited + AUDIT_CHUNK, lastAudit);
            takeOutReviewed(c, audited, to);
            setMark(c, queued, counted, to, epoch);
            return true;
        }
        long linked = LinkTables.linkedSeq(c);
        if (counted < linked) {
            long to = Math.min(counted + CHUNK, linked);
            rerank(c, counted, to);
            if (queued > counted) {
                // Queued before they were linked: queued again below with their groups and clusters.
                try (PreparedStatement st = c.prepareStatement("DELETE FROM review_queue WHERE report_id IN (SELECT id FROM report WHERE seq > ? AND seq <= ?)")) {
                    st.setLong(1, counted);
                    st.setLong(2, Math.min(to, queued));
                    st.executeUpdate();
                }
            }
            queue(c, counted, to, true);
            setMark(c, Math.max(queued, to), to, audited, epoch);
            return true;
        }
        long last = maxSeq(c);
        if (queued < last) {
            long to = Math.min(queued + CHUNK, last);
            queue(c, queued, to, false);
            setMark(c, to, counted, audited, epoch);
            return true;
        }
        return false;
    }

    /** Queues the unreviewed claims and events of the reports with seq in ({@code from}, {@code to}]. */
    private static void queue(Connection c, long from, long to, boolean linked) throws SQLException {
        String claimDisputed = linked ? "g.disagreement IS NOT NULL" : "FALSE";
        String claims = "SELECT 'claim', k.report_id, k.ord, k.start_offset, k.end_offset, " + CLAIM_LOW + ", "
                + (linked ? "g.id" : "CAST(NULL AS BIGINT)") + ", " + need(claimDisputed, CLAIM_LOW, linked ? "COALESCE(g.claim_count, 1)" : "1")
                + ", k.text, r.title FROM report r JOIN claim k ON k.report_id = r.id"
                + (linked ? " LEFT JOIN claim_link l ON l.report_id = k.report_id AND l.claim_ord = k.ord LEFT JOIN claim_group g ON g.id = l.group_id" : "")
                + " WHERE r.seq > ? AND r.seq <= ? AND " + unreviewed("k", "claim");
        String events = "SELECT 'event', e.report_id, e.ord, e.start_offset, e.end_offset, " + EVENT_LOW + ", "
                + (linked ? "u.id" : "CAST(NULL AS BIGINT)") + ", " + need("FALSE", EVENT_LOW, linked ? "COALESCE(u.report_count, 1)" : "1")
                + ", e.text, r.title FROM report r JOIN event e ON e.report_id = r.id"
                + (linked ? " LEFT JOIN event_link l ON l.report_id = e.report_id AND l.event_ord = e.ord LEFT JOIN event_cluster u ON u.id = l.cluster_id" : "")
                + " WHERE r.seq > ? AND r.seq <= ? AND " + unreviewed("e", "event");
        for (String select : List.of(claims, events)) {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO review_queue (kind, report_id, ord, start_offset, end_offset, low,"
                    + " link_id, need, text, title) " + select)) {
                st.setLong(1, from);
                st.setLong(2, to);
                st.executeUpdate();
            }
        }
    }

    /** SQL that holds when item {@code alias} of {@code kind} has no review. */
    static String unreviewed(String alias, String kind) {
        return "NOT EXISTS (SELECT 1 FROM review v WHERE v.report_id = " + alias + ".report_id AND v.kind = '" + kind + "'"
                + " AND v.start_offset = " + alias + ".start_offset AND v.end_offset = " + alias + ".end_offset)";
    }

    /**
     * Re-ranks the queued members of the groups and clusters that the reports with seq in ({@code from}, {@code to}]
     * joined, where their size (in powers of two) or dispute changed. Every member of one is ranked at once, so one of
     * them tells whether all need it.
     */
    private static void rerank(Connection c, long from, long to) throws SQLException {
        rerank(c, "claim", "SELECT DISTINCT l.group_id FROM report r JOIN claim_link l ON l.report_id = r.id WHERE r.seq > ? AND r.seq <= ?",
                "claim_group g ON g.id = q.link_id", "g.disagreement IS NOT NULL", "g.claim_count", from, to);
        rerank(c, "event", "SELECT DISTINCT l.cluster_id FROM report r JOIN event_link l ON l.report_id = r.id WHERE r.seq > ? AND r.seq <= ?",
                "event_cluster g ON g.id = q.link_id", "FALSE", "g.report_count", from, to);
    }

    private static void rerank(Connection c, String kind, String touched, String join, String disputed, String told, long from, long to)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(touched)) {
            st.setLong(1, from);
            st.setLong(2, to);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        try (PreparedStatement one = c.prepareStatement("SELECT q.need, q.low, " + need(disputed, "TRUE", told) + ", " + need(disputed, "FALSE", told)
                + " FROM review_queue q JOIN " + join + " WHERE q.kind = ? AND q.link_id = ? LIMIT 1");
             PreparedStatement update = c.prepareStatement("UPDATE review_queue SET need = CASE WHEN low THEN ? ELSE ? END WHERE kind = ? AND link_id = ?")) {
            for (long id : ids) {
                one.setString(1, kind);
                one.setLong(2, id);
                try (ResultSet rs = one.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) == (rs.getBoolean(2) ? rs.getInt(3) : rs.getInt(4))) continue;
                    update.setInt(1, rs.getInt(3));
                    update.setInt(2, rs.getInt(4));
                }
                update.setString(3, kind);
                update.setLong(4, id);
                update.executeUpdate();
            }
        }
    }

    /** Takes out of the queue the claims and events of the audit entries ({@code from}, {@code to}]: reviewed since. */
    private static void takeOutReviewed(Connection c, long from, long to) throws SQLException {
        List<ItemKey> keys = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT item_key FROM review_audit WHERE id > ? AND id <= ?"
                + " AND (item_key LIKE 'claim:%' OR item_key LIKE 'event:%')")) {
            st.setLong(1, from);
            st.setLong(2, to);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) keys.add(ItemKey.parse(rs.getString(1)));
            }
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM review_queue WHERE report_id = ? AND kind = ? AND start_offset = ? AND end_offset = ?")) {
            for (ItemKey key : keys) {
                st.setString(1, key.reportId());
                st.setString(2, key.kind().label());
                st.setInt(3, key.start());
                st.setInt(4, key.end());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static long lastAudit(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(id) FROM review_audit")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String mark(Connection c, boolean lock) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT content FROM store_meta WHERE name = ?" + (lock ? " FOR UPDATE" : ""))) {
            st.setString(1, MARK);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) throw new IllegalStateException("the store has no review queue mark (V23 migration missing)");
                return rs.getString(1);
            }
        }
    }

    /** The queued seq, the counted linked seq and the audit entry taken out of a mark "QUEUED COUNTED AUDITED EPOCH". */
    private static long[] parse(String mark) {
        String[] parts = mark.split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    private static String epoch(Connection c) throws SQLException {
        return Objects.requireNonNullElse(LinkTables.linkEpoch(c), "-");
    }

    private static void setMark(Connection c, long queued, long counted, long audited, String epoch) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE store_meta SET content = ? WHERE name = ?")) {
            st.setString(1, queued + " " + counted + " " + audited + " " + epoch);
            st.setString(2, MARK);
            st.executeUpdate();
        }
    }

    private static long maxSeq(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(seq) FROM report")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    // ---- reading

    private static final String SELECT = "SELECT q.kind, q.report_id, q.start_offset, q.end_offset, q.need, q.low, q.text, q.title,"
            + " COALESCE(g.claim_count, u.report_count, 1), CASE WHEN g.disagreement IS NULL THEN 0 ELSE 1 END FROM review_queue q"
            + " LEFT JOIN claim_group g ON q.kind = 'claim' AND g.id = q.link_id"
            + " LEFT JOIN event_cluster u ON q.kind = 'event' AND u.id = q.link_id WHERE ";
    /** Rows of items unreviewed (one reviewed since the last catch-up may still be there) of reports not retracted. */
    private static final String KEPT = " AND NOT EXISTS (SELECT 1 FROM review v WHERE v.report_id = q.report_id AND v.kind = q.kind"
            + " AND v.start_offset = q.start_offset AND v.end_offset = q.end_offset) AND " + Reviews.notRetracted("q.report_id")
            + " ORDER BY q.need, q.report_id, q.start_offset, q.end_offset, q.kind LIMIT ?";

    /**
     * Up to {@code limit} items after {@code after} (null: from the start), in the queue's order. Read as up to three
     * index ranges: the rest of the position's report, the rest of its need, the needs after it.
     */
    static List<QueueItem> page(Connection c, Position after, int limit) throws SQLException {
        List<QueueItem> out = new ArrayList<>();
        if (after == null) {
            read(c, "q.need >= ?", List.of(0), limit, out);
            return out;
        }
        ItemKey k = after.key();
        String kind = k.kind().label();
        read(c, "q.need = ? AND q.report_id = ? AND (q.start_offset > ? OR (q.start_offset = ? AND (q.end_offset > ?"
                + " OR (q.end_offset = ? AND q.kind > ?))))", List.of(after.need(), k.reportId(), k.start(), k.start(), k.end(), k.end(), kind), limit, out);
        if (out.size() < limit) read(c, "q.need = ? AND q.report_id > ?", List.of(after.need(), k.reportId()), limit - out.size(), out);
        if (out.size() < limit) read(c, "q.need > ?", List.of(after.need()), limit - out.size(), out);
        return out;
    }

    private static void read(Connection c, String range, List<Object> params, int limit, List<QueueItem> out) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SELECT + range + KEPT)) {
            for (int i = 0; i < params.size(); i++) st.setObject(i + 1, params.get(i));
            st.setInt(params.size() + 1, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ItemKey key = new ItemKey(Kind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getString(2), rs.getInt(3), rs.getInt(4), null);
                    // Two items of one report with one span share their review: shown once.
                    if (!out.isEmpty() && out.get(out.size() - 1).key().equals(key)) continue;
                    out.add(new QueueItem(key, rs.getString(7), rs.getString(8), rs.getInt(10) == 1, rs.getBoolean(6), rs.getInt(9),
                            new Position(rs.getInt(5), key).toString()));
                }
            }
        }
    }
}
