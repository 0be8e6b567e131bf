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
 * the conditions are only features). Thread-safe: the model is only read.
 */
public final class EventGate {
    /** How the model's decision combines with the rules'. */
    public enum Mode { RULES, GATE, ALONE }

    /** The outcome a positive candidate is trained with. */
    static final String EVENT = "event";
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
            case RULES -> c.rulesKeep();
            case GATE -> c.rulesKeep() && probability(c.features()) >= threshold;
            case ALONE -> probability(c.features()) >= threshold;
        };
    }

    /** The model's probability that a candidate with these features is an event. */
    public double probability(List<String> features) {
        double[] p = model.eval(features.toArray(String[]::new));
        int i = model.getIndex(EVENT);
        return i < 0 ? 0 : p[i];
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
