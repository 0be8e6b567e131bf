package org.totmon.pipeline.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.totmon.model.Entity;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.corpus.Corpora.Span;

/**
 * Precision, recall and F1 per type (PER, ORG, LOC) of the pipeline's mentions against gold spans, two ways:
 * strict (same type, same offsets) and lenient (same type, overlapping; one-to-one).
 */
final class NerScore {
    private static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    /** -Dtotmon.ner.errors=N lists up to N false hits and misses (lenient) per type, to see what the layers get wrong. */
    private static final int ERRORS = Integer.getInteger("totmon.ner.errors", 0);

    private static final class Tally {
        int system, gold, strict, lenient;
        final List<String> falseHits = new ArrayList<>(), misses = new ArrayList<>();
    }

    private final Map<String, Tally> tallies = new TreeMap<>();

    NerScore() {
        for (String t : TYPES) tallies.put(t, new Tally());
    }

    /** The pipeline's mentions as PER/ORG/LOC spans: entities by their type, places as LOC. */
    static List<Span> systemSpans(Document doc) {
        List<Span> out = new ArrayList<>();
        for (Entity e : doc.entities()) {
            String type = switch (e.type()) { case PERSON -> "PER"; case ORGANIZATION -> "ORG"; };
            for (Mention m : e.mentions()) out.add(new Span(type, m.start(), m.end()));
        }
        for (Place p : doc.places()) for (Mention m : p.mentions()) out.add(new Span("LOC", m.start(), m.end()));
        return out;
    }

    void add(String text, List<Span> gold, List<Span> system) {
        for (String type : TYPES) {
            List<Span> g = gold.stream().filter(s -> s.type().equals(type)).distinct().toList();
            List<Span> s = system.stream().filter(x -> x.type().equals(type)).distinct().toList();
            Tally t = tallies.get(type);
            t.gold += g.size();
            t.system += s.size();
            t.strict += (int) s.stream().filter(g::contains).count();
            boolean[] used = new boolean[g.size()];
            for (Span x : s) {
                boolean hit = false;
                for (int i = 0; i < g.size() && !hit; i++) {
                    hit = !used[i] && x.start() < g.get(i).end() && g.get(i).start() < x.end();
                    if (hit) { used[i] = true; t.lenient++; }
                }
                if (!hit && t.falseHits.size() < ERRORS) t.falseHits.add(text.substring(x.start(), x.end()));
            }
            for (int i = 0; i < g.size(); i++) {
                if (!used[i] && t.misses.size() < ERRORS) t.misses.add(text.substring(g.get(i).start(), g.get(i).end()));
            }
        }
    }

    /** F1 over all three types, lenient or strict. */
    double microF1(boolean lenient) {
        int system = 0, gold = 0, tp = 0;
        for (Tally t : tallies.values()) { system += t.system; gold += t.gold; tp += lenient ? t.lenient : t.strict; }
        return f1(tp, system, gold);
    }

    double f1(String type, boolean lenient) {
        Tally t = tallies.get(type);
        return f1(lenient ? t.lenient : t.strict, t.system, t.gold);
    }

    private static double f1(int tp, int system, int gold) {
        double p = system == 0 ? 0 : (double) tp / system, r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String report(String corpus) {
        StringBuilder b = new StringBuilder("== ").append(corpus).append('\n');
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            b.append(String.format("%-4s gold %5d sys %5d | strict P %.3f R %.3f F1 %.3f | lenient P %.3f R %.3f F1 %.3f%n", e.getKey(),
                    t.gold, t.system, ratio(t.strict, t.system), ratio(t.strict, t.gold), f1(t.strict, t.system, t.gold),
                    ratio(t.lenient, t.system), ratio(t.lenient, t.gold), f1(t.lenient, t.system, t.gold)));
        }
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            if (!e.getValue().falseHits.isEmpty()) b.append(e.getKey()).append(" false hits: ").append(e.getValue().falseHits).append('\n');
            if (!e.getValue().misses.isEmpty()) b.append(e.getKey()).append(" misses: ").append(e.getValue().misses).append('\n');
        }
        return b.append(String.format("all  strict F1 %.3f | lenient F1 %.3f%n", microF1(false), microF1(true))).toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
