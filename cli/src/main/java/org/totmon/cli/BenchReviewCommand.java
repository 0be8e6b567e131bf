package org.totmon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Modality;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.store.Account.Role;
import org.totmon.store.ItemKey;
import org.totmon.store.ReviewWrite;
import org.totmon.store.ReviewWrite.Action;
import org.totmon.store.Store;
import org.totmon.web.WebConfig;
import org.totmon.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The review-write benchmark: a store of N reports (built once in --data with generated reports and extractions, so
 * that building it measures the store, not the annotators) and review writes (accept, correct, reject in turn, on
 * claims picked at random) one after another, each as the API's handler does it (token check, JSON body, the store's
 * versioned write and audit entry) or, with --http, through the workbench's HTTP API; then entity merges and splits
 * across the record, each undone at once; prints the latency percentiles of each after a warm-up. With --existing it
 * runs on any store as it is (a copy: it writes reviews), picking the store's own claims and entities.
 */
@Command(name = "bench-review", mixinStandardHelpOptions = true, hidden = true,
        description = "Times review writes through the HTTP API on a store of --reports generated reports (built in --data if it holds fewer).")
public final class BenchReviewCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", required = true, description = "Data directory of the benchmark's store (H2).")
    Path data;

    @Option(names = "--reports", paramLabel = "N", defaultValue = "100000", description = "Reports in the store (default: ${DEFAULT-VALUE}).")
    int reports;

    @Option(names = "--writes", paramLabel = "N", defaultValue = "2000", description = "Review writes timed (default: ${DEFAULT-VALUE}).")
    int writes;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "300", description = "Writes sent first and not timed (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--existing", description = "Time writes on the store in --data as it is (any store: its own claims and "
            + "entities are picked), building nothing; --reports is then ignored.")
    boolean existing;

    @Option(names = "--entity-writes", paramLabel = "N", defaultValue = "200", description = "Entity merges and splits timed, "
            + "each undone at once (undos timed too) (default: ${DEFAULT-VALUE}).")
    int entityWrites;

    @Option(names = "--http", description = "Write through the workbench's HTTP API (the server links every report not linked yet "
            + "before it serves, which on a large generated store takes long) instead of in process.")
    boolean http;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "200", description = "Review queue pages of 200 read and timed,"
            + " before and after the writes: the first page N times, then N pages one after another from the start (default: ${DEFAULT-VALUE}).")
    int pages;

    @Spec CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = existing ? Store.openExisting(data) : Store.open(data)) {
            long have = store.reportCount();
            if (!existing && have < reports) {
                long started = System.nanoTime();
                // As ingest stores them: 100 reports a transaction.
                List<Store.Addition> batch = new java.util.ArrayList<>();
                for (int i = (int) have; i < reports; i++) {
                    Report r = report(i);
                    batch.add(new Store.Addition(r, extraction(r, i), org.totmon.store.Provenance.NONE));
                    if (batch.size() == 100 || i == reports - 1) {
                        store.addAll(batch);
                        batch.clear();
                    }
                    if ((i + 1) % 10000 == 0) {
                        out.printf("  stored %,d reports (%.0f s)%n", i + 1, (System.nanoTime() - started) / 1e9);
                        out.flush();
                    }
                }
                out.printf("Built a store of %,d reports in %.0f s.%n", reports, (System.nanoTime() - started) / 1e9);
            }
            long c0 = System.nanoTime();
            store.reviews().catchUpQueue();
            out.printf("The review queue caught up with the store in %.1f s.%n", (System.nanoTime() - c0) / 1e9);
            if (pages > 0) queuePages(store, out);
            List<ItemKey> claims = store.reviews().itemKeys(ItemKey.Kind.CLAIM, 1_000_000);
            if (claims.isEmpty()) throw new IllegalStateException("the store in " + data + " has no claims to review");
            String token = store.accounts().add("bench-" + System.currentTimeMillis(), Role.ADMIN);
            Writer writer = http ? httpWriter(store, token) : directWriter(store, token);
            try {
                Random random = new Random(14);
                long[] nanos = new long[writes];
                String[] actions = {"accept", "correct", "reject"};
                for (int n = 0; n < warmup + writes; n++) {
                    ItemKey key = claims.get(random.nextInt(claims.size()));
                    int version = store.reviews().ofReport(key.reportId()).values().stream()
                            .filter(v -> v.key().equals(key)).mapToInt(v -> v.version()).findFirst().orElse(0);
                    String action = actions[n % 3];
                    String body = "{\"item\": \"" + key + "\", \"action\": \"" + action + "\", \"version\": " + version
                            + (action.equals("correct") ? ", \"fields\": {\"value\": " + (n + 1) + ", \"claimant_side\": \"occupation\"}" : "")
                            + (action.equals("reject") ? ", \"reason\": \"benchmark\"" : "") + "}";
                    long t0 = System.nanoTime();
                    writer.write(body);
                    if (n >= warmup) nanos[n - warmup] = System.nanoTime() - t0;
                }
                out.printf("%,d review writes (%s) on a store of %,d reports: %s%n", writes,
                        http ? "over HTTP" : "in process: token check, JSON, store write", store.reportCount(), percentiles(nanos));
            } finally {
                writer.close();
            }
            if (entityWrites > 0) entityWrites(store, token, random(store), out);
            if (pages > 0) queuePages(store, out);
            out.flush();
        }
        return 0;
    }

    /** The queue's first page {@link #pages} times, then that many pages one after another (from the start again at its end). */
    private void queuePages(Store store, PrintWriter out) {
        store.reviews().queue(QUEUE_PAGE);
        long[] first = new long[pages], next = new long[pages];
        for (int n = 0; n < pages; n++) {
            long t0 = System.nanoTime();
            store.reviews().queue(QUEUE_PAGE);
            first[n] = System.nanoTime() - t0;
        }
        String after = null;
        for (int n = 0; n < pages; n++) {
            long t0 = System.nanoTime();
            List<org.totmon.store.QueueItem> page = store.reviews().queue(after, QUEUE_PAGE);
            next[n] = System.nanoTime() - t0;
            after = page.size() < QUEUE_PAGE ? null : page.get(page.size() - 1).position();
        }
        out.printf("Review queue, first page of %d: %s%nReview queue, %d pages one after another: %s%n", QUEUE_PAGE, percentiles(first), pages,
                percentiles(next));
        out.flush();
    }

    private static final int QUEUE_PAGE = 200;

    private static List<ItemKey> random(Store store) {
        List<ItemKey> entities = new java.util.ArrayList<>(store.reviews().itemKeys(ItemKey.Kind.ENTITY, 1_000_000));
        java.util.Collections.shuffle(entities, new Random(17));
        return entities;
    }

    /**
     * Entity merges (of one name into another, each undone at once) and splits (of one report's name off to a new
     * name, undone at once), in process as the API's handler does them: token check, then the store's write.
     */
    private void entityWrites(Store store, String token, List<ItemKey> entities, PrintWriter out) {
        List<String> names = entities.stream().map(ItemKey::name).distinct().toList();
        if (names.size() < 2) {
            out.println("Entity writes not timed: the store names fewer than two entities.");
            return;
        }
        long[] merges = new long[entityWrites], splits = new long[entityWrites], undos = new long[2 * entityWrites];
        for (int n = 0; n < entityWrites; n++) {
            String a = names.get(n % names.size()), b = names.get((n + 1) % names.size());
            long t0 = System.nanoTime();
            String author = store.accounts().authenticate(token).orElseThrow().name();
            long merge = store.entityChanges().merge(a, b, "benchmark", author).id();
            merges[n] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            store.entityChanges().undo(merge, null, store.accounts().authenticate(token).orElseThrow().name());
            undos[2 * n] = System.nanoTime() - t0;
            ItemKey one = entities.get(n % entities.size());
            t0 = System.nanoTime();
            long split = store.entityChanges().split(one.name(), List.of(one.reportId()), one.name() + " (other)", "benchmark",
                    store.accounts().authenticate(token).orElseThrow().name()).id();
            splits[n] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            store.entityChanges().undo(split, null, store.accounts().authenticate(token).orElseThrow().name());
            undos[2 * n + 1] = System.nanoTime() - t0;
        }
        out.printf("%,d entity merges: %s%n%,d entity splits: %s%n%,d undos: %s%n", entityWrites, percentiles(merges), entityWrites,
                percentiles(splits), 2 * entityWrites, percentiles(undos));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(java.util.Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    /** Sends one review write (the API's JSON body) and fails unless it is stored. */
    private interface Writer extends AutoCloseable {
        void write(String body) throws Exception;

        @Override
        default void close() {}
    }

    /** What the API's handler does for a write, without HTTP: the token's account, the JSON body, the store's write. */
    private static Writer directWriter(Store store, String token) {
        return body -> {
            String author = store.accounts().authenticate(token).orElseThrow().name();
            JsonNode o = JSON.readTree(body);
            store.reviews().write(new ReviewWrite(ItemKey.parse(o.get("item").asText()), Action.of(o.get("action").asText()),
                    o.get("version").asInt(), o.get("fields"), o.path("reason").asText(null), author));
        };
    }

    /** The workbench serving the store (which first links every report not linked yet), written to over HTTP. */
    private static Writer httpWriter(Store store, String token) {
        WebServer server = WebServer.start(store, r -> { throw new IllegalStateException("no ingest in the benchmark"); },
                place -> null, new WebConfig(WebConfig.LOCALHOST, 0, null, WebConfig.DEFAULT_MAX_REQUEST_BYTES, null));
        HttpClient client = HttpClient.newHttpClient();
        return new Writer() {
            @Override
            public void write(String body) throws Exception {
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/api/review"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                HttpResponse<String> res = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() != 200) throw new IllegalStateException("a write answered " + res.statusCode() + ": " + res.body());
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static final List<String> TOWNS = List.of("Melitopol", "Enerhodar", "Berdiansk", "Tokmak", "Kherson", "Nova Kakhovka");

    /** Report {@code i}: our own sentences, different in their numbers and town so that each has its own id. */
    static Report report(int i) {
        String town = TOWNS.get(i % TOWNS.size());
        String text = "Bulletin " + i + ". The occupation administration in " + town + " said " + (100 + i % 900)
                + " residents received passports in " + (2022 + i % 3) + ". Ukrainian officials said at least " + (10 + i % 90)
                + " residents were detained in " + town + ". Volodymyr Zelensky condemned the passport campaign.";
        return new Report(Report.contentId(text), "https://bench.example.org/" + i, "Bench Monitor", "Bulletin " + i,
                (2022 + i % 3) + "-0" + (1 + i % 9) + "-1" + (i % 9), "en", text);
    }

    private static Mention at(String text, String surface) {
        int s = text.indexOf(surface);
        return new Mention(surface, s, s + surface.length());
    }

    private static String passports(int i) {
        return (100 + i % 900) + " residents received passports";
    }

    static Extraction extraction(Report r, int i) {
        String t = r.text();
        String town = TOWNS.get(i % TOWNS.size());
        Mention pass = at(t, passports(i));
        Mention detained = at(t, "at least " + (10 + i % 90) + " residents were detained");
        Mention zelensky = at(t, "Volodymyr Zelensky");
        Mention place = at(t, town);
        return new Extraction(r.id(), "en", List.of(),
                List.of(new Entity("Volodymyr Zelensky", EntityType.PERSON, List.of(zelensky)),
                        new Entity(town + " occupation administration", EntityType.ORGANIZATION, List.of(at(t, "occupation administration in " + town)))),
                List.of(new Place(town, PlaceKind.SETTLEMENT, 47.0, 35.0, null, List.of(place))),
                List.of(),
                List.of(new Claim(pass.text(), 100 + i % 900, null, "exact", "residents", "passports", "occupation administration",
                                Side.OCCUPATION, false, pass.start(), pass.end()),
                        new Claim(detained.text(), 10 + i % 90, null, "at_least", "residents", "detained", "Ukrainian officials",
                                Side.UKRAINE, false, detained.start(), detained.end())),
                List.of(new Event("DETENTION", detained.text(), null, town, List.of(), Modality.FACT, null, null, detained.start(), detained.end())));
    }
}
