package org.totmon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The query benchmark: times the workbench's searches, pages and API reads against a running server (another process,
 * so the figures are the server's, with its own heap and threads), at each number of concurrent clients, first with no
 * writes and then while one writer posts reports to {@code POST /api/reports} one after another (each annotated and
 * linked by the server as it comes). Each endpoint runs until it has answered {@code --requests} times or for
 * {@code --seconds}, whichever comes first, so a slow endpoint on a large store still ends; prints a markdown table.
 */
@Command(name = "bench-query", mixinStandardHelpOptions = true, hidden = true,
        description = "Times searches, pages and API reads of a running workbench (--url) at 1 and 8 clients, without and with a writer,"
                + " then review writes (--review-writes).")
public final class BenchQueryCommand implements Callable<Integer> {
    @Option(names = "--url", paramLabel = "URL", required = true, description = "The workbench to measure, e.g. http://127.0.0.1:7071.")
    String url;

    @Option(names = "--writes", paramLabel = "FILE.jsonl", description = "Reports (JSON Lines) the writer posts, one a request; "
            + "without it the loaded runs are skipped.")
    Path writes;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:TOTMON_TOKEN}", description = "The server's write token (default: $TOTMON_TOKEN).")
    String token;

    @Option(names = "--clients", paramLabel = "N", split = ",", defaultValue = "1,8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "40", description = "Timed requests per endpoint and run (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "At most this long per endpoint and run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--broad", defaultValue = "said", description = "A word most reports have (default: ${DEFAULT-VALUE}).")
    String broad;

    @Option(names = "--narrow", defaultValue = "referendum", description = "A word few reports have (default: ${DEFAULT-VALUE}).")
    String narrow;

    @Option(names = "--words", paramLabel = "FILE", description = "Queries, one a line: adds the endpoints \"api search varied\" and "
            + "\"search page varied\", each request asking the next query of the file (the server has not answered it before, "
            + "until the file wraps round), as readers asking their own questions do.")
    Path words;

    @Option(names = "--only", paramLabel = "NAME", split = ",", description = "Only these endpoints (names as in the table; "
            + "the entity page is the most named entity's, the report page the first hit of the broad word).")
    List<String> only;

    @Option(names = "--review-writes", paramLabel = "N", defaultValue = "0", description = "Then time N review writes (POST "
            + "/api/review with the token, one after another; accept, correct, reject in turn on claims of the review queue, each "
            + "written once) after 20 untimed (default: ${DEFAULT-VALUE}: none). They change the store: serve a copy.")
    int reviewWrites;

    @Spec CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String base = url.replaceAll("/+$", "");
        if (words != null) {
            wordList = Files.readAllLines(words, StandardCharsets.UTF_8).stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
            if (wordList.isEmpty()) throw new IllegalArgumentException(words + ": no queries (one a line)");
        }
        Map<String, String> endpoints = endpoints(base);
        if (only != null) endpoints.keySet().retainAll(only);
        out.println("| endpoint | clients | writer | requests | p50 ms | p95 ms | p99 ms | max ms | failed |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        out.flush();
        List<String> pending = writes == null ? new ArrayList<>() : new ArrayList<>(Files.readAllLines(writes, StandardCharsets.UTF_8));
        pending.removeIf(String::isBlank);
        for (boolean loaded : writes == null ? List.of(false) : List.of(false, true)) {
            Writer writer = loaded ? new Writer(base, pending) : null;
            if (writer != null) writer.start();
            try {
                for (int n : clients) {
                    for (Map.Entry<String, String> e : endpoints.entrySet()) {
                        Run r = run(base + e.getValue(), n);
                        out.printf("| %s | %d | %s | %d | %.0f | %.0f | %.0f | %.0f | %d |%n", e.getKey(), n, loaded ? "posting" : "none",
                                r.nanos.size(), r.pct(50), r.pct(95), r.pct(99), r.pct(100), r.failed);
                        out.flush();
                    }
                }
            } finally {
                if (writer != null) {
                    writer.stop();
                    out.printf("Writer: %d reports posted after one untimed, p50 %.0f ms, p95 %.0f ms a report, %d failed%s.%n", writer.times.size(),
                            pct(writer.times, 50), pct(writer.times, 95), writer.failed,
                            writer.reports.isEmpty() ? "; it ran out of reports before the runs ended (give more)" : "");
                }
            }
        }
        if (reviewWrites > 0) {
            Run r = reviewWrites(base);
            out.printf("| review write (POST /api/review) | 1 | none | %d | %.0f | %.0f | %.0f | %.0f | %d |%n", r.nanos.size(), r.pct(50),
                    r.pct(95), r.pct(99), r.pct(100), r.failed);
        }
        return 0;
    }

    private static final int REVIEW_WARMUP = 20;

    /**
     * Review writes as a reviewer makes them through the API, each on a claim of the review queue not reviewed yet (so its
     * version is 0), in turn accepted, corrected (its value and side) and rejected (with a reason); the first
     * {@link #REVIEW_WARMUP} untimed.
     */
    private Run reviewWrites(String base) throws Exception {
        if (token == null || token.isBlank()) throw new IllegalStateException("review writes need the server's token (--token or TOTMON_TOKEN)");
        List<String> claims = new ArrayList<>();
        String after = null;
        while (claims.size() < REVIEW_WARMUP + reviewWrites) {
            JsonNode page = JSON.readTree(get(base + "/api/review/queue" + (after == null ? "" : "?after=" + enc(after))));
            for (JsonNode item : page) if (item.get("kind").asText().equals("claim")) claims.add(item.get("item").asText());
            if (page.size() < 200) break;
            after = page.get(page.size() - 1).get("position").asText();
        }
        if (claims.size() < REVIEW_WARMUP + reviewWrites) {
            throw new IllegalStateException("the review queue holds " + claims.size() + " claims, fewer than the " + (REVIEW_WARMUP + reviewWrites) + " asked");
        }
        String[] actions = {"accept", "correct", "reject"};
        List<Long> nanos = new ArrayList<>();
        int failed = 0;
        for (int n = 0; n < REVIEW_WARMUP + reviewWrites; n++) {
            String action = actions[n % 3];
            String body = "{\"item\": \"" + claims.get(n) + "\", \"action\": \"" + action + "\", \"version\": 0"
                    + (action.equals("correct") ? ", \"fields\": {\"value\": " + (n + 1) + ", \"claimant_side\": \"occupation\"}" : "")
                    + (action.equals("reject") ? ", \"reason\": \"benchmark\"" : "") + "}";
            long t0 = System.nanoTime();
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/review")).timeout(Duration.ofSeconds(300))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t0;
            if (res.statusCode() != 200) failed++;
            else if (n >= REVIEW_WARMUP) nanos.add(took);
        }
        return new Run(nanos, failed);
    }

    /** The endpoints, with an entity, a report and an event of the store found through the API itself. */
    private Map<String, String> endpoints(String base) throws Exception {
        String b = enc(broad), n = enc(narrow);
        JsonNode entities = JSON.readTree(get(base + "/api/entities"));
        JsonNode places = JSON.readTree(get(base + "/api/places"));
        JsonNode events = JSON.readTree(get(base + "/api/events?limit=1"));
        JsonNode groups = JSON.readTree(get(base + "/api/claims?limit=1"));
        JsonNode hits = JSON.readTree(get(base + "/api/search?q=" + b)).path("hits");
        if (hits.isEmpty()) throw new IllegalStateException("the store has no report with \"" + broad + "\"");
        // A store of text only (bench-fill) has no entities: its entity page is left out.
        String entity = entities.isEmpty() ? null : enc(entities.get(0).get("name").asText());
        String report = enc(hits.get(0).get("id").asText());
        Map<String, String> m = new LinkedHashMap<>();
        m.put("api search broad", "/api/search?q=" + b);
        m.put("api search narrow", "/api/search?q=" + n);
        m.put("search page broad", "/?q=" + b);
        m.put("search page broad p3", "/?q=" + b + "&page=3");
        m.put("search page narrow", "/?q=" + n);
        if (words != null) {
            m.put("api search varied", "/api/search?q=" + WORD);
            m.put("search page varied", "/?q=" + WORD);
        }
        m.put("/timeline", "/timeline");
        m.put("/api/timeline", "/api/timeline");
        m.put("/claims", "/claims");
        if (entity != null) m.put("entity page", "/entities/" + entity);
        if (!places.isEmpty()) m.put("place page", "/places/" + enc(places.get(0).get("id").asText()));
        m.put("report page", "/reports/" + report);
        if (!events.isEmpty()) m.put("event page", "/events/" + events.get(0).get("id").asText());
        if (!groups.isEmpty()) m.put("ledger group page", "/claims/" + groups.get(0).get("id").asText());
        m.put("/map", "/map");
        m.put("events.geojson", "/api/export/events.geojson"); // a page of 500 by default: the map's first request
        m.put("events.geojson deep page", "/api/export/events.geojson?offset=5000&limit=500");
        m.put("places.geojson", "/api/export/places.geojson");
        m.put("/api/events", "/api/events");
        m.put("/api/claims", "/api/claims");
        m.put("/review", "/review");
        m.put("/audit", "/audit");
        m.put("/api/docs", "/api/docs");
        return m;
    }

    /** Where a path takes the next of {@link #words} (URL-encoded), a different one each request. */
    private static final String WORD = "{word}";
    private List<String> wordList;
    private final AtomicInteger nextWord = new AtomicInteger();

    /** {@code u} with its {@link #WORD} replaced by the next query of {@link #words}. */
    private String next(String u) {
        return u.contains(WORD) ? u.replace(WORD, enc(wordList.get(Math.floorMod(nextWord.getAndIncrement(), wordList.size())))) : u;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String get(String u) throws Exception {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(u)).timeout(Duration.ofSeconds(300)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) throw new IllegalStateException(u + " answered " + res.statusCode() + ": " + res.body());
        return res.body();
    }

    private record Run(List<Long> nanos, int failed) {
        double pct(int p) {
            return BenchQueryCommand.pct(nanos, p);
        }
    }

    /** {@code n} clients, each sending requests one after another, until {@link #requests} answered or the time is up. */
    private Run run(String u, int n) throws Exception {
        get(next(u));  // one untimed request: the server's caches and JIT as a user meets them after the first look
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        int[] failed = {0};
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                done.add(pool.submit(() -> {
                    while (nanos.size() < requests && System.nanoTime() < deadline) {
                        URI target = URI.create(next(u));
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> res = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(300)).GET().build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (res.statusCode() != 200) throw new IllegalStateException("status " + res.statusCode());
                            nanos.add(System.nanoTime() - t0);
                        } catch (Exception e) {
                            synchronized (failed) {
                                failed[0]++;
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
        return new Run(new ArrayList<>(nanos), failed[0]);
    }

    static double pct(List<Long> nanos, int p) {
        if (nanos.isEmpty()) return Double.NaN;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1))) / 1e6;
    }

    /** Posts the reports one after another, each its own request, until stopped. */
    private final class Writer {
        private final String base;
        private final List<String> reports;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Long> times = Collections.synchronizedList(new ArrayList<>());
        private volatile int failed;
        private Thread thread;

        Writer(String base, List<String> reports) {
            this.base = base;
            this.reports = reports;
        }

        /** Posts one report untimed first (the server loads its pipeline on the first write), then writes on in a thread. */
        void start() throws Exception {
            if (token == null || token.isBlank()) throw new IllegalStateException("the writer needs the server's token (--token or TOTMON_TOKEN)");
            if (reports.isEmpty()) throw new IllegalStateException("no reports left to write in " + writes);
            post(reports.remove(0));
            thread = new Thread(() -> {
                while (running.get() && !reports.isEmpty()) {
                    long t0 = System.nanoTime();
                    try {
                        post(reports.remove(0));
                        times.add(System.nanoTime() - t0);
                    } catch (Exception e) {
                        failed++;
                    }
                }
            }, "bench-writer");
            thread.start();
        }

        private void post(String body) throws Exception {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/reports"))
                    .timeout(Duration.ofSeconds(300)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() / 100 != 2) throw new IllegalStateException("status " + res.statusCode() + ": " + res.body());
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }
}
