package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.linker.Regions;
import org.totmon.model.Report;
import org.totmon.store.Provenance;
import org.totmon.store.SearchQuery;
import org.totmon.store.Store;

/**
 * A bounded load test on loopback: 8 clients search a store of {@link #STORED} reports while a writer posts
 * {@link #POSTED} more. Bounded in count ({@link #SEARCHES_PER_CLIENT} searches a client) and in time (the clients stop
 * at {@link #DEADLINE}), so it stops itself. Every request must succeed and every posted report be found; the
 * latencies it prints are a figure for BENCHMARKS.md, not asserted (the machine's load decides them).
 */
@Tag("reliability")
class LoopbackLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "load-test-token-0123456789";
    private static final int STORED = 500;
    private static final int POSTED = 20;
    private static final int CLIENTS = 8;
    private static final int SEARCHES_PER_CLIENT = 25;
    private static final Duration DEADLINE = Duration.ofSeconds(40);
    private static final List<String> TOWNS = List.of("Melitopol", "Enerhodar", "Berdiansk", "Tokmak", "Nova Kakhovka", "Skadovsk");
    private static final List<String> QUERIES = List.of("detained", "residents", "Melitopol", "passports handed", "Tokmak school",
            "occupation authorities", "deported children", "Berdiansk");

    @TempDir Path dir;

    private static String text(int i) {
        String town = TOWNS.get(i % TOWNS.size());
        return "Report " + i + ": occupation authorities in " + town + " detained residents and handed out passports; "
                + "a school in " + TOWNS.get((i / 6) % TOWNS.size()) + " was closed and deported children were named, marker m" + i + "x.";
    }

    @Test
    @Timeout(150)
    void searchesStayCorrectWhileReportsArePosted() throws Exception {
        FixtureAnnotator annotator = new FixtureAnnotator();
        try (Store store = Store.open(dir)) {
            List<Store.Addition> additions = new ArrayList<>();
            for (int i = 0; i < STORED; i++) {
                Report r = new Report(Report.contentId(text(i)), null, null, null, "2023-10-0" + (1 + i % 9), "en", text(i));
                additions.add(new Store.Addition(r, annotator.apply(r), Provenance.NONE));
            }
            store.addAll(additions);
            try (WebServer server = WebServer.start(store, annotator, Regions.NONE,
                    new WebConfig(WebConfig.LOCALHOST, 0, TOKEN, WebConfig.DEFAULT_MAX_REQUEST_BYTES, null))) {
                run(server, store);
            }
        }
    }

    private void run(WebServer server, Store store) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                for (int i = 0; i < SEARCHES_PER_CLIENT && System.nanoTime() < deadline; i++) {
                    String q = QUERIES.get((client + i) % QUERIES.size());
                    HttpRequest get = HttpRequest.newBuilder(URI.create(server.url() + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                            .timeout(Duration.ofSeconds(20)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - t0);
                        if (r.statusCode() != 200) failures.add(q + ": " + r.statusCode() + " " + r.body());
                    } catch (Exception e) {
                        failures.add(q + ": " + e);
                    }
                }
                return null;
            }));
        }
        running.add(pool.submit(() -> {
            for (int i = 0; i < POSTED && System.nanoTime() < deadline; i++) {
                String body = JSON.createObjectNode().put("language", "en").put("text", text(STORED + i)).toString();
                HttpRequest post = HttpRequest.newBuilder(URI.create(server.url() + "/api/reports"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                        .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                try {
                    HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201) failures.add("post " + i + ": " + r.statusCode() + " " + r.body());
                } catch (Exception e) {
                    failures.add("post " + i + ": " + e);
                }
            }
            return null;
        }));
        for (Future<?> f : running) f.get();
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;

        assertTrue(failures.isEmpty(), failures.toString());
        assertEquals(STORED + POSTED, store.reportCount(), "every post stored (within the deadline)");
        assertEquals(STORED + POSTED, store.search(new SearchQuery("marker", null, null, null, null, null, 1)).total(),
                "every report searchable");
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "LoopbackLoadTest: %d searches by %d clients over %d reports while %d were posted, in %.1f s:"
                        + " p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", sorted.size(), CLIENTS, STORED, POSTED, seconds,
                percentile(sorted, 0.50), percentile(sorted, 0.95), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
