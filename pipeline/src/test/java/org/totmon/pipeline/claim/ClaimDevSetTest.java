package org.totmon.pipeline.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.totmon.model.Claim;
import org.totmon.model.Report;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.clean.BoilerplateAnnotator;
import org.totmon.pipeline.entity.ActorRegistry;
import org.totmon.pipeline.entity.EntityAnnotator;
import org.totmon.pipeline.entity.GivenNames;
import org.totmon.pipeline.lang.LanguageAnnotator;
import org.totmon.pipeline.text.SentenceTokenAnnotator;

/**
 * Claims on the benchmark's dev reports, scored as score.py scores them: claims matched on value and value_max
 * (preferring pairs whose claimant and qualifier agree), then claimant (word overlap), side, qualifier and hedged
 * checked on the matched pairs. Skipped when ../shared is absent. Set -Dclaims.errors=true to list misses.
 */
class ClaimDevSetTest {
    private static final Set<String> STOP = Set.of("the", "of", "a", "an", "and", "in", "on", "for", "to", "s");

    /** Running totals for one language. */
    private static final class Tally {
        int tp, system, gold, claimantOk, sideOk, qualifierOk, hedgedOk;

        double f1() {
            double p = system == 0 ? 0 : (double) tp / system, r = gold == 0 ? 0 : (double) tp / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line(String label) {
            return String.format(Locale.ROOT, "%-4s P %.3f R %.3f F1 %.3f (%d/%d sys, %d gold)  claimant %.2f side %.2f qualifier %.2f hedged %.2f",
                    label, system == 0 ? 0 : (double) tp / system, gold == 0 ? 0 : (double) tp / gold, f1(), tp, system, gold,
                    share(claimantOk), share(sideOk), share(qualifierOk), share(hedgedOk));
        }

        double share(int n) {
            return tp == 0 ? 0 : (double) n / tp;
        }
    }

    @Test
    void devSetScores() throws IOException {
        Path eval = Path.of(System.getProperty("totmon.root", ".")).resolve("../shared/eval/dev");
        Assumptions.assumeTrue(Files.isRegularFile(eval.resolve("docs.jsonl")), "no benchmark at " + eval + ": skipped");
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> gold = new HashMap<>();
        for (String line : Files.readAllLines(eval.resolve("gold.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode g = json.readTree(line);
            gold.put(g.get("id").asText(), g);
        }
        ActorRegistry registry = ActorRegistry.bundled();
        Pipeline pipeline = new Pipeline(List.of(new BoilerplateAnnotator(), new LanguageAnnotator(), new SentenceTokenAnnotator(),
                new EntityAnnotator(registry, GivenNames.bundled()), new ClaimAnnotator(registry)));
        boolean errors = Boolean.getBoolean("claims.errors");
        Map<String, Tally> tallies = new TreeMap<>();
        for (String line : Files.readAllLines(eval.resolve("docs.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode d = json.readTree(line);
            Report report = new Report(d.get("id").asText(), text(d, "url"), text(d, "outlet"), text(d, "title"),
                    text(d, "published"), text(d, "language"), d.get("text").asText());
            Document doc = pipeline.annotate(report);
            List<JsonNode> golds = new ArrayList<>();
            gold.get(report.id()).path("claims").forEach(golds::add);
            for (String lang : List.of(report.language(), "all")) {
                score(golds, doc.claims(), tallies.computeIfAbsent(lang, k -> new Tally()), errors && lang.equals("all") ? report.id() : null);
            }
        }
        tallies.forEach((lang, t) -> System.out.println("claims " + t.line(lang)));
        Tally all = tallies.get("all");
        assertTrue(all.f1() >= 0.80, all.line("all"));
        assertTrue(all.share(all.claimantOk) >= 0.70 && all.share(all.sideOk) >= 0.75, all.line("all"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Maximum matching on value, preferring pairs whose claimant and qualifier agree (as score.py does). */
    private static void score(List<JsonNode> golds, List<Claim> system, Tally t, String idForErrors) {
        t.system += system.size();
        t.gold += golds.size();
        Set<Integer> usedSystem = new HashSet<>();
        Set<Integer> matchedGold = new HashSet<>();
        for (boolean preferred : new boolean[] {true, false}) {
            for (int g = 0; g < golds.size(); g++) {
                if (matchedGold.contains(g)) continue;
                for (int s = 0; s < system.size(); s++) {
                    if (usedSystem.contains(s) || !sameValue(golds.get(g), system.get(s))) continue;
                    if (preferred && !(claimantOk(golds.get(g).path("claimant").asText(null), system.get(s).claimant())
                            && golds.get(g).path("qualifier").asText().equals(system.get(s).qualifier()))) continue;
                    usedSystem.add(s);
                    matchedGold.add(g);
                    JsonNode gc = golds.get(g);
                    Claim sc = system.get(s);
                    t.tp++;
                    boolean claimant = claimantOk(gc.path("claimant").asText(null), sc.claimant());
                    boolean side = gc.path("claimant_side").asText().equals(sc.claimantSide().label());
                    boolean qualifier = gc.path("qualifier").asText().equals(sc.qualifier());
                    boolean hedged = gc.path("hedged").asBoolean() == sc.hedged();
                    t.claimantOk += claimant ? 1 : 0;
                    t.sideOk += side ? 1 : 0;
                    t.qualifierOk += qualifier ? 1 : 0;
                    t.hedgedOk += hedged ? 1 : 0;
                    if (idForErrors != null && !(claimant && side && qualifier && hedged)) {
                        System.out.printf("attr   %s: %s | gold %s/%s/%s/%s | sys %s/%s/%s/%s%n", idForErrors, sc.text(),
                                gc.path("claimant").asText(), gc.path("claimant_side").asText(), gc.path("qualifier").asText(),
                                gc.path("hedged").asBoolean(), sc.claimant(), sc.claimantSide().label(), sc.qualifier(), sc.hedged());
                    }
                    break;
                }
            }
        }
        if (idForErrors == null) return;
        for (int g = 0; g < golds.size(); g++) {
            if (!matchedGold.contains(g)) System.out.printf("missed %s: %s%n", idForErrors, golds.get(g).path("text").asText());
        }
        for (int s = 0; s < system.size(); s++) {
            if (!usedSystem.contains(s)) System.out.printf("false  %s: %s = %s%n", idForErrors, system.get(s).text(), system.get(s).value());
        }
    }

    private static boolean sameValue(JsonNode g, Claim s) {
        if (!close(g.path("value").asDouble(), s.value())) return false;
        JsonNode max = g.get("value_max");
        return max == null || max.isNull() || s.valueMax() != null && close(max.asDouble(), s.valueMax());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    static boolean claimantOk(String gold, String system) {
        Set<String> g = words(gold), s = words(system);
        if (g.isEmpty() || s.isEmpty()) return g.isEmpty() && s.isEmpty();
        Set<String> both = new HashSet<>(g);
        both.retainAll(s);
        Set<String> either = new HashSet<>(g);
        either.addAll(s);
        return s.containsAll(g) || g.containsAll(s) || (double) both.size() / either.size() >= 0.5;
    }

    /** Lower-case words without accents and apostrophes, minus score.py's stop words. */
    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) return out;
        String folded = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("[ʼ’'`]", "").toLowerCase(Locale.ROOT);
        for (String w : folded.split("[^\\p{L}\\p{N}_]+")) if (!w.isEmpty() && !STOP.contains(w)) out.add(w);
        return out;
    }
}
