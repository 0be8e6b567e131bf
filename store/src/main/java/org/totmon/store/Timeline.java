package org.totmon.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.totmon.model.Event;
import org.totmon.model.Modality;
import org.totmon.model.PlaceKind;

/** The clustered events of the store (read only), in date order. Thread-safe. */
public final class Timeline {
    private static final String HEAD_COLUMNS = "c.id, c.type, c.event_date, c.first_reported, c.place, c.place_kind, c.admin1,"
            + " c.country, c.lat, c.lon, c.modality, c.acled_event_type, c.acled_sub_event_type, c.report_count";

    /** Events whose mentions one query reads. */
    private static final int MENTIONS_BATCH = 500;

    private final Database db;
    private final EntityNames names;
    private final Kept<Boolean, Counted> counted;
    private final KeptMentions kept;

    Timeline(Database db, EntityNames names, Kept<Boolean, Counted> counted, KeptMentions kept) {
        this.db = db;
        this.names = names;
        this.counted = counted;
        this.kept = kept;
    }

    /** The events {@code q} selects, by date (the event's, else its first report's; undated last), then as stored. */
    public List<TimelineEvent> events(EventQuery q) {
        try (Connection c = db.reader()) {
            return withMentions(c, heads(c, q));
        } catch (SQLException e) {
            throw new StoreException("cannot read the events " + db.where() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The events {@code q} selects, in the order of {@link #events}, without their mentions, actors and source counts
     * (see {@link #withMentions(List)}): a page that lays out many events and shows a few of them reads the mentions of
     * those few only.
     */
    public List<TimelineEvent> heads(EventQuery q) {
        try (Connection c = db.reader()) {
            return heads(c, q);
        } catch (SQLException e) {
            throw new StoreException("cannot read the events " + db.where() + ": " + e.getMessage(), e);
        }
    }

    /** The events of {@link #heads} (or any of them) complete, as {@link #events} reads them; in the same order. */
    public List<TimelineEvent> withMentions(List<TimelineEvent> heads) {
        try (Connection c = db.reader()) {
            return withMentions(c, heads);
        } catch (SQLException e) {
            throw new StoreException("cannot read the events " + db.where() + ": " + e.getMessage(), e);
        }
    }

    private static List<TimelineEvent> heads(Connection c, EventQuery q) throws SQLException {
        // An event only retracted reports tell has left the timeline.
        StringBuilder where = new StringBuilder(" WHERE " + visible(c));
        List<Object> params = new ArrayList<>();
        if (q.place() != null) {
            where.append(" AND (LOWER(c.place) = ? OR LOWER(c.admin1) = ?)");
            params.addAll(List.of(q.place().toLowerCase(Locale.ROOT), q.place().toLowerCase(Locale.ROOT)));
        }
        if (q.type() != null) {
            where.append(" AND c.type = ?");
            params.add(q.type().toUpperCase(Locale.ROOT));
        }
        if (q.from() != null) {
            where.append(" AND c.date_to >= ?");
            params.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            where.append(" AND c.date_from <= ?");
            params.add(Date.valueOf(q.to()));
        }
        params.add(q.limit());
        params.add(q.offset());
        try (PreparedStatement st = c.prepareStatement("SELECT " + HEAD_COLUMNS
                + " FROM event_cluster c" + where + " ORDER BY c.date_from NULLS LAST, c.date_to NULLS LAST, c.id LIMIT ? OFFSET ?")) {
            for (int i = 0; i < params.size(); i++) st.setObject(i + 1, params.get(i));
            List<TimelineEvent> heads = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) heads.add(head(rs));
            }
            return heads;
        }
    }

    /** How many events of {@code type} the timeline places by {@code date}: the event's own date, else its first report's. */
    public record DatedCount(String type, String date, int count) {}

    /** A cluster's type and the date the timeline places it by. */
    record Dated(String type, String date) {}

    /**
     * The counts of {@link #datedCounts} and what they were counted from: each counted cluster's type and date, so that
     * the clusters the reports linked since join the counts without every cluster being counted again. {@code byCluster}
     * is only read and changed by the next update, under {@link Kept}'s lock of its key; {@code counts} never changes.
     */
    record Counted(Map<Long, Dated> byCluster, Map<Dated, Integer> tally, List<DatedCount> counts, long linkedSeq) {}

    /**
     * The timeline's events counted by type and date, without reading their mentions: each event's type and date is
     * read once, and after more reports are linked only the events they joined are read again (linking a report adds
     * it to clusters and changes those clusters' dates alone, never another's; a review, retraction or relink counts
     * everything again). With {@code reviewedOnly}, only events with a mention people accepted or corrected count (as
     * {@link TimelineEvent#reviewedOnly}).
     */
    public List<DatedCount> datedCounts(boolean reviewedOnly) {
        try (Connection c = db.reader()) {
            return counted.get(c, reviewedOnly, names, (before, linkedSeq) -> count(c, reviewedOnly, before, linkedSeq)).counts();
        } catch (SQLException e) {
            throw new StoreException("cannot count the events " + db.where() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every cluster's type and date ({@code before} null), or, from {@code before}, those of the clusters that reports
     * linked after its progress up to {@code linkedSeq} joined.
     */
    private static Counted count(Connection c, boolean reviewedOnly, Counted before, long linkedSeq) throws SQLException {
        String reviewed = "EXISTS (SELECT 1 FROM event_link l JOIN event v ON v.report_id = l.report_id AND v.ord = l.event_ord"
                + " JOIN review x ON x.report_id = v.report_id AND x.kind = 'event' AND x.start_offset = v.start_offset"
                + " AND x.end_offset = v.end_offset JOIN report r ON r.id = l.report_id"
                + " WHERE l.cluster_id = c.id AND x.status IN ('accepted', 'corrected') AND " + Reviews.NOT_RETRACTED + ")";
        String counts = reviewedOnly ? reviewed : visible(c);
        String sql = "SELECT c.id, c.type, COALESCE(c.event_date, c.first_reported), " + counts + " FROM event_cluster c";
        if (before != null) {
            sql += " WHERE c.id IN (SELECT l.cluster_id FROM report r JOIN event_link l ON l.report_id = r.id WHERE r.seq > ? AND r.seq <= ?)";
        }
        Map<Long, Dated> read = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            if (before != null) {
                st.setLong(1, before.linkedSeq());
                st.setLong(2, linkedSeq);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) read.put(rs.getLong(1), rs.getBoolean(4) ? new Dated(rs.getString(2), rs.getString(3)) : null);
            }
        }
        // Only in memory from here on: byCluster is not left half changed by a failed read.
        Map<Long, Dated> byCluster = before == null ? new HashMap<>() : before.byCluster();
        Map<Dated, Integer> tally = before == null ? new HashMap<>() : new HashMap<>(before.tally());
        Map<Dated, Dated> shared = new HashMap<>();
        for (Dated d : tally.keySet()) shared.put(d, d);
        read.forEach((id, now) -> {
            Dated was = now == null ? byCluster.remove(id) : byCluster.put(id, shared.computeIfAbsent(now, k -> k));
            if (was != null) tally.computeIfPresent(was, (k, n) -> n == 1 ? null : n - 1);
            if (now != null) tally.merge(now, 1, Integer::sum);
        });
        List<DatedCount> out = new ArrayList<>();
        tally.forEach((d, n) -> out.add(new DatedCount(d.type(), d.date(), n)));
        return new Counted(byCluster, tally, List.copyOf(out), linkedSeq);
    }

    /**
     * The condition on cluster {@code c} of being on the timeline: told by a report not retracted. Every cluster has a
     * link (links are only ever dropped all together), so only retractions can hide one, and with none the condition
     * is left out: testing it for each event cost a look-up of its reports per event.
     */
    private static String visible(Connection c) throws SQLException {
        return Reviews.any(c, "report", "retracted") ? "EXISTS (SELECT 1 FROM event_link l JOIN report r ON r.id = l.report_id WHERE l.cluster_id = c.id AND "
                + Reviews.NOT_RETRACTED + ")" : "1 = 1";
    }

    public Optional<TimelineEvent> event(long id) {
        try (Connection c = db.reader();
             PreparedStatement st = c.prepareStatement("SELECT " + HEAD_COLUMNS + " FROM event_cluster c WHERE c.id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                TimelineEvent e = withMentions(c, List.of(head(rs))).get(0);
                return e.mentions().isEmpty() ? Optional.empty() : Optional.of(e);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read event " + id + " " + db.where() + ": " + e.getMessage(), e);
        }
    }

    /** One report's event: the report's id and the event's place in its extraction's list. */
    public record EventRef(String reportId, int ord) {}

    /** The clustered event each of the reports' events belongs to; events not linked yet are absent. */
    public Map<EventRef, Long> clusterIds(Collection<String> reportIds) {
        Map<EventRef, Long> out = new HashMap<>();
        if (reportIds.isEmpty()) return out;
        try (Connection c = db.reader(); PreparedStatement st = c.prepareStatement(
                "SELECT report_id, event_ord, cluster_id FROM event_link WHERE report_id = ANY (?)")) {
            st.setArray(1, c.createArrayOf("VARCHAR", reportIds.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.put(new EventRef(rs.getString(1), rs.getInt(2)), rs.getLong(3));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the events' clusters " + db.where() + ": " + e.getMessage(), e);
        }
    }

    /** An event without its mentions, actors and source count yet, from the {@link #HEAD_COLUMNS}. */
    private static TimelineEvent head(ResultSet rs) throws SQLException {
        return new TimelineEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6) == null ? null : PlaceKind.of(rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getObject(9, Double.class), rs.getObject(10, Double.class), modality(rs.getString(11)), rs.getString(12),
                rs.getString(13), List.of(), rs.getInt(14), 0, List.of());
    }

    private static Modality modality(String label) {
        return Modality.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private record Row(Event event, int ord, SourceReport report, Review review) {}

    /**
     * The events with their mentions, actors and source counts: those of clusters kept ({@link KeptMentions}) as kept,
     * the others read in three queries for all of them (not three per event), so that a timeline of thousands of events
     * stays quick.
     */
    private List<TimelineEvent> withMentions(Connection c, List<TimelineEvent> heads) throws SQLException {
        long generation = kept.check(c, names);
        Map<Long, KeptMentions.Mentions> found = kept.get(heads.stream().map(TimelineEvent::id).toList());
        List<TimelineEvent> unread = heads.stream().filter(e -> !found.containsKey(e.id())).toList();
        // In slices: a query with an array of every cluster of a large store is answered by scanning, not by index.
        Map<Long, KeptMentions.Mentions> read = new HashMap<>();
        for (int i = 0; i < unread.size(); i += MENTIONS_BATCH) {
            read.putAll(mentionsOf(c, unread.subList(i, Math.min(unread.size(), i + MENTIONS_BATCH))));
        }
        kept.put(generation, read);
        found.putAll(read);
        List<TimelineEvent> out = new ArrayList<>(heads.size());
        for (TimelineEvent e : heads) out.add(withMentions(e, found.get(e.id())));
        return out;
    }

    /** The event links of the clusters whose ids are the statement's first parameter. */
    private static final String CLUSTERS = "UNNEST(?) AS h(id) JOIN event_link l ON l.cluster_id = h.id";

    private Map<Long, KeptMentions.Mentions> mentionsOf(Connection c, List<TimelineEvent> heads) throws SQLException {
        if (heads.isEmpty()) return Map.of();
        Array ids = c.createArrayOf("BIGINT", heads.stream().map(TimelineEvent::id).toArray());
        Map<String, List<String>> actors = new HashMap<>();
        // The clusters as a table (UNNEST): each a look-up in event_link's index, where = ANY would test every row
        // against each of the 500 ids.
        try (PreparedStatement st = c.prepareStatement("SELECT a.report_id, a.event_ord, a.actor FROM " + CLUSTERS
                + " JOIN event_actor a ON a.report_id = l.report_id AND a.event_ord = l.event_ord ORDER BY a.ord")) {
            st.setArray(1, ids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) actors.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        Map<String, Set<String>> originals = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT d.report_id, d.original_id FROM near_duplicate d"
                + " JOIN (SELECT DISTINCT l.report_id FROM " + CLUSTERS + ") l ON l.report_id = d.report_id")) {
            st.setArray(1, ids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) originals.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        Map<Long, List<Row>> rows = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT v.type, v.text, v.event_date, v.place, v.modality,"
                + " v.acled_event_type, v.acled_sub_event_type, v.start_offset, v.end_offset, l.event_ord, l.cluster_id, " + SourceReports.COLUMNS
                + " FROM " + CLUSTERS + " JOIN event v ON v.report_id = l.report_id AND v.ord = l.event_ord" + SourceReports.JOINS
                + (Reviews.any(c, "report", "retracted") ? " WHERE " + Reviews.NOT_RETRACTED : "")
                + " ORDER BY r.published_from NULLS LAST, r.seq, l.event_ord")) {
            st.setArray(1, ids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    SourceReport report = SourceReports.read(rs, 12);
                    List<String> a = actors.getOrDefault(report.id() + "#" + rs.getInt(10), List.of());
                    Event v = new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), a,
                            modality(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9));
                    rows.computeIfAbsent(rs.getLong(11), k -> new ArrayList<>()).add(new Row(names.apply(report.id(), v), rs.getInt(10), report, null));
                }
            }
        }
        Set<String> reportIds = new HashSet<>();
        rows.values().forEach(rs -> rs.forEach(r -> reportIds.add(r.report().id())));
        Map<String, Review> reviews = Reviews.ofReports(c, reportIds, ItemKey.Kind.EVENT);
        if (!reviews.isEmpty()) {
            rows.values().forEach(rs -> rs.replaceAll(r -> {
                Review v = reviews.get(ItemKey.event(r.report().id(), r.event().start(), r.event().end()).toString());
                return v == null ? r : new Row(names.apply(r.report().id(), Corrections.apply(r.event(), v.status() == Review.Status.CORRECTED ? v.correction() : null)),
                        r.ord(), r.report(), v);
            }));
        }
        Map<Long, KeptMentions.Mentions> out = new HashMap<>();
        for (TimelineEvent e : heads) out.put(e.id(), mentions(rows.getOrDefault(e.id(), List.of()), originals));
        return out;
    }

    /** A cluster's mentions; a mention is an independent source unless its report copies another of them. */
    private static KeptMentions.Mentions mentions(List<Row> rows, Map<String, Set<String>> originals) {
        Set<String> allActors = new TreeSet<>();
        Set<String> reports = new HashSet<>();
        for (Row row : rows) {
            allActors.addAll(row.event().actors());
            reports.add(row.report().id());
        }
        List<ClusteredEvent> mentions = new ArrayList<>(rows.size());
        Set<String> independent = new HashSet<>();
        for (Row row : rows) {
            boolean counted = Collections.disjoint(originals.getOrDefault(row.report().id(), Set.of()), reports);
            if (counted) independent.add(row.report().id());
            mentions.add(new ClusteredEvent(row.event(), row.ord(), row.report(), counted, row.review()));
        }
        return new KeptMentions.Mentions(List.copyOf(allActors), reports.size(), independent.size(), List.copyOf(mentions));
    }

    /** The event of {@code head} (as its cluster's row says it now) with its mentions. */
    private static TimelineEvent withMentions(TimelineEvent e, KeptMentions.Mentions m) {
        return new TimelineEvent(e.id(), e.type(), e.date(), e.firstReported(), e.place(), e.placeKind(), e.admin1(),
                e.country(), e.lat(), e.lon(), e.modality(), e.acledEventType(), e.acledSubEventType(), m.actors(),
                m.reports(), m.independent(), m.mentions());
    }
}
