package org.totmon.pipeline.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.totmon.model.Side;
import org.totmon.pipeline.Attribution;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Maxent;

/**
 * A trained decision of a speaker's side: maximum entropy over {@link SideCues} (the rules' side among them), trained on
 * annotated claims with {@code totmon train-sides}. It decides only for speakers no registry row names: the registries
 * stay authoritative where they know the name. Thread-safe: the model is only read.
 */
public final class SideModel {
    private static final String MAGIC = "totmon-side-model";
    private static final int VERSION = 1;
    /** Thresholds 0, 0.05, …, 0.95 are tried. */
    private static final int STEPS = 20;

    private final MaxentModel model;
    /** The model overrules the rules only when it is at least this sure. */
    private final double threshold;

    private SideModel(MaxentModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /**
     * A claim's speaker: the side the annotation gives the claim, the side the rules gave, whether a registry gave it (the
     * model then does not decide), and the speaker's cues.
     */
    public record Sample(Side side, Side rules, boolean registry, List<String> features) {}

    /**
     * The model of every set's samples, with the threshold chosen without looking at how it scores its own training data:
     * each set's samples are decided by a model trained on the other sets, and the threshold that gets the most of them
     * right (the rules' side standing below it) is kept; the lowest of equals. Deterministic: sets in the order given.
     */
    public static SideModel train(Map<String, List<Sample>> sets) throws IOException {
        if (sets.size() < 2) throw new IllegalArgumentException("the threshold is chosen by holding out one set at a time: give at least two sets");
        int[] right = new int[STEPS];
        for (String held : sets.keySet()) {
            List<Sample> train = new ArrayList<>();
            sets.forEach((name, samples) -> { if (!name.equals(held)) train.addAll(samples); });
            SideModel m = new SideModel(model(train), 0);
            for (Sample s : sets.get(held)) {
                Decision d = s.registry() ? null : m.decide(s.features());
                for (int step = 0; step < STEPS; step++) {
                    Side decided = d != null && d.probability() >= step / (double) STEPS ? d.side() : s.rules();
                    if (decided == s.side()) right[step]++;
                }
            }
        }
        int best = 0;
        for (int step = 1; step < STEPS; step++) if (right[step] > right[best]) best = step;
        List<Sample> all = new ArrayList<>();
        sets.values().forEach(all::addAll);
        return new SideModel(model(all), best / (double) STEPS);
    }

    private static MaxentModel model(List<Sample> samples) throws IOException {
        if (samples.stream().map(Sample::side).distinct().count() < 2) throw new IllegalArgumentException("the samples hold fewer than two sides");
        return Maxent.train(samples.stream().map(s -> new Event(s.side().name(), s.features().toArray(String[]::new))).toList());
    }

    /** The side the model gives these cues, with its probability. */
    public Decision decide(List<String> features) {
        double[] p = model.eval(features.toArray(String[]::new));
        int best = 0;
        for (int i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
        return new Decision(Side.valueOf(model.getOutcome(best)), p[best]);
    }

    public record Decision(Side side, double probability) {}

    /** The attributions with each speaker's side as the model decides it, where no registry gave it. */
    List<Attribution> apply(Document doc, List<Attribution> attributions, SideCues cues) {
        List<Attribution> out = new ArrayList<>(attributions);
        for (SideCues.Speaker s : cues.speakers(doc, attributions).values()) {
            if (s.registry()) continue;
            Decision d = decide(s.features());
            if (d.side() == s.by().side() || d.probability() < threshold) continue;
            String reason = String.format(Locale.ROOT, "side model (p %.2f); the rules gave %s by %s", d.probability(),
                    s.by().side().name().toLowerCase(Locale.ROOT), s.by().sideReason() == null ? "nothing" : s.by().sideReason());
            out.replaceAll(a -> s.name().equals(a.speaker()) ? a.withSide(d.side(), reason) : a);
        }
        return out;
    }

    /** Writes the model: a header (the threshold), then the OpenNLP model. */
    public void write(Path file) throws IOException {
        Maxent.write(file, MAGIC, VERSION, out -> out.writeDouble(threshold), model);
    }

    /** Reads a model {@link #write} wrote; anything else is an error naming the source. */
    public static SideModel read(InputStream in, String source) throws IOException {
        return Maxent.read(in, source, MAGIC, VERSION, "a side model", data -> {
            double threshold = data.readDouble();
            return new SideModel(Maxent.model(data), threshold);
        });
    }

    public static SideModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Labelled speakers by set (a file's name without its extension), one JSON object a line with "side" (occupation,
     * ukraine, third_party, unknown), "rule_side", "registry" and "features" (strings), as {@code totmon side-candidates}
     * writes them and a labelling step marks them; a line without "side" is left out (a claim the annotation does not
     * have). An error names the file and line.
     */
    public static Map<String, List<Sample>> read(List<Path> files) throws IOException {
        return Maxent.sets(files, SideModel::sample);
    }

    private static Sample sample(JsonNode o, String at) throws IOException {
        if (o == null || !o.path("features").isArray() || !o.path("registry").isBoolean()) {
            throw new IOException(at + ": expected \"features\" (a list), \"registry\" (true or false) and \"rule_side\"");
        }
        if (o.path("side").isMissingNode() || o.path("side").isNull()) return null;
        return new Sample(side(o, "side", at), side(o, "rule_side", at), o.get("registry").asBoolean(), Maxent.features(o));
    }

    private static Side side(JsonNode o, String field, String at) throws IOException {
        try {
            return Side.valueOf(o.path(field).asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException(at + ": \"" + field + "\" is " + o.path(field) + ", expected occupation, ukraine, third_party or unknown", e);
        }
    }
}
