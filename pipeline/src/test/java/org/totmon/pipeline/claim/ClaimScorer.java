package org.totmon.pipeline.claim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.totmon.model.Claim;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.ScorePy;

/**
 * Scores claims against gold annotations as the benchmark's score.py does: claims matched on value and value_max
 * (preferring pairs whose claimant and qualifier agree), then claimant (word overlap), side, qualifier and hedged
 * checked on the matched pairs; the unit too (score.py does not score it, but the record needs it right).
 */
final class ClaimScorer {
    private ClaimScorer() {}

    /** The standard pipeline up to and with the claim layer. */
    static Pipeline pipeline() {
        List<Annotator> all = Pipeline.standardAnnotators();
        int claims = 0;
        while (!(all.get(claims) instanceof ClaimAnnotator)) claims++;
        return new Pipeline(all.subList(0, claims + 1));
    }

    /** Running totals for one group of documents. */
    static final class Tally {
        int tp, system, gold, claimantOk, sideOk, qualifierOk, hedgedOk, unitOk;

        double precision() {
            return system == 0 ? 0 : (double) tp / system;
        }

        double recall() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double share(int n) {
            return tp == 0 ? 0 : (double) n / tp;
        }

        String line(String label) {
            return String.format(Locale.ROOT,
                    "%-4s P %.3f R %.3f F1 %.3f (%d/%d sys, %d gold)  claimant %.2f side %.2f qualifier %.2f hedged %.2f unit %.2f",
                    label, precision(), recall(), f1(), tp, system, gold, share(claimantOk), share(sideOk), share(qualifierOk),
                    share(hedgedOk), share(unitOk));
        }
    }

    /** Adds one document's claims to the tally; with an id, prints what is missed, false or wrongly attributed. */
    static void score(List<JsonNode> golds, List<Claim> system, Tally t, String idForErrors) {
        t.system += system.size();
        t.gold += golds.size();
        Set<Integer> usedSystem = new HashSet<>();
        Set<Integer> matchedGold = new HashSet<>();
        for (boolean preferred : new boolean[] {true, false}) {
            for (int g = 0; g < golds.size(); g++) {
                if (matchedGold.contains(g)) continue;
                JsonNode gc = golds.get(g);
                for (int s = 0; s < system.size(); s++) {
                    Claim sc = system.get(s);
                    if (usedSystem.contains(s) || !sameValue(gc, sc)) continue;
                    boolean claimant = ScorePy.claimantOk(gc.path("claimant").asText(null), sc.claimant());
                    boolean qualifier = gc.path("qualifier").asText().equals(sc.qualifier());
                    if (preferred && !(claimant && qualifier)) continue;
                    usedSystem.add(s);
                    matchedGold.add(g);
                    boolean side = gc.path("claimant_side").asText().equals(sc.claimantSide().label());
                    boolean hedged = gc.path("hedged").asBoolean() == sc.hedged();
                    boolean unit = unitOk(gc.path("unit").asText(null), sc.unit());
                    t.tp++;
                    t.claimantOk += claimant ? 1 : 0;
                    t.sideOk += side ? 1 : 0;
                    t.qualifierOk += qualifier ? 1 : 0;
                    t.hedgedOk += hedged ? 1 : 0;
                    t.unitOk += unit ? 1 : 0;
                    if (idForErrors != null && !(claimant && side && qualifier && hedged && unit)) {
                        System.out.printf("attr   %s: %s | gold %s/%s/%s/%s/%s | sys %s/%s/%s/%s/%s%n", idForErrors, sc.text(),
                                gc.path("claimant").asText(), gc.path("claimant_side").asText(), gc.path("qualifier").asText(),
                                gc.path("hedged").asBoolean(), gc.path("unit").asText(), sc.claimant(), sc.claimantSide().label(),
                                sc.qualifier(), sc.hedged(), sc.unit());
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

    /** The same unit, or the same head noun: "ammunition depots" and "depots" count the same things. */
    static boolean unitOk(String gold, String system) {
        if (gold == null || system == null) return gold == null && system == null;
        String g = gold.toLowerCase(Locale.ROOT).strip(), s = system.toLowerCase(Locale.ROOT).strip();
        return g.equals(s) || g.substring(g.lastIndexOf(' ') + 1).equals(s.substring(s.lastIndexOf(' ') + 1));
    }
}
