package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.totmon.linker.Regions;
import org.totmon.model.Report;
import org.totmon.store.Store;

/**
 * The ledger bounded however large a group grows (issue 16): a card shows the first claims of each side with how many
 * more there are and a link to them, a group's page and {@code /api/claims/{id}} page through one side, the counts and
 * the chart come from the whole group, and every paging parameter refuses a bad value by name. Fourteen reports in
 * which the mayor gives a figure of people detained in Melitopol make one group of fourteen claims of one side.
 */
class LedgerPagingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REPORTS = 14;

    @TempDir Path dir;
    private Store store;
    private WebServer server;

    @BeforeEach
    void start() {
        store = Store.open(dir);
        for (int i = 1; i <= REPORTS; i++) {
            // Report text is shown in the cards' quotes and titles: markup in it must come out as text.
            String text = "Ivan Fedorov said " + (30 + i) + " people were detained in Melitopol this week.";
            Report r = new Report(Report.contentId(text), "https://example.org/" + i, "Example", "Detentions <b>" + i + "</b>",
                    String.format("2023-09-%02d", i), "en", text);
            store.add(r, new FixtureAnnotator().apply(r));
        }
        store.link(Regions.NONE);
        server = WebServer.start(store, new FixtureAnnotator(), Regions.NONE,
                new WebConfig(WebConfig.LOCALHOST, 0, null, WebConfig.DEFAULT_MAX_REQUEST_BYTES, null));
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private static List<Integer> figures(JsonNode claims) {
        List<Integer> out = new ArrayList<>();
        claims.forEach(c -> out.add(c.get("value").asInt()));
        return out;
    }

    @Test
    void aCardShowsTheFirstClaimsOfEachSideAndCountsTheRest() throws Exception {
        JsonNode groups = TestHttp.json(server, "/api/claims");
        assertEquals(1, groups.size(), groups.toString());
        JsonNode g = groups.get(0);
        assertEquals(REPORTS, g.get("claim_count").asInt());
        assertEquals(REPORTS, g.get("report_count").asInt());
        assertEquals(List.of(31, 32, 33, 34, 35, 36, 37, 38, 39, 40), figures(g.get("claims")), "the first ten, oldest first");
        JsonNode ukraine = g.get("sides").get(0);
        assertEquals("ukraine", ukraine.get("side").asText());
        assertEquals(REPORTS, ukraine.get("claims").asInt());
        assertEquals(10, ukraine.get("next_offset").asInt());
        assertEquals(REPORTS, g.get("chart").size(), "one point a date, from every claim of the group");
        assertEquals(44, g.get("chart").get(REPORTS - 1).get("max").asInt());

        JsonNode three = TestHttp.json(server, "/api/claims?claims_per_side=3").get(0);
        assertEquals(List.of(31, 32, 33), figures(three.get("claims")));
        assertEquals(3, three.get("sides").get(0).get("next_offset").asInt());

        String id = g.get("id").asText();
        String ledger = TestHttp.get(server, "/claims").body();
        assertTrue(ledger.contains("14 claims"), ledger);
        assertTrue(ledger.contains("href=\"/claims/" + id + "?side=ukraine&amp;offset=10\">4 more claims of this side</a>"), ledger);
        assertFalse(ledger.contains("<b>1</b>"), "report text is escaped");
        assertTrue(ledger.contains("Detentions &lt;b&gt;1&lt;/b&gt;"), ledger);
    }

    /** The cards and their JSON are kept while nothing changes; a report linked after they were read is in them at once. */
    @Test
    void theApiFollowsAReportLinkedAfterItWasRead() throws Exception {
        String before = TestHttp.get(server, "/api/claims").body();
        assertEquals(before, TestHttp.get(server, "/api/claims").body());
        String text = "Ivan Fedorov said 29 people were detained in Melitopol this week.";
        Report r = new Report(Report.contentId(text), "https://example.org/0", "Example", "Detentions <b>0</b>", "2023-08-31", "en", text);
        store.add(r, new FixtureAnnotator().apply(r));
        store.link(Regions.NONE);
        String after = TestHttp.get(server, "/api/claims").body();
        assertEquals(JSON.readTree(after).toString(), after, "the cards' JSON joined as one array writes them");
        JsonNode g = JSON.readTree(after).get(0);
        assertEquals(REPORTS + 1, g.get("claim_count").asInt());
        assertEquals(REPORTS + 1, g.get("report_count").asInt());
        assertEquals(List.of(29, 31, 32, 33, 34, 35, 36, 37, 38, 39), figures(g.get("claims")), "the new report's claim is the oldest");
        assertEquals(REPORTS + 1, g.get("chart").size());
    }

    /**
     * The ledger page's body is kept with the cards it shows, by language, page and filters: each language gets its
     * own, and a report linked after it was shown is on it at once.
     */
    @Test
    void theLedgerPageFollowsAReportLinkedAfterItWasShownInEachLanguage() throws Exception {
        String en = TestHttp.get(server, "/claims?ui=en").body(), uk = TestHttp.get(server, "/claims?ui=uk").body();
        assertTrue(en.contains("14 claims"), en);
        assertFalse(uk.contains("14 claims"), "in Ukrainian");
        assertEquals(en, TestHttp.get(server, "/claims?ui=en").body());
        assertEquals(uk, TestHttp.get(server, "/claims?ui=uk").body());
        assertTrue(TestHttp.get(server, "/claims?ui=en&page=2").body().contains("id=\"nothing\""), "another page");
        String text = "Ivan Fedorov said 29 people were detained in Melitopol this week.";
        Report r = new Report(Report.contentId(text), "https://example.org/0", "Example", "Detentions <b>0</b>", "2023-08-31", "en", text);
        store.add(r, new FixtureAnnotator().apply(r));
        store.link(Regions.NONE);
        String after = TestHttp.get(server, "/claims?ui=en").body();
        assertTrue(after.contains("15 claims"), after);
        assertFalse(TestHttp.get(server, "/claims?ui=uk").body().equals(uk), "the Ukrainian page too");
    }

    @Test
    void aSideIsPagedThroughInOrderOnTheGroupsPageAndInTheApi() throws Exception {
        String id = TestHttp.json(server, "/api/claims").get(0).get("id").asText();
        List<Integer> paged = new ArrayList<>();
        for (JsonNode next = JSON.getNodeFactory().numberNode(0); !next.isNull(); ) {
            JsonNode page = TestHttp.json(server, "/api/claims/" + id + "?side=ukraine&limit=4&offset=" + next.asInt());
            assertTrue(page.get("claims").size() <= 4);
            paged.addAll(figures(page.get("claims")));
            next = page.get("sides").get(0).get("next_offset");
        }
        assertEquals(List.of(31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44), paged);
        assertEquals(REPORTS, TestHttp.json(server, "/api/claims/" + id).get("claims").size(), "a group's own read lists 100 a side");
        assertEquals(0, TestHttp.json(server, "/api/claims/" + id + "?side=occupation").get("claims").size(), "no claim of that side");

        String page = TestHttp.get(server, "/claims/" + id + "?side=ukraine&offset=10").body();
        assertTrue(page.contains("44 people") && !page.contains(">40 people<") && page.contains("Detentions &lt;b&gt;14&lt;/b&gt;"), page);
        assertTrue(page.contains("href=\"/claims/" + id + "?side=ukraine&amp;offset=0\""), "a link back to the side's first page: " + page);
        assertFalse(page.contains("rel=\"next\""), "the last page");
        assertTrue(page.contains("14 claims"), "the group's count, not the page's: " + page);
        String whole = TestHttp.get(server, "/claims/" + id).body();
        assertTrue(whole.contains("44 people") && whole.contains("31 people") && !whole.contains("more claims of this side"), whole);
    }

    @Test
    void badPagingValuesAreRefusedByName() throws Exception {
        String id = TestHttp.json(server, "/api/claims").get(0).get("id").asText();
        String[][] bad = {
            {"/api/claims/" + id + "?side=russia", "\"side\""},
            {"/api/claims/" + id + "?offset=-1", "\"offset\""},
            {"/api/claims/" + id + "?offset=x", "\"offset\""},
            {"/api/claims/" + id + "?limit=0", "\"limit\""},
            {"/api/claims/" + id + "?limit=1001", "\"limit\" must be at most 1000"},
            {"/api/claims?claims_per_side=0", "\"claims_per_side\""},
            {"/api/claims?claims_per_side=1001", "\"claims_per_side\" must be at most 1000"},
            {"/api/claims?limit=5000", "\"limit\" must be at most 1000"},
            {"/api/events?limit=1001", "\"limit\" must be at most 1000"},
            {"/api/export/events.geojson?limit=5001", "\"limit\" must be at most 5000"},
            {"/claims/" + id + "?offset=-3", "\"offset\""},
            {"/claims/" + id + "?side=%3Cb%3E", "\"side\""},
        };
        for (String[] b : bad) {
            HttpResponse<String> r = TestHttp.get(server, b[0]);
            assertEquals(400, r.statusCode(), b[0]);
            String said = r.body().replace("\\\"", "\"").replace("&quot;", "\"").replace("&#34;", "\"");
            assertTrue(said.contains(b[1]), b[0] + ": " + r.body());
            assertFalse(r.body().contains("<b>"), "the bad value is escaped: " + r.body());
        }
        assertEquals(404, TestHttp.get(server, "/api/claims/999999").statusCode());
        assertEquals(404, TestHttp.get(server, "/claims/999999").statusCode());
        assertEquals(404, TestHttp.get(server, "/claims/x").statusCode());
    }

    /** In a browser: the card's "more" link leads to the side's next claims on the group's page, and back. Screenshots at 1400 and 360 px. */
    @Test
    void aReaderFollowsACardsLinkToTheRestOfASide() throws Exception {
        assumeTrue(HeadlessChromium.available(), HeadlessChromium.MISSING);
        for (int width : new int[] {1400, 360}) {
            ChromeDriver browser = HeadlessChromium.start(dir.resolve("chromium-" + width), width, 1000);
            try {
                browser.get(server.url() + "/claims?ui=en");
                WebElement card = browser.findElement(By.cssSelector("section.group"));
                assertEquals(10, card.findElements(By.cssSelector(".side-ukraine li")).size(), "the first ten of the side");
                HeadlessChromium.shot(browser, "ledger-paged-" + width);
                card.findElement(By.linkText("4 more claims of this side")).click();
                assertTrue(browser.getCurrentUrl().contains("side=ukraine") && browser.getCurrentUrl().contains("offset=10"), browser.getCurrentUrl());
                List<String> figures = browser.findElements(By.cssSelector(".side-ukraine li .fig")).stream().map(WebElement::getText).toList();
                assertEquals(List.of("41 people", "42 people", "43 people", "44 people"), figures);
                assertTrue(browser.findElement(By.cssSelector("p.n.about")).getText().contains("14 claims"), "the whole group's count");
                HeadlessChromium.shot(browser, "ledger-group-side-" + width);
                browser.findElement(By.linkText("\u2190 previous")).click();
                assertEquals("31 people", browser.findElement(By.cssSelector(".side-ukraine li .fig")).getText(), "the side's first page");
                browser.findElement(By.linkText("every side")).click();
                assertEquals(REPORTS, browser.findElements(By.cssSelector(".side-ukraine li")).size(), "a group's page shows 50 a side");
            } finally {
                browser.quit();
            }
        }
    }
}
