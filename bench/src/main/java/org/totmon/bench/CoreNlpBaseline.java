package org.totmon.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speed and quality baseline: Stanford CoreNLP's {@code tokenize,ssplit,pos,lemma,ner} out of the box over
 * reports in the benchmark input format, its mentions mapped straight to the benchmark output format
 * (../shared/eval/README.md). One pipeline is shared by the worker threads: {@code annotate} is thread-safe and
 * the models are loaded once.
 *
 * <p>Usage: {@code CoreNlpBaseline --in docs.jsonl --out out.jsonl [--threads N]}.
 */
public final class CoreNlpBaseline {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TIME_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");

    private CoreNlpBaseline() {}

    private record Doc(String id, String language, String published, String text) {}

    public static void main(String[] args) throws Exception {
        Path in = null, out = null;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--in" -> in = Path.of(required(args[i], value));
                case "--out" -> out = Path.of(required(args[i], value));
                case "--threads" -> threads = Integer.parseInt(required(args[i], value));
                default -> usage("unknown argument " + args[i]);
            }
            i++;
        }
        if (in == null || out == null || threads < 1) usage("--in and --out are required, --threads must be ≥ 1");

        List<Doc> docs = read(in);
        long t0 = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        long t1 = System.nanoTime(), cpu1 = cpu();

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<Future<ObjectNode>> results = new ArrayList<>();
            for (Doc d : docs) results.add(pool.submit(() -> annotate(pipeline, d)));
            for (Future<ObjectNode> f : results) {
                w.write(JSON.writeValueAsString(f.get()));
                w.newLine();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("CoreNLP failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long t2 = System.nanoTime(), cpu2 = cpu();
        double load = (t1 - t0) / 1e9, annotate = (t2 - t1) / 1e9;
        System.out.printf("corenlp: %d reports, %d threads, model load %.1f s, annotate %.1f s (CPU %.1f s), %.2f reports/s excluding load%n",
                docs.size(), threads, load, annotate, (cpu2 - cpu1) / 1e9, docs.size() / annotate);
    }

    /** CPU time of the whole process so far, in ns: on a shared machine it measures work where wall time measures contention too. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String required(String option, String value) {
        if (value == null) usage(option + " needs a value");
        return value;
    }

    private static void usage(String problem) {
        System.err.println("CoreNlpBaseline: " + problem);
        System.err.println("usage: CoreNlpBaseline --in docs.jsonl --out out.jsonl [--threads N]");
        System.exit(2);
    }

    private static List<Doc> read(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode o;
                try {
                    o = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(file + ":" + n + ": not JSON: " + e.getOriginalMessage(), e);
                }
                String id = text(o, "id"), body = text(o, "text");
                if (id == null || body == null) throw new IOException(file + ":" + n + ": field \"id\" or \"text\" is missing");
                docs.add(new Doc(id, text(o, "language"), text(o, "published"), body));
            }
        }
        return docs;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static ObjectNode annotate(StanfordCoreNLP pipeline, Doc d) {
        CoreDocument doc = new CoreDocument(d.text());
        // SUTime resolves "last week" and "November 28" against the document date; it rejects "2023-06" but takes "2023-06-XX".
        if (d.published() != null) {
            String date = d.published().length() == 7 ? d.published() + "-XX" : d.published();
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        pipeline.annotate(doc);

        Map<String, ObjectNode> entities = new LinkedHashMap<>(), places = new LinkedHashMap<>();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.id());
        o.put("language", d.language());
        ArrayNode times = JSON.createArrayNode(), claims = JSON.createArrayNode();
        for (CoreEntityMention m : doc.entityMentions()) {
            String type = m.entityType(), surface = m.text();
            int start = m.charOffsets().first(), end = m.charOffsets().second();
            String normalized = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            switch (type) {
                case "PERSON", "ORGANIZATION" -> mention(entities.computeIfAbsent(type + "\t" + surface, k -> {
                    ObjectNode e = JSON.createObjectNode();
                    e.put("name", surface);
                    e.put("type", type);
                    e.putArray("mentions");
                    return e;
                }), surface, start, end);
                case "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY" -> mention(places.computeIfAbsent(surface, k -> {
                    ObjectNode p = JSON.createObjectNode();
                    p.put("name", surface);
                    p.put("kind", switch (type) {
                        case "COUNTRY" -> "country";
                        case "STATE_OR_PROVINCE" -> "region";
                        case "CITY" -> "settlement";
                        default -> "other";
                    });
                    p.putNull("lat");
                    p.putNull("lon");
                    p.putArray("mentions");
                    return p;
                }), surface, start, end);
                case "DATE" -> {
                    if (normalized != null && TIME_VALUE.matcher(normalized).matches()) {
                        ObjectNode t = times.addObject();
                        t.put("text", surface);
                        t.put("value", normalized);
                        t.put("start", start);
                        t.put("end", end);
                    }
                }
                case "NUMBER", "PERCENT", "MONEY" -> {
                    Matcher v = normalized == null ? null : NUMBER.matcher(normalized);
                    if (v != null && v.find()) {
                        ObjectNode c = claims.addObject();
                        c.put("text", surface);
                        c.put("value", Double.parseDouble(v.group()));
                        c.putNull("value_max");
                        c.put("unit", type.equals("PERCENT") ? "percent" : null);
                        c.put("start", start);
                        c.put("end", end);
                    }
                }
                default -> { }
            }
        }
        o.putArray("entities").addAll(entities.values());
        o.putArray("places").addAll(places.values());
        o.set("times", times);
        o.set("claims", claims);
        o.putArray("events");
        return o;
    }

    private static void mention(ObjectNode owner, String text, int start, int end) {
        ObjectNode m = ((ArrayNode) owner.get("mentions")).addObject();
        m.put("text", text);
        m.put("start", start);
        m.put("end", end);
    }
}
