package org.totmon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.totmon.model.Report;

/**
 * A web archive (WARC, plain or gzipped), read record by record with jwarc: each successful HTML response is a
 * report, its main text drawn out as from an HTML file, its URL the captured one. Its published date is the page's
 * own when it gives one, else the day it was captured (a page is published by the time it is captured). Other
 * records (requests, metadata, images, scripts, redirects) are passed over.
 */
final class WarcArchive {
    private WarcArchive() {}

    static void read(InputFile file, ReportReader.Listener listener, long maxRecordBytes) throws IOException {
        long done = 0;
        try (WarcReader warc = new WarcReader(file.path())) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | RuntimeException e) {
                    listener.rejected(new Rejection(file.path(), 0, "a broken WARC record at byte " + warc.position()
                            + " (the records before it are read)"));
                    break;
                }
                if (next.isEmpty()) break;
                WarcRecord record = next.get();
                if (record instanceof WarcResponse response) response(file, response, listener, maxRecordBytes);
                long now = Math.min(warc.position(), file.size());
                if (now > done) {
                    listener.advanced(now - done);
                    done = now;
                }
            }
        }
        if (file.size() > done) listener.advanced(file.size() - done);
    }

    private static void response(InputFile file, WarcResponse response, ReportReader.Listener listener, long maxBytes) {
        String place = "record " + response.id() + ", captured " + response.date();
        try {
            HttpResponse http = response.http();
            MediaType type = http.contentType().base();
            boolean html = type.equals(MediaType.HTML) || "application/xhtml+xml".equals(type.toString());
            if (http.status() != 200 || !html) return;
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (body.length > maxBytes) throw new BadInputException("page over the limit of " + ReportReader.humanSize(maxBytes));
            String url = response.target();
            HtmlArticle a = HtmlExtractor.extract(new String(body, charset(http.contentType())), url);
            if (a.text().isBlank()) throw new BadInputException("no main text found in the HTML");
            String text = ReportReader.cleanText(a.text(), "the page's text");
            String published = a.published() != null ? a.published()
                    : LocalDate.ofInstant(response.date(), ZoneOffset.UTC).toString();
            String outlet = a.outlet() != null ? a.outlet() : host(url);
            Report report = new Report(Report.contentId(text), url, outlet, a.title(), published, a.language(), text);
            listener.report(new SourcedReport(report, null, file.path(), 0, InputFormat.WARC, place, null));
        } catch (BadInputException e) {
            listener.rejected(new Rejection(file.path(), 0, place + ": " + e.getMessage()));
        } catch (IOException | RuntimeException e) {
            listener.rejected(new Rejection(file.path(), 0, place + ": a broken HTTP response"));
        }
    }

    private static Charset charset(MediaType type) {
        String name = type.parameters().get("charset");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name.strip());
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (RuntimeException e) {
            return null;
        }
    }
}
