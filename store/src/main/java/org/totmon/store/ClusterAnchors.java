package org.totmon.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import org.totmon.linker.EventClustering;
import org.totmon.linker.PlaceRef;
import org.totmon.model.Event;
import org.totmon.model.Modality;
import org.totmon.model.PlaceKind;

/**
 * A cluster's anchors ({@link EventClustering#ANCHORS}) kept together in one row of {@code event_anchors} (V29), so that
 * reading a candidate cluster is one look-up, not one in each of the link, event, report, actor and entity tables per
 * anchor (reading candidates that way was most of the linking thread's time past 40,000 reports, mostly H2 finding and
 * decoding pages). Written in the transaction that links an anchor; a cluster linked before V29 has no row until it is
 * read from the tables once.
 */
final class ClusterAnchors {
    private ClusterAnchors() {}

    /** The anchors of the clusters among {@code ids} that have a row, by cluster id, in the order they joined. */
    static Map<Long, List<StoredMention>> read(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<StoredMention>> out = new HashMap<>();
        Array array = c.createArrayOf("BIGINT", ids.toArray());
        // The ids as a table (UNNEST): each a look-up in the primary key, where H2 tests every row against = ANY.
        try (PreparedStatement st = c.prepareStatement("SELECT a.cluster_id, a.anchors FROM UNNEST(?) AS h(id)"
                + " JOIN event_anchors a ON a.cluster_id = h.id")) {
            st.setArray(1, array);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), decode(rs.getString(2)));
            }
        }
        return out;
    }

    /** Sets the cluster's anchors (the writers' lock held, so no other process writes the row meanwhile). */
    static void write(Connection c, long cluster, List<StoredMention> anchors) throws SQLException {
        String json = encode(anchors);
        try (PreparedStatement st = c.prepareStatement("UPDATE event_anchors SET anchors = ? WHERE cluster_id = ?")) {
            st.setString(1, json);
            st.setLong(2, cluster);
            if (st.executeUpdate() > 0) return;
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO event_anchors (cluster_id, anchors) VALUES (?, ?)")) {
            st.setLong(1, cluster);
            st.setString(2, json);
            st.executeUpdate();
        }
    }

    static String encode(List<StoredMention> anchors) {
        ArrayNode out = Corrections.JSON.createArrayNode();
        for (StoredMention m : anchors) {
            ObjectNode o = out.addObject();
            Event e = m.event();
            o.put("report", m.reportId()).put("ord", m.ord()).put("published", m.published()).put("type", e.type())
                    .put("text", e.text()).put("date", e.date()).put("place", e.place()).put("modality", e.modality().name())
                    .put("acled", e.acledEventType()).put("acled_sub", e.acledSubEventType()).put("start", e.start())
                    .put("end", e.end()).put("several_regions", e.severalRegions()).put("sense", e.sense())
                    .put("date_value", m.dateValue()).put("dated_by_event", m.datedByEvent());
            e.actors().forEach(o.putArray("actors")::add);
            m.persons().forEach(o.putArray("persons")::add);
            PlaceRef p = m.place();
            if (p != null) {
                o.putObject("linked_place").put("name", p.name()).put("kind", p.kind() == null ? null : p.kind().label())
                        .put("admin1", p.admin1()).put("country", p.country()).put("lat", p.lat()).put("lon", p.lon());
            }
        }
        return out.toString();
    }

    static List<StoredMention> decode(String json) {
        JsonNode all;
        try {
            all = Corrections.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a cluster's anchors are not JSON: " + e.getOriginalMessage(), e);
        }
        List<StoredMention> out = new ArrayList<>(all.size());
        for (JsonNode o : all) {
            List<String> actors = new ArrayList<>();
            o.path("actors").forEach(a -> actors.add(a.asText()));
            TreeSet<String> persons = new TreeSet<>();
            o.path("persons").forEach(a -> persons.add(a.asText()));
            Event e = new Event(text(o, "type"), text(o, "text"), text(o, "date"), text(o, "place"), actors,
                    Modality.valueOf(o.get("modality").asText()), text(o, "acled"), text(o, "acled_sub"), o.get("start").asInt(),
                    o.get("end").asInt(), null, List.of(), o.get("several_regions").asBoolean(), text(o, "sense"));
            JsonNode p = o.get("linked_place");
            PlaceRef place = p == null ? null : new PlaceRef(text(p, "name"), p.hasNonNull("kind") ? PlaceKind.of(p.get("kind").asText()) : null,
                    text(p, "admin1"), text(p, "country"), p.hasNonNull("lat") ? p.get("lat").asDouble() : null,
                    p.hasNonNull("lon") ? p.get("lon").asDouble() : null);
            out.add(new StoredMention(text(o, "report"), o.get("ord").asInt(), text(o, "published"), e, text(o, "date_value"),
                    o.get("dated_by_event").asBoolean(), place, persons));
        }
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
