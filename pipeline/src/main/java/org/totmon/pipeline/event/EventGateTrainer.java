package org.totmon.pipeline.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.totmon.pipeline.Maxent;

/**
 * Trains an {@link EventGate} from labelled candidates, one file per annotated set: L-BFGS maximum entropy (OpenNLP's,
 * as the name model) over the candidates' features. The threshold is chosen without looking at how the final model
 * scores its own training data: each set's candidates are scored by a model trained on the other sets, and the
 * threshold that gives the best F1 over those held-out scores is kept. A proposer ({@link EventGate.Mode#PROPOSE}) is
 * trained over labelled clauses instead, its outcomes the event kinds and none, and its threshold is the lowest whose
 * held-out proposals are right at {@link #PROPOSAL_PRECISION} or more: it adds events to the rules', so it must not
 * lower their precision. Deterministic: one thread, sets in order.
 */
public final class EventGateTrainer {
    /** The precision goal for events, which proposals must not pull the rules' below. */
    static final double PROPOSAL_PRECISION = 0.75;

    private EventGateTrainer() {}

    /**
     * A candidate or clause with its label: the outcome it is trained with ({@link EventGate#EVENT} for a candidate that
     * matches a gold event, the gold event's kind for a clause that tells one, else {@link EventGate#NONE}).
     */
    public record Sample(String outcome, boolean rulesKeep, List<String> features) {
        public boolean event() { return !EventGate.NONE.equals(outcome); }
    }

    /** The gate a mode and these sets give (at least two sets, to choose the threshold on held-out scores). */
    public static EventGate train(Map<String, List<Sample>> sets, EventGate.Mode mode) throws IOException {
        if (sets.size() < 2) throw new IllegalArgumentException("the threshold is chosen by holding out one set at a time: give at least two sets");
        return train(sets, mode, mode == EventGate.Mode.RULES ? 0 : threshold(sets, mode));
    }

    /** The gate a mode, these sets and a threshold given beforehand give: to see what a stricter or looser gate does. */
    public static EventGate train(Map<String, List<Sample>> sets, EventGate.Mode mode, double threshold) throws IOException {
        if (mode == EventGate.Mode.RULES) return EventGate.RULES;
        List<Sample> all = new ArrayList<>();
        sets.values().forEach(all::addAll);
        return new EventGate(mode, model(all), threshold);
    }

    /**
     * A candidate's held-out probability with its label and the rules' decision; for a clause, its likeliest kind's
     * probability, whether it tells an event, and whether that kind is the one it tells ({@code right}).
     */
    public record Scored(double probability, boolean event, boolean rulesKeep, boolean right) {}

    /** A threshold's decisions over held-out scores: how many candidates kept, how many of them events, of how many events. */
    public record Point(double threshold, int kept, int right, int events) {
        public double precision() { return kept == 0 ? 1 : (double) right / kept; }

        public double recall() { return events == 0 ? 1 : (double) right / events; }

        public double f1() { return kept + events == 0 ? 0 : 2.0 * right / (kept + events); }
    }

    /** Every set's candidates, each scored by a model trained on the other sets. */
    public static List<Scored> heldOut(Map<String, List<Sample>> sets, EventGate.Mode mode) throws IOException {
        List<Scored> out = new ArrayList<>();
        for (String held : sets.keySet()) {
            List<Sample> train = new ArrayList<>();
            sets.forEach((name, samples) -> { if (!name.equals(held)) train.addAll(samples); });
            EventGate gate = new EventGate(mode, model(train), 0);
            for (Sample s : sets.get(held)) {
                if (mode != EventGate.Mode.PROPOSE) {
                    out.add(new Scored(gate.probability(s.features()), s.event(), s.rulesKeep(), s.event()));
                    continue;
                }
                EventGate.Likeliest l = gate.likeliest(s.features());
                out.add(new Scored(l.probability(), s.event(), s.rulesKeep(), l.kind().equals(s.outcome())));
            }
        }
        return out;
    }

    /**
     * The decisions of each threshold 0, 0.05, ..., 0.95 over held-out scores; under GATE only what the rules keep is
     * kept; under PROPOSE only clauses where the rules find no event count, for only there is a proposer asked.
     */
    public static List<Point> curve(List<Scored> scored, EventGate.Mode mode) {
        if (mode == EventGate.Mode.PROPOSE) scored = scored.stream().filter(s -> !s.rulesKeep()).toList();
        int events = (int) scored.stream().filter(Scored::event).count();
        List<Point> out = new ArrayList<>();
        for (int step = 0; step < 20; step++) {
            double t = step * 0.05;
            int kept = 0, right = 0;
            for (Scored s : scored) {
                if (s.probability() < t || mode == EventGate.Mode.GATE && !s.rulesKeep()) continue;
                kept++;
                if (s.right()) right++;
            }
            out.add(new Point(t, kept, right, events));
        }
        return out;
    }

    /**
     * The threshold with the best F1 over every set's candidates, each scored by a model trained on the other sets; for
     * a proposer, the lowest at which those held-out proposals are right at {@link #PROPOSAL_PRECISION} or more (1, none
     * proposed, where no threshold is).
     */
    static double threshold(Map<String, List<Sample>> sets, EventGate.Mode mode) throws IOException {
        Point best = null;
        for (Point p : curve(heldOut(sets, mode), mode)) {
            if (mode == EventGate.Mode.PROPOSE) {
                if (p.kept() > 0 && p.precision() >= PROPOSAL_PRECISION) return p.threshold();
            } else if (best == null || p.f1() > best.f1()) {
                best = p;
            }
        }
        return best == null ? 1 : best.threshold();
    }

    /**
     * How well held-out probabilities rank events above non-events among the candidates the rules keep (the area under
     * the ROC curve): 0.5 is chance, 1 a perfect ranking. NaN without both.
     */
    public static double rankingAmongKept(List<Scored> scored) {
        List<Scored> kept = scored.stream().filter(Scored::rulesKeep).toList();
        long pairs = 0;
        double wins = 0;
        for (Scored a : kept) {
            if (!a.event()) continue;
            for (Scored b : kept) {
                if (b.event()) continue;
                pairs++;
                wins += a.probability() > b.probability() ? 1 : a.probability() == b.probability() ? 0.5 : 0;
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }

    static MaxentModel model(List<Sample> samples) throws IOException {
        return Maxent.train(samples.stream().map(s -> new Event(s.outcome(), s.features().toArray(String[]::new))).toList());
    }

    /**
     * Labelled candidates, one JSON object a line with "event" (true or false), "rules_keep" and "features" (strings),
     * as {@code totmon event-candidates} writes them and a labelling step marks them; or labelled clauses, with "type"
     * (an event kind, or null for none) and "features", as {@code event-candidates --clauses} writes them. An error names
     * the file and line.
     */
    public static List<Sample> read(Path file) throws IOException {
        return Maxent.jsonLines(file, EventGateTrainer::sample);
    }

    private static Sample sample(JsonNode o, String at) throws IOException {
        boolean clause = o != null && o.has("type");
        if (clause ? !o.get("type").isTextual() && !o.get("type").isNull() || !o.path("features").isArray() || o.has("rules_keep") && !o.get("rules_keep").isBoolean()
                : o == null || !o.path("event").isBoolean() || !o.path("rules_keep").isBoolean() || !o.path("features").isArray()) {
            throw new IOException(at + ": expected \"event\" and \"rules_keep\" (true or false) and \"features\" (a list), "
                    + "or a clause's \"type\" (a kind or null) and \"features\"");
        }
        String outcome = clause ? o.get("type").isNull() ? EventGate.NONE : o.get("type").asText()
                : o.get("event").asBoolean() ? EventGate.EVENT : EventGate.NONE;
        return new Sample(outcome, o.path("rules_keep").asBoolean(false), Maxent.features(o));
    }

    /** Sets by name (a file's name without its extension), in the order given. */
    public static Map<String, List<Sample>> readSets(List<Path> files) throws IOException {
        return Maxent.sets(files, EventGateTrainer::sample);
    }
}
