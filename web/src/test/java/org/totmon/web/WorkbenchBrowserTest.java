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
        browser.get(server.url() + "/");
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
        assertFalse(browser.findElements(By.cssSelector("#reports li")).isEmpty());
        shot("3-entity");

        browser.get(server.url() + "/map");
        waiting().until(d -> !d.findElements(By.cssSelector("path.event-marker, path.place-marker")).isEmpty()
                || !d.findElement(By.id("map-count")).getText().isEmpty());
        waiting().until(d -> d.findElement(By.id("map-count")).getText().endsWith("markers"));
        assertTrue(Integer.parseInt(browser.findElement(By.id("map-count")).getText().split(" ")[0]) > 0, "markers are drawn");
        assertFalse(browser.findElements(By.cssSelector(".leaflet-overlay-pane path, .leaflet-overlay-pane canvas")).isEmpty(), "outlines are drawn");
        shot("4-map");

        browser.get(server.url() + "/claims");
        List<WebElement> groups = browser.findElements(By.cssSelector("section.group"));
        assertTrue(groups.size() > 1, "the ledger shows claim groups");
        assertTrue(groups.get(0).getAttribute("class").contains("disagree"), "disputed groups come first");
        WebElement card = groups.stream().filter(g -> g.getText().startsWith("passports")).findFirst().orElseThrow();
        String passports = card.getText();
        assertTrue(card.getAttribute("class").contains("disagree") && passports.contains("2 claims from 2 reports, 2 sides")
                && passports.contains("48,000") && passports.contains("about 12,000") && passports.contains("Tavria News")
                && passports.contains("Kyiv Monitor"), passports);
        assertFalse(card.findElements(By.cssSelector("p.disagreement")).isEmpty(), "the disputed figures are named");
        assertEquals(2, card.findElements(By.cssSelector("div.side-col")).size(), "a card shows each side's figures apart");
        shot("5-ledger");
        browser.findElement(By.cssSelector("form.filters input[name=disputed]")).click();
        browser.findElement(By.cssSelector("form.filters button")).click();
        waiting().until(ExpectedConditions.urlContains("disputed=1"));
        List<WebElement> disputed = browser.findElements(By.cssSelector("section.group"));
        assertFalse(disputed.isEmpty());
        assertTrue(disputed.stream().allMatch(g -> g.getAttribute("class").contains("disagree")), "only disputed groups");
        shot("5b-ledger-disputed");

        browser.get(server.url() + "/timeline");
        browser.findElement(By.cssSelector("#timeline a[href*='period=2023-06'][href*='type=ATTACK']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("drill")));
        List<WebElement> strikes = browser.findElements(By.cssSelector("table.clustered tr.event"));
        WebElement strike = strikes.stream().filter(r -> r.getText().contains("Zaporizhzhia")).findFirst().orElseThrow();
        String row = strike.getText();
        assertTrue(row.contains("2 independent sources (3 reports)") && row.contains("Southern Herald") && row.contains("Dnipro Daily")
                && row.contains("Regional Wire") && row.contains("not counted"), row);
        shot("6-timeline");
        strike.findElement(By.cssSelector("td a[href^='/events/']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("mentions")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("ATTACK at Zaporizhzhia"), browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("mentions")).getText().contains("no: copies another report of it"));
        shot("7-event");
    }
}
