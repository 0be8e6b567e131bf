package org.totmon.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.totmon.model.Report;

class WarcArchiveTest {
    @TempDir Path dir;

    private static final Instant CAPTURED = Instant.parse("2023-11-20T08:15:00Z");

    private static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build();
    }

    private Path warc(String name, WarcCompression compression) throws IOException {
        Path p = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(p, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), compression)) {
            w.write(response("https://news.example.org/2023/11/19/skadovsk", 200, MediaType.HTML_UTF8,
                    "<html><head><title>Skadovsk school</title>"
                            + "<meta property=\"article:published_time\" content=\"2023-11-19T10:00:00Z\"></head>"
                            + "<body><nav>Home | World</nav><article><p>Occupation authorities in Skadovsk closed the last"
                            + " Ukrainian-language school.</p></article></body></html>"));
            w.write(response("https://news.example.org/logo.png", 200, MediaType.parse("image/png"), "PNG"));
            w.write(response("https://news.example.org/old", 301, MediaType.HTML, "<p>Moved</p>"));
            w.write(response("https://news.example.org/2023/11/20/henichesk", 200, MediaType.HTML_UTF8,
                    "<html><body><article><p>Residents of Henichesk report new checkpoints.</p></article></body></html>"));
        }
        return p;
    }

    @Test
    void eachHtmlResponseIsAReportWithItsUrlAndCaptureDate() throws IOException {
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path p = warc(compression == WarcCompression.NONE ? "crawl.warc" : "crawl.warc.gz", compression);

            Collected c = Collected.read(p);

            assertEquals(List.of(), c.rejections);
            assertEquals(2, c.reports.size(), "the image and the redirect are passed over");
            Report first = c.reports.get(0).report();
            assertEquals("https://news.example.org/2023/11/19/skadovsk", first.url());
            assertEquals("Occupation authorities in Skadovsk closed the last Ukrainian-language school.", first.text());
            assertEquals("2023-11-19", first.published(), "the page's own date");
            assertEquals("news.example.org", first.outlet());
            Report second = c.reports.get(1).report();
            assertEquals("2023-11-20", second.published(), "no date on the page: the day it was captured");
            SourcedReport s = c.reports.get(1);
            assertEquals(InputFormat.WARC, s.format());
            assertTrue(s.place().matches("record urn:uuid:[0-9a-f-]+, captured 2023-11-20T08:15:00Z"), s.place());
            assertEquals(Files.size(p), c.bytes);
        }
    }

    @Test
    void aTruncatedArchiveKeepsTheRecordsBeforeTheBreak() throws IOException {
        Path whole = warc("crawl.warc", WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        int cut = s.indexOf("Residents of Henichesk");
        Path p = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, cut));

        Collected c = Collected.read(p);

        assertEquals(1, c.reports.size());
        assertEquals(1, c.rejections.size(), c.rejectionLines().toString());
        assertTrue(c.rejections.get(0).reason().contains("broken"), c.rejectionLines().toString());
    }
}
