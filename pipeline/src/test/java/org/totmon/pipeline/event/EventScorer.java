package org.totmon.pipeline.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.totmon.model.Event;

/**
 * Scores events as ../shared/eval/score.py does: a system event matches a gold one of the same type, and of the
 * same place where the gold names one (by the gold place's canonical name, variants or aliases); matching is
 * one-to-one and maximal; "date compatible" is checked on matched pairs whose gold has a date.
 */
final class EventScorer {
    int tp, system, gold, typeTp, datesAsked, datesRight;
    /** Place mentions the upstream layers gave, summed over reports. */
    int placesSeen;

    /** Adds one report: its gold entry (with "events" and "places") and the system's events. */
    void add(JsonNode goldEntry, List<Event> events) {
        List<JsonNode> gv = new ArrayList<>();
        goldEntry.path("events").forEach(gv::add);
        Map<String, Set<String>> placeKeys = new HashMap<>();
        for (JsonNode p : goldEntry.path("places")) {
            Set<String> keys = new HashSet<>();
            keys.add(norm(p.path("canonical").asText()));
            p.path("variants").forEach(v -> keys.add(norm(v.asText())));
            p.path("aliases").forEach(v -> keys.add(norm(v.asText())));
            placeKeys.put(p.path("canonical").asText(), keys);
        }
        BiPredicate<JsonNode, Event> ok = (g, s) -> {
            if (!g.path("type").asText().equals(s.type())) return false;
            String place = text(g, "place");
            if (place == null) return true;
            return placeKeys.getOrDefault(place, Set.of(norm(place))).contains(norm(s.place()));
        };
        BiPredicate<JsonNode, Event> prefer = (g, s) -> text(g, "date") == null || (s.date() != null && compatible(text(g, "date"), s.date()));
        List<int[]> m = match(gv, events, ok, prefer);
        tp += m.size();
        system += events.size();
        gold += gv.size();
        for (int[] pair : m) {
            String gd = text(gv.get(pair[0]), "date");
            if (gd == null) continue;
            datesAsked++;
            String sd = events.get(pair[1]).date();
            if (sd != null && compatible(gd, sd)) datesRight++;
        }
        typeTp += match(gv, events, (g, s) -> g.path("type").asText().equals(s.type()), null).size();
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static boolean compatible(String g, String s) {
        return g.startsWith(s) || s.startsWith(g);
    }

    double precision(int hits) { return system == 0 ? (gold == 0 ? 1 : 0) : (double) hits / system; }

    double recall(int hits) { return gold == 0 ? (system == 0 ? 1 : 0) : (double) hits / gold; }

    double f1(int hits) {
        double p = precision(hits), r = recall(hits);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double f1() { return f1(tp); }

    double typesF1() { return f1(typeTp); }

    double dateCompatible() { return datesAsked == 0 ? 1 : (double) datesRight / datesAsked; }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "events P %.3f R %.3f F1 %.3f (%d/%d sys, %d gold); types only F1 %.3f; date compatible %.3f",
                precision(tp), recall(tp), f1(), tp, system, gold, typesF1(), dateCompatible());
    }

    /** Maximum bipartite matching as score.py builds it: preferred pairs first, then augmenting paths. */
    private static List<int[]> match(List<JsonNode> golds, List<Event> syss, BiPredicate<JsonNode, Event> ok,
                                     BiPredicate<JsonNode, Event> prefer) {
        List<List<Integer>> adj = new ArrayList<>();
        for (JsonNode g : golds) {
            List<Integer> row = new ArrayList<>();
            for (int j = 0; j < syss.size(); j++) if (ok.test(g, syss.get(j))) row.add(j);
            adj.add(row);
        }
        Map<Integer, Integer> owner = new HashMap<>();
        if (prefer != null) {
            for (int[] p : match(golds, syss, (g, s) -> ok.test(g, s) && prefer.test(g, s), null)) owner.put(p[1], p[0]);
        }
        Set<Integer> matched = new HashSet<>(owner.values());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) order.add(i);
        order.sort((a, b) -> Integer.compare(adj.get(a).size(), adj.get(b).size()));
        for (int i : order) if (!matched.contains(i)) augment(i, adj, owner, new HashSet<>());
        List<int[]> out = new ArrayList<>();
        owner.forEach((j, i) -> out.add(new int[] {i, j}));
        return out;
    }

    private static boolean augment(int i, List<List<Integer>> adj, Map<Integer, Integer> owner, Set<Integer> seen) {
        for (int j : adj.get(i)) {
            if (!seen.add(j)) continue;
            if (!owner.containsKey(j) || augment(owner.get(j), adj, owner, seen)) {
                owner.put(j, i);
                return true;
            }
        }
        return false;
    }

    /** score.py's norm: no accents, apostrophes or quotes, lower case, dashes as spaces, no leading "the". */
    static String norm(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        n = n.replace("ʼ", "").replace("’", "").replace("'", "").replace("`", "");
        n = n.replaceAll("[\"“”«»„]", "").toLowerCase(Locale.ROOT);
        n = n.replaceAll("[\\s\\-‐–—]+", " ").replaceAll("^[ .,;:]+|[ .,;:]+$", "");
        return n.replaceFirst("^the ", "");
    }
}
