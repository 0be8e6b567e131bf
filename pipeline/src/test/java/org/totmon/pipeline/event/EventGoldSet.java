package org.totmon.pipeline.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.totmon.model.Event;
import org.totmon.model.Mention;
import org.totmon.model.Report;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.Document;

/**
 * A gold set in the benchmark's format (docs.jsonl and gold.jsonl joined by id), scored for events as score.py
 * scores them; misses and false hits of each run go to target/event-errors-NAME.txt.
 */
final class EventGoldSet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventAnnotator EVENTS = new EventAnnotator();

    final Map<String, JsonNode> docs;
    final Map<String, JsonNode> gold;

    private EventGoldSet(Map<String, JsonNode> docs, Map<String, JsonNode> gold) {
        this.docs = docs;
        this.gold = gold;
    }

    static EventGoldSet files(Path dir) throws IOException {
        try (InputStream d = Files.newInputStream(dir.resolve("docs.jsonl")); InputStream g = Files.newInputStream(dir.resolve("gold.jsonl"))) {
            return new EventGoldSet(read(d, dir.resolve("docs.jsonl").toString()), read(g, dir.resolve("gold.jsonl").toString()));
        }
    }

    static EventGoldSet resources(String dir) throws IOException {
        try (InputStream d = open(dir + "/docs.jsonl"); InputStream g = open(dir + "/gold.jsonl")) {
            return new EventGoldSet(read(d, dir + "/docs.jsonl"), read(g, dir + "/gold.jsonl"));
        }
    }

    private static InputStream open(String resource) {
        InputStream in = EventGoldSet.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("test resource " + resource + " is missing");
        return in;
    }

    private static Map<String, JsonNode> read(InputStream in, String source) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            JsonNode node = JSON.readTree(line);
            if (!node.hasNonNull("id")) throw new IllegalArgumentException(source + ":" + n + ": no id");
            out.put(node.get("id").asText(), node);
        }
        return out;
    }

    /** The reports in {@code language} ("en", "uk", "ru") with their gold, to see where the rules carry and where not. */
    EventGoldSet language(String language) {
        Map<String, JsonNode> g = new LinkedHashMap<>();
        gold.forEach((id, entry) -> {
            JsonNode d = docs.get(id);
            if (d != null && language.equals(d.path("language").asText())) g.put(id, entry);
        });
        return new EventGoldSet(docs, g);
    }

    static Report report(JsonNode d) {
        return new Report(d.get("id").asText(), EventScorer.text(d, "url"), EventScorer.text(d, "outlet"), EventScorer.text(d, "title"),
                EventScorer.text(d, "published"), EventScorer.text(d, "language"), d.get("text").asText());
    }

    private static volatile Pipeline upstream;

    /** The standard pipeline up to the event layer, which {@link #score} runs itself. */
    static Pipeline upstream() {
        if (upstream == null) {
            upstream = new Pipeline(Pipeline.standardAnnotators().stream().filter(a -> !(a instanceof EventAnnotator)).toList());
        }
        return upstream;
    }

    /** Runs {@code upstream} and then the event layer on every report with gold, and scores the events. */
    EventScorer score(String name, Function<Report, Document> upstream) throws IOException {
        EventScorer scorer = new EventScorer();
        List<String> log = new ArrayList<>();
        for (Map.Entry<String, JsonNode> g : gold.entrySet()) {
            JsonNode d = docs.get(g.getKey());
            if (d == null) throw new IllegalArgumentException("gold " + g.getKey() + " has no report in docs.jsonl");
            Document doc = upstream.apply(report(d));
            scorer.placesSeen += doc.places().size();
            EVENTS.annotate(doc);
            scorer.add(g.getValue(), doc.events());
            log.add("== " + g.getKey());
            log.add("places " + doc.places().stream().map(p -> p.name() + " " + p.mentions().stream().map(Mention::text).toList()).toList());
            g.getValue().path("events").forEach(e -> log.add("gold " + e.path("type").asText() + " @" + EventScorer.text(e, "place")
                    + " " + EventScorer.text(e, "date") + " | " + e.path("text").asText()));
            for (Event e : doc.events()) log.add("sys  " + e.type() + " @" + e.place() + " " + e.date() + " " + e.actors() + " | " + e.text());
        }
        log.add(0, scorer.toString());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "event-errors-" + name + ".txt"), log, StandardCharsets.UTF_8);
        System.out.println("Events (" + name + "): " + scorer);
        return scorer;
    }
}
