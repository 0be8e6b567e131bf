package org.totmon.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.InflaterInputStream;
import org.totmon.linker.EventClustering;
import org.totmon.linker.EventMention;
import org.totmon.linker.PlaceRef;
import org.totmon.model.Event;
import org.totmon.model.Modality;
import org.totmon.model.PlaceKind;

/**
 * A cluster's anchors ({@link EventClustering#ANCHORS}) kept together in one row of {@code event_anchors} (V29), with the
 * state of its summary (V30: the mentions that win each part, its actors and counts), so that
 * reading a candidate cluster is one look-up, not one in each of the link, event, report, actor and entity tables per
 * anchor (reading candidates that way was most of the linking thread's time past 40,000 reports, mostly H2 finding and
 * decoding pages), and summing a cluster up as a mention joins it needs no read of all its mentions. Written in the
 * transaction that links a mention; a cluster linked before V29 (V30) has no row (summary) until it is read from the
 * tables once.
 * <p>
 * Both are kept packed (V34: the JSON's UTF-8 bytes, deflated), a quarter of the text or less: H2 decodes every row of
 * a page it reads, and with the JSON as text that decoding was most of reading a candidate (BENCHMARKS.md, "Session
 * 11 (lead)"). A row kept before as text is read as it is and packed when it is next written.
 */
final class ClusterAnchors {
    private ClusterAnchors() {}

    /** A cluster's kept anchors in the order they joined; {@code current}: kept as this code keeps them (packed). */
    record Kept(List<StoredMention> anchors, boolean current) {}

    /** The anchors of the clusters among {@code ids} that have a row, by cluster id. */
    static Map<Long, Kept> read(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Kept> out = new HashMap<>();
        Array array = c.createArrayOf("BIGINT", ids.toArray());
        // The ids as a table (UNNEST): each a look-up in the primary key, where H2 tests every row against = ANY.
        try (PreparedStatement st = c.prepareStatement("SELECT a.cluster_id, a.packed, a.anchors FROM UNNEST(?) AS h(id)"
                + " JOIN event_anchors a ON a.cluster_id = h.id")) {
            st.setArray(1, array);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    byte[] packed = rs.getBytes(2);
                    out.put(rs.getLong(1), new Kept(mentions(packed != null ? unpack(packed) : tree(rs.getString(3))), packed != null));
                }
            }
        }
        return out;
    }

    /**
     * Sets the cluster's anchors (null: as they are) and its summary's state (the writers' lock held, so no other process
     * writes the row meanwhile). A cluster without a row and no anchors given gets none.
     */
    static void write(Connection c, long cluster, List<StoredMention> anchors, EventClustering.State summary) throws SQLException {
        byte[] packed = anchors == null ? null : pack(encode(anchors));
        byte[] state = summary == null ? null : pack(encode(summary));
        if (packed == null && state == null) return;
        // What is written replaces the text form of a row kept before V34.
        String set = (packed == null ? "" : "packed = ?, anchors = NULL") + (packed != null && state != null ? ", " : "")
                + (state == null ? "" : "summary_packed = ?, summary = NULL");
        try (PreparedStatement st = c.prepareStatement("UPDATE event_anchors SET " + set + " WHERE cluster_id = ?")) {
            int i = 1;
            if (packed != null) st.setBytes(i++, packed);
            if (state != null) st.setBytes(i++, state);
            st.setLong(i, cluster);
            if (st.executeUpdate() > 0 || packed == null) return;
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO event_anchors (cluster_id, packed, summary_packed) VALUES (?, ?, ?)")) {
            st.setLong(1, cluster);
            st.setBytes(2, packed);
            st.setBytes(3, state);
            st.executeUpdate();
        }
    }

    /** JSON as a row keeps it: its UTF-8 bytes, deflated. */
    static byte[] pack(String json) {
        byte[] in = json.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(in);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 3 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The JSON a row keeps {@link #pack}ed. */
    static JsonNode unpack(byte[] packed) {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(packed))) {
            return Corrections.JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("a cluster's kept anchors or summary cannot be read: " + e.getMessage(), e);
        }
    }

    static String encode(List<StoredMention> anchors) {
        ArrayNode out = Corrections.JSON.createArrayNode();
        for (StoredMention m : anchors) encode(out.addObject(), m, true);
        return out.toString();
    }

    /**
     * Writes the mention into {@code o}; with what its evidence says ({@code evidence}: its stems and concepts, not its
     * text, which they are worked out from at a cost) or without, where nothing will read it.
     */
    private static void encode(ObjectNode o, StoredMention m, boolean evidence) {
        Event e = m.event();
        o.put("report", m.reportId()).put("ord", m.ord()).put("published", m.published()).put("type", e.type())
                .put("date", e.date()).put("place", e.place()).put("modality", e.modality().name())
                .put("acled", e.acledEventType()).put("acled_sub", e.acledSubEventType()).put("start", e.start())
                .put("end", e.end()).put("several_regions", e.severalRegions()).put("sense", e.sense())
                .put("date_value", m.dateValue()).put("dated_by_event", m.datedByEvent());
        e.actors().forEach(o.putArray("actors")::add);
        new TreeSet<>(m.persons()).forEach(o.putArray("persons")::add);
        if (evidence) {
            new TreeSet<>(m.stems()).forEach(o.putArray("stems")::add);
            new TreeSet<>(m.concepts()).forEach(o.putArray("concepts")::add);
        }
        PlaceRef p = m.place();
        if (p != null) {
            o.putObject("linked_place").put("name", p.name()).put("kind", p.kind() == null ? null : p.kind().label())
                    .put("admin1", p.admin1()).put("country", p.country()).put("lat", p.lat()).put("lon", p.lon());
        }
    }

    private static List<StoredMention> mentions(JsonNode anchors) {
        List<StoredMention> out = new ArrayList<>();
        for (JsonNode o : anchors) out.add(decode(o));
        return out;
    }

    private static JsonNode tree(String json) {
        try {
            return Corrections.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("a cluster's kept anchors or summary are not JSON: " + e.getMessage(), e);
        }
    }

    private static StoredMention decode(JsonNode o) {
        List<String> actors = new ArrayList<>();
        o.path("actors").forEach(a -> actors.add(a.asText()));
        Set<String> persons = strings(o, "persons");
        Event e = new Event(text(o, "type"), text(o, "text"), text(o, "date"), text(o, "place"), actors,
                Modality.valueOf(o.get("modality").asText()), text(o, "acled"), text(o, "acled_sub"), o.get("start").asInt(),
                o.get("end").asInt(), null, List.of(), o.get("several_regions").asBoolean(), text(o, "sense"));
        JsonNode p = o.get("linked_place");
        PlaceRef place = p == null ? null : new PlaceRef(text(p, "name"), p.hasNonNull("kind") ? PlaceKind.of(p.get("kind").asText()) : null,
                text(p, "admin1"), text(p, "country"), p.hasNonNull("lat") ? p.get("lat").asDouble() : null,
                p.hasNonNull("lon") ? p.get("lon").asDouble() : null);
        // Anchors kept before their stems and concepts were have their evidence text instead.
        return new StoredMention(text(o, "report"), o.get("ord").asInt(), text(o, "published"), e, text(o, "date_value"),
                o.get("dated_by_event").asBoolean(), place, persons == null ? Set.of() : persons, strings(o, "stems"), strings(o, "concepts"));
    }

    private static final List<String> WINNERS = List.of("dated", "first_published", "placed", "first");

    /** A summarizer's state as JSON: its winning mentions without their evidence text, its actors and counts. */
    static String encode(EventClustering.State s) {
        ObjectNode o = Corrections.JSON.createObjectNode();
        List<EventMention> winners = Arrays.asList(s.dated(), s.firstPublished(), s.placed(), s.first());
        for (int i = 0; i < WINNERS.size(); i++) {
            if (winners.get(i) != null) encode(o.putObject(WINNERS.get(i)), StoredMention.of(winners.get(i)), false);
        }
        s.actors().stream().sorted().forEach(o.putArray("actors")::add);
        o.put("reports", s.reports());
        ObjectNode modalities = o.putObject("modalities");
        s.modalities().forEach((m, n) -> modalities.put(m.name(), n));
        return o.toString();
    }

    static EventClustering.State decodeState(JsonNode o) {
        List<EventMention> winners = new ArrayList<>();
        for (String w : WINNERS) winners.add(o.hasNonNull(w) ? decode(o.get(w)).bare() : null);
        Set<String> actors = new TreeSet<>();
        o.path("actors").forEach(a -> actors.add(a.asText()));
        Map<Modality, Integer> modalities = new EnumMap<>(Modality.class);
        o.path("modalities").fields().forEachRemaining(e -> modalities.put(Modality.valueOf(e.getKey()), e.getValue().asInt()));
        return new EventClustering.State(winners.get(0), winners.get(1), winners.get(2), winners.get(3), actors, o.get("reports").asInt(),
                modalities);
    }

    /** The kept state of the cluster's summary, or null when none is kept (a cluster linked before V30). */
    static EventClustering.State summary(Connection c, long cluster) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT summary_packed, summary FROM event_anchors WHERE cluster_id = ?")) {
            st.setLong(1, cluster);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) return null;
                byte[] packed = rs.getBytes(1);
                String json = rs.getString(2);
                return packed != null ? decodeState(unpack(packed)) : json != null ? decodeState(tree(json)) : null;
            }
        }
    }

    /**
     * The strings of the array {@code field}, or null when there is none; unmodifiable, as a mention keeps them (so it
     * need not copy them again).
     */
    private static Set<String> strings(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null) return null;
        List<String> out = new ArrayList<>(v.size());
        v.forEach(x -> out.add(x.asText()));
        return Set.copyOf(out);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
