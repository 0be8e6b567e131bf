package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.linker.Regions;
import org.totmon.model.Extraction;
import org.totmon.model.Report;
import org.totmon.store.Store;

/**
 * Issue 17: a write whose annotation runs long stops when its client disconnects or when the server's time limit
 * passes, and nothing of it is stored. The annotator here waits as a slow one would work, and tells when it is
 * interrupted (which is how the pipeline is stopped between two annotators).
 */
@Tag("reliability")
class RequestLimitTest {
    private static final String TOKEN = "request-limit-token-0123456789";
    private static final String REPORT = "{\"id\": \"slow-1\", \"language\": \"en\", \"published\": \"2023-06-06\","
            + " \"text\": \"The occupation administration in Melitopol said the school would open in September.\"}";

    @TempDir Path dir;
    private Store store;
    private WebServer server;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);

    /** Takes a minute unless interrupted. */
    private final Function<Report, Extraction> slow = r -> {
        started.countDown();
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw new java.util.concurrent.CancellationException("stopped");
        }
        return new FixtureAnnotator().apply(r);
    };

    private void start(Duration limit) {
        store = Store.open(dir);
        server = WebServer.start(store, slow, Regions.NONE, new WebConfig(WebConfig.LOCALHOST, 0, TOKEN, WebConfig.DEFAULT_MAX_REQUEST_BYTES,
                null, 100_000, List.of(), limit));
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @Test
    void aWriteOverTheTimeLimitIsStoppedAndNothingIsStored() throws Exception {
        start(Duration.ofSeconds(2));
        long t0 = System.nanoTime();
        HttpResponse<String> r = TestHttp.post(server, REPORT, "application/json", "Bearer " + TOKEN);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("longer than the server's limit of 2 s"), r.body());
        assertTrue(r.body().contains("nothing of this request was stored"), r.body());
        assertTrue(seconds < 20, "answered after " + seconds + " s, not after the annotator's minute");
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the annotation was interrupted");
        assertFalse(store.contains("slow-1"));
    }

    @Test
    void aWriteWhoseClientDisconnectsIsStopped() throws Exception {
        start(Duration.ofSeconds(600));
        byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            assertTrue(started.await(20, TimeUnit.SECONDS), "the annotation began");
        }
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the annotation stopped once the client had gone");
        assertFalse(store.contains("slow-1"));
        assertEquals(200, TestHttp.get(server, "/api/search?q=school").statusCode(), "the server serves on");
    }
}
