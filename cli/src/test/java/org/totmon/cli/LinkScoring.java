package org.totmon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.totmon.pipeline.ScorePy;

/**
 * The linking benchmark's pairwise scores (../shared/eval/score.py: {@code pair_links} and {@code disputes}, with the
 * claim and event matching they rest on), ported so that the project's own linking sets are scored in its tests
 * without the benchmark beside it. Items of one report are matched one to one (claims on value, preferring the same
 * claimant and qualifier; events on type and the gold place, preferring a compatible date); a system pair of items of
 * two reports is right when both match gold items of one cluster or measure.
 */
final class LinkScoring {
    private LinkScoring() {}

    /** Right pairs of the system's, gold pairs found, and how many of each. */
    record Pairs(int right, int systemPairs, int found, int goldPairs) {
        double precision() { return systemPairs == 0 ? (goldPairs == 0 ? 1 : 0) : (double) right / systemPairs; }
        double recall() { return goldPairs == 0 ? (systemPairs == 0 ? 1 : 0) : (double) found / goldPairs; }
        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    /** One report's matched items: system index → gold index, per layer. */
    private record Matched(Map<Integer, Integer> claims, Map<Integer, Integer> events) {}

    static Map<String, Pairs> score(Map<String, JsonNode> gold, Map<String, JsonNode> system, Set<String> disputed) {
        Map<String, Matched> matches = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> g : gold.entrySet()) matches.put(g.getKey(), match(g.getValue(), system.get(g.getKey())));
        Map<String, Pairs> out = new LinkedHashMap<>();
        out.put("events", pairs(gold, system, matches, "events", "cluster", "cluster"));
        out.put("claims", pairs(gold, system, matches, "claims", "measure", "group"));
        out.put("disputes", disputes(gold, system, matches, disputed));
        return out;
    }

    private static Matched match(JsonNode g, JsonNode s) {
        List<JsonNode> gc = list(g, "claims"), sc = list(s, "claims"), gv = list(g, "events"), sv = list(s, "events");
        Map<String, Set<String>> placeKeys = new HashMap<>();
        for (JsonNode p : list(g, "places")) placeKeys.put(p.path("canonical").asText(), goldKeys(p));
        Map<Integer, Integer> claims = bySystem(ScorePy.match(gc, sc,
                (a, b) -> sameValue(a.get("value"), b.get("value"))
                        && (a.path("value_max").isNull() || a.path("value_max").isMissingNode() || sameValue(a.get("value_max"), b.get("value_max"))),
                (a, b) -> ScorePy.claimantOk(text(a, "claimant"), text(b, "claimant")) && Objects.equals(text(a, "qualifier"), text(b, "qualifier"))));
        Map<Integer, Integer> events = bySystem(ScorePy.match(gv, sv,
                (a, b) -> text(a, "type").equals(text(b, "type")) && (text(a, "place").isEmpty()
                        || placeKeys.getOrDefault(text(a, "place"), Set.of(ScorePy.norm(text(a, "place")))).contains(ScorePy.norm(text(b, "place")))),
                (a, b) -> text(a, "date").isEmpty() || !text(b, "date").isEmpty()
                        && (text(a, "date").startsWith(text(b, "date")) || text(b, "date").startsWith(text(a, "date")))));
        return new Matched(claims, events);
    }

    /** {@link ScorePy#match}'s gold index → system index, the other way round. */
    private static Map<Integer, Integer> bySystem(Map<Integer, Integer> byGold) {
        Map<Integer, Integer> out = new HashMap<>();
        byGold.forEach((g, s) -> out.put(s, g));
        return out;
    }

    private static Pairs pairs(Map<String, JsonNode> gold, Map<String, JsonNode> system, Map<String, Matched> matches, String layer,
                               String goldKey, String systemKey) {
        Map<String, Integer> goldOf = new HashMap<>();
        Map<String, Integer> systemOf = new HashMap<>();
        for (Map.Entry<String, Matched> m : matches.entrySet()) {
            Map<Integer, Integer> pairs = layer.equals("claims") ? m.getValue().claims() : m.getValue().events();
            pairs.forEach((si, gi) -> {
                goldOf.put(m.getKey() + "#" + si, gi);
                systemOf.put(m.getKey() + "#" + gi, si);
            });
        }
        int right = 0, systemPairs = 0;
        for (String[] p : linkedPairs(system, layer, systemKey)) {
            systemPairs++;
            String a = link(gold, p[0], goldOf, layer, goldKey), b = link(gold, p[1], goldOf, layer, goldKey);
            if (a != null && a.equals(b)) right++;
        }
        int found = 0, goldPairs = 0;
        for (String[] p : linkedPairs(gold, layer, goldKey)) {
            goldPairs++;
            String a = link(system, p[0], systemOf, layer, systemKey), b = link(system, p[1], systemOf, layer, systemKey);
            if (a != null && a.equals(b)) found++;
        }
        return new Pairs(right, systemPairs, found, goldPairs);
    }

    /** The link id of the item of the other side that {@code item} ("report#index") is matched to, or null. */
    private static String link(Map<String, JsonNode> reports, String item, Map<String, Integer> matched, String layer, String key) {
        Integer i = matched.get(item);
        if (i == null) return null;
        String report = item.substring(0, item.lastIndexOf('#'));
        String id = text(list(reports.get(report), layer).get(i), key);
        return id.isEmpty() ? null : id;
    }

    /** Pairs ("report#index") of items of two different reports that share a link id. */
    private static List<String[]> linkedPairs(Map<String, JsonNode> reports, String layer, String key) {
        Map<String, List<String[]>> byLink = new LinkedHashMap<>();
        reports.forEach((report, x) -> {
            List<JsonNode> items = list(x, layer);
            for (int i = 0; i < items.size(); i++) {
                String id = text(items.get(i), key);
                if (!id.isEmpty()) byLink.computeIfAbsent(id, k -> new ArrayList<>()).add(new String[] {report, report + "#" + i});
            }
        });
        List<String[]> out = new ArrayList<>();
        for (List<String[]> members : byLink.values()) {
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    if (!members.get(a)[0].equals(members.get(b)[0])) out.add(new String[] {members.get(a)[1], members.get(b)[1]});
                }
            }
        }
        return out;
    }

    /** A flagged group is right when it holds two known sides' claims of one disputed measure; found measures alike. */
    private static Pairs disputes(Map<String, JsonNode> gold, Map<String, JsonNode> system, Map<String, Matched> matches, Set<String> disputed) {
        Map<String, Map<String, Set<String>>> groups = new LinkedHashMap<>();
        system.forEach((report, x) -> {
            List<JsonNode> claims = list(x, "claims");
            for (int i = 0; i < claims.size(); i++) {
                JsonNode c = claims.get(i);
                if (!c.path("disputed").asBoolean() || text(c, "group").isEmpty()) continue;
                Map<String, Set<String>> sides = groups.computeIfAbsent(text(c, "group"), k -> new HashMap<>());
                Integer gi = matches.containsKey(report) ? matches.get(report).claims().get(i) : null;
                if (gi == null) continue;
                JsonNode g = list(gold.get(report), "claims").get(gi);
                String side = text(g, "claimant_side");
                if (disputed.contains(text(g, "measure")) && Set.of("occupation", "ukraine", "third_party").contains(side)) {
                    sides.computeIfAbsent(text(g, "measure"), k -> new HashSet<>()).add(side);
                }
            }
        });
        int right = 0;
        Set<String> found = new HashSet<>();
        for (Map<String, Set<String>> sides : groups.values()) {
            boolean hit = false;
            for (Map.Entry<String, Set<String>> e : sides.entrySet()) {
                if (e.getValue().size() >= 2) {
                    hit = true;
                    found.add(e.getKey());
                }
            }
            if (hit) right++;
        }
        Set<String> present = new HashSet<>();
        gold.values().forEach(x -> list(x, "claims").forEach(c -> present.add(text(c, "measure"))));
        present.retainAll(disputed);
        return new Pairs(right, groups.size(), found.size(), present.size());
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        boolean na = a == null || !a.isNumber(), nb = b == null || !b.isNumber();
        if (na || nb) return na && nb;
        double x = a.asDouble(), y = b.asDouble();
        return Math.abs(x - y) <= 1e-6 * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)));
    }

    private static Set<String> goldKeys(JsonNode g) {
        Set<String> out = new HashSet<>();
        out.add(ScorePy.norm(text(g, "canonical")));
        for (String field : List.of("variants", "aliases")) g.path(field).forEach(v -> out.add(ScorePy.norm(v.asText())));
        out.remove("");
        return out;
    }

    /** score.py's {@code norm}: accents, apostrophes and quotes dropped, case folded, dashes and spaces as one space. */
    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static List<JsonNode> list(JsonNode x, String layer) {
        List<JsonNode> out = new ArrayList<>();
        if (x != null) x.path(layer).forEach(out::add);
        return out;
    }
}
