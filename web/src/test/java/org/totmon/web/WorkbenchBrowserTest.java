package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.totmon.ingest.InputFile;
import org.totmon.ingest.InputFormat;
import org.totmon.ingest.Rejection;
import org.totmon.ingest.ReportReader;
import org.totmon.ingest.SourcedReport;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.place.GazetteerRegions;
import org.totmon.store.Provenance;
import org.totmon.store.Store;

/**
 * The workbench in a real browser (headless Chromium through chromedriver): search → report → entity → map →
 * ledger → timeline → event over the project's sample reports and our {@link CrossReports}, annotated by the standard
 * pipeline and linked with the gazetteer's regions when the server starts. Screenshots go to
 * {@code web/target/screenshots}. Skipped when Chromium or chromedriver is not installed (.ci/run installs them).
 */
class WorkbenchBrowserTest {

    @TempDir static Path dir;
    private static Store store;
    private static WebServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(HeadlessChromium.available(), HeadlessChromium.MISSING);
        Path samples = Path.of(System.getProperty("totmon.root", "..")).resolve("samples/reports.jsonl");
        assumeTrue(Files.isRegularFile(samples), "skipped: no sample reports at " + samples);
        store = Store.open(dir.resolve("data"));
        load(samples);
        Path cross = Files.write(dir.resolve("cross.jsonl"), CrossReports.JSONL);
        load(cross);
        server = WebServer.start(store, Pipeline.standard()::process, GazetteerRegions.standard(), new WebConfig(WebConfig.LOCALHOST, 0, null, WebConfig.DEFAULT_MAX_REQUEST_BYTES, null));
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"), 1280, 1000);
    }

    private static void load(Path jsonl) throws IOException {
        new ReportReader(ReportReader.DEFAULT_MAX_FILE_BYTES).read(new InputFile(jsonl, InputFormat.JSONL, Files.size(jsonl)),
                new ReportReader.Listener() {
                    @Override
                    public void report(SourcedReport r) {
                        store.add(r.report(), Pipeline.standard().process(r.report()), new Provenance(r.externalId(), r.origin()));
                    }

                    @Override
                    public void rejected(Rejection r) {
                        throw new IllegalStateException("report rejected: " + r);
                    }
                });
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private static void shot(String name) throws IOException {
        HeadlessChromium.shot((ChromeDriver) browser, name);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @Test
    void searchReportEntityMapLedgerTimelineEvent() throws IOException {
        browser.get(server.url() + "/?ui=en");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("mayor Melitopol");
        box.submit();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit")));
        shot("1-search");
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertFalse(hits.isEmpty());
        assertFalse(browser.findElements(By.cssSelector("li.hit mark")).isEmpty(), "the matches are highlighted");
        assertFalse(browser.findElements(By.cssSelector("aside.facets li")).isEmpty(), "facets are shown");
        hits.get(0).findElement(By.cssSelector("a.title")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("text")));
        assertTrue(browser.getTitle().contains("Melitopol"), browser.getTitle());
        assertFalse(browser.getPageSource().contains(dir.toString()), "no server path on the report page");
        WebElement text = browser.findElement(By.id("text"));
        assertFalse(text.findElements(By.cssSelector(".l-entity")).isEmpty(), "entities are highlighted");
        assertFalse(text.findElements(By.cssSelector(".l-place")).isEmpty(), "places are highlighted");
        shot("2-report");
        browser.findElement(By.cssSelector("#toggles input[data-layer=entity]")).click();
        assertTrue(text.getAttribute("class").contains("hide-entity"), "unticking a layer hides it");
        shot("2b-report-entities-hidden");

        browser.findElement(By.linkText("Ivan Fedorov")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("spellings")));
        assertEquals("Ivan Fedorov", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("p.meta")).getText().startsWith("person, named in"), "the entity type is a label");
        assertFalse(browser.findElements(By.cssSelector("#reports li")).isEmpty());
        shot("3-entity");

        browser.get(server.url() + "/map");
        waiting().until(d -> d.findElement(By.id("map-count")).getText().endsWith("markers"));
        assertTrue(Integer.parseInt(browser.findElement(By.id("map-count")).getText().split(" ")[0]) > 0, "markers are drawn");
        assertFalse(browser.findElements(By.cssSelector(".leaflet-overlay-pane path, .leaflet-overlay-pane canvas")).isEmpty(), "outlines are drawn");
        assertFalse(browser.findElements(By.cssSelector("#legend .key")).isEmpty(), "the map has a legend");
        assertTrue(browser.findElement(By.id("map-note")).getText().contains("approximate"));
        waiting().until(d -> d.findElements(By.cssSelector(".oblast-label")).size() >= 25);
        assertTrue(browser.findElements(By.cssSelector(".leaflet-overlay-pane path")).size() > 25, "borders and oblast outlines are drawn offline");
        assertFalse(browser.findElements(By.cssSelector(".cluster")).isEmpty(), "markers close together are clustered");
        shot("4-map");
        int all = Integer.parseInt(browser.findElement(By.id("map-count")).getText().split(" ")[0]);
        ((ChromeDriver) browser).executeScript("var s = document.getElementById('until'); s.value = 0; s.dispatchEvent(new Event('input'));");
        int early = Integer.parseInt(browser.findElement(By.id("map-count")).getText().split(" ")[0]);
        assertTrue(early < all, "the time slider hides later events: " + early + " of " + all);
        assertTrue(browser.findElement(By.id("until-label")).getText().matches("\\d{4}-\\d{2}(-\\d{2})?"));
        browser.findElement(By.cssSelector(".cluster")).click();
        waiting().until(d -> ((Number) ((ChromeDriver) d).executeScript("return document.querySelectorAll('.event-marker, .place-marker').length")).intValue() > 0);
        shot("4b-map-zoomed");

        browser.get(server.url() + "/claims");
        List<WebElement> groups = browser.findElements(By.cssSelector("section.group"));
        assertTrue(groups.size() > 1 && groups.size() <= Pages.LEDGER_PAGE, "the ledger shows a page of claim groups");
        assertTrue(groups.get(0).getAttribute("class").contains("disagree"), "disputed groups come first");
        WebElement card = groups.stream().filter(g -> g.getText().startsWith("passports")).findFirst().orElseThrow();
        String passports = card.getText();
        assertTrue(card.getAttribute("class").contains("disagree") && passports.contains("2 claims · 2 reports · 2 sides")
                && passports.contains("48,000") && passports.contains("about 12,000") && passports.contains("Tavria News")
                && passports.contains("Kyiv Monitor"), passports);
        assertFalse(card.findElements(By.cssSelector("p.disagreement")).isEmpty(), "the disputed figures are named");
        assertEquals(2, card.findElements(By.cssSelector("div.side-col")).size(), "a card shows each side's figures apart");
        assertEquals(2, card.findElements(By.cssSelector("figure.chart circle.pt")).size(), "the chart has each dated figure");
        assertEquals(1, card.findElements(By.cssSelector("figure.chart circle.side-occupation")).size());
        shot("5-ledger");
        if (!browser.findElements(By.cssSelector("nav.pages a[rel=next]")).isEmpty()) {
            String first = groups.get(0).getAttribute("id");
            browser.findElement(By.cssSelector("nav.pages a[rel=next]")).click();
            waiting().until(ExpectedConditions.urlContains("page=2"));
            assertFalse(browser.findElements(By.cssSelector("section.group")).stream().anyMatch(g -> g.getAttribute("id").equals(first)));
            browser.get(server.url() + "/claims");
        }
        browser.findElement(By.cssSelector("form.filters input[name=disputed]")).click();
        browser.findElement(By.cssSelector("form.filters button")).click();
        waiting().until(ExpectedConditions.urlContains("disputed=1"));
        List<WebElement> disputed = browser.findElements(By.cssSelector("section.group"));
        assertFalse(disputed.isEmpty());
        assertTrue(disputed.stream().allMatch(g -> g.getAttribute("class").contains("disagree")), "only disputed groups");
        shot("5b-ledger-disputed");
        browser.get(server.url() + "/claims?subject=passports&side=occupation");
        List<WebElement> bySide = browser.findElements(By.cssSelector("section.group"));
        assertFalse(bySide.isEmpty());
        assertTrue(bySide.stream().allMatch(g -> !g.findElements(By.cssSelector("div.side-col.side-occupation")).isEmpty()), "filtered by side");
        browser.get(server.url() + "/claims?subject=" + Html.url("паспорти"));
        assertTrue(browser.findElements(By.cssSelector("section.group")).stream().anyMatch(g -> g.getText().startsWith("passports")),
                "a measure is found by its name in another language");
        browser.get(server.url() + "/claims?subject=no-such-measure");
        assertTrue(browser.findElement(By.id("nothing")).getText().contains("Show every group"), "an empty ledger says what to try");

        browser.get(server.url() + "/timeline?unit=day&type=ATTACK");
        List<WebElement> strikes = browser.findElements(By.cssSelector("#timeline li.ev"));
        assertFalse(strikes.isEmpty());
        assertTrue(strikes.stream().allMatch(e -> e.getAttribute("data-type").equals("ATTACK")), "filtered by type");
        WebElement strike = strikes.stream().filter(r -> r.getText().startsWith("attack Zaporizhzhia") && r.getText().contains("2023-06-0")).findFirst().orElseThrow();
        String row = strike.getText();
        assertTrue(row.contains("2 independent sources (3 reports)"), row);
        WebElement period = strike.findElement(By.xpath("ancestor::li[contains(@class,'period')]"));
        assertTrue(period.getAttribute("id").matches("p-2023-06-0\\d"), "placed on the axis by day: " + period.getAttribute("id"));
        shot("6-timeline");
        browser.get(server.url() + "/timeline?unit=month&place=Zaporizhzhia");
        assertTrue(browser.findElements(By.cssSelector("#timeline li.ev")).stream().allMatch(e -> e.getText().contains("Zaporizhzhia")), "filtered by place");
        assertFalse(browser.findElements(By.cssSelector("li.period[id^='p-2023-06']")).isEmpty(), "by month");
        browser.get(server.url() + "/timeline?unit=week&type=ATTACK&place=Zaporizhzhia");
        strike = browser.findElements(By.cssSelector("#timeline li.ev")).stream().filter(r -> r.getText().startsWith("attack Zaporizhzhia") && r.getText().contains("2023-06-0")).findFirst().orElseThrow();
        strike.findElement(By.cssSelector("a[href^='/events/']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("mentions")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("attack — Zaporizhzhia"), browser.findElement(By.tagName("h1")).getText());
        String mentions = browser.findElement(By.id("mentions")).getText();
        assertTrue(mentions.contains("no: copies another report of it") && mentions.contains("Southern Herald") && mentions.contains("Dnipro Daily")
                && mentions.contains("Regional Wire"), mentions);
        shot("7-event");
    }

    @Test
    void aSearchInOneLanguageFindsReportsInTheOtherTwo() throws IOException {
        browser.get(server.url() + "/?ui=en&q=passports");
        String also = browser.findElement(By.id("also")).getText();
        assertTrue(also.contains("паспорт*"), also);
        List<String> languages = browser.findElements(By.cssSelector("li.hit .meta")).stream().map(WebElement::getText).toList();
        assertTrue(languages.stream().anyMatch(l -> l.endsWith("uk") || l.endsWith("ru")), "Ukrainian or Russian reports found: " + languages);
        assertTrue(languages.stream().anyMatch(l -> l.endsWith("en")), languages.toString());
        assertTrue(browser.findElement(By.cssSelector("aside.facets")).getText().contains("Russian"), "languages are named in the facets");
        shot("8-search-across-languages");
        browser.findElement(By.linkText("Search only the words as typed")).click();
        waiting().until(ExpectedConditions.urlContains("exact=1"));
        assertTrue(browser.findElements(By.id("also")).isEmpty(), "switched off");
        assertTrue(browser.findElement(By.id("exact")).isSelected());
        List<String> exact = browser.findElements(By.cssSelector("li.hit .meta")).stream().map(WebElement::getText).toList();
        assertTrue(exact.size() < languages.size() && exact.stream().allMatch(l -> l.endsWith("en")), exact.toString());

        browser.get(server.url() + "/?ui=en&q=zzqqxx+yyvvww&place=Nowhere");
        WebElement nothing = browser.findElement(By.id("nothing"));
        assertTrue(browser.findElement(By.id("count")).getText().startsWith("0 reports"));
        assertTrue(nothing.getText().contains("without place") && nothing.getText().contains("any of the words: zzqqxx OR yyvvww"), nothing.getText());
        shot("9-search-nothing");
    }

    @Test
    void theInterfaceSwitchesToUkrainianAndRemembersIt() throws IOException {
        browser.get(server.url() + "/claims?ui=en");
        browser.findElement(By.cssSelector("#ui-lang a[hreflang=uk]")).click();
        waiting().until(d -> "uk".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertTrue(browser.getCurrentUrl().contains("/claims"), "the switch stays on the page");
        assertEquals("Реєстр тверджень", browser.findElement(By.tagName("h1")).getText());
        browser.get(server.url() + "/timeline");
        assertEquals("uk", browser.findElement(By.tagName("html")).getAttribute("lang"), "remembered across pages");
        assertEquals("Хронологія", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("type")).getText().contains("інформаційна операція") || browser.findElement(By.id("type")).getText().contains("напад"),
                "event types have labels: " + browser.findElement(By.id("type")).getText());
        assertFalse(browser.getPageSource().contains(">INFORMATION_OP<") || browser.getPageSource().contains(">third_party<"), "no raw enum value is shown");
        shot("10-timeline-uk");
        browser.get(server.url() + "/claims?subject=passports");
        assertTrue(browser.findElement(By.cssSelector("section.group")).getText().contains("Україна"), "sides are labelled in Ukrainian");
        browser.findElement(By.cssSelector("#ui-lang a[hreflang=en]")).click();
        waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.get(server.url() + "/");
        assertEquals("Search the record", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theApiDocumentationIsAPageServedHere() throws IOException {
        browser.get(server.url() + "/api/docs?ui=en");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#swagger-ui .info .title")));
        assertTrue(browser.findElement(By.cssSelector("#swagger-ui .info .title")).getText().contains("TOT Monitor"));
        assertFalse(browser.findElements(By.cssSelector("#swagger-ui .opblock")).isEmpty(), "the operations are listed");
        shot("11-api-docs");
    }

    /** Every page at a desktop's and a phone's width: screenshots to look at, and no page wider than a 360 px screen. */
    @Test
    void everyPageAt1400And360Pixels() throws IOException {
        String report = store.search(org.totmon.store.SearchQuery.of("Melitopol")).hits().get(0).id();
        browser.get(server.url() + "/?ui=en");
        String[][] pages = {{"search", "/?q=passports"}, {"report", "/reports/" + Html.url(report)}, {"entity", "/entities/Ivan%20Fedorov"},
                {"place", "/places/687700"}, {"map", "/map"}, {"timeline", "/timeline?unit=week"}, {"ledger", "/claims"},
                {"event", "/events/" + store.timeline().events(org.totmon.store.EventQuery.all()).get(0).id()}, {"review", "/review"}, {"audit", "/audit"}, {"api", "/api/docs"}, {"error", "/no-such-page"}};
        for (int[] size : new int[][] {{1400, 1000}, {360, 740}}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
            for (String[] p : pages) {
                browser.get(server.url() + p[1]);
                if (p[0].equals("map")) waiting().until(d -> d.findElement(By.id("map-count")).getText().endsWith("markers"));
                if (p[0].equals("api")) waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#swagger-ui .info")));
                shot("w" + size[0] + "-" + p[0]);
                if (size[0] == 360) {
                    Object wide = ((ChromeDriver) browser).executeScript("return document.documentElement.scrollWidth - window.innerWidth");
                    assertTrue(((Number) wide).intValue() <= 1, p[0] + " is wider than a 360 px screen by " + wide + " px");
                }
                assertFalse(browser.getPageSource().contains(dir.toString()), p[0] + " shows no server path");
            }
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
}
