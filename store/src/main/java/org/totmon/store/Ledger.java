package org.totmon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.totmon.model.Claim;
import org.totmon.model.Side;

/** The claim groups of the store (read only): what each side claims about each measure. Thread-safe. */
public final class Ledger {
    private final Database db;
    private final EntityNames names;
    private final Kept<CardsKey, CardsRead> kept;

    Ledger(Database db, EntityNames names, Kept<CardsKey, CardsRead> kept) {
        this.db = db;
        this.names = names;
        this.kept = kept;
    }

    /** The groups {@code q} selects: disputed ones first, then the largest, then the oldest. */
    public List<ClaimGroup> groups(ClaimQuery q) {
        try (Connection c = db.reader()) {
            List<ClaimGroup> out = new ArrayList<>();
            for (ClaimGroup full : withClaims(c, heads(c, where(q), q))) {
                if (!full.claims().isEmpty()) out.add(full);  // empty: every claim's report is retracted
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the claim groups " + db.where() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Disputed groups, then the others, each read in the order of an index (claim count, id) and cut at the limit, so
     * that the first page does not sort every group of the store.
     */
    private static List<ClaimGroup> heads(Connection c, WhereClause w, ClaimQuery q) throws SQLException {
        Map<Long, ClaimGroup> groups = new LinkedHashMap<>();
        heads(c, w.sql + " AND g.disagreement IS NOT NULL", w.params, q.limit(), groups);
        if (!q.disputedOnly() && groups.size() < q.limit()) heads(c, w.sql + " AND g.disagreement IS NULL", w.params, q.limit() - groups.size(), groups);
        return new ArrayList<>(groups.values());
    }

    /** The SQL condition on groups {@code g} and its parameters. */
    private record WhereClause(StringBuilder sql, List<Object> params) {}

    private static WhereClause where(ClaimQuery q) {
        StringBuilder where = new StringBuilder(" WHERE g.claim_count >= ?");
        List<Object> params = new ArrayList<>(List.of(q.minClaims()));
        if (q.subject() != null) {
            String like = "%" + likeEscaped(q.subject().toLowerCase(Locale.ROOT)) + "%";
            where.append(" AND (LOWER(g.concept) LIKE ? OR EXISTS (SELECT 1 FROM claim_link l JOIN claim k ON k.report_id = l.report_id"
                    + " AND k.ord = l.claim_ord WHERE l.group_id = g.id AND (LOWER(k.subject) LIKE ? OR LOWER(k.text) LIKE ?)))");
            params.addAll(List.of(like, like, like));
        }
        if (q.place() != null) {
            where.append(" AND (LOWER(g.place) = ? OR LOWER(g.admin1) = ?)");
            params.addAll(List.of(q.place().toLowerCase(Locale.ROOT), q.place().toLowerCase(Locale.ROOT)));
        }
        if (q.side() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM claim_link l JOIN claim k ON k.report_id = l.report_id AND k.ord = l.claim_ord"
                    + " WHERE l.group_id = g.id AND k.claimant_side = ?)");
            params.add(q.side().label());
        }
        return new WhereClause(where, params);
    }

    private static void heads(Connection c, String where, List<Object> params, int limit, Map<Long, ClaimGroup> out) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + HEAD_COLUMNS + " FROM claim_group g" + where
                + " ORDER BY g.claim_count DESC, g.id LIMIT ?")) {
            for (int i = 0; i < params.size(); i++) st.setObject(i + 1, params.get(i));
            st.setInt(params.size() + 1, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), head(rs));
            }
        }
    }

    public Optional<ClaimGroup> group(long id) {
        try (Connection c = db.reader(); PreparedStatement st = c.prepareStatement(
                "SELECT " + HEAD_COLUMNS + " FROM claim_group g WHERE g.id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                ClaimGroup g = withClaims(c, List.of(head(rs))).get(0);
                return g.claims().isEmpty() ? Optional.empty() : Optional.of(g);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read claim group " + id + " " + db.where() + ": " + e.getMessage(), e);
        }
    }

    private static final String HEAD_COLUMNS = "g.id, g.unit, g.concept, g.place, g.admin1, g.event_type, g.event_cluster_id,"
            + " g.disagreement";

    /** A group without its claims yet, from the {@link #HEAD_COLUMNS}. */
    private static ClaimGroup head(ResultSet rs) throws SQLException {
        return new ClaimGroup(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, Long.class), rs.getString(8), List.of());
    }

    /**
     * The groups with the claims of their reports not retracted, each corrected as people corrected it; read in two
     * queries for all the groups (not two a group), so that a page of 200 groups stays quick.
     */
    private List<ClaimGroup> withClaims(Connection c, List<ClaimGroup> groups) throws SQLException {
        if (groups.isEmpty()) return List.of();
        Map<Long, List<GroupedClaim>> byGroup = claims(c, "SELECT " + CLAIM_COLUMNS + CLAIM_FROM + " WHERE l.group_id = ANY (?) AND "
                + Reviews.NOT_RETRACTED + CLAIM_ORDER, ids(c, groups));
        List<ClaimGroup> out = new ArrayList<>(groups.size());
        for (ClaimGroup g : groups) out.add(g.with(byGroup.getOrDefault(g.id(), List.of())));
        return out;
    }

    private static final String CLAIM_COLUMNS = "k.text, k.amount, k.amount_max, k.qualifier, k.unit, k.subject,"
            + " k.claimant, k.claimant_side, k.hedged, k.start_offset, k.end_offset, l.claim_ord, l.claim_date, k.claimant_id, k.side_reason, "
            + SourceReports.COLUMNS + ", l.group_id";
    private static final String CLAIM_JOIN = " JOIN claim k ON k.report_id = l.report_id AND k.ord = l.claim_ord";
    private static final String CLAIM_FROM = " FROM claim_link l" + CLAIM_JOIN + SourceReports.JOINS;
    private static final String CLAIM_ORDER = " ORDER BY r.published_from NULLS LAST, r.seq, l.claim_ord";
    /** A claim's side as a side's column and its paging know it: a claim without a side is "unknown". */
    private static final String SIDE = "COALESCE(k.claimant_side, 'unknown')";
    /** Claim {@code k} was accepted or corrected by a person. */
    private static final String REVIEWED = reviewedAs("'accepted', 'corrected'");
    private static final String CORRECTED = reviewedAs("'corrected'");

    private static String reviewedAs(String statuses) {
        return "EXISTS (SELECT 1 FROM review v WHERE v.report_id = k.report_id AND v.kind = 'claim' AND v.start_offset = k.start_offset"
                + " AND v.end_offset = k.end_offset AND v.status IN (" + statuses + "))";
    }

    /** The claims a query of the {@link #CLAIM_COLUMNS} reads, by group, each corrected as people corrected it. */
    private Map<Long, List<GroupedClaim>> claims(Connection c, String sql, Object... params) throws SQLException {
        Map<Long, List<GroupedClaim>> byGroup = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) st.setObject(i + 1, params[i]);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Claim k = new Claim(rs.getString(1), rs.getDouble(2), rs.getObject(3, Double.class), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8) == null ? null : Side.of(rs.getString(8)), rs.getBoolean(9), rs.getInt(10), rs.getInt(11),
                            rs.getString(14), rs.getString(15));
                    SourceReport report = SourceReports.read(rs, 16);
                    byGroup.computeIfAbsent(rs.getLong(22), g -> new ArrayList<>())
                            .add(new GroupedClaim(names.apply(report.id(), k), rs.getInt(12), rs.getString(13), report, null));
                }
            }
        }
        Set<String> reports = new HashSet<>();
        byGroup.values().forEach(l -> l.forEach(k -> reports.add(k.report().id())));
        Map<String, Review> reviews = Reviews.ofReports(c, reports, ItemKey.Kind.CLAIM);
        if (!reviews.isEmpty()) {
            for (List<GroupedClaim> claims : byGroup.values()) {
                claims.replaceAll(k -> {
                    Review r = reviews.get(ItemKey.claim(k.report().id(), k.claim().start(), k.claim().end()).toString());
                    return r == null ? k : new GroupedClaim(names.apply(k.report().id(), Corrections.apply(k.claim(), r.status() == Review.Status.CORRECTED ? r.correction() : null)),
                            k.ord(), k.date(), k.report(), r);
                });
            }
        }
        return byGroup;
    }

    private static java.sql.Array ids(Connection c, List<ClaimGroup> groups) throws SQLException {
        return c.createArrayOf("BIGINT", groups.stream().map(ClaimGroup::id).toArray());
    }

    /**
     * The groups {@code q} selects, in {@link #groups}' order, as bounded cards: the first {@code perSide} claims of
     * each side, with the counts and the chart of the whole group. {@code reviewedOnly}: only groups with a claim a
     * person accepted or corrected, and only those claims.
     */
    public List<LedgerCard> cards(ClaimQuery q, boolean reviewedOnly, int perSide) {
        try (Connection c = db.reader()) {
            return kept.get(c, new CardsKey(q, null, reviewedOnly, null, 0, perSide), names, (before, linkedSeq) -> {
                WhereClause w = where(q);
                if (reviewedOnly) w.sql.append(" AND EXISTS (SELECT 1 FROM claim_link l JOIN claim k ON k.report_id = l.report_id AND k.ord = l.claim_ord"
                        + " WHERE l.group_id = g.id AND ").append(Reviews.notRetracted("l.report_id")).append(" AND ").append(REVIEWED).append(')');
                return cards(heads(c, w, q), new Pass(c, reviewedOnly, null, 0, perSide), before, linkedSeq);
            }).cards();
        } catch (SQLException e) {
            throw new StoreException("cannot read the claim groups " + db.where() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A request for cards: what {@link #cards(ClaimQuery, boolean, int)} (a {@code query}) and {@link #card} (a
     * {@code group}) keep their answers under.
     */
    record CardsKey(ClaimQuery query, Long group, boolean reviewedOnly, String side, int offset, int limit) {}

    /**
     * Cards as read with the reports linked up to {@code linkedSeq}, and each group's tally, which a read after more
     * reports are linked (the same links, reviews and names otherwise) starts from.
     */
    record CardsRead(List<LedgerCard> cards, long linkedSeq, Map<Long, Tally> tallies, Map<String, GroupedClaim> whole) {}

    /**
     * The cards of {@code heads} (the groups a request selects now). With {@code before} (the same request's cards at an earlier
     * progress of the same links), a group it tallied gets only the claims of the reports linked since: linking a
     * report adds its claims and changes no other claim's link, and what a person's review changes moves the audit
     * log, which reads everything again. The claims shown are read again only where they may read otherwise: those of
     * the reports linked since, and of the reports these found to be copies of them. So after each linked report the
     * cards cost about that report's claims, where they cost every claim of the page's groups (seconds at 30,000 reports).
     */
    private static CardsRead cards(List<ClaimGroup> heads, Pass pass, CardsRead before, long linkedSeq) throws SQLException {
        Map<Long, Tally> tallies = new HashMap<>();
        List<ClaimGroup> unread = new ArrayList<>();
        for (ClaimGroup h : heads) {
            Tally t = before == null ? null : before.tallies().get(h.id());
            if (t != null) tallies.put(h.id(), t);
            else unread.add(h);  // not a head before, or no claim counted then
        }
        Set<String> changed = before == null ? Set.of() : pass.linkedSince(before.linkedSeq(), linkedSeq, tallies);
        tallies.putAll(pass.tally(unread, linkedSeq));
        Map<String, GroupedClaim> whole = new HashMap<>();
        List<LedgerCard> cards = pass.cards(heads, tallies, before == null ? Map.of() : before.whole(), changed, whole);
        return new CardsRead(List.copyOf(cards), linkedSeq, Map.copyOf(tallies), Map.copyOf(whole));
    }

    /**
     * One group as a card whose claims are those of {@code side} (a side's label; null: every side) from the
     * {@code offset}th of that side on, at most {@code limit} a side; empty when there is no such group or every claim
     * of it is retracted (or, with {@code reviewedOnly}, none is reviewed).
     */
    public Optional<LedgerCard> card(long id, boolean reviewedOnly, String side, int offset, int limit) {
        try (Connection c = db.reader()) {
            // Kept as the lists are: a group's page otherwise reads every claim of the group at each request.
            return kept.get(c, new CardsKey(null, id, reviewedOnly, side, offset, limit), names, (before, linkedSeq) -> {
                List<ClaimGroup> heads = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("SELECT " + HEAD_COLUMNS + " FROM claim_group g WHERE g.id = ?")) {
                    st.setLong(1, id);
                    try (ResultSet rs = st.executeQuery()) {
                        if (rs.next()) heads.add(head(rs));
                    }
                }
                return cards(heads, new Pass(c, reviewedOnly, side, offset, limit), before, linkedSeq);
            }).cards().stream().findFirst();
        } catch (SQLException e) {
            throw new StoreException("cannot read claim group " + id + " " + db.where() + ": " + e.getMessage(), e);
        }
    }

    /**
     * One read of cards, in two passes whatever the groups' sizes: one over the small columns of their claims (group,
     * side, date, figure, report and publication order) counts each side's claims and the reports, gathers the chart's
     * lowest and highest figure of each side and date, and keeps the page's claims of each side (a bounded heap per
     * side), as a {@link Tally} a group; then only the claims kept, and the few a person corrected (whose figures and
     * sides are in the review, for the chart), are read whole. A retraction or a correction is only tested for when
     * the store has one. Groups with no claim left are dropped. {@code side} (a side's label; null: every side) pages
     * that side's claims from the {@code offset}th, {@code limit} a side.
     */
    private final class Pass {
        private final Connection c;
        private final String side;
        private final int offset, limit;
        private final boolean anyCorrected;
        /** The condition on the claims counted. */
        private final String counted;

        Pass(Connection c, boolean reviewedOnly, String side, int offset, int limit) throws SQLException {
            this.c = c;
            this.side = side;
            this.offset = offset;
            this.limit = limit;
            this.anyCorrected = Reviews.any(c, "claim", "corrected");
            this.counted = " WHERE 1 = 1" + (Reviews.any(c, "report", "retracted") ? " AND " + Reviews.notRetracted("l.report_id") : "")
                    + (reviewedOnly ? " AND " + REVIEWED : "");
        }

        private String tallied(String from) {
            return "SELECT l.group_id, " + SIDE + ", l.claim_date, k.amount, l.report_id, l.claim_ord, r.published_from, r.seq, "
                    + (anyCorrected ? "CASE WHEN " + CORRECTED + " THEN 1 ELSE 0 END" : "0") + from + CLAIM_JOIN + SourceReports.JOINS + counted;
        }

        /** The tallies of {@code heads}' claims, of the reports linked up to {@code linkedSeq} (null: all). */
        Map<Long, Tally> tally(List<ClaimGroup> heads, Long linkedSeq) throws SQLException {
            Map<Long, Tally> out = new HashMap<>();
            if (heads.isEmpty()) return out;
            // The groups as a table: each a look-up in claim_link's index (= ANY would test every row against each id).
            try (PreparedStatement st = c.prepareStatement(tallied(" FROM UNNEST(?) AS h(id) JOIN claim_link l ON l.group_id = h.id")
                    + (linkedSeq == null ? "" : " AND r.seq <= ?"))) {
                st.setArray(1, ids(c, heads));
                if (linkedSeq != null) st.setLong(2, linkedSeq);
                add(st, g -> out.computeIfAbsent(g, x -> new Tally()));
            }
            return out;
        }

        /**
         * Adds to {@code tallies} the claims of the reports linked after {@code from} up to {@code to}, of the groups
         * tallied there; a tally changed is a copy (the one given may be in use by the cards kept before). Returns the
         * reports whose claims may now read otherwise: those linked, and those they found to be copies of them (a
         * claim's report names the earliest report it copies).
         */
        Set<String> linkedSince(long from, long to, Map<Long, Tally> tallies) throws SQLException {
            List<String> reports = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM report WHERE seq > ? AND seq <= ?")) {
                st.setLong(1, from);
                st.setLong(2, to);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) reports.add(rs.getString(1));
                }
            }
            if (reports.isEmpty()) return Set.of();
            Map<Long, Tally> copies = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement(tallied(" FROM UNNEST(?) AS w(rid) JOIN claim_link l ON l.report_id = w.rid"))) {
                st.setArray(1, c.createArrayOf("VARCHAR", reports.toArray()));
                add(st, g -> tallies.containsKey(g) ? copies.computeIfAbsent(g, x -> tallies.get(x).copy()) : null);
            }
            tallies.putAll(copies);
            Set<String> changed = new HashSet<>(reports);
            try (PreparedStatement st = c.prepareStatement("SELECT d.report_id FROM UNNEST(?) AS w(id) JOIN near_duplicate d ON d.original_id = w.id")) {
                st.setArray(1, c.createArrayOf("VARCHAR", reports.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) changed.add(rs.getString(1));
                }
            }
            return changed;
        }

        /**
         * Counts each claim {@code st} reads into the tally {@code tallyOf} gives its group (null: not counted). A
         * report counts once a group: the reports of a read are either all of a group's or all new to it (linked since).
         */
        private void add(PreparedStatement st, java.util.function.LongFunction<Tally> tallyOf) throws SQLException {
            Map<Long, Set<String>> reports = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long group = rs.getLong(1);
                    Tally t = tallyOf.apply(group);
                    if (t == null) continue;
                    String s = rs.getString(2), date = rs.getString(3), report = rs.getString(5);
                    java.sql.Date published = rs.getDate(7);
                    Order o = new Order(published == null ? Long.MAX_VALUE : published.toLocalDate().toEpochDay(), rs.getLong(8), rs.getInt(6), report);
                    t.add(s, o, side == null || side.equals(s) ? offset + limit : 0);
                    if (reports.computeIfAbsent(group, g -> new HashSet<>()).add(report)) t.reports++;
                    if (rs.getInt(9) == 1) t.corrected.add(o.key());
                    else if (date != null) t.chart.merge(List.of(s, date), new double[] {rs.getDouble(4), rs.getDouble(4), 1}, Ledger::mergePoints);
                }
            }
        }

        /**
         * The heads' cards from their tallies: the claims shown and the corrected ones read whole, or taken from
         * {@code known} (claims read whole before, by report#ord) where their report is not in {@code changed}. Every
         * claim read whole or taken goes into {@code whole}.
         */
        List<LedgerCard> cards(List<ClaimGroup> heads, Map<Long, Tally> tallies, Map<String, GroupedClaim> known, Set<String> changed,
                               Map<String, GroupedClaim> whole) throws SQLException {
            Set<String> toRead = new HashSet<>();  // report#ord of the claims to read whole
            Map<Long, List<String>> shownKeys = new HashMap<>();  // in publication order
            for (ClaimGroup h : heads) {
                Tally t = tallies.get(h.id());
                if (t == null) continue;
                toRead.addAll(t.corrected);
                List<Order> shown = new ArrayList<>();
                for (java.util.PriorityQueue<Order> page : t.pages.values()) {
                    List<Order> ordered = new ArrayList<>(page);
                    ordered.sort(null);
                    shown.addAll(ordered.subList(Math.min(offset, ordered.size()), ordered.size()));
                }
                shown.sort(null);
                shownKeys.put(h.id(), shown.stream().map(Order::key).toList());
                shownKeys.get(h.id()).forEach(toRead::add);
            }
            // The kept claims by their claim_link key, each a look-up in its index.
            List<String> reportIds = new ArrayList<>();
            List<Integer> ords = new ArrayList<>();
            for (String k : toRead) {
                String report = k.substring(0, k.lastIndexOf('#'));
                GroupedClaim before = known.get(k);
                if (before != null && !changed.contains(report)) {
                    whole.put(k, before);
                    continue;
                }
                reportIds.add(report);
                ords.add(Integer.parseInt(k.substring(k.lastIndexOf('#') + 1)));
            }
            if (!reportIds.isEmpty()) {
                claims(c, "SELECT " + CLAIM_COLUMNS + " FROM UNNEST(?, ?) AS w(rid, ord) JOIN claim_link l ON l.report_id = w.rid"
                        + " AND l.claim_ord = w.ord" + CLAIM_JOIN + SourceReports.JOINS, c.createArrayOf("VARCHAR", reportIds.toArray()),
                        c.createArrayOf("INTEGER", ords.toArray())).values().forEach(l -> l.forEach(k -> whole.put(k.report().id() + "#" + k.ord(), k)));
            }
            List<LedgerCard> out = new ArrayList<>();
            for (ClaimGroup h : heads) {
                Tally t = tallies.get(h.id());
                if (t == null) continue;  // every claim's report is retracted, or none is reviewed
                List<GroupedClaim> shown = new ArrayList<>();
                for (String key : shownKeys.get(h.id())) {
                    GroupedClaim k = whole.get(key);
                    if (k != null) shown.add(k);
                }
                Map<List<String>, double[]> chart = new HashMap<>(t.chart);
                for (String key : t.corrected) {
                    GroupedClaim k = whole.get(key);
                    if (k == null || k.date() == null) continue;
                    String s = k.claim().claimantSide() == null ? "unknown" : k.claim().claimantSide().label();
                    chart.merge(List.of(s, k.date()), new double[] {k.claim().value(), k.claim().value(), 1}, Ledger::mergePoints);
                }
                List<LedgerCard.ChartPoint> points = new ArrayList<>();
                byMonth(chart).forEach((k, v) -> points.add(new LedgerCard.ChartPoint(k.get(0), k.get(1), v[0], v[1], (int) v[2])));
                points.sort(java.util.Comparator.comparing(LedgerCard.ChartPoint::side).thenComparing(LedgerCard.ChartPoint::date));
                out.add(new LedgerCard(h.with(shown), t.sides.values().stream().mapToInt(Integer::intValue).sum(), t.reports, t.sides,
                        points, side, offset, limit));
            }
            return out;
        }
    }

    /** A claim's place in publication order (the claims' order on every ledger page): its report's day and seq, its ord. */
    private record Order(long day, long seq, int ord, String report) implements Comparable<Order> {
        @Override
        public int compareTo(Order o) {
            int d = Long.compare(day, o.day);
            if (d != 0) return d;
            d = Long.compare(seq, o.seq);
            return d != 0 ? d : Integer.compare(ord, o.ord);
        }

        String key() {
            return report + "#" + ord;
        }
    }

    /** What one pass gathers of a group: claims by side, its reports, the first claims of each side, the chart's points. */
    static final class Tally {
        final Map<String, Integer> sides = new TreeMap<>();
        int reports;
        /** Each side's first claims so far, the last of them on top (so the heap stays as large as a page reaches). */
        final Map<String, java.util.PriorityQueue<Order>> pages = new HashMap<>();
        final Map<List<String>, double[]> chart = new HashMap<>();
        final Set<String> corrected = new HashSet<>();

        /** Counts a claim, and keeps it while it is among the first {@code upTo} of its side (0: a side not paged). */
        void add(String side, Order o, int upTo) {
            sides.merge(side, 1, Integer::sum);
            if (upTo == 0) return;
            java.util.PriorityQueue<Order> page = pages.computeIfAbsent(side, s -> new java.util.PriorityQueue<>(java.util.Comparator.reverseOrder()));
            if (page.size() < upTo) page.add(o);
            else if (o.compareTo(page.peek()) < 0) {
                page.poll();
                page.add(o);
            }
        }

        /** A tally to add to while this one stays as it is. */
        Tally copy() {
            Tally t = new Tally();
            t.sides.putAll(sides);
            t.reports = reports;
            pages.forEach((s, page) -> t.pages.put(s, new java.util.PriorityQueue<>(page)));
            t.chart.putAll(chart);  // its points are replaced when merged, never changed
            t.corrected.addAll(corrected);
            return t;
        }
    }

    /** A side with more dates than this is charted by month, so that a card stays bounded whatever the group's size. */
    static final int CHART_DATES = 100;

    /** The chart's points, with those of each side that has more than {@link #CHART_DATES} dates merged by month. */
    static Map<List<String>, double[]> byMonth(Map<List<String>, double[]> chart) {
        Map<String, Integer> dates = new HashMap<>();
        chart.keySet().forEach(k -> dates.merge(k.get(0), 1, Integer::sum));
        if (dates.values().stream().allMatch(n -> n <= CHART_DATES)) return chart;
        Map<List<String>, double[]> out = new HashMap<>();
        chart.forEach((k, v) -> out.merge(dates.get(k.get(0)) <= CHART_DATES ? k : List.of(k.get(0), k.get(1).substring(0, Math.min(7, k.get(1).length()))),
                v, Ledger::mergePoints));
        return out;
    }

    private static double[] mergePoints(double[] a, double[] b) {
        return new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1]), a[2] + b[2]};
    }

    /** LIKE's wildcards in user text match themselves. */
    static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
