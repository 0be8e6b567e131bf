package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests to a test server: a GET of a path (or of JSON that must come with a 200), a POST of reports, a POST of JSON to the API. */
final class TestHttp {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestHttp() {}

    static HttpResponse<String> get(WebServer server, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET of {@code path}, which must answer 200, read as JSON. */
    static JsonNode json(WebServer server, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(server, path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return new ObjectMapper().readTree(r.body());
    }

    /** POST /api/reports; {@code authorization} null sends none. */
    static HttpResponse<String> post(WebServer server, String body, String contentType, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "/api/reports"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) b.header("Authorization", authorization);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST of a JSON body to {@code path}, with {@code token} as a bearer token (null sends none). */
    static HttpResponse<String> postJson(WebServer server, String path, String json, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
