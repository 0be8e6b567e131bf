package org.totmon.web;

/**
 * How the workbench serves: the address to bind ({@code 127.0.0.1} unless told otherwise), the port (0 picks a free
 * one), the token that writes need (null: writes are refused), the largest request body accepted, and an optional
 * map tile URL template such as {@code https://tile.example.org/{z}/{x}/{y}.png} (null: the map draws the shipped
 * outlines only).
 */
public record WebConfig(String host, int port, String token, long maxRequestBytes, String tileUrl) {
    public static final String LOCALHOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;

    public WebConfig {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("the host to bind is missing");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
        if (maxRequestBytes < 1) throw new IllegalArgumentException("the request size limit must be positive, not " + maxRequestBytes);
        if (token != null && token.isBlank()) token = null;
        if (tileUrl != null && !tileUrl.matches("https?://[^\\s\"'<>]+")) {
            throw new IllegalArgumentException("the tile URL must be an http(s) URL template, not " + tileUrl);
        }
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
