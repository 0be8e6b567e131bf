package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.linker.Regions;
import org.totmon.model.Report;
import org.totmon.store.Account.Role;
import org.totmon.store.Store;

/** The review API over HTTP: who may write what, stale edits, and what the exports and pages make of reviews. */
class ReviewApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVER_TOKEN = "server-token-5678";
    private static final String TEXT = "Ivan Fedorov said 40 people were detained in Melitopol before the election."
            + " <script>alert(1)</script> He added that 12 people were released.";

    @TempDir Path dir;
    private Store store;
    private WebServer server;
    private String reviewer, admin, reader;
    private Report report;

    @BeforeEach
    void start() {
        store = Store.open(dir);
        report = new Report(Report.contentId(TEXT), "https://example.org/r", "Example", "Detentions <b>before</b> the vote", "2023-09-01", "en", TEXT);
        store.add(report, new FixtureAnnotator().apply(report));
        reviewer = store.accounts().add("olena", Role.REVIEWER);
        admin = store.accounts().add("chief", Role.ADMIN);
        reader = store.accounts().add("guest", Role.READER);
        server = WebServer.start(store, new FixtureAnnotator(), Regions.NONE,
                new WebConfig(WebConfig.LOCALHOST, 0, SERVER_TOKEN, WebConfig.DEFAULT_MAX_REQUEST_BYTES, null));
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return TestHttp.get(server, path);
    }

    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        return TestHttp.postJson(server, path, body, token);
    }

    private JsonNode items() throws Exception {
        return JSON.readTree(get("/api/review/reports/" + report.id()).body()).get("items");
    }

    private String key(String kind, int n) throws Exception {
        int seen = 0;
        for (JsonNode i : items()) if (i.get("kind").asText().equals(kind) && seen++ == n) return i.get("item").asText();
        throw new AssertionError("no " + kind + " " + n);
    }

    private static String error(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).get("error").asText();
    }

    @Test
    void writesNeedAnAccountWhoseRoleAllowsThem() throws Exception {
        String claim = key("claim", 0);
        String accept = "{\"item\": \"" + claim + "\", \"action\": \"accept\", \"version\": 0}";
        assertEquals(401, post("/api/review", accept, null).statusCode());
        assertEquals(403, post("/api/review", accept, "not-a-token").statusCode());
        HttpResponse<String> byReader = post("/api/review", accept, reader);
        assertEquals(403, byReader.statusCode());
        assertEquals("the account guest is a reader; this write needs a reviewer or more", error(byReader));
        HttpResponse<String> retractByReviewer = post("/api/reports/" + report.id() + "/retract", "{\"version\": 0, \"reason\": \"x\"}", reviewer);
        assertEquals(403, retractByReviewer.statusCode(), "retracting is for admins");

        HttpResponse<String> ok = post("/api/review", accept, reviewer);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("olena", JSON.readTree(ok.body()).get("author").asText());

        store.accounts().revoke("olena");
        assertEquals(403, post("/api/review", "{\"item\": \"" + claim + "\", \"action\": \"accept\", \"version\": 1}", reviewer).statusCode());
        HttpResponse<String> byServerToken = post("/api/review", "{\"item\": \"" + claim + "\", \"action\": \"accept\", \"version\": 1}", SERVER_TOKEN);
        assertEquals(200, byServerToken.statusCode(), "TOTMON_TOKEN stays an admin's token");
        assertEquals(Writers.SERVER_TOKEN_AUTHOR, JSON.readTree(byServerToken.body()).get("author").asText());
    }

    @Test
    void aStaleEditIs409AndBadInputIs400() throws Exception {
        String claim = key("claim", 0);
        assertEquals(200, post("/api/review", "{\"item\": \"" + claim + "\", \"action\": \"correct\", \"version\": 0, \"fields\": {\"value\": 41}}", reviewer).statusCode());
        HttpResponse<String> stale = post("/api/review", "{\"item\": \"" + claim + "\", \"action\": \"reject\", \"version\": 0, \"reason\": \"dup\"}", admin);
        assertEquals(409, stale.statusCode());
        assertTrue(error(stale).contains("was changed to corrected by olena"), error(stale));

        assertEquals(400, post("/api/review", "{\"item\": \"" + claim + "\", \"action\": \"correct\", \"version\": 1, \"fields\": {\"colour\": 1}}", reviewer).statusCode());
        assertEquals(400, post("/api/review", "not json", reviewer).statusCode());
        assertEquals(400, post("/api/review", "{\"item\": \"bogus\", \"action\": \"accept\", \"version\": 0}", reviewer).statusCode());
        assertEquals(404, post("/api/review", "{\"item\": \"claim:" + report.id() + ":1-2\", \"action\": \"accept\", \"version\": 0}", reviewer).statusCode());
    }

    @Test
    void rejectedItemsLeaveTheExportsCorrectionsShowAndReviewedOnlyFilters() throws Exception {
        String detained = key("claim", 0), released = key("claim", 1), election = key("event", 0);
        post("/api/review", "{\"item\": \"" + released + "\", \"action\": \"reject\", \"version\": 0, \"reason\": \"not about the vote\"}", reviewer);
        post("/api/review", "{\"item\": \"" + detained + "\", \"action\": \"correct\", \"version\": 0, \"fields\": {\"value\": 45, \"hedged\": true}}", reviewer);

        JsonNode exported = JSON.readTree(get("/api/export/reports.jsonl").body().strip());
        assertEquals(1, exported.get("claims").size(), "the rejected claim is left out");
        assertEquals(45.0, exported.get("claims").get(0).get("value").asDouble());
        assertEquals("reviewed", exported.get("claims").get(0).get("review").asText());
        assertEquals("unreviewed", exported.get("events").get(0).get("review").asText());
        JsonNode reviewedOnly = JSON.readTree(get("/api/export/reports.jsonl?reviewed=1").body().strip());
        assertEquals(0, reviewedOnly.get("events").size(), "the unreviewed event is left out of a reviewed-only export");

        String csv = get("/api/export/events.csv").body();
        assertTrue(csv.split("\r\n")[0].endsWith(",review_status"));
        assertTrue(csv.split("\r\n")[1].endsWith(",unreviewed"), csv);
        post("/api/review", "{\"item\": \"" + election + "\", \"action\": \"reject\", \"version\": 0, \"reason\": \"not an election\"}", reviewer);
        assertEquals(1, get("/api/export/events.csv").body().split("\r\n").length, "a rejected event leaves the CSV");
        assertTrue(get("/api/export/events.geojson").body().contains("\"features\":[]"));

        assertTrue(get("/api/claims").body().contains("\"review\":\"rejected\""), "the API says which claims were rejected");
        assertTrue(get("/api/events").body().contains("\"review\":\"rejected\""));
        assertEquals("[]", get("/api/events?reviewed=1").body(), "reviewed=1 on the API's lists too");
        assertFalse(get("/api/claims?reviewed=1").body().contains("\"review\":\"rejected\""));
        assertTrue(get("/api/claims?reviewed=1").body().contains("\"review\":\"reviewed\""));
        String claims = get("/claims").body();
        assertTrue(claims.contains("status-rejected"), "the ledger shows rejected claims as rejected");
        assertFalse(get("/claims?reviewed=1").body().contains("status-rejected"));

        String audit = get("/api/export/audit.jsonl").body();
        assertEquals(3, audit.strip().split("\n").length);
        JsonNode first = JSON.readTree(audit.split("\n")[0]);
        assertEquals("olena", first.get("author").asText());
        assertEquals("not about the vote", first.get("reason").asText());
        assertEquals("unreviewed", first.get("before").get("status").asText());
        assertEquals("rejected", first.get("after").get("status").asText());
    }

    @Test
    void aRetractedReportLeavesSearchAndExportsAndItsPageSaysSo() throws Exception {
        assertEquals(1, JSON.readTree(get("/api/search?q=Fedorov").body()).get("total").asInt());
        HttpResponse<String> retracted = post("/api/reports/" + report.id() + "/retract", "{\"version\": 0, \"reason\": \"outlet withdrew it\"}", admin);
        assertEquals(200, retracted.statusCode(), retracted.body());
        assertEquals(0, JSON.readTree(get("/api/search?q=Fedorov").body()).get("total").asInt());
        assertEquals("", get("/api/export/reports.jsonl").body());
        assertEquals("[]", get("/api/events").body());
        String page = get("/reports/" + report.id()).body();
        assertTrue(page.contains("id=\"retracted\""));
        assertTrue(page.contains("outlet withdrew it"));
        assertEquals(200, post("/api/reports/" + report.id() + "/restore", "{\"version\": 1}", admin).statusCode());
        assertEquals(1, JSON.readTree(get("/api/search?q=Fedorov").body()).get("total").asInt());
    }

    @Test
    void theReviewSectionEscapesReportTextAndTheAuditPageListsWrites() throws Exception {
        String page = get("/reports/" + report.id()).body();
        assertTrue(page.contains("id=\"review-items\""));
        assertFalse(page.contains("<script>alert(1)</script>"), "report text is escaped");
        assertTrue(page.contains("<script src=\"/static/review.js\"></script>"));
        post("/api/review", "{\"item\": \"" + key("claim", 0) + "\", \"action\": \"correct\", \"version\": 0, \"fields\": {\"claimant\": \"<i>Fedorov</i>\"}}", reviewer);
        String audit = get("/audit").body();
        assertTrue(audit.contains("olena"));
        assertTrue(audit.contains("claimant: \\\"Ivan Fedorov\\\" → \\\"&lt;i&gt;Fedorov&lt;/i&gt;\\\"") || audit.contains("&lt;i&gt;Fedorov"), audit);
        assertFalse(audit.contains("<i>Fedorov"));
        String queue = get("/review").body();
        assertFalse(queue.contains(key("claim", 0)), "a reviewed item leaves the queue");
        assertTrue(queue.contains(key("claim", 1)));
    }

    @Test
    void entitiesAndPlacesInTheExportsSayTheirReviewAndRejectedOnesLeave() throws Exception {
        String entities = get("/api/export/entities.csv").body();
        assertTrue(entities.contains("\r\nIvan Fedorov,person,1,1,Ivan Fedorov,unreviewed\r\n"), entities);
        assertTrue(get("/api/export/places.geojson").body().contains("\"review\":\"unreviewed\""));
        assertEquals("name,type,reports,mentions,spellings,review\r\n", get("/api/export/entities.csv?reviewed=1").body(), "nothing reviewed yet");

        post("/api/review", "{\"item\": \"" + key("entity", 0) + "\", \"action\": \"accept\", \"version\": 0}", reviewer);
        assertTrue(get("/api/export/entities.csv?reviewed=1").body().contains("\r\nIvan Fedorov,person,1,1,Ivan Fedorov,reviewed\r\n"));
        post("/api/review", "{\"item\": \"" + key("place", 0) + "\", \"action\": \"reject\", \"version\": 0, \"reason\": \"another Melitopol\"}", reviewer);
        assertTrue(get("/api/export/places.geojson").body().contains("\"features\":[]"), "a rejected place leaves the export");

        post("/api/review", "{\"item\": \"" + key("event", 0) + "\", \"action\": \"reject\", \"version\": 0, \"reason\": \"no election\"}", reviewer);
        String timeline = get("/timeline").body();
        assertTrue(timeline.contains("status-rejected"), "the timeline shows the rejected event as such");
        assertFalse(get("/timeline?reviewed=1").body().contains("status-rejected"));
    }
}
