package org.totmon.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.TimeMention;

/** An extraction in the benchmark's output format (../shared/eval/README.md), the format users export too. */
public final class ExtractionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionJson() {}

    /**
     * Writes what linking made of the report onto its extraction (the linking benchmark's format): {@code cluster}
     * "E" + id on each event of {@code clusters}, and {@code group} "G" + id, {@code measure} and {@code disputed} on
     * each claim of {@code groups}; all by position in their layer. Items not linked are left as they are.
     */
    public static void putLinks(ObjectNode extraction, Map<Integer, Long> clusters, Map<Integer, Long> groups,
                                Map<Integer, String> measures, Map<Integer, Boolean> disputed) {
        JsonNode events = extraction.get("events");
        for (int k = 0; events != null && k < events.size(); k++) {
            Long cluster = clusters.get(k);
            if (cluster != null) ((ObjectNode) events.get(k)).put("cluster", "E" + cluster);
        }
        JsonNode claims = extraction.get("claims");
        for (int k = 0; claims != null && k < claims.size(); k++) {
            Long group = groups.get(k);
            if (group == null) continue;
            ((ObjectNode) claims.get(k)).put("group", "G" + group).put("measure", measures.get(k)).put("disputed", disputed.get(k));
        }
    }

    public static ObjectNode toJson(Extraction x) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", x.reportId());
        o.put("language", x.language());
        ArrayNode entities = o.putArray("entities");
        for (int i = 0; i < x.entities().size(); i++) {
            Entity e = x.entities().get(i);
            ObjectNode n = entities.addObject();
            n.put("id", Extraction.entityId(i));
            n.put("name", e.name());
            n.put("type", e.type().name());
            mentions(n, e.mentions());
        }
        ArrayNode places = o.putArray("places");
        for (Place p : x.places()) {
            ObjectNode n = places.addObject();
            n.put("name", p.name());
            n.put("kind", p.kind().label());
            n.put("lat", p.lat());
            n.put("lon", p.lon());
            if (p.geonamesId() != null) n.put("geonames_id", p.geonamesId());
            mentions(n, p.mentions());
        }
        // A time is listed once a report, as its text names it, like an entity or a place; where else the text repeats
        // it ("June 7" four times) are its mentions.
        ArrayNode times = o.putArray("times");
        Map<List<String>, List<Mention>> byText = new LinkedHashMap<>();
        for (TimeMention t : x.times()) {
            byText.computeIfAbsent(List.of(t.text(), t.value()), k -> new ArrayList<>()).add(new Mention(t.text(), t.start(), t.end()));
        }
        for (Map.Entry<List<String>, List<Mention>> t : byText.entrySet()) {
            ObjectNode n = times.addObject();
            n.put("text", t.getKey().get(0));
            n.put("value", t.getKey().get(1));
            n.put("start", t.getValue().get(0).start());
            n.put("end", t.getValue().get(0).end());
            mentions(n, t.getValue());
        }
        ArrayNode claims = o.putArray("claims");
        for (Claim c : x.claims()) {
            ObjectNode n = claims.addObject();
            claimFields(n, c);
            n.put("start", c.start());
            n.put("end", c.end());
        }
        ArrayNode events = o.putArray("events");
        for (Event e : x.events()) {
            ObjectNode n = events.addObject();
            n.put("type", e.type());
            n.put("text", e.text());
            n.put("date", e.date());
            n.put("place", e.place());
            if (e.severalRegions()) n.put("several_regions", true);
            if (e.sense() != null) n.put("sense", e.sense());
            ArrayNode actors = n.putArray("actors");
            e.actors().forEach(actors::add);
            if (e.placeGeonamesId() != null) n.put("place_geonames_id", e.placeGeonamesId());
            ArrayNode actorIds = n.putArray("actor_ids");
            e.actorIds().forEach(actorIds::add);
            n.put("modality", e.modality().label());
            n.put("acled_event_type", e.acledEventType());
            n.put("acled_sub_event_type", e.acledSubEventType());
            n.put("start", e.start());
            n.put("end", e.end());
        }
        return o;
    }

    /** A claim's fields in the benchmark's output format, without its offsets (the workbench's API shows claims too). */
    public static void claimFields(ObjectNode n, Claim c) {
        n.put("text", c.text());
        n.put("value", c.value());
        if (c.valueMax() == null) n.putNull("value_max"); else n.put("value_max", c.valueMax());
        n.put("qualifier", c.qualifier());
        n.put("unit", c.unit());
        n.put("subject", c.subject());
        n.put("claimant", c.claimant());
        if (c.claimantId() != null) n.put("claimant_id", c.claimantId());
        n.put("claimant_side", c.claimantSide() == null ? null : c.claimantSide().label());
        n.put("side_reason", c.sideReason());
        n.put("hedged", c.hedged());
    }

    private static void mentions(ObjectNode n, List<Mention> mentions) {
        ArrayNode arr = n.putArray("mentions");
        for (Mention m : mentions) {
            ObjectNode mn = arr.addObject();
            mn.put("text", m.text());
            mn.put("start", m.start());
            mn.put("end", m.end());
        }
    }
}
