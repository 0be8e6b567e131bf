package org.totmon.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Side;

/**
 * What a person may correct of each kind of item, checked field by field, and the corrected item. A correction is a
 * JSON object of the fields that change (field names as in the benchmark's output format); the others keep the
 * machine's value.
 */
public final class Corrections {
    private Corrections() {}

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> QUALIFIERS = Set.of("exact", "approx", "at_least", "more_than", "at_most", "less_than", "range");
    private static final String DATE = "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?";
    private static final String EVENT_TYPE = "[A-Z][A-Z_]{1,39}";

    private static final Map<ItemKey.Kind, Set<String>> FIELDS = Map.of(
            ItemKey.Kind.CLAIM, Set.of("value", "value_max", "qualifier", "unit", "subject", "claimant", "claimant_side", "hedged"),
            ItemKey.Kind.EVENT, Set.of("type", "date", "place", "actors"),
            ItemKey.Kind.ENTITY, Set.of("name", "type", "split_name", "split_mentions"),
            ItemKey.Kind.PLACE, Set.of("name", "kind", "lat", "lon", "geonames_id"));

    /** Checks a correction of an item of {@code kind}; throws IllegalArgumentException naming the field that is wrong. */
    static ObjectNode check(ItemKey.Kind kind, JsonNode correction) {
        Set<String> allowed = FIELDS.get(kind);
        if (allowed == null) throw new IllegalArgumentException("a " + kind.label() + " cannot be corrected, only retracted or restored");
        if (correction == null || !correction.isObject() || correction.isEmpty()) {
            throw new IllegalArgumentException("a correction is a JSON object of the fields to change: " + String.join(", ", sorted(allowed)));
        }
        for (Iterator<String> it = correction.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException("field \"" + f + "\" cannot be corrected on a " + kind.label() + " (only "
                        + String.join(", ", sorted(allowed)) + ")");
            }
            check(kind, f, correction.get(f));
        }
        if (correction.has("split_name") != correction.has("split_mentions")) {
            throw new IllegalArgumentException("a split needs both \"split_name\" and \"split_mentions\"");
        }
        return correction.deepCopy();
    }

    private static void check(ItemKey.Kind kind, String f, JsonNode v) {
        boolean ok = switch (f) {
            case "value", "lat", "lon" -> v.isNumber();
            case "value_max" -> v.isNull() || v.isNumber();
            case "qualifier" -> v.isNull() || v.isTextual() && QUALIFIERS.contains(v.asText());
            case "claimant_side" -> v.isTextual() && isSide(v.asText());
            case "hedged" -> v.isBoolean();
            case "unit", "subject", "claimant", "place" -> v.isNull() || v.isTextual() && !v.asText().isBlank();
            case "name", "split_name" -> v.isTextual() && !v.asText().isBlank();
            case "type" -> v.isTextual() && (kind == ItemKey.Kind.ENTITY ? isEntityType(v.asText()) : v.asText().matches(EVENT_TYPE));
            case "kind" -> v.isTextual() && isPlaceKind(v.asText());
            case "date" -> v.isNull() || v.isTextual() && v.asText().matches(DATE);
            case "actors" -> v.isArray() && all(v, JsonNode::isTextual);
            case "split_mentions" -> v.isArray() && !v.isEmpty() && all(v, JsonNode::canConvertToInt);
            case "geonames_id" -> v.isNull() || v.canConvertToLong() && v.asLong() > 0;
            default -> false;
        };
        if (!ok) throw new IllegalArgumentException("field \"" + f + "\" of a " + kind.label() + " correction: " + expected(kind, f) + ", not " + v);
    }

    private static String expected(ItemKey.Kind kind, String f) {
        return switch (f) {
            case "value", "lat", "lon" -> "a number";
            case "value_max" -> "a number or null";
            case "qualifier" -> "one of " + String.join(", ", sorted(QUALIFIERS)) + " (or null)";
            case "claimant_side" -> "occupation, ukraine, third_party or unknown";
            case "hedged" -> "true or false";
            case "type" -> kind == ItemKey.Kind.ENTITY ? "PERSON or ORGANIZATION" : "an event type in capitals, such as ATTACK";
            case "kind" -> "country, region, settlement or other";
            case "date" -> "YYYY, YYYY-MM or YYYY-MM-DD (or null)";
            case "actors" -> "a list of names";
            case "split_mentions" -> "a list of the start offsets of the mentions that go to the new entity";
            case "geonames_id" -> "a positive GeoNames id (or null)";
            default -> "a non-empty text";
        };
    }

    private static boolean all(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode n : array) if (!test.test(n)) return false;
        return true;
    }

    private static boolean isSide(String s) {
        try {
            Side.of(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isEntityType(String s) {
        return s.equals("PERSON") || s.equals("ORGANIZATION");
    }

    private static boolean isPlaceKind(String s) {
        try {
            PlaceKind.of(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static String text(ObjectNode c, String f, String machine) {
        if (!c.has(f)) return machine;
        return c.get(f).isNull() ? null : c.get(f).asText();
    }

    static Claim apply(Claim k, ObjectNode c) {
        if (c == null) return k;
        Double max = !c.has("value_max") ? k.valueMax() : c.get("value_max").isNull() ? null : c.get("value_max").asDouble();
        return new Claim(k.text(), c.has("value") ? c.get("value").asDouble() : k.value(), max, text(c, "qualifier", k.qualifier()),
                text(c, "unit", k.unit()), text(c, "subject", k.subject()), text(c, "claimant", k.claimant()),
                c.has("claimant_side") ? Side.of(c.get("claimant_side").asText()) : k.claimantSide(),
                c.has("hedged") ? c.get("hedged").asBoolean() : k.hedged(), k.start(), k.end());
    }

    static Event apply(Event e, ObjectNode c) {
        if (c == null) return e;
        List<String> actors = e.actors();
        if (c.has("actors")) {
            actors = new ArrayList<>();
            for (JsonNode a : c.get("actors")) actors.add(a.asText());
        }
        return new Event(c.has("type") ? c.get("type").asText() : e.type(), e.text(), text(c, "date", e.date()),
                text(c, "place", e.place()), actors, e.modality(), e.acledEventType(), e.acledSubEventType(), e.start(), e.end(),
                null, List.of(), e.severalRegions() && !c.has("place"), c.has("type") ? null : e.sense());
    }

    /** The corrected entity, and the entity split off it (or none). */
    static List<Entity> apply(Entity e, ObjectNode c) {
        if (c == null) return List.of(e);
        EntityType type = c.has("type") ? EntityType.valueOf(c.get("type").asText()) : e.type();
        String name = c.has("name") ? c.get("name").asText() : e.name();
        if (!c.has("split_name")) return List.of(new Entity(name, type, e.mentions()));
        Set<Integer> starts = new java.util.HashSet<>();
        for (JsonNode n : c.get("split_mentions")) starts.add(n.asInt());
        List<Mention> stay = new ArrayList<>(), go = new ArrayList<>();
        for (Mention m : e.mentions()) (starts.contains(m.start()) ? go : stay).add(m);
        List<Entity> out = new ArrayList<>();
        if (!stay.isEmpty()) out.add(new Entity(name, type, stay));
        if (!go.isEmpty()) out.add(new Entity(c.get("split_name").asText(), type, go));
        return out;
    }

    static Place apply(Place p, ObjectNode c) {
        if (c == null) return p;
        Long geonames = !c.has("geonames_id") ? p.geonamesId() : c.get("geonames_id").isNull() ? null : c.get("geonames_id").asLong();
        return new Place(c.has("name") ? c.get("name").asText() : p.name(), c.has("kind") ? PlaceKind.of(c.get("kind").asText()) : p.kind(),
                c.has("lat") ? c.get("lat").asDouble() : p.lat(), c.has("lon") ? c.get("lon").asDouble() : p.lon(), geonames, p.mentions());
    }

    /** The fields a person may correct, with the item's values: what the audit log shows before and after. */
    public static ObjectNode fields(Object item) {
        ObjectNode o = JSON.createObjectNode();
        if (item instanceof Claim k) {
            o.put("value", k.value());
            o.put("value_max", k.valueMax());
            o.put("qualifier", k.qualifier());
            o.put("unit", k.unit());
            o.put("subject", k.subject());
            o.put("claimant", k.claimant());
            o.put("claimant_side", k.claimantSide() == null ? null : k.claimantSide().label());
            o.put("hedged", k.hedged());
        } else if (item instanceof Event e) {
            o.put("type", e.type());
            o.put("date", e.date());
            o.put("place", e.place());
            ArrayNode a = o.putArray("actors");
            e.actors().forEach(a::add);
        } else if (item instanceof Entity e) {
            o.put("name", e.name());
            o.put("type", e.type().name());
            ArrayNode a = o.putArray("mentions");
            e.mentions().forEach(m -> a.add(m.start()));
        } else if (item instanceof Place p) {
            o.put("name", p.name());
            o.put("kind", p.kind().label());
            o.put("lat", p.lat());
            o.put("lon", p.lon());
            o.put("geonames_id", p.geonamesId());
        }
        return o;
    }
}
