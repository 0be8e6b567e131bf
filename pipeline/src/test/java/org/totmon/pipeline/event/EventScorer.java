package org.totmon.pipeline.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.totmon.model.Event;
import org.totmon.pipeline.ScorePy;

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
            keys.add(ScorePy.norm(p.path("canonical").asText()));
            p.path("variants").forEach(v -> keys.add(ScorePy.norm(v.asText())));
            p.path("aliases").forEach(v -> keys.add(ScorePy.norm(v.asText())));
            placeKeys.put(p.path("canonical").asText(), keys);
        }
        BiPredicate<JsonNode, Event> ok = (g, s) -> {
            if (!g.path("type").asText().equals(s.type())) return false;
            String place = text(g, "place");
            if (place == null) return true;
            return placeKeys.getOrDefault(place, Set.of(ScorePy.norm(place))).contains(ScorePy.norm(s.place()));
        };
        BiPredicate<JsonNode, Event> prefer = (g, s) -> text(g, "date") == null || (s.date() != null && compatible(text(g, "date"), s.date()));
        Map<Integer, Integer> m = ScorePy.match(gv, events, ok, prefer);
        tp += m.size();
        system += events.size();
        gold += gv.size();
        for (Map.Entry<Integer, Integer> pair : m.entrySet()) {
            String gd = text(gv.get(pair.getKey()), "date");
            if (gd == null) continue;
            datesAsked++;
            String sd = events.get(pair.getValue()).date();
            if (sd != null && compatible(gd, sd)) datesRight++;
        }
        typeTp += ScorePy.match(gv, events, (g, s) -> g.path("type").asText().equals(s.type()), null).size();
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

}
