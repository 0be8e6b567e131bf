package org.totmon.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The project's trained decisions (the event gate, the claimant side): OpenNLP's L-BFGS maximum entropy with one set of
 * parameters, so that the same samples always give the same model (one thread); their files (a header naming what the
 * file is, then the OpenNLP model) and their labelled samples (JSON lines).
 */
public final class Maxent {
    static final int ITERATIONS = 100;
    /** A feature seen fewer times is left out: most lemmas occur once. */
    static final int CUTOFF = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Maxent() {}

    public static MaxentModel train(List<Event> events) throws IOException {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    /** Writes what a model's file holds between its header and the model. */
    public interface Header {
        void write(DataOutputStream out) throws IOException;
    }

    /** Writes a model file: the magic word, the version, the caller's fields, then the model. */
    public static void write(Path file, String magic, int version, Header fields, MaxentModel model) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream os = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(os)) {
            out.writeUTF(magic);
            out.writeInt(version);
            fields.write(out);
            new GenericModelWriter((AbstractModel) model, out).persist();
        }
    }

    /** Reads what a model file holds after its header; the caller reads its own fields, then {@link #model}. */
    public interface Body<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** Reads a file {@link #write} wrote as a {@code what}; anything else is an error naming the source. */
    public static <T> T read(InputStream in, String source, String magic, int version, String what, Body<T> body) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            if (!magic.equals(data.readUTF())) throw new IOException(source + ": not " + what + " (no '" + magic + "' header)");
            int v = data.readInt();
            if (v != version) throw new IOException(source + ": " + what + " version " + v + ", expected " + version);
            return body.read(data);
        } catch (EOFException e) {
            throw new IOException(source + ": not " + what + ", or a truncated one: it ends early", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": malformed " + what + ": " + e.getMessage(), e);
        }
    }

    /** The model that follows a file's header and fields. */
    public static MaxentModel model(DataInputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    }

    /** Reads one JSON object a line into a sample; blank lines are skipped. */
    public interface Line<T> {
        /** The sample of a line, or null to leave it out; an error names {@code at} ("file:line"). */
        T read(JsonNode o, String at) throws IOException;
    }

    /**
     * The samples of annotated sets, one JSON-lines file a set, by set (a file's name without its extension), in the
     * order given; a missing file or two files of one name are an error.
     */
    public static <T> Map<String, List<T>> sets(List<Path> files, Line<T> line) throws IOException {
        for (Path f : files) if (!Files.isRegularFile(f)) throw new IOException("no such file: " + f);
        Map<String, List<T>> sets = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            if (sets.put(name, jsonLines(f, line)) != null) throw new IOException(f + ": a second set named " + name);
        }
        return sets;
    }

    /** A sample's "features": its strings. */
    public static List<String> features(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.get("features").forEach(x -> out.add(x.asText()));
        return out;
    }

    /** The samples of a JSON-lines file; a line that is no JSON is an error naming the file and line. */
    public static <T> List<T> jsonLines(Path file, Line<T> line) throws IOException {
        List<T> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int n = 0;
            while ((text = r.readLine()) != null) {
                n++;
                if (text.isBlank()) continue;
                JsonNode o;
                try {
                    o = JSON.readTree(text);
                } catch (IOException e) {
                    throw new IOException(file + ":" + n + ": not JSON: " + e.getMessage(), e);
                }
                T sample = line.read(o, file + ":" + n);
                if (sample != null) out.add(sample);
            }
        }
        return out;
    }
}
