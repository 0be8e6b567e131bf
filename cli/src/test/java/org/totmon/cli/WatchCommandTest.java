package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.store.StoredReport;

/** {@code totmon watch} against feeds and pages served by an HTTP server the test starts on 127.0.0.1. */
class WatchCommandTest {
    @TempDir Path tmp;
    private HttpServer server;
    private String base;
    /** Path → [content type, body]; changed by the tests between polls. */
    private final Map<String, String[]> site = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            String[] page = site.get(path);
            byte[] body = (page == null ? "not here" : page[1]).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", page == null ? "text/plain" : page[0]);
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static String item(String title, String link, String guid, String description) {
        return "<item><title>" + title + "</title><link>" + link + "</link>" + (guid == null ? "" : "<guid>" + guid + "</guid>")
                + "<pubDate>Mon, 02 Oct 2023 08:00:00 GMT</pubDate><description>" + description + "</description></item>";
    }

    private void feed(String path, String title, String... items) {
        site.put(path, new String[] {"application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title
                + "</title><link>" + base + "/</link><description>d</description>" + String.join("", items) + "</channel></rss>"});
    }

    private void page(String path, String text) {
        site.put(path, new String[] {"text/html; charset=utf-8", "<html><head><title>t</title></head><body><nav>Menu</nav><article><p>"
                + text + "</p></article></body></html>"});
    }

    private CliRun watch(Path feeds, Path data) {
        return CliRun.of(new WatchCommand(new IngestCommand(TestAnnotator::annotate)), "--once", "--data", data.toString(), feeds.toString());
    }

    @Test
    void storesTheNewItemsPagesOnceByGuidAndUrlAndResumesFromItsState() throws IOException {
        Path data = tmp.resolve("data");
        page("/a.html", "Occupation authorities in Melitopol opened a passport office in a school.");
        page("/b.html", "Residents of Berdiansk reported searches of phones at checkpoints.");
        feed("/desk.xml", "Example Desk",
                item("Passports", base + "/a.html", "desk-1", "Summary A."),
                item("Checkpoints", base + "/b.html", null, "Summary B."));
        // Another feed carrying the same page: fetched once, by its URL.
        feed("/wire.xml", "Example Wire", item("Passports (wire)", base + "/a.html", "wire-9", "Wire summary."));
        Path feeds = Files.writeString(tmp.resolve("feeds.txt"), "# our feeds\n" + base + "/desk.xml\n\n" + base + "/wire.xml\n");

        CliRun first = watch(feeds, data);

        assertEquals(0, first.exitCode(), first.err());
        assertEquals("Polled 2 feeds: 2 new, 0 duplicate, 0 rejected, 0 could not be fetched." + System.lineSeparator(), first.out());
        assertTrue(first.err().contains(base + "/desk.xml: 2 items, 2 new"), first.err());
        assertTrue(first.err().contains("[1/2] stored " + base + "/a.html"), first.err());
        assertTrue(first.err().contains(base + "/wire.xml: 1 items, 0 new"), first.err());
        assertEquals(1, hits.get("/a.html").get());
        List<StoredReport> reports = StoredReports.in(data);
        assertEquals(2, reports.size());
        StoredReport a = reports.stream().filter(r -> (base + "/a.html").equals(r.report().url())).findFirst().orElseThrow();
        assertEquals("Occupation authorities in Melitopol opened a passport office in a school.", a.report().text(), "the page's main text");
        assertEquals("Example Desk", a.report().outlet());
        assertEquals("Passports", a.report().title());
        assertEquals("2023-10-02", a.report().published());
        assertEquals("feed", a.provenance().format());
        assertEquals("desk-1", a.provenance().externalId());
        assertEquals("feed " + base + "/desk.xml, item desk-1", a.provenance().origin());
        assertTrue(Files.isRegularFile(data.resolve(WatchState.FILE_NAME)));

        // The next poll: one item is new, one has a known GUID but a new link, one page is missing.
        page("/c.html", "Schools in Henichesk switched to the Russian curriculum.");
        feed("/desk.xml", "Example Desk",
                item("Schools", base + "/c.html", "desk-2", "Summary C."),
                item("Passports, updated", base + "/a-updated.html", "desk-1", "Summary A."),
                item("Gone", base + "/missing.html", "desk-3", "Summary D."),
                item("Passports", base + "/a.html", "desk-1", "Summary A."),
                item("Checkpoints", base + "/b.html", null, "Summary B."));

        CliRun second = watch(feeds, data);

        assertEquals(1, second.exitCode(), "a page could not be fetched: " + second.out());
        assertEquals("Polled 2 feeds: 1 new, 0 duplicate, 0 rejected, 1 could not be fetched." + System.lineSeparator(), second.out());
        assertTrue(second.err().contains(base + "/missing.html: HTTP 404; tried again next poll"), second.err());
        assertNull(hits.get("/a-updated.html"), "a known GUID is not fetched again");
        assertEquals(1, hits.get("/a.html").get());
        assertEquals(3, StoredReports.in(data).size());

        page("/missing.html", "Occupation officials in Skadovsk announced new curfew hours.");
        CliRun third = watch(feeds, data);
        assertEquals(0, third.exitCode(), third.err());
        assertTrue(third.out().startsWith("Polled 2 feeds: 1 new,"), "the missing page is tried again: " + third.out());
        assertEquals(4, StoredReports.in(data).size());
    }

    @Test
    void aBadFeedListIsRefusedNamingTheLine() throws IOException {
        Path feeds = Files.writeString(tmp.resolve("feeds.txt"), base + "/desk.xml\nfile:///etc/passwd\n");

        CliRun run = watch(feeds, tmp.resolve("data"));

        assertEquals(2, run.exitCode());
        assertEquals("totmon watch: " + feeds + ":2: not an http or https URL: file:///etc/passwd" + System.lineSeparator(), run.err());
        assertFalse(Files.exists(tmp.resolve("data")), "nothing opened");
    }

    @Test
    void aFeedThatCannotBeReadIsReportedAndTheOthersArePolled() throws IOException {
        site.put("/broken.xml", new String[] {"application/rss+xml", "<rss><channel><title>x"});
        page("/a.html", "Occupation authorities in Melitopol opened a passport office in a school.");
        feed("/desk.xml", "Example Desk", item("Passports", base + "/a.html", "desk-1", "Summary A."));
        Path feeds = Files.writeString(tmp.resolve("feeds.txt"), base + "/broken.xml\n" + base + "/nowhere.xml\n" + base + "/desk.xml\n");

        CliRun run = watch(feeds, tmp.resolve("data"));

        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith("Polled 3 feeds: 1 new, 0 duplicate, 0 rejected, 2 could not be fetched."), run.out());
        assertTrue(run.err().contains(base + "/broken.xml: not a feed we can read"), run.err());
        assertTrue(run.err().contains(base + "/nowhere.xml: HTTP 404"), run.err());
    }
}
