package org.totmon.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.totmon.store.EntityChange.Action;
import org.totmon.store.EntityNames.Alias;

/**
 * People's merges and splits of entities across the record (V17), an overlay on the machine's names: a merge makes
 * one entity's name stand for another's in every report, a split gives an entity a new name in the reports chosen.
 * Each is written in one transaction with its audit entry and can be undone (audited too); writes take turns on one
 * lock, and each checks what the writer saw against what is stored, so a stale write is refused
 * ({@link ReviewConflictException}) rather than overwriting another. Thread-safe.
 */
public final class EntityChanges {
    /** A split names its reports; this bounds one request. */
    public static final int MAX_SPLIT_REPORTS = 5000;
    private static final String COLUMNS = "id, action, entity, target, reports, reason, author, changed_at, undone_by, undone_at";

    private final Database db;
    private final AtomicReference<EntityNames> cache;

    EntityChanges(Database db, AtomicReference<EntityNames> cache) {
        this.db = db;
        this.cache = cache;
    }

    /** The names in force: the cached snapshot while no merge, split or undo was written since (one small read), else read anew. */
    static EntityNames current(Database db, AtomicReference<EntityNames> cache) {
        // Asked by most pages: through Database.read, so that it does not wait for a writer's commit.
        try {
            return db.read(c -> {
                long version = version(c, false);
                EntityNames known = cache.get();
                if (known.version() == version) return known;
                EntityNames fresh = load(c, version);
                cache.set(fresh);
                return fresh;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read the entity merges and splits " + db.where() + ": " + e.getMessage(), e);
        }
    }

    /** Moves the version readers watch (within the caller's transaction): a review renamed an entity. */
    static void changed(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE store_meta SET content = CAST(CAST(content AS BIGINT) + 1 AS VARCHAR)"
                + " WHERE name = 'entity_names'")) {
            st.executeUpdate();
        }
    }

    private static long version(Connection c, boolean lock) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT content FROM store_meta WHERE name = 'entity_names'" + (lock ? " FOR UPDATE" : ""));
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
        }
    }

    /**
     * The names in force: a report's entity a reviewer renamed (a correction of its name) stands for the new name in
     * that report, unless a split named it otherwise since; then the merges and splits.
     */
    private static EntityNames load(Connection c, long version) throws SQLException {
        List<Alias> aliases = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT report_id, name, correction FROM review"
                + " WHERE kind = 'entity' AND status = 'corrected'")) {
            while (rs.next()) {
                JsonNode renamed = Reviews.json(rs.getString(3)).get("name");
                String machine = rs.getString(2);
                if (renamed != null && renamed.isTextual() && !renamed.asText().equals(machine)) {
                    aliases.add(new Alias(EntityNames.key(machine), rs.getString(1), machine, renamed.asText(), 0));
                }
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name_key, report_id, name, canonical, change_id FROM entity_alias")) {
            while (rs.next()) aliases.add(new Alias(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
        }
        return new EntityNames(version, aliases);
    }

    /** The key of the audit entries of an entity across the record: {@code entity:*:NAME}. */
    public static ItemKey auditKey(String name) {
        return ItemKey.entity(EntityNames.EVERY_REPORT, name);
    }

    /** Whether the key is of an entity across the record (an audit entry of a merge or split), not of one report's item. */
    public static boolean acrossRecord(ItemKey key) {
        return key.kind() == ItemKey.Kind.ENTITY && key.reportId().equals(EntityNames.EVERY_REPORT);
    }

    /** Merges {@code entity} into {@code into}: in every report, the first's name stands for the second. */
    public EntityChange merge(String entity, String into, String reason, String author) {
        String from = required(entity, "entity"), to = required(into, "into");
        return write(author, (c, names, at) -> {
            exists(c, names, from);
            exists(c, names, to);
            Alias already = names.mergeOf(from);
            if (already != null) {
                EntityChange by = find(c, already.changeId()).orElseThrow();
                throw new ReviewConflictException("not saved: " + from + " was merged into " + already.canonical() + " by " + by.author()
                        + " at " + by.at() + " (change " + by.id() + "). Reload the page, look at what changed, and try again.");
            }
            String target = names.merged(to);
            if (EntityNames.key(target).equals(EntityNames.key(from))) {
                throw new IllegalArgumentException(from + " and " + to + " are one entity already");
            }
            long id = insertChange(c, Action.MERGE, from, target, 0, null, reason, author, at);
            insertAlias(c, new Alias(EntityNames.key(from), EntityNames.EVERY_REPORT, from, target, id));
            Reviews.audit(c, at, author, auditKey(from).toString(), "merge", state("separate", from, null, 0),
                    state("merged", target, null, id), reason);
            return id;
        });
    }

    /** Splits {@code entity}: in the reports given, the names standing for it stand for {@code name} instead. */
    public EntityChange split(String entity, Collection<String> reportIds, String name, String reason, String author) {
        String from = required(entity, "entity"), to = required(name, "name");
        if (reportIds == null || reportIds.isEmpty()) throw new IllegalArgumentException("a split needs the reports that go to the new entity");
        if (reportIds.size() > MAX_SPLIT_REPORTS) throw new IllegalArgumentException("a split moves at most " + MAX_SPLIT_REPORTS + " reports at once");
        Set<String> reports = new TreeSet<>(reportIds);
        return write(author, (c, names, at) -> {
            exists(c, names, from);
            String kept = EntityNames.key(names.merged(from));
            if (EntityNames.key(names.merged(to)).equals(kept)) throw new IllegalArgumentException("the new name " + to + " is the name of " + from + " itself");
            List<Alias> moved = new ArrayList<>();
            Set<String> naming = new LinkedHashSet<>();
            try (PreparedStatement st = c.prepareStatement("SELECT report_id, name FROM entity WHERE report_id = ANY (?) ORDER BY report_id, ord")) {
                st.setArray(1, c.createArrayOf("VARCHAR", reports.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String report = rs.getString(1), machine = rs.getString(2);
                        if (!EntityNames.key(names.resolve(report, machine)).equals(kept)) continue;
                        naming.add(report);
                        Alias a = new Alias(EntityNames.key(machine), report, machine, to, 0);
                        if (moved.stream().noneMatch(m -> m.nameKey().equals(a.nameKey()) && m.reportId().equals(report))) moved.add(a);
                    }
                }
            }
            Set<String> missing = new TreeSet<>(reports);
            missing.removeAll(naming);
            if (!missing.isEmpty()) {
                throw new ReviewConflictException("not saved: " + missing.size() + " of the reports (" + missing.iterator().next()
                        + (missing.size() > 1 ? ", …" : "") + ") do not name " + from + " (any more). Reload the page, look at what changed, and try again.");
            }
            ArrayNode replaced = Corrections.JSON.createArrayNode();
            for (Alias a : moved) {
                ObjectNode r = replaced.addObject().put("report", a.reportId()).put("key", a.nameKey()).put("name", a.name());
                Alias before = existing(c, a.nameKey(), a.reportId());
                if (before == null) r.putNull("canonical");
                else r.put("canonical", before.canonical()).put("change", before.changeId());
            }
            long id = insertChange(c, Action.SPLIT, from, to, reports.size(), replaced.toString(), reason, author, at);
            for (Alias a : moved) {
                Alias row = new Alias(a.nameKey(), a.reportId(), a.name(), to, id);
                if (existing(c, a.nameKey(), a.reportId()) == null) insertAlias(c, row);
                else updateAlias(c, row, null);
            }
            Reviews.audit(c, at, author, auditKey(from).toString(), "split", state("one", from, reports, 0), state("split", to, reports, id), reason);
            return id;
        });
    }

    /** Undoes change {@code id}: what it changed is as it was before. Refused when a later change changed the same names since. */
    public EntityChange undo(long id, String reason, String author) {
        return write(author, (c, names, at) -> {
            EntityChange change = find(c, id).orElseThrow(() -> new NoSuchElementException("no entity change " + id));
            if (change.undone()) {
                throw new ReviewConflictException("not saved: change " + id + " was undone by " + change.undoneBy() + " at " + change.undoneAt()
                        + ". Reload the page to see the names in force.");
            }
            if (change.action() == Action.MERGE) {
                if (delete(c, EntityNames.key(change.entity()), EntityNames.EVERY_REPORT, id) != 1) throw later(id);
            } else {
                for (JsonNode r : Reviews.json("{\"rows\":" + replaced(c, id) + "}").get("rows")) {
                    String key = r.get("key").asText(), report = r.get("report").asText();
                    if (r.get("canonical").isNull()) {
                        if (delete(c, key, report, id) != 1) throw later(id);
                    } else if (!updateAlias(c, new Alias(key, report, r.get("name").asText(), r.get("canonical").asText(), r.get("change").asLong()), id)) {
                        throw later(id);
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE entity_change SET undone_by = ?, undone_at = ? WHERE id = ?")) {
                st.setString(1, author);
                st.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                st.setLong(3, id);
                st.executeUpdate();
            }
            boolean merge = change.action() == Action.MERGE;
            Set<String> reports = merge ? null : new TreeSet<>();
            if (!merge) Reviews.json("{\"rows\":" + replaced(c, id) + "}").get("rows").forEach(r -> reports.add(r.get("report").asText()));
            Reviews.audit(c, at, author, auditKey(change.entity()).toString(), "undo " + change.action().label(),
                    state(merge ? "merged" : "split", change.target(), reports, id), state(merge ? "separate" : "one", change.entity(), reports, id), reason);
            return id;
        });
    }

    private static ReviewConflictException later(long id) {
        return new ReviewConflictException("not saved: a later merge or split changed what change " + id
                + " did; undo that one first (the entity's history lists it).");
    }

    /** The changes that name {@code name} (by key) as the entity changed or its result, newest first. */
    public List<EntityChange> of(String name) {
        String k = EntityNames.key(name);
        try (Connection c = db.reader(); PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                + " FROM entity_change WHERE entity_key = ? OR target_key = ? ORDER BY id DESC")) {
            st.setString(1, k);
            st.setString(2, k);
            List<EntityChange> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the entity changes", e);
        }
    }

    private interface Step {
        long run(Connection c, EntityNames names, Instant at) throws SQLException;
    }

    /** Runs one write under the lock, against the names in force, and moves the version readers watch. */
    private EntityChange write(String author, Step step) {
        if (author == null || author.isBlank()) throw new IllegalArgumentException("an entity change needs its author");
        db.lockVersionedWrite();
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                long version = version(c, true);
                // Microseconds: what both databases' timestamps keep, so the change reads back as it was written.
                long id = step.run(c, load(c, version), Instant.now().truncatedTo(ChronoUnit.MICROS));
                try (PreparedStatement st = c.prepareStatement("UPDATE store_meta SET content = ? WHERE name = 'entity_names'")) {
                    st.setString(1, Long.toString(version + 1));
                    st.executeUpdate();
                }
                EntityChange out = find(c, id).orElseThrow();
                db.commit(c);
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("write the entity change", e);
        } finally {
            db.unlockVersionedWrite();
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("\"" + field + "\" is missing: an entity's name");
        if (value.length() > 500) throw new IllegalArgumentException("\"" + field + "\" is longer than 500 characters");
        return value.strip();
    }

    /** Whether some report names the entity, by the machine's name or a name people gave. */
    private static void exists(Connection c, EntityNames names, String name) throws SQLException {
        // EXISTS stops at the first row: a name in 100,000 reports costs what a name in one does.
        try (PreparedStatement st = c.prepareStatement("SELECT CASE WHEN EXISTS (SELECT 1 FROM entity WHERE name = ?)"
                + " OR EXISTS (SELECT 1 FROM entity_alias WHERE canonical = ? OR name_key = ?) THEN 1 ELSE 0 END")) {
            st.setString(1, name);
            st.setString(2, name);
            st.setString(3, EntityNames.key(name));
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next() && rs.getInt(1) == 1) return;
            }
        }
        throw new NoSuchElementException("no entity named " + name + " in the record (give its name as its page shows it)");
    }

    private static ObjectNode state(String status, String name, Set<String> reports, long change) {
        ObjectNode o = Corrections.JSON.createObjectNode().put("status", status);
        if (change > 0) o.put("change", change);
        ObjectNode f = o.putObject("fields").put("name", name);
        if (reports != null) reports.forEach(f.putArray("reports")::add);
        return o;
    }

    private static long insertChange(Connection c, Action action, String entity, String target, int reports, String replaced,
                                     String reason, String author, Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO entity_change (action, entity, entity_key, target, target_key, reports,"
                + " replaced, reason, author, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            st.setString(1, action.label());
            st.setString(2, entity);
            st.setString(3, EntityNames.key(entity));
            st.setString(4, target);
            st.setString(5, EntityNames.key(target));
            st.setInt(6, reports);
            st.setString(7, replaced);
            st.setString(8, reason == null || reason.isBlank() ? null : reason.strip());
            st.setString(9, author);
            st.setObject(10, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertAlias(Connection c, Alias a) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO entity_alias (name_key, report_id, name, canonical, change_id)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            st.setString(1, a.nameKey());
            st.setString(2, a.reportId());
            st.setString(3, a.name());
            st.setString(4, a.canonical());
            st.setLong(5, a.changeId());
            st.executeUpdate();
        }
    }

    /** Sets the row's name and change; with {@code onlyOf}, only while the row is still that change's. */
    private static boolean updateAlias(Connection c, Alias a, Long onlyOf) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE entity_alias SET canonical = ?, change_id = ? WHERE name_key = ? AND report_id = ?"
                + (onlyOf == null ? "" : " AND change_id = ?"))) {
            st.setString(1, a.canonical());
            st.setLong(2, a.changeId());
            st.setString(3, a.nameKey());
            st.setString(4, a.reportId());
            if (onlyOf != null) st.setLong(5, onlyOf);
            return st.executeUpdate() == 1;
        }
    }

    private static int delete(Connection c, String key, String report, long change) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM entity_alias WHERE name_key = ? AND report_id = ? AND change_id = ?")) {
            st.setString(1, key);
            st.setString(2, report);
            st.setLong(3, change);
            return st.executeUpdate();
        }
    }

    private static Alias existing(Connection c, String key, String report) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT name, canonical, change_id FROM entity_alias WHERE name_key = ? AND report_id = ?")) {
            st.setString(1, key);
            st.setString(2, report);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Alias(key, report, rs.getString(1), rs.getString(2), rs.getLong(3)) : null;
            }
        }
    }

    private static String replaced(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT replaced FROM entity_change WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static Optional<EntityChange> find(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM entity_change WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static EntityChange row(ResultSet rs) throws SQLException {
        OffsetDateTime undone = rs.getObject(10, OffsetDateTime.class);
        return new EntityChange(rs.getLong(1), Action.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)), rs.getString(3),
                rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(),
                rs.getString(9), undone == null ? null : undone.toInstant());
    }

    private StoreException failure(String action, SQLException e) {
        return new StoreException("cannot " + action + " " + db.where() + ": " + e.getMessage(), e);
    }
}
