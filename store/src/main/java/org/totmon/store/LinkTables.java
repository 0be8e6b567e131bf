package org.totmon.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.totmon.linker.ClaimMeasures;
import org.totmon.linker.CleanText;
import org.totmon.linker.Concepts;
import org.totmon.linker.DateSpan;
import org.totmon.linker.Disagreement;
import org.totmon.linker.EventBlocking;
import org.totmon.linker.EventClustering;
import org.totmon.linker.EventMention;
import org.totmon.linker.Measure;
import org.totmon.linker.MeasuredClaim;
import org.totmon.linker.NearDuplicates;
import org.totmon.linker.PlaceRef;
import org.totmon.linker.Regions;
import org.totmon.model.Claim;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Modality;
import org.totmon.model.PlaceKind;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.model.TextSpan;

/**
 * Links one stored report to the reports stored before it (near-duplicates, claim groups, event clusters; rules in
 * org.totmon.linker) and keeps the link tables of V3; the caller owns the transaction.
 */
final class LinkTables {
    private LinkTables() {}

    private static final String LINKED_SEQ = "linked_seq";
    /** Changed whenever the links are forgotten, so that a process's {@link ClusterCache} knows it holds old clusters. */
    private static final String LINK_EPOCH = "link_epoch";
    private static final int BATCH = 50;
    private static final List<String> DERIVED = List.of("claim_link", "claim_group", "event_blocks", "event_link", "event_anchors", "event_cluster",
            "near_duplicate", "report_bands", "report_shingles");

    static long linkedSeq(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT content FROM store_meta WHERE name = ?")) {
            st.setString(1, LINKED_SEQ);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
            }
        }
    }

    static String linkEpoch(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT content FROM store_meta WHERE name = ?")) {
            st.setString(1, LINK_EPOCH);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void newLinkEpoch(Connection c) throws SQLException {
        String epoch = UUID.randomUUID().toString();
        try (PreparedStatement st = c.prepareStatement("UPDATE store_meta SET content = ? WHERE name = ?")) {
            st.setString(1, epoch);
            st.setString(2, LINK_EPOCH);
            if (st.executeUpdate() > 0) return;
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO store_meta (name, content) VALUES (?, ?)")) {
            st.setString(1, LINK_EPOCH);
            st.setString(2, epoch);
            st.executeUpdate();
        }
    }

    /** Starts a linking transaction (the writers' lock held) with {@code cache} true to the store's links. */
    private static void checkCache(Connection c, ClusterCache cache) throws SQLException {
        String epoch = linkEpoch(c);
        cache.check(linkedSeq(c), epoch);
        cache.bands.catchUp(c, epoch);
        cache.blocks.catchUp(c, epoch);
    }

    private static void setLinkedSeq(Connection c, long seq) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE store_meta SET content = ? WHERE name = ?")) {
            st.setString(1, Long.toString(seq));
            st.setString(2, LINKED_SEQ);
            st.executeUpdate();
        }
    }

    static LinkCounts counts(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT"
                + " (SELECT COUNT(*) FROM claim_group), (SELECT COUNT(*) FROM claim_group WHERE disagreement IS NOT NULL),"
                + " (SELECT COUNT(*) FROM event_cluster), (SELECT COUNT(DISTINCT report_id) FROM near_duplicate)")) {
            rs.next();
            return new LinkCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    /** Forgets every link; ids start from 1 again, so relinking in the same order gives the same ids. */
    private static void clear(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : DERIVED) st.executeUpdate("DELETE FROM " + table);
            st.executeUpdate("ALTER TABLE claim_group ALTER COLUMN id RESTART WITH 1");
            st.executeUpdate("ALTER TABLE event_cluster ALTER COLUMN id RESTART WITH 1");
        }
        setLinkedSeq(c, 0);
        newLinkEpoch(c);
    }

    /** Links the reports stored after the last one linked, in seq order, each in its own transaction; returns how many. */
    /** How many stored reports are not linked yet. */
    static long pendingCount(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM report WHERE seq > ?")) {
            st.setLong(1, linkedSeq(c));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long linkPending(Database db, Regions regions, ClusterCache cache, LongConsumer onLinked) throws SQLException {
        long n = 0;
        while (true) {
            List<StoredReport> batch;
            try (Connection c = db.connection()) {
                batch = ReportTables.loadAfter(c, linkedSeq(c), BATCH);
            }
            if (batch.isEmpty()) return n;
            for (StoredReport r : batch) {
                try (Connection c = db.connection()) {
                    c.setAutoCommit(false);
                    try {
                        db.lockWriters(c);
                        // Another process of a server's store may have linked it since the batch was read.
                        if (linkedSeq(c) >= r.seq()) {
                            c.rollback();
                            continue;
                        }
                        checkCache(c, cache);
                        link(c, r, regions, cache, null, cache.groups);
                        db.commit(c);
                    } catch (SQLException e) {
                        cache.clear();
                        c.rollback();
                        throw e;
                    } catch (RuntimeException e) {
                        cache.clear();
                        c.rollback();
                        // Name the report: linking stops at it, and every later link starts again from it.
                        throw new StoreException("cannot link report " + r.id() + ": " + e, e);
                    }
                }
                onLinked.accept(++n);
            }
        }
    }

    /**
     * What linking a report needs that does not depend on the reports stored before it, made ahead (on a thread that
     * annotates): its event mentions, its text's near-duplicate fingerprint, and its claims' measures but their
     * events' ids. Made from the extraction as annotated.
     */
    record Ahead(List<EventMention> mentions, NearDuplicates.Fingerprint fingerprint, ClaimMeasures.Unbound measures) {
        static Ahead of(Report report, Extraction x, Regions regions) {
            return new Ahead(EventMention.of(report.id(), report.published(), x, regions), LinkTables.fingerprint(report.text(), x.boilerplate()),
                    ClaimMeasures.ahead(report.id(), report.text(), report.published(), x, regions));
        }
    }

    /**
     * Links {@code added}, reports just inserted on {@code c} in this order, within the caller's transaction (which
     * holds the writers' lock): first the reports stored before them and not linked yet (another process's, on a
     * server), read back from the tables, then these as they are in memory, so nothing is read back that was just
     * written; {@code ahead} holds what was made ahead for some of them, by report id. Returns how many reports it
     * linked. When it fails, the caller must clear {@code cache} as it rolls back.
     */
    static long linkAdded(Connection c, List<StoredReport> added, Regions regions, ClusterCache cache,
                          Map<String, Ahead> ahead) throws SQLException {
        if (added.isEmpty()) return 0;
        long first = added.get(0).seq();
        long n = 0;
        checkCache(c, cache);
        ClaimGroups groups = cache.groups;
        for (long linked = linkedSeq(c); ; ) {
            List<StoredReport> before = new ArrayList<>();
            for (StoredReport r : ReportTables.loadAfter(c, linked, BATCH)) if (r.seq() < first) before.add(r);
            if (before.isEmpty()) break;
            for (StoredReport r : before) linkNamed(c, r, regions, cache, null, groups);
            n += before.size();
            linked = before.get(before.size() - 1).seq();
        }
        for (StoredReport r : added) linkNamed(c, r, regions, cache, ahead.get(r.id()), groups);
        return n + added.size();
    }

    private static void linkNamed(Connection c, StoredReport r, Regions regions, ClusterCache cache, Ahead ahead,
                                  ClaimGroups groups) throws SQLException {
        try {
            link(c, r, regions, cache, ahead, groups);
        } catch (RuntimeException e) {
            throw new StoreException("cannot link report " + r.id() + ": " + e, e);
        }
    }

    /** Forgets every link and links every report again; returns how many. */
    static long relink(Database db, Regions regions, ClusterCache cache, LongConsumer onLinked) throws SQLException {
        forget(db);
        return linkPending(db, regions, cache, onLinked);
    }

    /** Drops every link, so that {@link #linkPending} links all reports again. */
    static void forget(Database db) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                db.lockWriters(c);
                clear(c);
                db.commit(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Links one report as people left it (issue 14): a retracted report is passed over (its events and claims join no
     * cluster or group, and it is no one's original), and a corrected claim is grouped and compared with its corrected
     * fields. Reviews written later take effect at the next relink.
     */
    private static void link(Connection c, StoredReport stored, Regions regions, ClusterCache cache, Ahead ahead,
                             ClaimGroups groups) throws SQLException {
        Map<String, Review> reviews = Reviews.ofReports(c, List.of(stored.id()), null);
        Review report = reviews.get(ItemKey.report(stored.id()).toString());
        if (report != null && report.status() == Review.Status.RETRACTED) {
            setLinkedSeq(c, stored.seq());
            cache.linked(stored.seq());
            return;
        }
        StoredReport r = reviews.isEmpty() ? stored : corrected(stored, reviews);
        // A review corrects claims only, so the fingerprint and mentions made from the extraction as annotated are the
        // report's; its measures are, unless a claim was corrected.
        linkNearDuplicates(c, r, ahead != null ? ahead.fingerprint() : fingerprint(r.report().text(), r.extraction().boilerplate()), cache);
        // Events first: a claim's measure names the real-world event its sentence tells of.
        Map<Integer, Long> clusters = linkEvents(c, r.seq(), ahead != null ? ahead.mentions() : EventMention.of(r.id(), r.report().published(), r.extraction(), regions), cache);
        ClaimMeasures.Unbound measures = ahead != null && reviews.isEmpty() ? ahead.measures()
                : ClaimMeasures.ahead(r.id(), r.report().text(), r.report().published(), r.extraction(), regions);
        linkClaims(c, r, stored.extraction().claims(), measures.bind(clusters::get), groups);
        setLinkedSeq(c, r.seq());
        cache.linked(r.seq());
    }

    /** The report with its corrected claims in their places (so claim ords stay the extraction's). */
    private static StoredReport corrected(StoredReport r, Map<String, Review> reviews) {
        Extraction x = r.extraction();
        List<Claim> claims = new ArrayList<>(x.claims().size());
        for (Claim k : x.claims()) {
            Review v = reviews.get(ItemKey.claim(r.id(), k.start(), k.end()).toString());
            claims.add(v != null && v.status() == Review.Status.CORRECTED ? Corrections.apply(k, v.correction()) : k);
        }
        Extraction seen = new Extraction(x.reportId(), x.language(), x.boilerplate(), x.entities(), x.places(), x.times(), claims, x.events());
        return new StoredReport(r.seq(), r.report(), seen, r.provenance(), r.ingestedAt());
    }

    // ---- near-duplicates

    private static void linkNearDuplicates(Connection c, StoredReport r, NearDuplicates.Fingerprint f, ClusterCache cache) throws SQLException {
        long[] buckets = f.buckets().stream().mapToLong(Long::longValue).distinct().sorted().toArray();
        if (buckets.length == 0) return;
        List<String> candidates = cache.bands.candidates(r.id(), buckets);
        try (PreparedStatement st = c.prepareStatement("INSERT INTO report_bands (seq, report_id, buckets) VALUES (?, ?, ?)")) {
            st.setLong(1, r.seq());
            st.setString(2, r.id());
            st.setBytes(3, PackedLongs.pack(buckets));
            st.executeUpdate();
        }
        cache.bands.add(r.id(), buckets);
        long[] own = NearDuplicates.sorted(f.shingles());
        keepShingles(c, r.id(), own);
        NearDuplicates.Copy self = new NearDuplicates.Copy(r.id(), r.report().published(), r.seq());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO near_duplicate (report_id, original_id, similarity) VALUES (?, ?, ?)")) {
            for (String id : candidates) {
                long[] shingles = cache.shingles(id);
                if (shingles == null) {
                    shingles = storedShingles(c, id);
                    cache.shingles(id, shingles);
                }
                double similarity = NearDuplicates.similarity(own, shingles);
                if (!NearDuplicates.nearDuplicate(similarity)) continue;
                NearDuplicates.Copy other = copy(c, id);
                boolean selfFirst = NearDuplicates.ORIGINAL_FIRST.compare(self, other) < 0;
                insert.setString(1, selfFirst ? id : r.id());
                insert.setString(2, selfFirst ? r.id() : id);
                insert.setDouble(3, similarity);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static NearDuplicates.Fingerprint fingerprint(String text, List<TextSpan> boilerplate) {
        return NearDuplicates.fingerprint(CleanText.of(text, boilerplate));
    }

    /** A linked report's shingles as kept, else (linked before they were) made from its text and kept from now on. */
    private static long[] storedShingles(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT shingles FROM report_shingles WHERE report_id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) return PackedLongs.unpack(rs.getBytes(1));
            }
        }
        long[] made = NearDuplicates.sorted(NearDuplicates.shingles(CleanText.of(text(c, id), boilerplate(c, id))));
        keepShingles(c, id, made);
        return made;
    }

    private static String text(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT text FROM report WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static List<TextSpan> boilerplate(Connection c, String id) throws SQLException {
        List<TextSpan> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT start_offset, end_offset FROM boilerplate_span WHERE report_id = ? ORDER BY ord")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(new TextSpan(rs.getInt(1), rs.getInt(2)));
            }
        }
        return out;
    }

    private static void keepShingles(Connection c, String id, long[] shingles) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO report_shingles (report_id, shingles) VALUES (?, ?)")) {
            st.setString(1, id);
            st.setBytes(2, PackedLongs.pack(shingles));
            st.executeUpdate();
        }
    }

    private static NearDuplicates.Copy copy(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT published, seq FROM report WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new NearDuplicates.Copy(id, rs.getString(1), rs.getLong(2));
            }
        }
    }

    // ---- claim groups

    /**
     * The claim groups linking met lately, each read from the tables once: its id by measure key, its figures in ledger
     * order (those linked since appended as they are linked), and where its noted disagreement starts. Reports tell the
     * same measures again and again, and reading a group's figures anew for each report was the largest part of linking
     * (a measure told for years holds thousands). Kept with a {@link ClusterCache}, and true to the tables on the same
     * terms: forgotten with it when another process linked, when the links were forgotten, or when a transaction
     * failed. At most {@link #PER_GIB} figures and as many groups per GiB of heap, the least recently used dropped first.
     * A claim corrected since its group was read is compared as it was until then, as reviews take effect at the
     * next relink.
     */
    static final class ClaimGroups {
        static final int PER_GIB = 400_000;

        private final int capacity;
        private final Map<String, Long> ids;
        private final LinkedHashMap<Long, List<Linked>> figures = new LinkedHashMap<>(1024, 0.75f, true);
        private int held;
        /** Where each group's noted disagreement starts; a null value: it has none. */
        private final Map<Long, Placed> noted;

        ClaimGroups(int capacity) {
            this.capacity = capacity;
            this.ids = Lru.map(capacity);
            this.noted = Lru.map(capacity);
        }

        void clear() {
            ids.clear();
            figures.clear();
            held = 0;
            noted.clear();
        }

        long id(Connection c, Measure m) throws SQLException {
            Long id = ids.get(m.key());
            if (id == null) {
                id = group(c, m);
                ids.put(m.key(), id);
            }
            return id;
        }

        List<Linked> figures(Connection c, long group) throws SQLException {
            List<Linked> list = figures.get(group);
            if (list == null) {
                list = readFigures(c, group);
                figures.put(group, list);
                held += list.size();
            }
            return list;
        }

        /** Appends figures just linked to a group {@link #figures} returned. */
        void added(long group, List<Linked> linked) {
            List<Linked> list = figures.get(group);
            if (list == null) return;
            list.addAll(linked);
            held += linked.size();
            // The least recently used groups go, never the one used last.
            for (Iterator<Map.Entry<Long, List<Linked>>> i = figures.entrySet().iterator(); held > capacity && figures.size() > 1 && i.hasNext(); ) {
                held -= i.next().getValue().size();
                i.remove();
            }
        }

        Placed noted(Connection c, long group) throws SQLException {
            if (!noted.containsKey(group)) noted.put(group, notedConflict(c, group));
            return noted.get(group);
        }

        void noted(long group, Placed first) {
            noted.put(group, first);
        }
    }

    /**
     * Adds the report's claims to their groups. A group's count and disagreement are brought up to date from the
     * new figures alone (see {@link #addFigures}), so the cost does not grow with the group, which a measure
     * reported for years makes large.
     */
    private static void linkClaims(Connection c, StoredReport r, List<Claim> annotated, List<MeasuredClaim> measured, ClaimGroups groups)
            throws SQLException {
        Map<Long, List<MeasuredClaim>> byGroup = new LinkedHashMap<>();
        for (MeasuredClaim m : measured) {
            byGroup.computeIfAbsent(groups.id(c, m.measure()), g -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<Long, List<MeasuredClaim>> e : byGroup.entrySet()) {
            List<MeasuredClaim> added = new ArrayList<>(e.getValue());
            added.sort(Comparator.comparingInt(MeasuredClaim::ord));
            addFigures(c, e.getKey(), r, annotated, added, groups);
        }
    }

    /** A claim's figure where the ledger lists it: by its report's seq, then its position in the claims layer. */
    private record Placed(long seq, int ord, Disagreement.Figure figure, String claimant) implements Comparable<Placed> {
        @Override
        public int compareTo(Placed o) {
            return seq != o.seq ? Long.compare(seq, o.seq) : Integer.compare(ord, o.ord);
        }
    }

    /** A figure of a group as claim_link keeps it: with the days its date stands for (both null without a date). */
    private record Linked(Placed placed, LocalDate from, LocalDate to) {}

    /**
     * Links {@code added} (one report's claims, the last stored, in claim order) to the group and updates its count
     * and disagreement. The disagreement is the first pair of figures, in ledger order, that {@link Disagreement}
     * finds: the pair already noted, unless a pair ending in a new figure starts earlier. A new figure is compared
     * only with the figures whose dates can be compatible with its own (or without a date).
     */
    private static void addFigures(Connection c, long group, StoredReport r, List<Claim> annotated, List<MeasuredClaim> added, ClaimGroups groups)
            throws SQLException {
        List<Placed> news = new ArrayList<>();
        for (MeasuredClaim m : added) {
            Claim k = m.claim();
            news.add(new Placed(r.seq(), m.ord(), new Disagreement.Figure(k.value(), k.valueMax(), k.qualifier(),
                    k.claimantSide(), m.date(), m.measure().eventId()), k.claimant()));
        }
        // The claims of one group share its measure key, so any of them tells its concept and place.
        Measure measure = added.get(0).measure();
        boolean runningTotal = Concepts.BUNDLED.runningTotal(measure.concept()), placed = measure.place() != null;
        List<Linked> stored = groups.figures(c, group);
        Placed noted = groups.noted(c, group);
        Placed[] best = null;
        for (Placed y : news) {
            // A running total is compared across any dates (only a fall disputes it), so all its figures are read.
            List<Placed> earlier = datedNear(stored, runningTotal ? null : y.figure().date());
            for (Placed x : news) if (x.compareTo(y) < 0) earlier.add(x);
            Collections.sort(earlier);
            for (Placed x : earlier) {
                // A pair from the noted one's first figure on would not replace it.
                if (noted != null && x.compareTo(noted) >= 0) break;
                if (!Disagreement.disputes(x.figure(), y.figure(), runningTotal, placed)) continue;
                if (best == null || x.compareTo(best[0]) < 0 || x.compareTo(best[0]) == 0 && y.compareTo(best[1]) < 0) {
                    best = new Placed[] {x, y};
                }
                break;
            }
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO claim_link (report_id, claim_ord, group_id, claim_date,"
                + " date_from, date_to, event_cluster_id, report_seq, amount, amount_max, qualifier, claimant, claimant_side,"
                + " start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (MeasuredClaim m : added) {
                // As annotated: readFigures applies the corrections in force when it reads.
                Claim k = annotated.get(m.ord());
                st.setLong(8, r.seq());
                st.setDouble(9, k.value());
                st.setObject(10, k.valueMax(), Types.DOUBLE);
                st.setString(11, k.qualifier());
                st.setString(12, k.claimant());
                st.setString(13, k.claimantSide() == null ? null : k.claimantSide().label());
                st.setInt(14, k.start());
                st.setInt(15, k.end());
                st.setString(1, r.id());
                st.setInt(2, m.ord());
                st.setLong(3, group);
                st.setString(4, m.date() == null ? null : m.date().value());
                st.setObject(5, m.date() == null ? null : Date.valueOf(m.date().from()), Types.DATE);
                st.setObject(6, m.date() == null ? null : Date.valueOf(m.date().to()), Types.DATE);
                st.setObject(7, m.measure().eventId(), Types.BIGINT);
                st.addBatch();
            }
            st.executeBatch();
        }
        List<Linked> linked = new ArrayList<>();
        for (Placed p : news) linked.add(asLinked(p));
        groups.added(group, linked);
        boolean replaces = best != null && (noted == null || best[0].compareTo(noted) < 0);
        try (PreparedStatement st = c.prepareStatement("UPDATE claim_group SET claim_count = claim_count + ?"
                + (replaces ? ", disagreement = ?, conflict_seq = ?, conflict_ord = ?" : "") + " WHERE id = ?")) {
            st.setInt(1, added.size());
            int next = 2;
            if (replaces) {
                st.setString(next++, describe(best[0].figure(), best[0].claimant()) + " vs " + describe(best[1].figure(), best[1].claimant()));
                st.setLong(next++, best[0].seq());
                st.setInt(next++, best[0].ord());
            }
            st.setLong(next, group);
            st.executeUpdate();
        }
        if (replaces) groups.noted(group, best[0]);
    }

    /** A new figure as {@link #readFigures} would read it back: its date parsed from the text claim_link keeps. */
    private static Linked asLinked(Placed p) {
        Disagreement.Figure f = p.figure();
        DateSpan date = f.date() == null ? null : DateSpan.parse(f.date().value());
        return new Linked(new Placed(p.seq(), p.ord(), new Disagreement.Figure(f.value(), f.valueMax(), f.qualifier(), f.side(), date,
                f.event()), p.claimant()), f.date() == null ? null : f.date().from(), f.date() == null ? null : f.date().to());
    }

    /** Where the group's noted disagreement starts, or null when it has none. */
    private static Placed notedConflict(Connection c, long group) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT conflict_seq, conflict_ord FROM claim_group WHERE id = ? AND conflict_seq IS NOT NULL")) {
            st.setLong(1, group);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Placed(rs.getLong(1), rs.getInt(2), null, null) : null;
            }
        }
    }

    /**
     * Of a group's figures, those whose dates can be compatible with {@code date} (within Disagreement's window: as a
     * date spans at most a year, only those starting at most a year and the window before it), and those without a
     * date, which are compatible with any; every figure when {@code date} is null.
     */
    private static List<Placed> datedNear(List<Linked> figures, DateSpan date) {
        List<Placed> out = new ArrayList<>();
        if (date == null) {
            for (Linked l : figures) out.add(l.placed());
            return out;
        }
        LocalDate from = date.from().minusDays(Disagreement.DATE_WINDOW_DAYS);
        LocalDate to = date.to().plusDays(Disagreement.DATE_WINDOW_DAYS);
        LocalDate earliest = from.minusDays(366);
        for (Linked l : figures) {
            if (l.from() == null || !l.from().isBefore(earliest) && !l.from().isAfter(to) && !l.to().isBefore(from)) out.add(l.placed());
        }
        return out;
    }

    /** Every figure of the group in ledger order, as corrected by people where they were. */
    private static List<Linked> readFigures(Connection c, long group) throws SQLException {
        List<Linked> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT l.report_seq, l.claim_ord, l.amount, l.amount_max, l.qualifier,"
                + " l.claimant_side, l.claim_date, l.claimant, l.event_cluster_id, x.correction, l.start_offset, l.end_offset,"
                + " l.date_from, l.date_to FROM claim_link l LEFT JOIN review x ON x.report_id = l.report_id AND x.kind = 'claim'"
                + " AND x.start_offset = l.start_offset AND x.end_offset = l.end_offset AND x.status = 'corrected'"
                + " WHERE l.group_id = ? ORDER BY l.report_seq, l.claim_ord")) {
            st.setLong(1, group);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String side = rs.getString(6);
                    // Only the figure and its claimant are compared: the sentence, unit, subject and hedging are not read.
                    Claim k = new Claim(null, rs.getDouble(3), rs.getObject(4, Double.class), rs.getString(5), null,
                            null, rs.getString(8), side == null ? null : Side.of(side), false, rs.getInt(11), rs.getInt(12));
                    // A figure people corrected is compared as corrected.
                    if (rs.getString(10) != null) k = Corrections.apply(k, Reviews.json(rs.getString(10)));
                    Placed p = new Placed(rs.getLong(1), rs.getInt(2), new Disagreement.Figure(k.value(), k.valueMax(), k.qualifier(),
                            k.claimantSide(), DateSpan.parse(rs.getString(7)), rs.getObject(9, Long.class)), k.claimant());
                    out.add(new Linked(p, rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class)));
                }
            }
        }
        return out;
    }

    private static long group(Connection c, Measure m) throws SQLException {
        String key = m.key();
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM claim_group WHERE measure_key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) return rs.getLong(1);
            }
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO claim_group (measure_key, unit, concept, place, admin1,"
                + " event_type, event_cluster_id, claim_count) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", new String[] {"id"})) {
            st.setString(1, key);
            st.setString(2, m.unit());
            st.setString(3, m.concept());
            st.setString(4, m.place() == null ? null : m.place().name());
            st.setString(5, m.place() == null ? null : m.place().admin1());
            st.setString(6, m.eventType());
            st.setObject(7, m.eventId(), Types.BIGINT);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String describe(Disagreement.Figure f, String claimant) {
        return f.side().label() + " " + Disagreement.describe(f.value(), f.valueMax(), f.qualifier())
                + " (" + (claimant == null ? "unnamed source" : claimant) + (f.date() == null ? "" : ", " + f.date().value()) + ")";
    }

    // ---- event clusters

    private static final String MENTION_COLUMNS = "l.cluster_id, l.report_id, l.event_ord, r.published, e.type, e.text,"
            + " e.event_date, e.place, e.modality, e.acled_event_type, e.acled_sub_event_type, e.start_offset, e.end_offset,"
            + " l.date_value, l.dated_by_event, l.place, l.place_kind, l.admin1, l.country, l.lat, l.lon, e.several_regions, e.sense";
    private static final String MENTION_JOINS = " JOIN event e ON e.report_id = l.report_id AND e.ord = l.event_ord"
            + " JOIN report r ON r.id = l.report_id";
    /**
     * The links of the clusters whose ids are a statement's first parameter (as a table, UNNEST: each a look-up in the
     * index, where H2 tests every row against = ANY), and of those the anchors ({@link EventClustering#ANCHORS}) alone.
     */
    private static final String LINKS = "UNNEST(?) AS h(id) JOIN event_link l ON l.cluster_id = h.id";
    private static final String ANCHOR_LINKS = LINKS + " AND l.anchor";

    /** Clusters the event mentions of report {@code seq}; returns the cluster of each, by its position in the events layer. */
    private static Map<Integer, Long> linkEvents(Connection c, long seq, List<EventMention> mentions, ClusterCache cache) throws SQLException {
        Map<Integer, Long> clusters = new HashMap<>();
        List<Long> filed = new ArrayList<>();
        for (EventMention m : mentions) {
            EventBlocking.Keys keys = EventBlocking.of(m);
            Map<Long, List<EventMention>> candidates = candidates(c, keys, cache);
            OptionalLong chosen = EventClustering.choose(m, candidates, new HashSet<>(clusters.values()));
            boolean fresh = chosen.isEmpty();
            long cluster = fresh ? newCluster(c, m) : chosen.getAsLong();
            List<EventMention> anchors = fresh ? List.of() : candidates.get(cluster);
            boolean anchor = EventClustering.anchors(anchors.size());
            insertLink(c, cluster, m, anchor);
            List<StoredMention> kept = null;
            if (anchor) {
                kept = new ArrayList<>();
                for (EventMention a : anchors) kept.add(StoredMention.of(a));
                kept.add(StoredMention.of(m));
            }
            cache.added(cluster, asStored(m), fresh, anchor);
            fileCluster(cluster, keys, cache.blocks, filed);
            EventClustering.Summarizer all = cache.summarizer(cluster);
            if (all == null) {
                // Not held: gone on from the state kept with the anchors, else made from every mention once.
                EventClustering.State state = ClusterAnchors.summary(c, cluster);
                if (state != null) {
                    all = new EventClustering.Summarizer(state);
                    all.add(m);
                } else {
                    all = new EventClustering.Summarizer();
                    mentions(c, LINKS, st -> st.setArray(1, c.createArrayOf("BIGINT", new Object[] {cluster})), false)
                            .getOrDefault(cluster, List.of()).forEach(all::add);
                }
                cache.summarized(cluster, all);
            }
            EventClustering.Summary summary = all.summary();
            ClusterAnchors.write(c, cluster, kept, all.state());
            refreshCluster(c, cluster, summary);
            clusters.put(m.ord(), cluster);
        }
        if (!filed.isEmpty()) {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO event_blocks (seq, pairs) VALUES (?, ?)")) {
                st.setLong(1, seq);
                st.setBytes(2, PackedLongs.pack(filed.stream().mapToLong(Long::longValue).toArray()));
                st.executeUpdate();
            }
        }
        return clusters;
    }

    /** The mention as {@link #mentions} reads it back: the tables keep the names of its event's place and actors, not their ids. */
    private static EventMention asStored(EventMention m) {
        return new EventMention(m.reportId(), m.ord(), m.published(), StoredMention.of(m).event(), m.date(), m.datedByEvent(), m.place(),
                m.actors(), m.persons(), m.evidenceStems(), m.concepts());
    }

    /**
     * The clusters filed under the mention's probe keys, with their anchors: the {@link EventBlocking#nearest} of the
     * {@link EventBlocking#CANDIDATES_PER_KEY} newest under each key. Each read is an index range of a bounded size, so
     * the cost grows neither with the store nor with how many reports tell one event.
     */
    private static Map<Long, List<EventMention>> candidates(Connection c, EventBlocking.Keys keys, ClusterCache cache) throws SQLException {
        Map<Long, Integer> hits = new HashMap<>();
        for (String key : keys.probes()) cache.blocks.newest(blockKey(key), cluster -> hits.merge(cluster, 1, Integer::sum));
        if (hits.isEmpty()) return Map.of();
        List<Long> ids = EventBlocking.nearest(hits);
        Map<Long, List<EventMention>> out = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (long id : ids) {
            List<EventMention> held = cache.get(id);
            if (held != null) out.put(id, held);
            else missing.add(id);
        }
        if (missing.isEmpty()) return out;
        Map<Long, List<EventMention>> read = new HashMap<>();
        for (Map.Entry<Long, ClusterAnchors.Kept> e : ClusterAnchors.read(c, missing).entrySet()) {
            List<StoredMention> kept = e.getValue().anchors();
            List<EventMention> anchors = kept.stream().map(StoredMention::mention).toList();
            // Kept before anchors were packed or held their stems and concepts: kept as they are now from now on.
            if (!e.getValue().current() || kept.stream().anyMatch(m -> m.stems() == null)) {
                ClusterAnchors.write(c, e.getKey(), anchors.stream().map(StoredMention::of).toList(), null);
            }
            read.put(e.getKey(), anchors);
        }
        missing.removeAll(read.keySet());
        if (!missing.isEmpty()) {
            // Linked before V29: read from the tables once, and kept together from now on.
            Map<Long, List<EventMention>> old = mentions(c, ANCHOR_LINKS, st -> st.setArray(1, c.createArrayOf("BIGINT", missing.toArray())), true);
            for (Map.Entry<Long, List<EventMention>> e : old.entrySet()) {
                ClusterAnchors.write(c, e.getKey(), e.getValue().stream().map(StoredMention::of).toList(), null);
            }
            read.putAll(old);
        }
        for (Map.Entry<Long, List<EventMention>> e : read.entrySet()) cache.put(e.getKey(), e.getValue());
        out.putAll(read);
        return out;
    }

    /** Files the cluster under the keys of a mention it now holds but those it has already, each key and cluster added to {@code filed}. */
    private static void fileCluster(long cluster, EventBlocking.Keys keys, BlockIndex blocks, List<Long> filed) {
        for (String key : keys.filed()) {
            long k = blockKey(key);
            if (blocks.filed(k, cluster)) continue;
            blocks.add(k, cluster);
            filed.add(k);
            filed.add(cluster);
        }
    }

    static long blockKey(String key) {
        return EventBlocking.hash(key);
    }

    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    /**
     * Mentions by cluster id, each cluster's in report order, of the event links {@code links} joins as {@code l};
     * {@code evidence}: with what their evidence texts say, else without (stems and concepts cost more than the rest).
     */
    static Map<Long, List<EventMention>> mentions(Connection c, String links, Binder binder, boolean evidence) throws SQLException {
        Map<String, List<String>> actors = new HashMap<>();
        Map<String, Set<String>> persons = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT a.report_id, a.event_ord, a.actor, EXISTS (SELECT 1 FROM entity n"
                + " WHERE n.report_id = a.report_id AND n.name = a.actor AND n.type = '" + EntityType.PERSON.name() + "') FROM " + links
                + " JOIN event_actor a ON a.report_id = l.report_id AND a.event_ord = l.event_ord ORDER BY a.ord")) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) + "#" + rs.getInt(2);
                    actors.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(3));
                    if (rs.getBoolean(4)) persons.computeIfAbsent(key, k -> new TreeSet<>()).add(rs.getString(3));
                }
            }
        }
        Map<Long, List<EventMention>> out = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + MENTION_COLUMNS + " FROM " + links + MENTION_JOINS
                + " ORDER BY l.cluster_id, r.seq, l.event_ord")) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String reportId = rs.getString(2);
                    int ord = rs.getInt(3);
                    Event e = new Event(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            actors.getOrDefault(reportId + "#" + ord, List.of()), Modality.valueOf(rs.getString(9).toUpperCase(Locale.ROOT)),
                            rs.getString(10), rs.getString(11), rs.getInt(12), rs.getInt(13), null, List.of(), rs.getBoolean(22),
                            rs.getString(23));
                    String placeName = rs.getString(16);
                    PlaceRef place = placeName == null ? null : new PlaceRef(placeName,
                            rs.getString(17) == null ? null : PlaceKind.of(rs.getString(17)), rs.getString(18), rs.getString(19),
                            rs.getObject(20, Double.class), rs.getObject(21, Double.class));
                    StoredMention stored = new StoredMention(reportId, ord, rs.getString(4), e, rs.getString(14), rs.getBoolean(15), place,
                            persons.getOrDefault(reportId + "#" + ord, Set.of()));
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(evidence ? stored.mention() : stored.bare());
                }
            }
        }
        return out;
    }

    private static long newCluster(Connection c, EventMention m) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO event_cluster (type, modality, report_count) VALUES (?, ?, 0)",
                new String[] {"id"})) {
            st.setString(1, m.type());
            st.setString(2, m.event().modality().label());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertLink(Connection c, long cluster, EventMention m, boolean anchor) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO event_link (report_id, event_ord, cluster_id, type,"
                + " date_value, dated_by_event, date_from, date_to, place, place_kind, admin1, country, lat, lon, anchor)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, m.reportId());
            st.setInt(2, m.ord());
            st.setLong(3, cluster);
            st.setString(4, m.type());
            st.setString(5, m.date() == null ? null : m.date().value());
            st.setBoolean(6, m.datedByEvent());
            st.setObject(7, m.date() == null ? null : Date.valueOf(m.date().from()), Types.DATE);
            st.setObject(8, m.date() == null ? null : Date.valueOf(m.date().to()), Types.DATE);
            setPlace(st, 9, m.place());
            st.setBoolean(15, anchor);
            st.executeUpdate();
        }
    }

    /** Sets name, kind, admin1, country, lat, lon from {@code first} on. */
    private static void setPlace(PreparedStatement st, int first, PlaceRef p) throws SQLException {
        st.setString(first, p == null ? null : p.name());
        st.setString(first + 1, p == null || p.kind() == null ? null : p.kind().label());
        st.setString(first + 2, p == null ? null : p.admin1());
        st.setString(first + 3, p == null ? null : p.country());
        st.setObject(first + 4, p == null ? null : p.lat(), Types.DOUBLE);
        st.setObject(first + 5, p == null ? null : p.lon(), Types.DOUBLE);
    }

    /** Sets what the cluster's mentions say together. */
    private static void refreshCluster(Connection c, long cluster, EventClustering.Summary s) throws SQLException {
        DateSpan span = s.date() != null ? s.date() : s.firstReported();
        try (PreparedStatement st = c.prepareStatement("UPDATE event_cluster SET event_date = ?, first_reported = ?,"
                + " date_from = ?, date_to = ?, place = ?, place_kind = ?, admin1 = ?, country = ?, lat = ?, lon = ?,"
                + " modality = ?, acled_event_type = ?, acled_sub_event_type = ?, report_count = ? WHERE id = ?")) {
            st.setString(1, s.date() == null ? null : s.date().value());
            st.setString(2, s.firstReported() == null ? null : s.firstReported().value());
            st.setObject(3, span == null ? null : Date.valueOf(span.from()), Types.DATE);
            st.setObject(4, span == null ? null : Date.valueOf(span.to()), Types.DATE);
            setPlace(st, 5, s.place());
            st.setString(11, s.modality().label());
            st.setString(12, s.acledEventType());
            st.setString(13, s.acledSubEventType());
            st.setInt(14, s.reports());
            st.setLong(15, cluster);
            st.executeUpdate();
        }
    }
}
