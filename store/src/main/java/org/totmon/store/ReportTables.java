package org.totmon.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Modality;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.PublicationDate;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.model.TextSpan;
import org.totmon.model.TimeMention;

/** Maps a report and its extraction layers to their tables and back; the caller owns the transaction. */
final class ReportTables {
    private ReportTables() {}

    private static final String REPORT_COLUMNS = "seq, id, external_id, origin, source_format, forwarded_from, url, outlet, title, published,"
            + " declared_language, language, text, ingested_at, ingested_by";

    /** Inserts the report and every layer, made by the pipeline of {@code version} (null: unknown); returns the report's seq. */
    static long insert(Connection c, Report r, Extraction x, Provenance p, String version) throws SQLException {
        long seq;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO report (id, external_id, origin, url, outlet, title,"
                + " published, published_from, published_to, declared_language, language, text, ingested_at, extractor_version,"
                + " source_format, forwarded_from, ingested_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"seq"})) {
            DateRange range = publishedRange(r.published());
            st.setString(1, r.id());
            st.setString(2, p.externalId());
            st.setString(3, p.origin());
            st.setString(4, r.url());
            st.setString(5, r.outlet());
            st.setString(6, r.title());
            st.setString(7, r.published());
            st.setObject(8, range == null ? null : Date.valueOf(range.from()), Types.DATE);
            st.setObject(9, range == null ? null : Date.valueOf(range.to()), Types.DATE);
            st.setString(10, r.language());
            st.setString(11, x.language());
            st.setString(12, r.text());
            st.setObject(13, OffsetDateTime.now(ZoneOffset.UTC));
            st.setString(14, version);
            st.setString(15, p.format());
            st.setString(16, p.forwardedFrom());
            st.setString(17, p.ingestedBy());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                seq = keys.getLong(1);
            }
        }
        insertLayers(c, r.id(), x);
        return seq;
    }

    private static void insertLayers(Connection c, String id, Extraction x) throws SQLException {
        insertBoilerplate(c, id, x.boilerplate());
        insertEntities(c, id, x.entities());
        insertPlaces(c, id, x.places());
        insertTimes(c, id, x.times());
        insertClaims(c, id, x.claims());
        insertEvents(c, id, x.events());
    }

    /**
     * The layer tables, in an order that deletes rows before those they point at: a mention or actor before its
     * entity, place or event (on H2 no foreign key deletes them since V39).
     */
    private static final List<String> LAYER_TABLES = List.of("event_actor", "event", "claim", "time_mention", "place_mention", "place",
            "entity_mention", "entity", "boilerplate_span");

    /**
     * Replaces the layers of a stored report with a new extraction of it, made by the pipeline of {@code version}.
     * Rows that point at the old events and claims (the links) go with them, by the schema's cascades.
     */
    static void replaceLayers(Connection c, String id, Extraction x, String version) throws SQLException {
        for (String table : LAYER_TABLES) {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE report_id = ?")) {
                st.setString(1, id);
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE report SET language = ?, extractor_version = ? WHERE id = ?")) {
            st.setString(1, x.language());
            st.setString(2, version);
            st.setString(3, id);
            st.executeUpdate();
        }
        insertLayers(c, id, x);
    }

    /** Where a report's extraction is not of {@code version}: made by another pipeline, or by one of unknown version. */
    static final String OLDER = "(extractor_version IS NULL OR extractor_version <> ?)";

    /**
     * The reports with seq above {@code afterSeq} whose extraction is not of {@code version}, in seq order, at most
     * {@code limit}; with their extraction's language but no layers (they are about to be replaced).
     */
    static List<StoredReport> loadOlderAfter(Connection c, long afterSeq, String version, int limit) throws SQLException {
        List<StoredReport> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT " + REPORT_COLUMNS + " FROM report WHERE seq > ? AND " + OLDER + " ORDER BY seq LIMIT ?")) {
            st.setLong(1, afterSeq);
            st.setString(2, version);
            st.setInt(3, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
        }
        return out;
    }

    /** A malformed published date only loses the date filter; the report keeps what its source said. */
    private static DateRange publishedRange(String published) {
        try {
            return DateRange.of(PublicationDate.parse(published));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void insertBoilerplate(Connection c, String id, List<TextSpan> spans) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO boilerplate_span (report_id, ord, start_offset, end_offset) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < spans.size(); i++) {
                st.setString(1, id);
                st.setInt(2, i);
                st.setInt(3, spans.get(i).start());
                st.setInt(4, spans.get(i).end());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void insertEntities(Connection c, String id, List<Entity> entities) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO entity (report_id, ord, name, type) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                st.setString(1, id);
                st.setInt(2, i);
                st.setString(3, e.name());
                st.setString(4, e.type() == null ? null : e.type().name());
                st.addBatch();
            }
            st.executeBatch();
        }
        List<List<Mention>> mentions = new ArrayList<>();
        for (Entity e : entities) mentions.add(e.mentions());
        insertMentions(c, "entity_mention", "entity_ord", id, mentions);
    }

    private static void insertPlaces(Connection c, String id, List<Place> places) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO place (report_id, ord, name, kind, lat, lon, geonames_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < places.size(); i++) {
                Place p = places.get(i);
                st.setString(1, id);
                st.setInt(2, i);
                st.setString(3, p.name());
                st.setString(4, p.kind() == null ? null : p.kind().label());
                st.setDouble(5, p.lat());
                st.setDouble(6, p.lon());
                st.setObject(7, p.geonamesId(), Types.BIGINT);
                st.addBatch();
            }
            st.executeBatch();
        }
        List<List<Mention>> mentions = new ArrayList<>();
        for (Place p : places) mentions.add(p.mentions());
        insertMentions(c, "place_mention", "place_ord", id, mentions);
    }

    private static void insertMentions(Connection c, String table, String ownerColumn, String id,
                                       List<List<Mention>> byOwner) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO " + table + " (report_id, " + ownerColumn
                + ", ord, text, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int owner = 0; owner < byOwner.size(); owner++) {
                List<Mention> mentions = byOwner.get(owner);
                for (int i = 0; i < mentions.size(); i++) {
                    Mention m = mentions.get(i);
                    st.setString(1, id);
                    st.setInt(2, owner);
                    st.setInt(3, i);
                    st.setString(4, m.text());
                    st.setInt(5, m.start());
                    st.setInt(6, m.end());
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    private static void insertTimes(Connection c, String id, List<TimeMention> times) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO time_mention (report_id, ord, text, time_value,"
                + " start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < times.size(); i++) {
                TimeMention t = times.get(i);
                st.setString(1, id);
                st.setInt(2, i);
                st.setString(3, t.text());
                st.setString(4, t.value());
                st.setInt(5, t.start());
                st.setInt(6, t.end());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void insertClaims(Connection c, String id, List<Claim> claims) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO claim (report_id, ord, text, amount, amount_max,"
                + " qualifier, unit, subject, claimant, claimant_side, hedged, start_offset, end_offset, claimant_id, side_reason)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < claims.size(); i++) {
                Claim k = claims.get(i);
                st.setString(1, id);
                st.setInt(2, i);
                st.setString(3, k.text());
                st.setDouble(4, k.value());
                st.setObject(5, k.valueMax(), Types.DOUBLE);
                st.setString(6, k.qualifier());
                st.setString(7, k.unit());
                st.setString(8, k.subject());
                st.setString(9, k.claimant());
                st.setString(10, k.claimantSide() == null ? null : k.claimantSide().label());
                st.setBoolean(11, k.hedged());
                st.setInt(12, k.start());
                st.setInt(13, k.end());
                st.setString(14, k.claimantId());
                st.setString(15, k.sideReason());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void insertEvents(Connection c, String id, List<Event> events) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO event (report_id, ord, type, text, event_date, place,"
                + " start_offset, end_offset, modality, acled_event_type, acled_sub_event_type, place_geonames_id, actor_ids,"
                + " several_regions, sense) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement actors = c.prepareStatement(
                     "INSERT INTO event_actor (report_id, event_ord, ord, actor) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                st.setString(1, id);
                st.setInt(2, i);
                st.setString(3, e.type());
                st.setString(4, e.text());
                st.setString(5, e.date());
                st.setString(6, e.place());
                st.setInt(7, e.start());
                st.setInt(8, e.end());
                st.setString(9, e.modality().label());
                st.setString(10, e.acledEventType());
                st.setString(11, e.acledSubEventType());
                st.setObject(12, e.placeGeonamesId(), Types.BIGINT);
                st.setString(13, e.actorIds().isEmpty() ? null : String.join(" ", e.actorIds()));
                st.setBoolean(14, e.severalRegions());
                st.setString(15, e.sense());
                st.addBatch();
                for (int a = 0; a < e.actors().size(); a++) {
                    actors.setString(1, id);
                    actors.setInt(2, i);
                    actors.setInt(3, a);
                    actors.setString(4, e.actors().get(a));
                    actors.addBatch();
                }
            }
            st.executeBatch();
            actors.executeBatch();
        }
    }

    /** The reports with seq above {@code afterSeq}, in seq order, at most {@code limit} of them, layers and all. */
    static List<StoredReport> loadAfter(Connection c, long afterSeq, int limit) throws SQLException {
        List<StoredReport> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT " + REPORT_COLUMNS + " FROM report WHERE seq > ? ORDER BY seq LIMIT ?")) {
            st.setLong(1, afterSeq);
            st.setInt(2, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
        }
        List<StoredReport> full = new ArrayList<>(out.size());
        for (StoredReport r : out) full.add(withLayers(c, r));
        return full;
    }

    static StoredReport load(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + REPORT_COLUMNS + " FROM report WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? withLayers(c, row(rs)) : null;
            }
        }
    }

    /**
     * The report with only the layer that holds items of {@code kind} (none for a report), or null: what a review write
     * reads, two or three queries instead of the ten of {@link #load}.
     */
    static StoredReport loadLayer(Connection c, String id, ItemKey.Kind kind) throws SQLException {
        StoredReport r;
        try (PreparedStatement st = c.prepareStatement("SELECT " + REPORT_COLUMNS + " FROM report WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) return null;
                r = row(rs);
            }
        }
        Extraction x = new Extraction(id, r.extraction().language(), List.of(), kind == ItemKey.Kind.ENTITY ? entities(c, id) : List.of(),
                kind == ItemKey.Kind.PLACE ? places(c, id) : List.of(), List.of(), kind == ItemKey.Kind.CLAIM ? claims(c, id) : List.of(),
                kind == ItemKey.Kind.EVENT ? events(c, id) : List.of());
        return new StoredReport(r.seq(), r.report(), x, r.provenance(), r.ingestedAt());
    }

    /** The report row; its extraction has the language but no layers yet. */
    private static StoredReport row(ResultSet rs) throws SQLException {
        Report report = new Report(rs.getString("id"), rs.getString("url"), rs.getString("outlet"), rs.getString("title"),
                rs.getString("published"), rs.getString("declared_language"), rs.getString("text"));
        Extraction bare = new Extraction(report.id(), rs.getString("language"), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return new StoredReport(rs.getLong("seq"), report, bare,
                new Provenance(rs.getString("external_id"), rs.getString("origin"), rs.getString("source_format"),
                        rs.getString("forwarded_from"), rs.getString("ingested_by")),
                rs.getObject("ingested_at", OffsetDateTime.class).toInstant());
    }

    private static StoredReport withLayers(Connection c, StoredReport r) throws SQLException {
        String id = r.id();
        Extraction x = new Extraction(id, r.extraction().language(), boilerplate(c, id), entities(c, id), places(c, id),
                times(c, id), claims(c, id), events(c, id));
        return new StoredReport(r.seq(), r.report(), x, r.provenance(), r.ingestedAt());
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(Connection c, String sql, String id, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(mapper.map(rs));
            }
        }
        return out;
    }

    private static List<TextSpan> boilerplate(Connection c, String id) throws SQLException {
        return query(c, "SELECT start_offset, end_offset FROM boilerplate_span WHERE report_id = ? ORDER BY ord", id,
                rs -> new TextSpan(rs.getInt(1), rs.getInt(2)));
    }

    /** Mentions grouped by the position of their owner (entity or place) in its layer. */
    private static Map<Integer, List<Mention>> mentions(Connection c, String table, String ownerColumn, String id)
            throws SQLException {
        Map<Integer, List<Mention>> byOwner = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + ownerColumn + ", text, start_offset, end_offset FROM "
                + table + " WHERE report_id = ? ORDER BY " + ownerColumn + ", ord")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    byOwner.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(new Mention(rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
        }
        return byOwner;
    }

    private static List<Entity> entities(Connection c, String id) throws SQLException {
        Map<Integer, List<Mention>> mentions = mentions(c, "entity_mention", "entity_ord", id);
        return query(c, "SELECT ord, name, type FROM entity WHERE report_id = ? ORDER BY ord", id,
                rs -> new Entity(rs.getString(2), EntityType.valueOf(rs.getString(3)),
                        mentions.getOrDefault(rs.getInt(1), List.of())));
    }

    private static List<Place> places(Connection c, String id) throws SQLException {
        Map<Integer, List<Mention>> mentions = mentions(c, "place_mention", "place_ord", id);
        return query(c, "SELECT ord, name, kind, lat, lon, geonames_id FROM place WHERE report_id = ? ORDER BY ord", id,
                rs -> new Place(rs.getString(2), PlaceKind.of(rs.getString(3)), rs.getDouble(4), rs.getDouble(5),
                        rs.getObject(6, Long.class), mentions.getOrDefault(rs.getInt(1), List.of())));
    }

    private static List<TimeMention> times(Connection c, String id) throws SQLException {
        return query(c, "SELECT text, time_value, start_offset, end_offset FROM time_mention WHERE report_id = ? ORDER BY ord",
                id, rs -> new TimeMention(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
    }

    private static final String CLAIM_COLUMNS = "text, amount, amount_max, qualifier, unit, subject, claimant, claimant_side, hedged,"
            + " start_offset, end_offset, claimant_id, side_reason";

    /** A claim from the {@link #CLAIM_COLUMNS}, starting at column {@code first}. */
    private static Claim claim(ResultSet rs, int first) throws SQLException {
        int f = first - 1;
        return new Claim(rs.getString(f + 1), rs.getDouble(f + 2), rs.getObject(f + 3, Double.class), rs.getString(f + 4),
                rs.getString(f + 5), rs.getString(f + 6), rs.getString(f + 7),
                rs.getString(f + 8) == null ? null : Side.of(rs.getString(f + 8)), rs.getBoolean(f + 9), rs.getInt(f + 10),
                rs.getInt(f + 11), rs.getString(f + 12), rs.getString(f + 13));
    }

    private static List<Claim> claims(Connection c, String id) throws SQLException {
        return query(c, "SELECT " + CLAIM_COLUMNS + " FROM claim WHERE report_id = ? ORDER BY ord", id, rs -> claim(rs, 1));
    }

    private static final String EVENT_COLUMNS = "ord, type, text, event_date, place, start_offset, end_offset, modality, acled_event_type,"
            + " acled_sub_event_type, place_geonames_id, actor_ids, several_regions, sense";

    /** An event from the {@link #EVENT_COLUMNS}, starting at column {@code first}, with its actors by event ord. */
    private static Event event(ResultSet rs, int first, Map<Integer, List<String>> actors) throws SQLException {
        int f = first - 1;
        return new Event(rs.getString(f + 2), rs.getString(f + 3), rs.getString(f + 4), rs.getString(f + 5),
                actors.getOrDefault(rs.getInt(f + 1), List.of()), Modality.valueOf(rs.getString(f + 8).toUpperCase(java.util.Locale.ROOT)),
                rs.getString(f + 9), rs.getString(f + 10), rs.getInt(f + 6), rs.getInt(f + 7), rs.getObject(f + 11, Long.class),
                rs.getString(f + 12) == null ? List.of() : List.of(rs.getString(f + 12).split(" ")), rs.getBoolean(f + 13),
                rs.getString(f + 14));
    }

    private static List<Event> events(Connection c, String id) throws SQLException {
        Map<Integer, List<String>> actors = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT event_ord, actor FROM event_actor WHERE report_id = ? ORDER BY event_ord, ord")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) actors.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return query(c, "SELECT " + EVENT_COLUMNS + " FROM event WHERE report_id = ? ORDER BY ord", id, rs -> event(rs, 1, actors));
    }

    /**
     * The places, claims and events of several reports, by report id, in four queries for all of them (a page of
     * reports read one by one would take eight queries a report); a report not stored is absent.
     */
    static Map<String, ReportItems> items(Connection c, List<String> ids) throws SQLException {
        Map<String, ReportItems> out = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        java.sql.Array array = c.createArrayOf("VARCHAR", ids.toArray());
        Map<String, Map<Integer, List<Mention>>> mentions = new HashMap<>();
        forRows(c, "SELECT report_id, place_ord, text, start_offset, end_offset FROM place_mention WHERE report_id = ANY (?)"
                + " ORDER BY report_id, place_ord, ord", array, rs -> mentions.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>()).add(new Mention(rs.getString(3), rs.getInt(4), rs.getInt(5))));
        Map<String, List<Place>> places = new HashMap<>();
        forRows(c, "SELECT report_id, ord, name, kind, lat, lon, geonames_id FROM place WHERE report_id = ANY (?) ORDER BY report_id, ord",
                array, rs -> places.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Place(rs.getString(3),
                        PlaceKind.of(rs.getString(4)), rs.getDouble(5), rs.getDouble(6), rs.getObject(7, Long.class),
                        mentions.getOrDefault(rs.getString(1), Map.of()).getOrDefault(rs.getInt(2), List.of()))));
        Map<String, List<Claim>> claims = new HashMap<>();
        forRows(c, "SELECT report_id, " + CLAIM_COLUMNS + " FROM claim WHERE report_id = ANY (?) ORDER BY report_id, ord", array,
                rs -> claims.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(claim(rs, 2)));
        Map<String, Map<Integer, List<String>>> actors = new HashMap<>();
        forRows(c, "SELECT report_id, event_ord, actor FROM event_actor WHERE report_id = ANY (?) ORDER BY report_id, event_ord, ord",
                array, rs -> actors.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
                        .add(rs.getString(3)));
        Map<String, List<Event>> events = new HashMap<>();
        forRows(c, "SELECT report_id, " + EVENT_COLUMNS + " FROM event WHERE report_id = ANY (?) ORDER BY report_id, ord", array,
                rs -> events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(event(rs, 2, actors.getOrDefault(rs.getString(1), Map.of()))));
        Set<String> stored = new HashSet<>();
        forRows(c, "SELECT id FROM report WHERE id = ANY (?)", array, rs -> stored.add(rs.getString(1)));
        for (String id : ids) {
            if (stored.contains(id)) {
                out.put(id, new ReportItems(id, places.getOrDefault(id, List.of()), claims.getOrDefault(id, List.of()), events.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    /**
     * The reports after {@code afterSeq} (at most {@code limit}, in seq order) as the catalog holds them, in seven
     * queries for the whole batch (each report's layers as a table of its ids, UNNEST), where loading each report
     * whole ({@link #loadAfter}) takes ten queries a report and reads its text.
     */
    static List<ReportNames> namesAfter(Connection c, long afterSeq, int limit) throws SQLException {
        record Row(long seq, String id, String url, String outlet, String title, String published, String declared, String language) {}
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT seq, id, url, outlet, title, published, declared_language, language"
                + " FROM report WHERE seq > ? ORDER BY seq LIMIT ?")) {
            st.setLong(1, afterSeq);
            st.setInt(2, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8)));
                }
            }
        }
        if (rows.isEmpty()) return List.of();
        java.sql.Array ids = c.createArrayOf("VARCHAR", rows.stream().map(Row::id).toArray());
        String of = " FROM UNNEST(?) AS h(id) JOIN ";
        Map<String, Map<Integer, List<Mention>>> entityMentions = new HashMap<>(), placeMentions = new HashMap<>();
        forRows(c, "SELECT t.report_id, t.entity_ord, t.text, t.start_offset, t.end_offset" + of + "entity_mention t ON t.report_id = h.id"
                + " ORDER BY t.report_id, t.entity_ord, t.ord", ids, rs -> entityMentions.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>()).add(new Mention(rs.getString(3), rs.getInt(4), rs.getInt(5))));
        forRows(c, "SELECT t.report_id, t.place_ord, t.text, t.start_offset, t.end_offset" + of + "place_mention t ON t.report_id = h.id"
                + " ORDER BY t.report_id, t.place_ord, t.ord", ids, rs -> placeMentions.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>()).add(new Mention(rs.getString(3), rs.getInt(4), rs.getInt(5))));
        Map<String, List<Entity>> entities = new HashMap<>();
        forRows(c, "SELECT t.report_id, t.ord, t.name, t.type" + of + "entity t ON t.report_id = h.id ORDER BY t.report_id, t.ord", ids,
                rs -> entities.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Entity(rs.getString(3), EntityType.valueOf(rs.getString(4)),
                        entityMentions.getOrDefault(rs.getString(1), Map.of()).getOrDefault(rs.getInt(2), List.of()))));
        Map<String, List<Place>> places = new HashMap<>();
        forRows(c, "SELECT t.report_id, t.ord, t.name, t.kind, t.lat, t.lon, t.geonames_id" + of + "place t ON t.report_id = h.id"
                + " ORDER BY t.report_id, t.ord", ids, rs -> places.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Place(rs.getString(3),
                        PlaceKind.of(rs.getString(4)), rs.getDouble(5), rs.getDouble(6), rs.getObject(7, Long.class),
                        placeMentions.getOrDefault(rs.getString(1), Map.of()).getOrDefault(rs.getInt(2), List.of()))));
        Map<String, List<String>> types = new HashMap<>(), sides = new HashMap<>();
        forRows(c, "SELECT t.report_id, t.type" + of + "event t ON t.report_id = h.id ORDER BY t.report_id, t.ord", ids,
                rs -> types.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        forRows(c, "SELECT t.report_id, t.claimant_side" + of + "claim t ON t.report_id = h.id WHERE t.claimant_side IS NOT NULL"
                + " ORDER BY t.report_id, t.ord", ids, rs -> sides.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(Side.of(rs.getString(2)).label()));
        List<ReportNames> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new ReportNames(r.seq(), r.id(), r.title(), r.url(), r.outlet(), r.published(), r.language(), r.declared(),
                    entities.getOrDefault(r.id(), List.of()), places.getOrDefault(r.id(), List.of()), types.getOrDefault(r.id(), List.of()),
                    sides.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    private interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void forRows(Connection c, String sql, java.sql.Array ids, RowAction action) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setArray(1, ids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) action.accept(rs);
            }
        }
    }
}
