package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.linker.Regions;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Report;
import org.totmon.store.ItemKey;
import org.totmon.store.ReviewWrite;
import org.totmon.store.Store;

/**
 * Search's facets and its type and side filters: counts over the hits, filters that keep only the reports telling that
 * type or quoting that side, a report stored by another writer after the server started (not through it) found with
 * its facets, a place name from a report shown as text, and bad parameters refused by name.
 */
class SearchFacetsTest {
    private static final String TOKMAK = "<i>Tokmak</i>";

    @TempDir Path dir;
    private Store store;
    private WebServer server;
    private final List<String> ids = new java.util.ArrayList<>();

    private void add(String text, boolean annotated) {
        Report r = new Report(Report.contentId(text), null, "Example", "Report " + (ids.size() + 1), "2023-09-0" + (ids.size() + 1), "en", text);
        Extraction x = new FixtureAnnotator().apply(r);
        if (!annotated) {
            // A place whose name is markup, as an untrusted report could make the gazetteer-less annotator read it.
            int at = text.indexOf(TOKMAK);
            x = new Extraction(r.id(), "en", List.of(), List.of(), List.of(new Place(TOKMAK, PlaceKind.SETTLEMENT, 47.25, 35.7, null,
                    List.of(new Mention(TOKMAK, at, at + TOKMAK.length())))), List.of(), List.of(), List.of());
        }
        store.add(r, x);
        ids.add(r.id());
    }

    @BeforeEach
    void start() {
        store = Store.open(dir);
        add("Ivan Fedorov said 40 people were detained in Melitopol before the election.", true);
        add("Ivan Fedorov spoke in Melitopol about the schools.", true);
        add("The election was announced for the autumn.", true);
        add("Shelling near " + TOKMAK + " was reported.", false);
        server = WebServer.start(store, new FixtureAnnotator(), Regions.NONE,
                new WebConfig(WebConfig.LOCALHOST, 0, null, WebConfig.DEFAULT_MAX_REQUEST_BYTES, null));
        // Stored after the server started, not through it (as another process's writes are): search finds it with its facets.
        add("Ivan Fedorov said 12 people left Melitopol.", true);
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private Set<String> hits(JsonNode result) {
        Set<String> out = new HashSet<>();
        result.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    @Test
    void facetsCountTheHitsReportsFromTheStore() throws Exception {
        JsonNode all = TestHttp.json(server, "/api/search?q=");
        assertEquals(5, all.get("total").asInt(), all.toString());
        JsonNode f = all.get("facets");
        assertEquals(5, f.get("lang").get("en").asInt(), f.toString());
        assertEquals(2, f.get("type").get("ELECTION").asInt(), f.toString());
        assertEquals(2, f.get("side").get("ukraine").asInt(), "two reports quote the Ukrainian side (one of them twice at most)");
        assertEquals(3, f.get("place").get("Melitopol").asInt(), f.toString());
        assertEquals(1, f.get("place").get(TOKMAK).asInt(), f.toString());
        assertEquals(3, f.get("entity").get("Ivan Fedorov").asInt(), f.toString());

        JsonNode fedorov = TestHttp.json(server, "/api/search?q=Fedorov").get("facets");
        assertEquals(3, fedorov.get("entity").get("Ivan Fedorov").asInt(), "facets are over the query's hits only");
        assertFalse(fedorov.get("place").has(TOKMAK), fedorov.toString());
    }

    /** Answers are kept while the store's search state stands: a report stored or retracted since is in the next answer. */
    @Test
    void aRepeatedSearchAnswersWhatTheStoreHoldsNow() throws Exception {
        JsonNode first = TestHttp.json(server, "/api/search?q=Melitopol");
        assertEquals(Set.of(ids.get(0), ids.get(1), ids.get(4)), hits(first));
        assertEquals(first, TestHttp.json(server, "/api/search?q=Melitopol"), "asked again with nothing changed");
        add("Shelling was reported in Melitopol overnight.", true);
        JsonNode added = TestHttp.json(server, "/api/search?q=Melitopol");
        assertEquals(Set.of(ids.get(0), ids.get(1), ids.get(4), ids.get(5)), hits(added), "a report stored since the last answer");
        assertEquals(4, added.get("facets").get("place").get("Melitopol").asInt(), added.toString());
        store.reviews().write(new ReviewWrite(ItemKey.report(ids.get(1)), ReviewWrite.Action.RETRACT, 0, null, "a duplicate", "admin"));
        JsonNode retracted = TestHttp.json(server, "/api/search?q=Melitopol");
        assertEquals(Set.of(ids.get(0), ids.get(4), ids.get(5)), hits(retracted), "a report retracted since leaves the answer");
        assertEquals(3, retracted.get("total").asInt());
        String page = TestHttp.get(server, "/?q=Melitopol").body();
        assertTrue(page.contains("Report 6") && !page.contains("Report 2"), "the search page answers the same: " + page);
    }

    @Test
    void typeAndSideFilterTheHitsByTheirReportsExtractions() throws Exception {
        JsonNode elections = TestHttp.json(server, "/api/search?q=&type=election");
        assertEquals(Set.of(ids.get(0), ids.get(2)), hits(elections), "the type is matched whatever its case");
        assertEquals(2, elections.get("total").asInt());
        JsonNode ukraine = TestHttp.json(server, "/api/search?q=&side=UKRAINE");
        assertEquals(Set.of(ids.get(0), ids.get(4)), hits(ukraine));
        assertEquals(Set.of(ids.get(0)), hits(TestHttp.json(server, "/api/search?q=&side=ukraine&type=ELECTION")));
        assertEquals(0, TestHttp.json(server, "/api/search?q=&type=SHELLING").get("total").asInt());
        String page = TestHttp.get(server, "/?q=&side=ukraine").body();
        assertTrue(page.contains("Report 1") && page.contains("Report 5") && !page.contains("Report 2"), page);
    }

    @Test
    void aFacetValueFromAReportIsShownAsText() throws Exception {
        String page = TestHttp.get(server, "/?q=").body();
        assertTrue(page.contains("&lt;i&gt;Tokmak&lt;/i&gt;"), page);
        assertFalse(page.contains(TOKMAK), "the place's name never reaches the page as markup");
    }

    @Test
    void badSearchParametersAre400NamingThem() throws Exception {
        for (String[] bad : new String[][] {{"/api/search?q=Fedorov&page=0", "\"page\""}, {"/api/search?q=Fedorov&page=x", "\"page\""},
                {"/api/search?q=Fedorov&page=51", "\"page\" must be 1 to 50"}, {"/api/search?q=&from=2023-13", "\"from\""}}) {
            HttpResponse<String> r = TestHttp.get(server, bad[0]);
            assertEquals(400, r.statusCode(), bad[0] + ": " + r.body());
            assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("error").asText().contains(bad[1]), bad[0] + ": " + r.body());
        }
        HttpResponse<String> page = TestHttp.get(server, "/?q=Fedorov&to=%3Cb%3Esoon");
        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("&quot;to&quot;") && page.body().contains("&lt;b&gt;soon"), "names the parameter, shows the value as text: " + page.body());
    }
}
