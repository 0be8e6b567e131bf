package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.linker.Regions;
import org.totmon.store.Store;

/**
 * Entity and place pages come in pages of 50 reports (issue 16: a name in thousands of reports made a page of
 * megabytes), each with the events and claims of its own reports; the catalog keeps names, not extractions.
 */
class ProfilePagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "profile-pages-token-0123456789";
    private static final int REPORTS = 60;

    @TempDir Path dir;
    private Store store;
    private WebServer server;

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private void startWithReports() throws Exception {
        store = Store.open(dir);
        server = WebServer.start(store, new FixtureAnnotator(), Regions.NONE, new WebConfig(WebConfig.LOCALHOST, 0, TOKEN,
                WebConfig.DEFAULT_MAX_REQUEST_BYTES, null));
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= REPORTS; i++) {
            lines.append(JSON.createObjectNode().put("id", "r" + i).put("language", "en").put("published", String.format("2023-%02d-%02d", 1 + i / 28, 1 + i % 28))
                    .put("text", "Ivan Fedorov said " + i + " people were detained in Melitopol before the election.")).append('\n');
        }
        assertEquals(201, TestHttp.post(server, lines.toString(), "application/x-ndjson", "Bearer " + TOKEN).statusCode());
    }

    @Test
    void anEntityNamedInManyReportsIsShownFiftyReportsAPage() throws Exception {
        startWithReports();
        String first = TestHttp.get(server, "/entities/Ivan%20Fedorov").body();
        assertTrue(first.contains("named in 60 reports"), first);
        assertTrue(first.contains("Reports 1–50 of 60, oldest first"), first);
        assertEquals(50, first.split("<li><a href=\"/reports/").length - 1, "fifty report links");
        assertTrue(first.contains("rel=\"next\" href=\"/entities/Ivan%20Fedorov?page=2\""), first);

        String second = TestHttp.get(server, "/entities/Ivan%20Fedorov?page=2").body();
        assertTrue(second.contains("Reports 51–60 of 60"), second);
        assertTrue(second.contains("59 people") && !second.contains(">1 people<"), "the claims of the page's own reports");
        assertEquals(400, TestHttp.get(server, "/entities/Ivan%20Fedorov?page=3").statusCode());

        JsonNode api = JSON.readTree(TestHttp.get(server, "/api/entities/Ivan%20Fedorov?page=2").body());
        assertEquals(60, api.get("report_count").asInt());
        assertEquals(2, api.get("pages").asInt());
        assertEquals(10, api.get("reports").size());
        assertEquals(10, api.get("claims_by").size(), "each report's claim is his");

        JsonNode place = JSON.readTree(TestHttp.get(server, "/api/places/702320").body());
        assertEquals(50, place.get("reports").size());
        assertEquals(50, place.get("events").size(), "each report's election is at Melitopol");
    }
}
