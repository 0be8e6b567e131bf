package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.linker.Regions;
import org.totmon.model.Extraction;
import org.totmon.model.Report;
import org.totmon.store.Store;

/**
 * The reliability suite's bad-input cases at the HTTP API: each answered with a 4xx naming what is wrong, nothing
 * stored from a refused request, and no SQL, stack trace or class name in any body.
 */
@Tag("reliability")
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "reliability-token-0123456789";
    private static final String BEARER = "Bearer " + TOKEN;

    @TempDir Path dir;
    private Store store;
    private WebServer server;

    private void start(Function<Report, Extraction> annotator, WebConfig config) {
        store = Store.open(dir);
        server = WebServer.start(store, annotator, Regions.NONE, config);
    }

    private void start() {
        start(new FixtureAnnotator(), new WebConfig(WebConfig.LOCALHOST, 0, TOKEN, WebConfig.DEFAULT_MAX_REQUEST_BYTES, null));
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return TestHttp.get(server, path);
    }

    private HttpResponse<String> post(String body, String contentType, String authorization) throws IOException, InterruptedException {
        return TestHttp.post(server, body, contentType, authorization);
    }

    /** The error of a refusal, checked to be clean: no SQL, Java class, or stack frame. */
    private static String error(HttpResponse<String> r) throws IOException {
        String body = r.body();
        for (String leak : List.of("SQL", "INSERT", "org.", "java.", "com.", "Exception", "\tat ")) {
            assertFalse(body.contains(leak), "no " + leak + " in what a user sees: " + body);
        }
        return JSON.readTree(body).get("error").asText();
    }

    private static String line(String text, String extra) {
        return "{\"text\": \"" + text + "\"" + extra + "}";
    }

    @Test
    void aLanguageTooLongForTheStoreIsRefusedByLineAndField() throws Exception {
        start();
        String batch = line("Occupation authorities detained residents of Melitopol.", "") + "\n"
                + line("Residents of Enerhodar were detained.", ", \"language\": \"" + "x".repeat(40) + "\"") + "\n";
        HttpResponse<String> r = post(batch, "application/x-ndjson", BEARER);
        assertEquals(400, r.statusCode());
        assertEquals("line 2: field \"language\": \"" + "x".repeat(40) + "\" is not a language code such as en, uk or ru", error(r));
        assertEquals(0, store.reportCount(), "the first report is not stored either: all or nothing");
    }

    @Test
    void duplicateKeysAndTrailingGarbageAreRefused() throws Exception {
        start();
        HttpResponse<String> twice = post("{\"text\": \"One report.\", \"text\": \"Another.\"}", "application/json", BEARER);
        assertEquals(400, twice.statusCode());
        assertTrue(error(twice).contains("Duplicate field 'text'"), twice.body());
        HttpResponse<String> trailing = post("{\"text\": \"One report.\"} {\"text\": \"x\"}", "application/json", BEARER);
        assertEquals(400, trailing.statusCode());
        assertTrue(error(trailing).contains("more after the JSON object"), trailing.body());
        HttpResponse<String> inLines = post(line("One.", "") + "\n" + line("Two.", "") + " garbage\n", "application/x-ndjson", BEARER);
        assertEquals(400, inLines.statusCode());
        assertTrue(error(inLines).startsWith("line 2: broken JSON"), inLines.body());
        assertEquals(0, store.reportCount());
    }

    @Test
    void aBatchIsAllOrNothingWhenAReportCannotBeAnnotated() throws Exception {
        FixtureAnnotator fixture = new FixtureAnnotator();
        start(r -> {
            if (r.text().contains("Enerhodar")) throw new IllegalStateException("tagger crashed");
            return fixture.apply(r);
        }, new WebConfig(WebConfig.LOCALHOST, 0, TOKEN, WebConfig.DEFAULT_MAX_REQUEST_BYTES, null));
        String batch = line("Ivan Fedorov said 40 people were detained in Melitopol.", "") + "\n"
                + line("Residents of Enerhodar were detained.", "") + "\n";
        HttpResponse<String> r = post(batch, "application/x-ndjson", BEARER);
        assertEquals(422, r.statusCode());
        assertEquals("line 2: could not annotate the report: tagger crashed; nothing of this request was stored", error(r));
        assertEquals(2, JSON.readTree(r.body()).get("line").asInt());
        assertEquals(0, store.reportCount(), "the first report, annotated fine, is not stored either");
    }

    @Test
    void aOneMegabyteReportIsRefusedBeforeAnnotation() throws Exception {
        AtomicLong annotated = new AtomicLong();
        FixtureAnnotator fixture = new FixtureAnnotator();
        start(r -> {
            annotated.incrementAndGet();
            return fixture.apply(r);
        }, new WebConfig(WebConfig.LOCALHOST, 0, TOKEN, 8L << 20, null));
        String text = "Occupation authorities detained residents of Melitopol. ".repeat(18_000); // about 1 MB
        long before = System.nanoTime();
        HttpResponse<String> r = post(JSON.createObjectNode().put("text", text).toString(), "application/json", BEARER);
        assertEquals(400, r.statusCode());
        assertEquals("the record is over 649.9 KB, more than a report of 100000 characters takes (--max-report-chars)", error(r));
        String half = text.substring(0, 300_000);
        HttpResponse<String> shorter = post(JSON.createObjectNode().put("text", half).toString(), "application/json", BEARER);
        assertEquals("field \"text\" is 300000 characters, over the limit of 100000 a report (--max-report-chars)", error(shorter));
        assertTrue(System.nanoTime() - before < 10_000_000_000L, "refused within 10 s");
        assertEquals(0, annotated.get());
    }

    @Test
    void searchInputOutOfBoundsIs400() throws Exception {
        start();
        String words = IntStream.range(0, 90).mapToObj(i -> "word" + (char) ('a' + i % 26) + (char) ('a' + i / 26)).collect(Collectors.joining(" "));
        HttpResponse<String> many = get("/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertEquals(400, many.statusCode());
        assertEquals("the query has 90 words; a query may have at most 32", error(many));
        HttpResponse<String> atLimit = get("/api/search?q=" + URLEncoder.encode(words.substring(0, 32 * 6 - 1), StandardCharsets.UTF_8));
        assertEquals(200, atLimit.statusCode(), atLimit.body());

        HttpResponse<String> page = get("/api/search?q=detained&page=107374184");
        assertEquals(400, page.statusCode());
        assertEquals("parameter \"page\" must be 1 to 50: search shows the best 1000 hits, 20 a page", error(page));
        assertEquals(400, get("/?q=detained&page=107374184").statusCode(), "the search page too");
        assertEquals(400, get("/api/search?q=detained&page=99999999999").statusCode());
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        start();
        assertEquals(200, get("/api/search?q=x").statusCode(), "the server's own address");
        String refused = raw("GET /api/search?q=x HTTP/1.1\r\nHost: attacker.example:" + server.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(refused.startsWith("HTTP/1.1 421"), refused);
        assertTrue(refused.contains("this server answers to the host names 127.0.0.1, ::1, localhost"), refused);
        assertTrue(raw("GET /api/search?q=x HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 200"));
    }

    @Test
    void aConfiguredHostNameIsTheOneTaken() throws Exception {
        start(new FixtureAnnotator(), new WebConfig(WebConfig.LOCALHOST, 0, null, WebConfig.DEFAULT_MAX_REQUEST_BYTES, null,
                100_000, List.of("totmon.newsroom.example")));
        assertTrue(raw("GET / HTTP/1.1\r\nHost: totmon.newsroom.example\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"));
        assertTrue(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 421"));
    }

    private String raw(String request) throws IOException {
        try (Socket s = new Socket(WebConfig.LOCALHOST, server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void wrongTokensAreThrottled() throws Exception {
        start();
        for (int i = 0; i < TokenThrottle.MAX_FAILURES; i++) {
            assertEquals(403, post(line("Guess.", ""), "application/json", "Bearer guess-" + i).statusCode());
        }
        HttpResponse<String> blocked = post(line("Ivan Fedorov spoke in Melitopol.", ""), "application/json", BEARER);
        assertEquals(429, blocked.statusCode(), "even the right token waits once the address has guessed too often");
        assertTrue(error(blocked).startsWith("too many wrong tokens from this address: try again in "), blocked.body());
        long retry = Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry > 0 && retry <= 60, "Retry-After " + retry);
        assertEquals(0, store.reportCount());
    }

    @Test
    void theThrottleForgetsAnAddressWhenItsWindowEnds() {
        long[] now = {0};
        TokenThrottle t = new TokenThrottle(() -> now[0]);
        for (int i = 0; i < TokenThrottle.MAX_FAILURES; i++) t.failed("10.0.0.1");
        assertEquals(60, t.waitSeconds("10.0.0.1"));
        assertEquals(0, t.waitSeconds("10.0.0.2"), "another address is not held back");
        now[0] = TokenThrottle.WINDOW_MILLIS - 1500;
        assertEquals(2, t.waitSeconds("10.0.0.1"));
        now[0] = TokenThrottle.WINDOW_MILLIS;
        assertEquals(0, t.waitSeconds("10.0.0.1"));
    }

    @Test
    void aShortTokenIsRefusedAtStartUp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WebConfig(WebConfig.LOCALHOST, 0, "x", WebConfig.DEFAULT_MAX_REQUEST_BYTES, null));
        assertEquals("TOTMON_TOKEN is shorter than 16 characters; give a longer one (e.g. from: openssl rand -hex 16)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WebConfig(WebConfig.LOCALHOST, 0, "fifteen-chars-x", 1, null));
        assertEquals("sixteen-chars-xy", new WebConfig(WebConfig.LOCALHOST, 0, "sixteen-chars-xy", 1, null).token());
    }
}
