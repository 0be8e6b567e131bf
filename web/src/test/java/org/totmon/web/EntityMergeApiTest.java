package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.linker.Regions;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Modality;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.store.Account.Role;
import org.totmon.store.Store;

/**
 * Merging and splitting entities across the record over HTTP: who may, what the entity pages, search, the ledger, the
 * timeline and the exports make of it, stale writes, undo, and the audit log.
 */
class EntityMergeApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LATIN = "Ivan Fedorov";
    private static final String CYRILLIC = "Іван Федоров";
    private static final String NAMESAKE = "Ivan Fedorov (footballer)";

    @TempDir Path dir;
    private Store store;
    private WebServer server;
    private String reviewer, reader;
    private Report en, uk, sport;

    /** A Ukrainian report naming the mayor in Cyrillic, as its claimant and as an actor. */
    private static Extraction cyrillic(Report r) {
        String t = r.text();
        int at = t.indexOf(CYRILLIC), n = t.indexOf("30");
        Claim k = new Claim("30", 30, null, "exact", "people", "people detained in Melitopol", CYRILLIC, Side.UKRAINE, false, n, n + 2);
        Event e = new Event("ARREST", t, "2023-09", "Melitopol", List.of(CYRILLIC), Modality.FACT, null, null, 0, t.length());
        return new Extraction(r.id(), "uk", List.of(), List.of(new Entity(CYRILLIC, EntityType.PERSON, List.of(new Mention(CYRILLIC, at, at + CYRILLIC.length())))),
                List.of(), List.of(), List.of(k), List.of(e));
    }

    @BeforeEach
    void start() {
        store = Store.open(dir);
        en = report("Ivan Fedorov said 40 people were detained in Melitopol before the election.", "Detentions", "2023-09-01", "en");
        uk = report("Іван Федоров повідомив, що окупанти затримали 30 мешканців Мелітополя.", "Затримання", "2023-09-02", "uk");
        sport = report("Ivan Fedorov scored twice on Sunday.", "Match report", "2023-09-03", "en");
        store.add(en, new FixtureAnnotator().apply(en));
        store.add(uk, cyrillic(uk));
        store.add(sport, new FixtureAnnotator().apply(sport));
        store.link(Regions.NONE);
        reviewer = store.accounts().add("olena", Role.REVIEWER);
        reader = store.accounts().add("guest", Role.READER);
        server = WebServer.start(store, new FixtureAnnotator(), Regions.NONE,
                new WebConfig(WebConfig.LOCALHOST, 0, null, WebConfig.DEFAULT_MAX_REQUEST_BYTES, null));
    }

    private static Report report(String text, String title, String published, String language) {
        return new Report(Report.contentId(text), "https://example.org/" + Report.contentId(text), "Example", title, published, language, text);
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return TestHttp.get(server, path);
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> post(String path, Object body, String token) throws Exception {
        return TestHttp.postJson(server, path, JSON.writeValueAsString(body), token);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Set<String> claimants() throws Exception {
        Set<String> out = new TreeSet<>();
        for (JsonNode g : json("/api/claims")) for (JsonNode k : g.get("claims")) out.add(k.get("claimant").asText());
        return out;
    }

    private Set<String> hits(String entity) throws Exception {
        Set<String> out = new TreeSet<>();
        for (JsonNode h : json("/api/search?entity=" + enc(entity)).get("hits")) out.add(h.get("id").asText());
        return out;
    }

    @Test
    void aMergeShowsOneEntityEverywhereAndIsUndone() throws Exception {
        var merge = java.util.Map.of("entity", CYRILLIC, "into", LATIN, "reason", "the same mayor");
        assertEquals(401, post("/api/entities/merge", merge, null).statusCode());
        assertEquals(403, post("/api/entities/merge", merge, reader).statusCode());
        assertEquals(Set.of(LATIN, CYRILLIC), claimants());

        HttpResponse<String> merged = post("/api/entities/merge", merge, reviewer);
        assertEquals(200, merged.statusCode(), merged.body());
        JsonNode change = JSON.readTree(merged.body());
        assertEquals(LATIN, change.get("into").asText());
        assertEquals("olena", change.get("author").asText());

        HttpResponse<String> old = get("/entities/" + enc(CYRILLIC));
        assertEquals(302, old.statusCode(), "the merged name's page is the entity's");
        assertEquals("/entities/" + enc(LATIN), old.headers().firstValue("Location").orElseThrow());
        JsonNode entity = json("/api/entities/" + enc(LATIN));
        assertEquals(List.of(CYRILLIC), JSON.convertValue(entity.get("merged_from"), List.class));
        assertEquals(3, entity.get("reports").size(), "both spellings' reports");
        assertEquals(Set.of(LATIN), claimants(), "the ledger's claimants");
        assertTrue(json("/api/events").toString().contains("\"actors\":[\"" + LATIN + "\"]"), "the timeline's actors");
        assertFalse(get("/api/export/claims.csv").body().contains(CYRILLIC), "claims export");
        String entities = get("/api/export/entities.csv").body();
        assertTrue(entities.contains(LATIN + ",person,3,"), entities);
        assertFalse(entities.lines().anyMatch(l -> l.startsWith(CYRILLIC)), entities);
        assertTrue(get("/api/export/reports.jsonl").body().contains("\"name\":\"" + LATIN + "\""));
        assertFalse(get("/api/export/reports.jsonl").body().contains("\"claimant\":\"" + CYRILLIC + "\""));
        JsonNode facets = json("/api/search?q=").get("facets").get("entity");
        assertEquals(3, facets.get(LATIN).asInt(), facets.toString());
        assertFalse(facets.has(CYRILLIC), facets.toString());
        assertEquals(Set.of(en.id(), uk.id(), sport.id()), hits(LATIN));

        String page = get("/entities/" + enc(LATIN)).body();
        assertTrue(page.contains("id=\"merged-from\""), "the page says what was merged into it");
        assertTrue(page.contains("class=\"undo\" data-change=\"" + change.get("id").asLong() + "\""));
        String audit = get("/audit").body();
        assertTrue(audit.contains("href=\"/entities/" + enc(CYRILLIC) + "\""), "the audit page links the entity");
        JsonNode logged = JSON.readTree(get("/api/export/audit.jsonl").body().strip());
        assertEquals("merge", logged.get("action").asText());
        assertEquals("the same mayor", logged.get("reason").asText());

        HttpResponse<String> again = post("/api/entities/merge", java.util.Map.of("entity", CYRILLIC, "into", LATIN), reviewer);
        assertEquals(409, again.statusCode());
        assertTrue(JSON.readTree(again.body()).get("error").asText().startsWith("not saved: " + CYRILLIC + " was merged into " + LATIN + " by olena"));
        assertEquals(404, post("/api/entities/merge", java.util.Map.of("entity", "Nobody", "into", LATIN), reviewer).statusCode());
        assertEquals(400, post("/api/entities/merge", java.util.Map.of("entity", CYRILLIC), reviewer).statusCode());

        String undo = "/api/entities/changes/" + change.get("id").asLong() + "/undo";
        assertEquals(200, post(undo, java.util.Map.of("reason", "not him"), reviewer).statusCode());
        assertEquals(409, post(undo, java.util.Map.of(), reviewer).statusCode(), "undone already");
        assertEquals(200, get("/entities/" + enc(CYRILLIC)).statusCode());
        assertEquals(Set.of(LATIN, CYRILLIC), claimants());
        assertEquals("olena", json("/api/entities/" + enc(LATIN) + "/changes").get(0).get("undone_by").asText(), "the history keeps it, undone");
    }

    @Test
    void aSplitMovesTheReportsChosenToANewEntity() throws Exception {
        HttpResponse<String> split = post("/api/entities/split", java.util.Map.of("entity", LATIN, "reports", List.of(sport.id()),
                "name", NAMESAKE, "reason", "another man"), reviewer);
        assertEquals(200, split.statusCode(), split.body());
        assertEquals(1, json("/api/entities/" + enc(NAMESAKE)).get("reports").size());
        assertEquals(1, json("/api/entities/" + enc(LATIN)).get("reports").size());
        assertEquals(Set.of(sport.id()), hits(NAMESAKE), "search by the new entity");
        assertFalse(hits(LATIN).contains(sport.id()), "search by the old one leaves the report out");
        JsonNode facets = json("/api/search?q=").get("facets").get("entity");
        assertEquals(1, facets.get(NAMESAKE).asInt(), facets.toString());
        HttpResponse<String> stale = post("/api/entities/split", java.util.Map.of("entity", LATIN, "reports", List.of(sport.id()),
                "name", "Someone else"), reviewer);
        assertEquals(409, stale.statusCode(), "the report no longer names it");
        assertTrue(get("/entities/" + enc(NAMESAKE)).body().contains("id=\"entity-history\""));
        assertTrue(get("/reports/" + sport.id()).body().contains("href=\"/entities/" + enc(NAMESAKE) + "\""), "the report page names it as split");
    }
}
