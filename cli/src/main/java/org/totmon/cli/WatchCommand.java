package org.totmon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totmon.ingest.Feed;
import org.totmon.ingest.Ingester;
import org.totmon.ingest.SourcedReport;
import org.totmon.store.Store;
import org.totmon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {
                "Polls RSS and Atom feeds and stores the pages of their new items.",
                "FEEDS is a text file with one feed URL (http or https) a line; blank lines and lines starting with # "
                        + "are ignored. Each poll fetches every feed, then the page each new item links to, and stores "
                        + "the page's main text (the item's own text when the page has none) as ingest does: annotated, "
                        + "linked, a report already stored counted as a duplicate.",
                "An item is new when neither its GUID nor its link has been taken before; what was taken is kept in "
                        + "DATA/" + WatchState.FILE_NAME + ", so a stopped watch resumes where it was. A page that "
                        + "cannot be fetched is tried again at the next poll.",
                "Runs until stopped (Ctrl-C), polling every --interval; --once polls once and exits."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped, or --once and every feed was read", "1:--once and some feed or page could not be read",
                "2:wrong usage or a bad FEEDS file", "3:the store could not be opened or written"})
public final class WatchCommand implements Callable<Integer> {
    private static final Pattern HTML_TYPE = Pattern.compile("(?i)text/html|application/xhtml\\+xml");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

    @Parameters(index = "0", paramLabel = "FEEDS", description = "A file of feed URLs, one a line.")
    Path feedsFile;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--interval", paramLabel = "TIME", defaultValue = "15m", converter = Interval.class,
            description = "Time between polls: seconds, or with s, m or h (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--once", description = "Poll once and exit.")
    boolean once;

    @Option(names = "--max-page-size", paramLabel = "SIZE", defaultValue = "10MB", converter = IngestCommand.ByteSize.class,
            description = "Feeds and pages larger than this are not read (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Spec CommandSpec spec;

    private final IngestCommand ingest;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public WatchCommand() {
        this(new IngestCommand());
    }

    /** Storing as the given ingest command does (tests: another annotator). */
    WatchCommand(IngestCommand ingest) {
        this.ingest = ingest;
    }

    /** What one poll did. */
    private static final class Tally {
        int added;
        int duplicates;
        int rejected;
        int failed;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<URI> feeds;
        WatchState state;
        try {
            feeds = readFeedList(feedsFile);
            state = WatchState.load(storeOptions.dataDir);
        } catch (IOException | IllegalArgumentException e) {
            err.println("totmon watch: " + e.getMessage());
            err.flush();
            return 2;
        }
        try (UntilShutdown shutdown = new UntilShutdown(); Store store = storeOptions.open()) {
            while (true) {
                Tally t = new Tally();
                for (URI feed : feeds) {
                    if (shutdown.stopping()) break;
                    poll(feed, store, state, t, err);
                }
                out.printf("Polled %d %s: %d new, %d duplicate, %d rejected, %d could not be fetched.%n", feeds.size(),
                        feeds.size() == 1 ? "feed" : "feeds", t.added, t.duplicates, t.rejected, t.failed);
                out.flush();
                if (once) return t.failed > 0 ? 1 : 0;
                err.printf("Next poll in %s (Ctrl-C stops).%n", Interval.show(interval));
                err.flush();
                if (shutdown.await(interval)) return 0;
            }
        } catch (StoreException e) {
            err.println("totmon watch: " + e.getMessage() + " (what was stored before is kept; run again to go on)");
            err.flush();
            return IngestCommand.EXIT_STORE_FAILED;
        } catch (IOException e) {
            err.println("totmon watch: cannot keep the watch state: " + e.getMessage());
            err.flush();
            return IngestCommand.EXIT_STORE_FAILED;
        }
    }

    private void poll(URI feedUrl, Store store, WatchState state, Tally t, PrintWriter err) throws IOException, InterruptedException {
        Feed feed;
        try {
            feed = Feed.parse(fetch(feedUrl));
        } catch (IOException | Feed.BadFeedException e) {
            t.failed++;
            err.printf("%s: %s%n", feedUrl, e.getMessage());
            err.flush();
            return;
        }
        List<Feed.Item> fresh = feed.items().stream().filter(i -> !state.seen(i.guid(), i.link())).toList();
        err.printf("%s: %d items, %d new%n", feedUrl, feed.items().size(), fresh.size());
        err.flush();
        int n = 0;
        for (Feed.Item item : fresh) {
            n++;
            String place = "feed " + feedUrl + ", item " + item.label();
            String page = null;
            if (item.link() != null && item.link().matches("(?i)https?://.*")) {
                try {
                    page = fetchPage(URI.create(item.link()));
                } catch (IOException | IllegalArgumentException e) {
                    t.failed++;
                    err.printf("  [%d/%d] %s: %s; tried again next poll%n", n, fresh.size(), item.link(), e.getMessage());
                    err.flush();
                    continue;
                }
            }
            String outcome;
            try {
                SourcedReport r = feed.report(item, page, null, place);
                if (IngestCommand.accept(ingest.intake(store), r) == Ingester.Outcome.NEW) {
                    t.added++;
                    outcome = "stored";
                } else {
                    t.duplicates++;
                    outcome = "already stored";
                }
            } catch (Feed.BadFeedException | Ingester.Rejected e) {
                t.rejected++;
                outcome = "rejected: " + e.getMessage();
            }
            state.add(item.guid(), item.link());
            err.printf("  [%d/%d] %s %s%n", n, fresh.size(), outcome, item.link() != null ? item.link() : item.label());
            err.flush();
        }
    }

    private byte[] fetch(URI uri) throws IOException, InterruptedException {
        return get(uri).body;
    }

    /** The page as text, if it is HTML. */
    private String fetchPage(URI uri) throws IOException, InterruptedException {
        Fetched f = get(uri);
        if (!HTML_TYPE.matcher(f.contentType).find()) throw new IOException("not an HTML page (" + f.contentType + ")");
        Matcher m = CHARSET.matcher(f.contentType);
        Charset charset = StandardCharsets.UTF_8;
        try {
            if (m.find()) charset = Charset.forName(m.group(1));
        } catch (RuntimeException e) {
            // an unknown charset: UTF-8, as for a page that names none
        }
        return new String(f.body, charset);
    }

    private record Fetched(byte[] body, String contentType) {}

    private Fetched get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("User-Agent", "totmon-watch").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IOException("cannot fetch: " + (e.getMessage() == null ? "connection failed" : e.getMessage()));
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) throw new IOException("HTTP " + response.statusCode());
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) throw new IOException("over the limit of " + maxBytes + " bytes (--max-page-size)");
            return new Fetched(body, response.headers().firstValue("Content-Type").orElse(""));
        }
    }

    /** The feed URLs of the file; IllegalArgumentException names the line that is not one. */
    static List<URI> readFeedList(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + (Files.exists(file) ? "not UTF-8 text or unreadable" : "no such file"));
        }
        List<URI> feeds = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            URI uri;
            try {
                uri = new URI(line);
            } catch (java.net.URISyntaxException e) {
                uri = null;
            }
            if (uri == null || uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not an http or https URL: " + line);
            }
            feeds.add(uri);
        }
        if (feeds.isEmpty()) throw new IllegalArgumentException(file + ": no feed URLs in it");
        return feeds;
    }

    /** "90", "90s", "15m", "1h". */
    static final class Interval implements ITypeConverter<Duration> {
        private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\s*([smh]?)", Pattern.CASE_INSENSITIVE);

        @Override
        public Duration convert(String value) {
            Matcher m = FORM.matcher(value.strip());
            if (!m.matches()) throw new TypeConversionException("'" + value + "' is not a time such as 90s, 15m or 1h");
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
            if (d.isZero()) throw new TypeConversionException("the interval must be positive: " + value);
            return d;
        }

        static String show(Duration d) {
            long s = d.toSeconds();
            return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
        }
    }
}
