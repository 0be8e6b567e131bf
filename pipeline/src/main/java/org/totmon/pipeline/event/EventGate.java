package org.totmon.pipeline.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.model.MaxentModel;
import org.totmon.pipeline.Maxent;

/**
 * The keep-or-drop decision over {@link EventCandidate}s: the hand-written conditions alone, or a trained maximum-entropy
 * model over the candidates' features, either as a precision gate after the conditions ({@link Mode#GATE}: kept when
 * the rules keep it and the model's probability reaches the threshold) or instead of them ({@link Mode#ALONE}, where
 * the conditions are only features); or a proposer of events where the rules keep none ({@link Mode#PROPOSE}: a model
 * over a clause's features whose outcomes are event kinds and {@link #NONE}, the rules deciding every trigger).
 * Thread-safe: the model is only read.
 */
public final class EventGate {
    /** How the model's decision combines with the rules'. */
    public enum Mode { RULES, GATE, ALONE, PROPOSE }

    /** The outcome a positive candidate is trained with. */
    static final String EVENT = "event";
    /** The outcome of a candidate that is no event, and of a clause that tells none. */
    static final String NONE = "none";
    private static final String MAGIC = "totmon-event-gate";
    private static final int VERSION = 1;

    /** The hand-written conditions alone. */
    public static final EventGate RULES = new EventGate(Mode.RULES, null, 0);

    private final Mode mode;
    private final MaxentModel model;
    private final double threshold;

    EventGate(Mode mode, MaxentModel model, double threshold) {
        if (mode != Mode.RULES && model == null) throw new IllegalArgumentException(mode + " needs a model");
        this.mode = mode;
        this.model = model;
        this.threshold = threshold;
    }

    public Mode mode() { return mode; }

    public double threshold() { return threshold; }

    /** Whether the candidate is an event. */
    public boolean keep(EventCandidate c) {
        return switch (mode) {
            case RULES, PROPOSE -> c.rulesKeep();
            case GATE -> c.rulesKeep() && probability(c.features()) >= threshold;
            case ALONE -> probability(c.features()) >= threshold;
        };
    }

    /** The model's probability that a candidate with these features is an event. */
    public double probability(List<String> features) {
        return probability(features, EVENT);
    }

    /** The model's probability of an outcome for these features; 0 for an outcome it was not trained with. */
    double probability(List<String> features, String outcome) {
        double[] p = model.eval(features.toArray(String[]::new));
        int i = model.getIndex(outcome);
        return i < 0 ? 0 : p[i];
    }

    /** A kind a proposer finds likeliest for a clause, and its probability. */
    public record Likeliest(String kind, double probability) {}

    /** The likeliest kind other than {@link #NONE} for a clause with these features, by a {@link Mode#PROPOSE} model. */
    public Likeliest likeliest(List<String> features) {
        double[] p = model.eval(features.toArray(String[]::new));
        int best = -1;
        for (int i = 0; i < p.length; i++) if (!NONE.equals(model.getOutcome(i)) && (best < 0 || p[i] > p[best])) best = i;
        return best < 0 ? new Likeliest(NONE, 0) : new Likeliest(model.getOutcome(best), p[best]);
    }

    /** The kind proposed for a clause the rules leave without an event: its likeliest at the threshold or above, else null. */
    EventKind proposal(List<String> features) {
        if (mode != Mode.PROPOSE) return null;
        Likeliest l = likeliest(features);
        return l.probability() >= threshold ? EventKind.valueOf(l.kind()) : null;
    }

    /** Writes the gate: a header (mode, threshold), then the OpenNLP model. */
    public void write(Path file) throws IOException {
        Maxent.write(file, MAGIC, VERSION, out -> {
            out.writeUTF(mode.name());
            out.writeDouble(threshold);
        }, model);
    }

    /** Reads a gate {@link #write} wrote; anything else is an error naming the source. */
    public static EventGate read(InputStream in, String source) throws IOException {
        return Maxent.read(in, source, MAGIC, VERSION, "an event gate model", data -> {
            Mode mode = Mode.valueOf(data.readUTF().toUpperCase(Locale.ROOT));
            double threshold = data.readDouble();
            return new EventGate(mode, mode == Mode.RULES ? null : Maxent.model(data), threshold);
        });
    }

    public static EventGate read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }
}
