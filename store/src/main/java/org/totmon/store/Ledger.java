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
import org.totmon.model.Claim;
import org.totmon.model.Side;

/** The claim groups of the store (read only): what each side claims about each measure. Thread-safe. */
public final class Ledger {
    private final Database db;
    private final EntityNames names;

    Ledger(Database db, EntityNames names) {
        this.db = db;
        this.names = names;
    }

    /** The groups {@code q} selects: disputed ones first, then the largest, then the oldest. */
    public List<ClaimGroup> groups(ClaimQuery q) {
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
        try (Connection c = db.connection()) {
            // Disputed groups, then the others, each read in the order of an index (claim count, id) and cut at the
            // limit, so that the first page does not sort every group of the store.
            Map<Long, ClaimGroup> groups = new LinkedHashMap<>();
            heads(c, where + " AND g.disagreement IS NOT NULL", params, q.limit(), groups);
            if (!q.disputedOnly() && groups.size() < q.limit()) heads(c, where + " AND g.disagreement IS NULL", params, q.limit() - groups.size(), groups);
            List<ClaimGroup> out = new ArrayList<>();
            for (ClaimGroup full : withClaims(c, new ArrayList<>(groups.values()))) {
                if (!full.claims().isEmpty()) out.add(full);  // empty: every claim's report is retracted
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the claim groups " + db.where() + ": " + e.getMessage(), e);
        }
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
        try (Connection c = db.connection(); PreparedStatement st = c.prepareStatement(
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
        Map<Long, List<GroupedClaim>> byGroup = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT k.text, k.amount, k.amount_max, k.qualifier, k.unit, k.subject,"
                + " k.claimant, k.claimant_side, k.hedged, k.start_offset, k.end_offset, l.claim_ord, l.claim_date, k.claimant_id, k.side_reason, "
                + SourceReports.COLUMNS + ", l.group_id FROM claim_link l JOIN claim k ON k.report_id = l.report_id AND k.ord = l.claim_ord"
                + SourceReports.JOINS + " WHERE l.group_id = ANY (?) AND " + Reviews.NOT_RETRACTED
                + " ORDER BY r.published_from NULLS LAST, r.seq, l.claim_ord")) {
            st.setArray(1, c.createArrayOf("BIGINT", groups.stream().map(ClaimGroup::id).toArray()));
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
        List<ClaimGroup> out = new ArrayList<>(groups.size());
        for (ClaimGroup g : groups) {
            List<GroupedClaim> claims = byGroup.getOrDefault(g.id(), new ArrayList<>());
            if (!reviews.isEmpty()) {
                claims.replaceAll(k -> {
                    Review r = reviews.get(ItemKey.claim(k.report().id(), k.claim().start(), k.claim().end()).toString());
                    return r == null ? k : new GroupedClaim(names.apply(k.report().id(), Corrections.apply(k.claim(), r.status() == Review.Status.CORRECTED ? r.correction() : null)),
                            k.ord(), k.date(), k.report(), r);
                });
            }
            out.add(new ClaimGroup(g.id(), g.unit(), g.concept(), g.place(), g.admin1(), g.eventType(), g.eventId(), g.disagreement(), claims));
        }
        return out;
    }

    /** LIKE's wildcards in user text match themselves. */
    static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
