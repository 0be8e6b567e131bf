package org.totmon.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import org.totmon.store.ItemKey.Kind;
import org.totmon.store.Review.Status;
import org.totmon.store.ReviewWrite.Action;

/**
 * People's reviews of the machine's items, kept beside the extraction and never in it, and the append-only audit
 * log of every review write. Writes are checked against the version the writer saw, so of two reviewers editing
 * one item the second is refused rather than silently overwriting the first. Thread-safe.
 */
public final class Reviews {
    /** SQL that holds when report {@code r} is not retracted. */
    static final String NOT_RETRACTED = notRetracted("r.id");

    /** SQL that holds when the report whose id is in {@code idColumn} is not retracted. */
    static String notRetracted(String idColumn) {
        return "NOT EXISTS (SELECT 1 FROM review x WHERE x.report_id = " + idColumn + " AND x.kind = 'report' AND x.status = 'retracted')";
    }
    /** Whether any item of {@code kind} has a review of {@code status} (by the index on both). */
    static boolean any(Connection c, String kind, String status) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM review WHERE kind = ? AND status = ? LIMIT 1")) {
            st.setString(1, kind);
            st.setString(2, status);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static final String COLUMNS = "item_key, status, correction, reason, version, author, updated_at";
    private static final int AUDIT_BATCH = 1000;

    private final Database db;
    private final java.util.function.Supplier<EntityNames> names;

    Reviews(Database db, java.util.function.Supplier<EntityNames> names) {
        this.db = db;
        this.names = names;
    }

    /** The reviews of one report's items (its retraction too), by key. */
    public Map<String, Review> ofReport(String reportId) {
        try (Connection c = db.reader()) {
            return ofReports(c, List.of(reportId), null);
        } catch (SQLException e) {
            throw failure("read the reviews", e);
        }
    }

    /** The reviews of the reports' items of {@code kind} (null: all kinds), by key. */
    static Map<String, Review> ofReports(Connection c, Collection<String> reportIds, Kind kind) throws SQLException {
        Map<String, Review> out = new LinkedHashMap<>();
        if (reportIds.isEmpty()) return out;
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM review WHERE report_id = ANY (?)"
                + (kind == null ? "" : " AND kind = ?"))) {
            st.setArray(1, c.createArrayOf("VARCHAR", reportIds.toArray()));
            if (kind != null) st.setString(2, kind.label());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Review r = row(rs);
                    out.put(r.key().toString(), r);
                }
            }
        }
        return out;
    }

    /**
     * The keys of up to {@code limit} stored claims, events or entities (of reports not retracted), in no particular
     * order: what a benchmark or a script picks items to review from.
     */
    public List<ItemKey> itemKeys(Kind kind, int limit) {
        String sql = switch (kind) {
            case CLAIM -> "SELECT i.report_id, i.start_offset, i.end_offset, NULL FROM claim i";
            case EVENT -> "SELECT i.report_id, i.start_offset, i.end_offset, NULL FROM event i";
            case ENTITY -> "SELECT i.report_id, 0, 0, i.name FROM entity i";
            default -> throw new IllegalArgumentException("only claims, events and entities are listed, not " + kind.label() + "s");
        };
        try (Connection c = db.reader(); PreparedStatement st = c.prepareStatement(sql + " JOIN report r ON r.id = i.report_id WHERE "
                + NOT_RETRACTED + " LIMIT ?")) {
            st.setInt(1, limit);
            List<ItemKey> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(new ItemKey(kind, rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4)));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the items", e);
        }
    }

    /** Every review of items of {@code kind}, by key (entities and places: few beside the claims and events). */
    public Map<String, Review> ofKind(Kind kind) {
        try (Connection c = db.reader(); PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM review WHERE kind = ?")) {
            st.setString(1, kind.label());
            Map<String, Review> out = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Review r = row(rs);
                    out.put(r.key().toString(), r);
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the reviews", e);
        }
    }

    /** The stored report seen through its reviews, or empty when there is no such report. */
    public java.util.Optional<ReviewedReport> reviewed(String reportId) {
        try (Connection c = db.reader()) {
            StoredReport s = ReportTables.load(c, reportId);
            return s == null ? java.util.Optional.empty() : java.util.Optional.of(ReviewedReport.of(s, ofReports(c, List.of(reportId), null), names.get()));
        } catch (SQLException e) {
            throw failure("read the reviews", e);
        }
    }

    public ReviewedReport reviewed(StoredReport s) {
        return ReviewedReport.of(s, ofReport(s.id()), names.get());
    }

    /** The ids of the retracted reports. */
    public Set<String> retracted() {
        try (Connection c = db.reader(); PreparedStatement st = c.prepareStatement(
                "SELECT report_id FROM review WHERE kind = 'report' AND status = 'retracted'")) {
            Set<String> out = new HashSet<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the retractions", e);
        }
    }

    /**
     * Writes a review in one transaction with its audit entry; returns the review as stored. Throws
     * NoSuchElementException when the report or item does not exist, IllegalArgumentException when the write is not
     * valid (a correction's field, a missing reason, restoring a report not retracted), and ReviewConflictException
     * when the item's review is no longer at the version the writer saw.
     */
    public Review write(ReviewWrite w) {
        ObjectNode correction = w.action() == Action.CORRECT ? Corrections.check(w.key().kind(), w.correction()) : null;
        if (w.action() != Action.CORRECT && w.correction() != null && !w.correction().isNull()) {
            throw new IllegalArgumentException("only a correction has corrected fields; to " + w.action().label() + " sends none");
        }
        db.lockVersionedWrite();
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                Review stored = write(c, w, correction);
                db.commit(c);
                return stored;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                if (e instanceof SQLException s && isDuplicateKey(s)) throw conflict(w, null);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("write the review", e);
        } finally {
            db.unlockVersionedWrite();
        }
    }

    private Review write(Connection c, ReviewWrite w, ObjectNode correction) throws SQLException {
        ItemKey key = w.key();
        StoredReport s = ReportTables.loadLayer(c, key.reportId(), key.kind());
        if (s == null) throw new NoSuchElementException("no report with id " + key.reportId());
        Review current = lockedReview(c, key);
        ReviewedReport view = ReviewedReport.of(s, current == null ? Map.of() : Map.of(key.toString(), current), EntityNames.NONE);
        ReviewedReport.Item item = key.kind() == Kind.REPORT ? null : view.item(key);
        if (key.kind() != Kind.REPORT && item == null) throw new NoSuchElementException("report " + key.reportId() + " has no " + key.kind().label() + " " + key);
        int version = current == null ? 0 : current.version();
        if (version != w.expectedVersion()) throw conflict(w, current);
        if (w.action() == Action.RESTORE && (current == null || current.status() != Status.RETRACTED)) {
            throw new IllegalArgumentException("report " + key.reportId() + " is not retracted");
        }
        if (w.action() == Action.RETRACT && current != null && current.status() == Status.RETRACTED) {
            throw new IllegalArgumentException("report " + key.reportId() + " is retracted already");
        }
        Status status = switch (w.action()) {
            case ACCEPT -> Status.ACCEPTED;
            case REJECT -> Status.REJECTED;
            case CORRECT -> Status.CORRECTED;
            case RETRACT -> Status.RETRACTED;
            case RESTORE -> Status.RESTORED;
        };
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Review next = new Review(key, status, correction, w.reason(), version + 1, w.author(), now.toInstant());
        if (current == null) insert(c, next);
        else update(c, next, version, w);
        // A renamed entity (or one no longer renamed) changes the names the record's pages and lists use.
        if (key.kind() == Kind.ENTITY) EntityChanges.changed(c);
        ReviewedReport.Item afterItem = item == null ? null : ReviewedReport.of(s, Map.of(key.toString(), next), EntityNames.NONE).item(key);
        audit(c, next, w.action(), state(current, item == null ? null : item.current()),
                state(next, afterItem == null ? null : afterItem.current()));
        return next;
    }

    /** The item's review, locked until the transaction ends so no other writer passes the version check meanwhile. */
    private static Review lockedReview(Connection c, ItemKey key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM review WHERE item_key = ? FOR UPDATE")) {
            st.setString(1, key.toString());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? row(rs) : null;
            }
        }
    }

    private static void insert(Connection c, Review r) throws SQLException {
        ItemKey k = r.key();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO review (item_key, kind, report_id, start_offset, end_offset,"
                + " name, status, correction, reason, version, author, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, k.toString());
            st.setString(2, k.kind().label());
            st.setString(3, k.reportId());
            st.setObject(4, k.spanned() ? k.start() : null, Types.INTEGER);
            st.setObject(5, k.spanned() ? k.end() : null, Types.INTEGER);
            st.setString(6, k.named() ? k.name() : null);
            st.setString(7, r.status().label());
            st.setString(8, r.correction() == null ? null : r.correction().toString());
            st.setString(9, r.reason());
            st.setInt(10, r.version());
            st.setString(11, r.author());
            st.setObject(12, OffsetDateTime.ofInstant(r.updatedAt(), ZoneOffset.UTC));
            st.executeUpdate();
        }
    }

    private void update(Connection c, Review r, int expected, ReviewWrite w) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE review SET status = ?, correction = ?, reason = ?, version = ?,"
                + " author = ?, updated_at = ? WHERE item_key = ? AND version = ?")) {
            st.setString(1, r.status().label());
            st.setString(2, r.correction() == null ? null : r.correction().toString());
            st.setString(3, r.reason());
            st.setInt(4, r.version());
            st.setString(5, r.author());
            st.setObject(6, OffsetDateTime.ofInstant(r.updatedAt(), ZoneOffset.UTC));
            st.setString(7, r.key().toString());
            st.setInt(8, expected);
            if (st.executeUpdate() != 1) throw conflict(w, lockedReview(c, r.key()));
        }
    }

    private static ObjectNode state(Review r, Object item) {
        ObjectNode o = Corrections.JSON.createObjectNode();
        o.put("status", r == null ? Review.UNREVIEWED : r.status().label());
        o.put("version", r == null ? 0 : r.version());
        if (item != null) o.set("fields", Corrections.fields(item));
        return o;
    }

    private static void audit(Connection c, Review r, Action action, ObjectNode before, ObjectNode after) throws SQLException {
        audit(c, r.updatedAt(), r.author(), r.key().toString(), action.label(), before, after, r.reason());
    }

    /** Appends one entry to the audit log (within the caller's transaction). */
    static void audit(Connection c, java.time.Instant at, String author, String itemKey, String action, ObjectNode before,
                      ObjectNode after, String reason) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO review_audit (changed_at, author, item_key, action, before_state,"
                + " after_state, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            st.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            st.setString(2, author);
            st.setString(3, itemKey);
            st.setString(4, action);
            st.setString(5, before.toString());
            st.setString(6, after.toString());
            st.setString(7, reason);
            st.executeUpdate();
        }
    }

    private static ReviewConflictException conflict(ReviewWrite w, Review current) {
        String now = current == null ? "has been reviewed by someone else meanwhile"
                : "was changed to " + current.status().label() + " by " + current.author() + " at " + current.updatedAt()
                        + " (version " + current.version() + ")";
        return new ReviewConflictException("not saved: " + w.key() + " " + now + "; you edited version " + w.expectedVersion()
                + ". Reload it, look at what changed, and try again.");
    }

    private static boolean isDuplicateKey(SQLException e) {
        // 23505: unique violation, in PostgreSQL's SQLSTATE and H2's alike
        for (SQLException s = e; s != null; s = s.getNextException()) if ("23505".equals(s.getSQLState())) return true;
        return false;
    }

    /** The audit entries of one item, oldest first. */
    public List<AuditEntry> audit(ItemKey key) {
        return auditWhere("WHERE item_key = ?", List.of(key.toString()), "id", Integer.MAX_VALUE);
    }

    /** The audit entries of one report's items (its retraction too), oldest first. */
    public List<AuditEntry> auditOfReport(String reportId) {
        return auditWhere("WHERE item_key = ? OR item_key LIKE ? ESCAPE '\\'",
                List.of(ItemKey.report(reportId).toString(), "%:" + Ledger.likeEscaped(reportId) + ":%"), "id", Integer.MAX_VALUE);
    }

    /** The latest {@code limit} audit entries before entry {@code beforeId} (0: the latest), newest first. */
    public List<AuditEntry> latest(long beforeId, int limit) {
        return auditWhere(beforeId > 0 ? "WHERE id < ?" : "WHERE ? = 0", List.of(beforeId), "id DESC", limit);
    }

    /** Every audit entry, oldest first, read in batches so a log of any length fits. */
    public void exportAudit(Consumer<AuditEntry> out) {
        long after = 0;
        while (true) {
            List<AuditEntry> batch = auditWhere("WHERE id > ?", List.of(after), "id", AUDIT_BATCH);
            batch.forEach(out);
            if (batch.size() < AUDIT_BATCH) return;
            after = batch.get(batch.size() - 1).id();
        }
    }

    private List<AuditEntry> auditWhere(String where, List<Object> params, String order, int limit) {
        try (Connection c = db.reader(); PreparedStatement st = c.prepareStatement("SELECT id, changed_at, author, item_key,"
                + " action, before_state, after_state, reason FROM review_audit " + where + " ORDER BY " + order + " LIMIT ?")) {
            for (int i = 0; i < params.size(); i++) st.setObject(i + 1, params.get(i));
            st.setInt(params.size() + 1, limit);
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), json(rs.getString(6)), json(rs.getString(7)), rs.getString(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the audit log", e);
        }
    }

    /**
     * Unreviewed claims and events of reports not retracted, what most needs a person first: claims of disputed groups,
     * then items of low confidence, then those told by most reports (see {@link ReviewQueue}), then by report and place
     * in it; up to {@code limit} of them.
     */
    public List<QueueItem> queue(int limit) {
        return queue(null, limit);
    }

    /**
     * As {@link #queue(int)}, the page after {@code after} (a {@link QueueItem#position()}; null: the first page).
     * IllegalArgumentException when {@code after} is not a position.
     */
    public List<QueueItem> queue(String after, int limit) {
        ReviewQueue.Position from = after == null ? null : ReviewQueue.Position.parse(after);
        try {
            ReviewQueue.catchUp(db);
            try (Connection c = db.reader()) {
                return ReviewQueue.page(c, from, limit);
            }
        } catch (SQLException e) {
            throw failure("read the review queue", e);
        }
    }

    /** Brings the review queue up to the stored reports and links (what the first read of the queue would do). */
    public void catchUpQueue() {
        try {
            ReviewQueue.catchUp(db);
        } catch (SQLException e) {
            throw failure("update the review queue", e);
        }
    }

    private static Review row(ResultSet rs) throws SQLException {
        String correction = rs.getString(3);
        return new Review(ItemKey.parse(rs.getString(1)), Status.of(rs.getString(2)), correction == null ? null : json(correction),
                rs.getString(4), rs.getInt(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant());
    }

    static ObjectNode json(String s) {
        if (s == null) return null;
        try {
            return (ObjectNode) Corrections.JSON.readTree(s);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("a stored review is not a JSON object: " + e.getMessage(), e);
        }
    }

    private StoreException failure(String action, SQLException e) {
        return new StoreException("cannot " + action + " " + db.where() + ": " + e.getMessage(), e);
    }
}
