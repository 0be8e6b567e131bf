package org.totmon.pipeline.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.Report;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.ScorePy;

/**
 * Scores the annotator's places on a gold set the way {@code ../shared/eval/score.py} does: a system place
 * matches a gold one by normalised name or mention against its canonical name, variants and aliases, or by
 * equal geonames_id, one-to-one; {@code geocoded} is the share of matched places within 50 km (settlements),
 * 150 km (regions, other) or 1000 km (countries) of the gold point. Prints the misses, false hits and far
 * matches per report, so a failing floor shows why.
 */
final class PlaceScoring {
    static final ObjectMapper JSON = new ObjectMapper();

    private PlaceScoring() {}

    static final class Tally {
        int tp, system, gold, geocodedRight, geocodedAsked;

        double p() { return system == 0 ? 1 : (double) tp / system; }
        double r() { return gold == 0 ? 1 : (double) tp / gold; }
        double f1() { return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r()); }
        double geocoded() { return geocodedAsked == 0 ? 1 : (double) geocodedRight / geocodedAsked; }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d/%d sys, %d gold)  geocoded %.2f",
                    p(), r(), f1(), tp, system, gold, geocoded());
        }
    }

    /** The result of one run: tallies by language and "all", and the system output in score.py's format. */
    record Run(Map<String, Tally> tallies, List<String> output) {}

    /** Annotates every report of {@code docs} (JSON Lines) and scores it against {@code gold} (JSON Lines). */
    static Run run(List<String> docs, List<String> gold, PlaceAnnotator annotator) throws IOException {
        Map<String, JsonNode> golds = new HashMap<>();
        for (String line : gold) {
            if (!line.isBlank()) { JsonNode g = JSON.readTree(line); golds.put(g.get("id").asText(), g); }
        }
        Map<String, Tally> tallies = new TreeMap<>();
        List<String> output = new ArrayList<>();
        for (String line : docs) {
            if (line.isBlank()) continue;
            JsonNode d = JSON.readTree(line);
            Report report = new Report(d.get("id").asText(), text(d, "url"), text(d, "outlet"), text(d, "title"),
                    text(d, "published"), text(d, "language"), d.get("text").asText());
            Document doc = new Document(report);
            annotator.annotate(doc);
            output.add(JSON.writeValueAsString(systemJson(report.id(), doc.placeMatches())));
            JsonNode g = golds.get(report.id());
            if (g == null) continue;
            List<JsonNode> gp = new ArrayList<>();
            g.path("places").forEach(gp::add);
            for (String lang : List.of(String.valueOf(report.language()), "all")) {
                score(gp, doc.placeMatches(), tallies.computeIfAbsent(lang, k -> new Tally()), lang.equals("all") ? report.id() : null);
            }
        }
        tallies.forEach((lang, t) -> System.out.printf(Locale.ROOT, "places %-4s %s%n", lang, t));
        return new Run(tallies, output);
    }

    private static String text(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static ObjectNode systemJson(String id, List<Place> places) {
        ObjectNode o = JSON.createObjectNode().put("id", id);
        ArrayNode arr = o.putArray("places");
        for (Place p : places) {
            ObjectNode x = arr.addObject().put("name", p.name()).put("kind", p.kind().label()).put("lat", p.lat()).put("lon", p.lon());
            if (p.geonamesId() != null) x.put("geonames_id", p.geonamesId());
            ArrayNode ms = x.putArray("mentions");
            for (Mention m : p.mentions()) ms.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end());
        }
        return o;
    }

    private static void score(List<JsonNode> gold, List<Place> system, Tally t, String reportErrorsFor) {
        BiPredicate<JsonNode, Place> ok = (g, s) -> {
            if (g.hasNonNull("geonames_id") && s.geonamesId() != null && g.get("geonames_id").asText().equals(s.geonamesId().toString())) return true;
            Set<String> keys = new HashSet<>();
            keys.add(ScorePy.norm(g.path("canonical").asText()));
            g.path("variants").forEach(v -> keys.add(ScorePy.norm(v.asText())));
            g.path("aliases").forEach(v -> keys.add(ScorePy.norm(v.asText())));
            if (keys.contains(ScorePy.norm(s.name()))) return true;
            for (Mention m : s.mentions()) if (keys.contains(ScorePy.norm(m.text()))) return true;
            return false;
        };
        BiPredicate<JsonNode, Place> geocoded = (g, s) -> {
            double limit = switch (g.path("kind").asText()) { case "settlement" -> 50; case "country" -> 1000; default -> 150; };
            return km(g.get("lat").asDouble(), g.get("lon").asDouble(), s.lat(), s.lon()) <= limit;
        };
        Map<Integer, Integer> owner = new HashMap<>(); // system index -> gold index
        ScorePy.match(gold, system, ok, (g, s) -> !g.hasNonNull("lat") || geocoded.test(g, s)).forEach((gi, si) -> owner.put(si, gi));
        t.tp += owner.size();
        t.system += system.size();
        t.gold += gold.size();
        Set<Integer> matchedGold = new HashSet<>(owner.values());
        for (Map.Entry<Integer, Integer> e : owner.entrySet()) {
            JsonNode g = gold.get(e.getValue());
            if (!g.hasNonNull("lat")) continue;
            t.geocodedAsked++;
            if (geocoded.test(g, system.get(e.getKey()))) t.geocodedRight++;
            else if (reportErrorsFor != null) System.out.println("  far     " + reportErrorsFor + ": " + g.path("canonical").asText() + " -> " + system.get(e.getKey()).name());
        }
        if (reportErrorsFor == null) return;
        for (int i = 0; i < gold.size(); i++) {
            if (!matchedGold.contains(i)) System.out.println("  missed  " + reportErrorsFor + ": " + gold.get(i).path("canonical").asText() + " " + gold.get(i).path("variants"));
        }
        for (int j = 0; j < system.size(); j++) {
            if (!owner.containsKey(j)) System.out.println("  false   " + reportErrorsFor + ": " + system.get(j).name() + " " + system.get(j).mentions());
        }
    }


    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double la1 = Math.toRadians(lat1), la2 = Math.toRadians(lat2);
        double h = Math.pow(Math.sin((la2 - la1) / 2), 2)
                + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
