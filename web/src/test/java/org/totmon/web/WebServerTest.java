package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.linker.Regions;
import org.totmon.model.Report;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.place.GazetteerRegions;
import org.totmon.store.AcledRows;
import org.totmon.store.Provenance;
import org.totmon.store.Store;

class WebServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "test-token-1234-abcd";
    private static final String REPORT = "{\"id\":\"ext-1\",\"url\":\"https://example.org/a\",\"outlet\":\"Example\",\"title\":\"Mayor speaks\","
            + "\"published\":\"2023-09-01\",\"language\":\"en\",\"text\":\"Ivan Fedorov said 40 people were detained in Melitopol before the election.\"}";

    @TempDir Path dir;
    private Store store;
    private WebServer server;

    private WebServer start(String token, long maxBytes) {
        store = Store.open(dir);
        server = WebServer.start(store, new FixtureAnnotator(), Regions.NONE, new WebConfig(WebConfig.LOCALHOST, 0, token, maxBytes, null));
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return TestHttp.get(server, path);
    }

    private HttpResponse<String> post(String body, String contentType, String authorization) throws IOException, InterruptedException {
        return TestHttp.post(server, body, contentType, authorization);
    }

    @Test
    void theSearchPageSaysWhenAnOlderPipelineExtractedStoredReports() throws Exception {
        start(TOKEN, WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        store.setExtractorVersion("p-older");
        assertEquals(201, post(REPORT, "application/json", "Bearer " + TOKEN).statusCode());
        assertFalse(get("/").body().contains("older-extractions"), "a store of this version has no banner");

        store.setExtractorVersion("p-newer");
        String page = get("/").body();
        assertTrue(page.contains("<p class=\"banner\" id=\"older-extractions\">1 of the stored reports were extracted by an older"
                + " version of the pipeline"), page);
        assertTrue(page.contains("<code>totmon reannotate</code>"), page);
    }

    /** {@code /api/timeline} is rendered once for the counts the store keeps, and again for each unit and after each write. */
    @Test
    void theTimelineCountsFollowEachWrite() throws Exception {
        start(TOKEN, WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        assertEquals("{}", JSON.readTree(get("/api/timeline?unit=day").body()).get("counts").toString());
        assertEquals(201, post(REPORT, "application/json", "Bearer " + TOKEN).statusCode());
        assertEquals(1, JSON.readTree(get("/api/timeline?unit=day").body()).get("counts").get("2023-09-01").get("ELECTION").asInt());
        assertEquals(1, JSON.readTree(get("/api/timeline").body()).get("counts").get("2023-09").get("ELECTION").asInt());
        assertEquals(1, JSON.readTree(get("/api/timeline?unit=week").body()).get("counts").get("2023-W35").get("ELECTION").asInt());
        assertEquals(201, post(REPORT.replace("ext-1", "ext-2").replace("2023-09-01", "2023-09-02").replace("before the election", "before the vote"),
                "application/json", "Bearer " + TOKEN).statusCode());
        JsonNode days = JSON.readTree(get("/api/timeline?unit=day").body()).get("counts");
        assertEquals(store.timeline().datedCounts(false).size(), days.size(), days.toString());
        assertTrue(days.has("2023-09-01"), days.toString());
    }

    /** The map's places are made once for the catalog's reports, and again after each report taken in. */
    @Test
    void theMapsPlacesFollowEachWrite() throws Exception {
        start(TOKEN, WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        assertEquals(0, JSON.readTree(get("/api/export/places.geojson").body()).get("features").size());
        assertEquals(201, post(REPORT, "application/json", "Bearer " + TOKEN).statusCode());
        JsonNode melitopol = JSON.readTree(get("/api/export/places.geojson").body()).get("features").get(0).get("properties");
        assertEquals("Melitopol", melitopol.get("name").asText());
        assertEquals(1, melitopol.get("reports").asInt());
        assertEquals(melitopol, JSON.readTree(get("/api/export/places.geojson").body()).get("features").get(0).get("properties"));
        assertEquals(201, post(REPORT.replace("ext-1", "ext-2").replace("40 people", "41 people"), "application/json", "Bearer " + TOKEN).statusCode());
        assertEquals(2, JSON.readTree(get("/api/export/places.geojson").body()).get("features").get(0).get("properties").get("reports").asInt());
    }

    @Test
    void writesNeedTheBearerToken() throws Exception {
        start(TOKEN, WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        HttpResponse<String> none = post(REPORT, "application/json", null);
        assertEquals(401, none.statusCode());
        assertTrue(JSON.readTree(none.body()).get("error").asText().contains("Authorization: Bearer"));
        assertEquals(403, post(REPORT, "application/json", "Bearer wrong").statusCode());
        assertEquals(0, store.reportCount());

        HttpResponse<String> ok = post(REPORT, "application/json", "Bearer " + TOKEN);
        assertEquals(201, ok.statusCode(), ok.body());
        String id = JSON.readTree(ok.body()).get("added").get(0).asText();
        assertEquals(Report.contentId("Ivan Fedorov said 40 people were detained in Melitopol before the election."), id);
        HttpResponse<String> again = post(REPORT, "application/json", "Bearer " + TOKEN);
        assertEquals(200, again.statusCode());
        assertEquals(id, JSON.readTree(again.body()).get("duplicates").get(0).asText());

        JsonNode report = JSON.readTree(get("/api/reports/" + id).body());
        assertEquals("Ivan Fedorov", report.get("entities").get(0).get("name").asText());
        assertEquals(702320, report.get("places").get(0).get("geonames_id").asInt());
        assertEquals("ext-1", report.get("metadata").get("external_id").asText());
        assertEquals(Writers.SERVER_TOKEN_AUTHOR, report.get("metadata").get("ingested_by").asText(), "who stored it: the server token's holder");
        assertEquals(40, report.get("claims").get(0).get("value").asInt());
        // What was posted is found, and its entity has a page.
        assertEquals(1, JSON.readTree(get("/api/search?q=detained").body()).get("total").asInt());
        assertTrue(get("/entities/Ivan%20Fedorov").body().contains("Mayor speaks"));
    }

    @Test
    void postedReportsAreLinkedIntoTheLedgerAndTheTimeline() throws Exception {
        store = Store.open(dir);
        server = WebServer.start(store, Pipeline.standard()::process, GazetteerRegions.standard(),
                new WebConfig(WebConfig.LOCALHOST, 0, TOKEN, WebConfig.DEFAULT_MAX_REQUEST_BYTES, null));
        HttpResponse<String> posted = post(String.join("\n", CrossReports.JSONL), "application/x-ndjson", "Bearer " + TOKEN);
        assertEquals(201, posted.statusCode(), posted.body());
        assertEquals(5, JSON.readTree(posted.body()).get("linked").asInt());

        JsonNode disputed = JSON.readTree(get("/api/claims?disputed=1").body());
        assertEquals(1, disputed.size(), disputed.toString());
        JsonNode passports = disputed.get(0);
        assertEquals("passports", passports.get("concept").asText());
        assertEquals("Zaporizhzhia Oblast", passports.get("place").asText());
        assertTrue(passports.get("disputed").asBoolean());
        assertEquals(List.of("Tavria News", "Kyiv Monitor"), texts(passports.get("claims"), "outlet"));
        assertEquals(List.of("occupation", "ukraine"), texts(passports.get("claims"), "claimant_side"));
        assertEquals(List.of("48000.0", "12000.0"), texts(passports.get("claims"), "value"));
        assertEquals(passports, JSON.readTree(get("/api/claims/" + passports.get("id").asText()).body()));
        String ledger = get("/claims?disputed=1").body();
        assertTrue(ledger.contains("<strong class=\"flag\">disputed</strong>") && ledger.contains("48,000") && ledger.contains("about 12,000"), ledger);

        JsonNode attacks = JSON.readTree(get("/api/events?type=attack&place=Zaporizhzhia%20Oblast").body());
        assertEquals(1, attacks.size(), "three reports, one strike: " + attacks);
        JsonNode strike = attacks.get(0);
        assertEquals("2023-06-03", strike.get("date").asText());
        assertEquals(2, strike.get("independent_sources").asInt());
        assertEquals(3, strike.get("report_count").asInt());
        JsonNode reprint = strike.get("mentions").get(strike.get("mentions").size() - 1);
        assertEquals("Regional Wire", reprint.get("outlet").asText());
        assertFalse(reprint.get("independent").asBoolean(), "a reprint is no independent source");
        String original = reprint.get("near_duplicate_of").asText();
        assertEquals(Report.contentId(CrossReports.STRIKE), original);

        String drill = get("/timeline?unit=month&period=2023-06&type=ATTACK").body();
        assertTrue(drill.contains("<strong>2</strong> independent sources <span class=\"n\">(3 reports)</span>"), drill);
        assertTrue(get("/events/" + strike.get("id").asText()).body().contains("no: copies another report of it"));
        // The place's page lists the strike once, as its clustered event, with the three reports telling it.
        String placePage = get("/places/687700").body();
        String strikeLink = "<a href=\"/events/" + strike.get("id").asText() + "\">attack #" + strike.get("id").asText() + "</a>";
        assertEquals(1, placePage.split(java.util.regex.Pattern.quote(strikeLink), -1).length - 1, placePage);
        String strikeRow = placePage.substring(placePage.indexOf(strikeLink), placePage.indexOf("</tr>", placePage.indexOf(strikeLink)));
        assertEquals(3, strikeRow.split("href=\"/reports/", -1).length - 1, strikeRow);
        assertEquals(1, JSON.readTree(get("/api/timeline").body()).get("counts").get("2023-06").get("ATTACK").asInt());
        String reprintPage = get("/reports/" + reprint.get("report").asText()).body();
        assertTrue(reprintPage.contains("this report copies it"), reprintPage);
        JsonNode near = JSON.readTree(get("/api/reports/" + original).body()).get("near_duplicates");
        assertEquals("copy", near.get(0).get("role").asText());

        String[] csv = get("/api/export/events.csv?type=ATTACK").body().split("\r\n");
        assertEquals(String.join(",", AcledRows.COLUMNS), csv[0]);
        assertEquals(2, csv.length, "one row for the strike");
        assertTrue(csv[1].startsWith("UKRTOT" + strike.get("id").asText() + ",2023-06-03,2023,1,"), csv[1]);
        // ACLED's 31 columns in ACLED's order, then the record's own; a row has a field for each, empty where unknown.
        List<String> header = List.of(csv[0].split(","));
        assertEquals(List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
                "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
                "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                "fatalities", "tags", "timestamp"), header.subList(0, 31));
        assertEquals("source_count", header.get(31));
        Map<String, String> row = csvRecord(header, csv[1]);
        assertEquals("Zaporizhzhia", row.get("location"));
        assertEquals("Ukraine", row.get("country"));
        assertEquals("804", row.get("iso"));
        assertEquals("", row.get("actor2"));
        assertEquals("2", row.get("source_count"));
        HttpResponse<String> geoResponse = get("/api/export/events.geojson?type=ATTACK");
        assertTrue(geoResponse.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"), geoResponse.headers().toString());
        JsonNode geo = JSON.readTree(geoResponse.body()).get("features");
        assertEquals(2, geo.get(0).get("properties").get("independent_sources").asInt());
        assertTrue(get("/api/export/places.geojson").headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        // Paged as the map loads it: a bounded page each, next_offset where the next starts, and the pages make the whole.
        JsonNode whole = JSON.readTree(get("/api/export/events.geojson").body());
        assertFalse(whole.has("next_offset"), "every event, nothing to page");
        List<String> wholeIds = new ArrayList<>(), pagedIds = new ArrayList<>();
        whole.get("features").forEach(f -> wholeIds.add(f.get("properties").get("id").asText()));
        assertTrue(wholeIds.size() >= 2, wholeIds.toString());
        for (String next = "0"; next != null; ) {
            JsonNode page = JSON.readTree(get("/api/export/events.geojson?limit=1&offset=" + next).body());
            assertTrue(page.get("features").size() <= 1);
            page.get("features").forEach(f -> pagedIds.add(f.get("properties").get("id").asText()));
            next = page.has("next_offset") ? page.get("next_offset").asText() : null;
        }
        assertEquals(wholeIds, pagedIds);
        JsonNode events = JSON.readTree(get("/api/events").body());
        assertEquals(events.get(1).get("id"), JSON.readTree(get("/api/events?limit=1&offset=1").body()).get(0).get("id"));
        HttpResponse<String> badOffset = get("/api/export/events.geojson?offset=-1");
        assertEquals(400, badOffset.statusCode());
        assertTrue(badOffset.body().contains("offset") && badOffset.body().contains("must be a whole number from 0, not -1"), badOffset.body());

        // The ledger's claims as CSV and JSON Lines, one claim a row, filtered as the ledger page is.
        String[] claims = get("/api/export/claims.csv?subject=passports").body().split("\r\n");
        assertTrue(claims[0].startsWith("group_id,unit,concept,place"), claims[0]);
        assertEquals(3, claims.length, String.join("\n", claims));
        assertTrue(claims[1].contains("48000") || claims[2].contains("48000"), String.join("\n", claims));
        List<JsonNode> jsonl = new ArrayList<>();
        for (String line : get("/api/export/claims.jsonl?subject=passports&side=ukraine").body().split("\n")) jsonl.add(JSON.readTree(line));
        assertTrue(jsonl.stream().anyMatch(j -> j.get("value").asDouble() == 12000 && j.get("claimant_side").asText().equals("ukraine")), jsonl.toString());
        String entities = get("/api/export/entities.csv").body();
        assertTrue(entities.startsWith("name,type,reports,mentions,spellings,review\r\n"), entities);
        assertTrue(entities.contains("\r\nIvan Fedorov,person,"), entities);
    }

    /** One CSV line (no quoted line breaks) by its header's names. */
    private static Map<String, String> csvRecord(List<String> header, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append(c);
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(f.toString());
                f.setLength(0);
            } else f.append(c);
        }
        fields.add(f.toString());
        assertEquals(header.size(), fields.size(), line);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) out.put(header.get(i), fields.get(i));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void withoutTheServerTokenOnlyAReviewersOrAdminsAccountPostsReportsAndIsNamedAsTheirAuthor() throws Exception {
        start(null, WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        assertEquals(403, post(REPORT, "application/json", "Bearer anything").statusCode());
        String reader = store.accounts().add("lesia", org.totmon.store.Account.Role.READER);
        HttpResponse<String> byReader = post(REPORT, "application/json", "Bearer " + reader);
        assertEquals(403, byReader.statusCode());
        assertTrue(JSON.readTree(byReader.body()).get("error").asText().contains("needs a reviewer"), byReader.body());
        assertEquals(0, store.reportCount());

        String reviewer = store.accounts().add("olena", org.totmon.store.Account.Role.REVIEWER);
        HttpResponse<String> ok = post(REPORT, "application/json", "Bearer " + reviewer);
        assertEquals(201, ok.statusCode(), ok.body());
        String id = JSON.readTree(ok.body()).get("added").get(0).asText();
        assertEquals("olena", JSON.readTree(get("/api/reports/" + id).body()).get("metadata").get("ingested_by").asText());
        assertTrue(get("/reports/" + id).body().contains("<dt>Stored by</dt><dd>olena, "), "the report page says who stored it");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        start(TOKEN, 2_000);
        String big = "{\"text\":\"" + "word ".repeat(1_000) + "\"}";
        HttpResponse<String> r = post(big, "application/json", "Bearer " + TOKEN);
        assertEquals(413, r.statusCode());
        assertEquals(413, JSON.readTree(r.body()).get("status").asInt());
        assertEquals(0, store.reportCount());
    }

    @Test
    void badJsonLinesAre400NamingTheLine() throws Exception {
        start(TOKEN, WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        String batch = REPORT + "\n{\"text\": \"unterminated\n";
        HttpResponse<String> r = post(batch, "application/x-ndjson", "Bearer " + TOKEN);
        assertEquals(400, r.statusCode());
        JsonNode error = JSON.readTree(r.body());
        assertEquals(2, error.get("line").asInt());
        assertTrue(error.get("error").asText().startsWith("line 2: broken JSON"), error.toString());
        assertEquals(0, store.reportCount(), "a batch with a bad line is refused whole");

        HttpResponse<String> pretty = post("{\n  \"text\": \"x\",\n  \"title\": \n}", "application/json", "Bearer " + TOKEN);
        assertEquals(400, pretty.statusCode());
        assertEquals(4, JSON.readTree(pretty.body()).get("line").asInt(), pretty.body());
        HttpResponse<String> noText = post("{\"title\":\"t\"}", "application/json", "Bearer " + TOKEN);
        assertEquals(400, noText.statusCode());
        assertTrue(noText.body().contains("text"), noText.body());
    }

    @Test
    void reportTextIsShownAsTextNeverAsMarkup() throws Exception {
        start(TOKEN, WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        String text = "Ivan Fedorov wrote <script>alert('x')</script> and <img src=x onerror=alert(1)> in Melitopol.";
        String body = JSON.createObjectNode().put("title", "<b onmouseover=alert(2)>title</b>").put("url", "javascript:alert(3)")
                .put("text", text).toString();
        assertEquals(201, post(body, "application/json", "Bearer " + TOKEN).statusCode());
        String id = Report.contentId(text);

        String page = get("/reports/" + id).body();
        assertFalse(page.contains("<script>alert"), "a script from a report must not become markup");
        assertFalse(page.contains("<img src=x"), "an image from a report must not become markup");
        assertFalse(page.contains("<b onmouseover"), "the title is escaped too");
        assertFalse(page.contains("href=\"javascript:"), "a javascript: source URL must not become a link");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"));

        String results = get("/?q=alert").body();
        assertTrue(results.contains("&lt;script&gt;") || results.contains("&lt;img"), "the snippet shows the markup as text");
        assertFalse(results.contains("<script>alert"));
        String hostile = get("/?q=%3Cscript%3Ealert(9)%3C/script%3E").body();
        assertFalse(hostile.contains("<script>alert(9)"), "the query echoed back is escaped");
    }

    @Test
    void theReportPageShowsWhereTheReportWasReadFromEscaped() throws Exception {
        start(TOKEN, WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        Report r = new Report("tg-1001-17", "https://t.me/c/1001/17", "<i>Council</i>", null, "2023-04-03", null,
                "Curfew hours in Melitopol were changed again.");
        store.add(r, new FixtureAnnotator().apply(r), new Provenance("1001/17", "exports/result.json, message 17", "telegram",
                "<script>alert('fwd')</script> News"));

        String page = get("/reports/tg-1001-17").body();

        assertTrue(page.contains("result.json, message 17"), page);
        assertFalse(page.contains("exports/"), "the file's name, not the server's directories");
        assertTrue(page.contains(">telegram<"), page);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;fwd&#39;)&lt;/script&gt; News"), "whom it was forwarded from, escaped");
        assertFalse(page.contains("<script>alert('fwd')"));
        JsonNode api = JSON.readTree(get("/api/reports/tg-1001-17").body()).get("metadata");
        assertEquals("telegram", api.get("source_format").asText());
        assertEquals("<script>alert('fwd')</script> News", api.get("forwarded_from").asText());
    }

    @Test
    void everyResponseCarriesAContentSecurityPolicy() throws Exception {
        start(null, WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'self'"), csp);
        assertEquals(Optional.of("nosniff"), r.headers().firstValue("X-Content-Type-Options"));
    }

    @Test
    void errorsAreJsonWithTheirStatus() throws Exception {
        start(null, WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        HttpResponse<String> missing = get("/api/reports/nope");
        assertEquals(404, missing.statusCode());
        assertEquals("no report with id nope", JSON.readTree(missing.body()).get("error").asText());
        HttpResponse<String> badDate = get("/api/search?from=2023-13");
        assertEquals(400, badDate.statusCode());
        assertTrue(JSON.readTree(badDate.body()).get("error").asText().contains("\"from\""));
        assertEquals(400, get("/api/timeline?unit=decade").statusCode());
        assertEquals(400, get("/api/claims?side=russia").statusCode());
        assertEquals(400, get("/api/events?limit=0").statusCode());
        assertEquals(404, get("/api/events/12").statusCode());
        assertEquals(404, get("/events/x").statusCode());
        assertEquals(404, get("/api/no-such-thing").statusCode());
    }

    @Test
    void servesItsOpenApiDescription() throws Exception {
        start(null, WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        HttpResponse<String> r = get("/api/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode doc = JSON.readTree(r.body());
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (String path : new String[] {"/api/search", "/api/reports", "/api/reports/{id}", "/api/export/events.csv"}) {
            assertTrue(doc.get("paths").has(path), path);
        }
    }

    @Test
    void bindsToLoopbackOnly() throws Exception {
        start(null, WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        assertEquals("127.0.0.1", server.boundHost());
        assertEquals(200, get("/").statusCode());
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (external.isPresent()) {
            assertThrows(IOException.class, () -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(external.get(), server.port()), 2_000);
                }
            }, "the server must not answer on " + external.get());
        }
    }
}
