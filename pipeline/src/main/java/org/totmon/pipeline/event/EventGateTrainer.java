package org.totmon.pipeline.event;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.totmon.pipeline.Maxent;

/**
 * Trains an {@link EventGate} from labelled candidates, one file per annotated set: L-BFGS maximum entropy (OpenNLP's,
 * as the name model) over the candidates' features. The threshold is chosen without looking at how the final model
 * scores its own training data: each set's candidates are scored by a model trained on the other sets, and the
 * threshold that gives the best F1 over those held-out scores is kept. Deterministic: one thread, sets in order.
 */
public final class EventGateTrainer {

    private EventGateTrainer() {}

    /** A candidate with its label: whether it matches a gold event. */
    public record Sample(boolean event, boolean rulesKeep, List<String> features) {}

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

    /** A candidate's held-out probability with its label and the rules' decision. */
    public record Scored(double probability, boolean event, boolean rulesKeep) {}

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
            for (Sample s : sets.get(held)) out.add(new Scored(gate.probability(s.features()), s.event(), s.rulesKeep()));
        }
        return out;
    }

    /** The decisions of each threshold 0, 0.05, ..., 0.95 over held-out scores; under GATE only what the rules keep is kept. */
    public static List<Point> curve(List<Scored> scored, EventGate.Mode mode) {
        int events = (int) scored.stream().filter(Scored::event).count();
        List<Point> out = new ArrayList<>();
        for (int step = 0; step < 20; step++) {
            double t = step * 0.05;
            int kept = 0, right = 0;
            for (Scored s : scored) {
                if (s.probability() < t || mode == EventGate.Mode.GATE && !s.rulesKeep()) continue;
                kept++;
                if (s.event()) right++;
            }
            out.add(new Point(t, kept, right, events));
        }
        return out;
    }

    /** The threshold with the best F1 over every set's candidates, each scored by a model trained on the other sets. */
    static double threshold(Map<String, List<Sample>> sets, EventGate.Mode mode) throws IOException {
        Point best = null;
        for (Point p : curve(heldOut(sets, mode), mode)) if (best == null || p.f1() > best.f1()) best = p;
        return best.threshold();
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
        return Maxent.train(samples.stream().map(s -> new Event(s.event() ? EventGate.EVENT : "none", s.features().toArray(String[]::new))).toList());
    }

    /**
     * Labelled candidates, one JSON object a line with "event" (true or false), "rules_keep" and "features" (strings),
     * as {@code totmon event-candidates} writes them and a labelling step marks them. An error names the file and line.
     */
    public static List<Sample> read(Path file) throws IOException {
        return Maxent.jsonLines(file, (o, at) -> {
            if (o == null || !o.path("event").isBoolean() || !o.path("rules_keep").isBoolean() || !o.path("features").isArray()) {
                throw new IOException(at + ": expected \"event\" and \"rules_keep\" (true or false) and \"features\" (a list)");
            }
            List<String> features = new ArrayList<>();
            o.get("features").forEach(x -> features.add(x.asText()));
            return new Sample(o.get("event").asBoolean(), o.get("rules_keep").asBoolean(), features);
        });
    }

    /** Sets by name (a file's name without its extension), in the order given. */
    public static Map<String, List<Sample>> readSets(List<Path> files) throws IOException {
        Map<String, List<Sample>> sets = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            if (sets.put(name, read(f)) != null) throw new IOException(f + ": a second set named " + name);
        }
        return sets;
    }
}
