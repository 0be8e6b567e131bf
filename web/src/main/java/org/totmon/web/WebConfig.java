package org.totmon.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.totmon.ingest.ReportReader;

/**
 * How the workbench serves: the address to bind ({@code 127.0.0.1} unless told otherwise), the port (0 picks a free
 * one), the token that writes need (null: writes are refused; at least {@link #MIN_TOKEN_CHARS} characters), the
 * largest request body accepted, an optional map tile URL template such as {@code https://tile.example.org/{z}/{x}/{y}.png}
 * (null: the map draws the shipped outlines only), the longest report text taken, and the host names requests may
 * give in their Host header (empty: the bound address, plus {@code localhost} when that is a loopback address).
 */
public record WebConfig(String host, int port, String token, long maxRequestBytes, String tileUrl, int maxReportChars,
                        List<String> allowedHosts, Duration requestTimeout) {
    public static final String LOCALHOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;
    /** A shorter token can be guessed; the throttle slows guessing, the length makes it hopeless. */
    public static final int MIN_TOKEN_CHARS = 16;
    /** How long a write (POST /api/reports) may annotate before it is stopped; a 100,000-character report takes well under it. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);

    public WebConfig {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("the host to bind is missing");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
        if (maxRequestBytes < 1) throw new IllegalArgumentException("the request size limit must be positive, not " + maxRequestBytes);
        if (maxReportChars < 1) throw new IllegalArgumentException("the report size limit must be positive, not " + maxReportChars);
        if (token != null && token.isBlank()) token = null;
        if (token != null && token.strip().length() < MIN_TOKEN_CHARS) {
            throw new IllegalArgumentException("TOTMON_TOKEN is shorter than " + MIN_TOKEN_CHARS
                    + " characters; give a longer one (e.g. from: openssl rand -hex 16)");
        }
        if (token != null) token = token.strip();
        if (tileUrl != null && !tileUrl.matches("https?://[^\\s\"'<>]+")) {
            throw new IllegalArgumentException("the tile URL must be an http(s) URL template, not " + tileUrl);
        }
        allowedHosts = allowedHosts == null ? List.of() : allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (requestTimeout == null) requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the request time limit must be positive, not " + requestTimeout.toSeconds() + " s");
        }
    }

    /** With the default request time limit. */
    public WebConfig(String host, int port, String token, long maxRequestBytes, String tileUrl, int maxReportChars, List<String> allowedHosts) {
        this(host, port, token, maxRequestBytes, tileUrl, maxReportChars, allowedHosts, DEFAULT_REQUEST_TIMEOUT);
    }

    /** With the default report limit, and the Host header checked against the bound address. */
    public WebConfig(String host, int port, String token, long maxRequestBytes, String tileUrl) {
        this(host, port, token, maxRequestBytes, tileUrl, ReportReader.DEFAULT_MAX_REPORT_CHARS, List.of());
    }

    /** Local only, on {@code port}, with the token from the environment variable TOTMON_TOKEN. */
    public static WebConfig local(int port) {
        return new WebConfig(LOCALHOST, port, System.getenv("TOTMON_TOKEN"), DEFAULT_MAX_REQUEST_BYTES, null);
    }

    /** The origin of the tile server, for the Content-Security-Policy; null without tiles. */
    String tileOrigin() {
        if (tileUrl == null) return null;
        int slash = tileUrl.indexOf('/', tileUrl.indexOf("//") + 2);
        return (slash < 0 ? tileUrl : tileUrl.substring(0, slash)).replace("{s}", "*");
    }
}
