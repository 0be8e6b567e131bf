package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.totmon.linker.Regions;
import org.totmon.model.Report;
import org.totmon.store.Account.Role;
import org.totmon.store.Store;

/**
 * Review in a real browser (headless Chromium through chromedriver), with the keyboard alone: give the token, accept
 * a claim (j, a), correct an event's date (j, c, Enter), reject a place (j, r, the reason), move back (k), retract the
 * report (its button, a reason), then read the audit page; then merge two entity pages and undo it. Screenshots go to {@code web/target/screenshots}. Skipped without Chromium and chromedriver.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewBrowserTest {
    private static final String TEXT = "Ivan Fedorov said 40 people were detained in Melitopol before the election.";

    @TempDir static Path dir;
    private static Store store;
    private static WebServer server;
    private static WebDriver browser;
    private static String token;
    private static Report report;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(HeadlessChromium.available(), HeadlessChromium.MISSING);
        store = Store.open(dir.resolve("data"));
        report = new Report(Report.contentId(TEXT), "https://example.org/d", "Example", "Detentions in Melitopol", "2023-09-01", "en", TEXT);
        store.add(report, new FixtureAnnotator().apply(report));
        for (String text : List.of("Іван Федоров повідомив про затримання в Мелітополі.", "Ivan Fedorov spoke to the press in Zaporizhzhia.")) {
            Report other = new Report(Report.contentId(text), "https://example.org/" + Report.contentId(text), "Example", text, "2023-09-02", "en", text);
            store.add(other, new FixtureAnnotator().apply(other));
        }
        token = store.accounts().add("olena", Role.ADMIN);
        server = WebServer.start(store, new FixtureAnnotator(), Regions.NONE,
                new WebConfig(WebConfig.LOCALHOST, 0, null, WebConfig.DEFAULT_MAX_REQUEST_BYTES, null));
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"), 1280, 1100);
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
        // The page reloads after each write: elements found on the old page go stale meanwhile, which Chrome reports
        // either as a stale element or, mid-reload, as an "unknown error" (a node no longer in the document).
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class, java.util.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class);
    }

    private static void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private static String activeId() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    private static String status(int row) {
        return browser.findElement(By.cssSelector("#item-" + row + " .status")).getText();
    }

    /** The review rows of the page as it is now. */
    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#review-items .review-item"));
    }

    private static WebElement row(String kind) {
        return rows().stream().filter(r -> r.getAttribute("data-key").startsWith(kind + ":")).findFirst().orElseThrow();
    }

    private static int index(String kind) {
        List<WebElement> rows = rows();
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).getAttribute("data-key").startsWith(kind + ":")) return i;
        throw new AssertionError("no " + kind + " row");
    }

    @Test
    @Order(1)
    void aReviewerAcceptsAClaimCorrectsAnEventRetractsTheReportAndReadsTheAuditLog() throws IOException {
        browser.get(server.url() + "/reports/" + report.id());
        WebElement tokenField = browser.findElement(By.id("token"));
        tokenField.sendKeys(token, Keys.ENTER);
        waiting().until(ExpectedConditions.textToBe(By.id("who"), "token set for this tab"));
        assertEquals("item-0", activeId(), "with the token given, the first item has the focus");

        // j moves down to the claim, a accepts it; the page reloads with the claim reviewed.
        for (int i = 0; i < index("claim"); i++) keys("j");
        shot("review-1-report");
        keys("a");
        waiting().until(d -> row("claim").getText().contains("accepted by olena"));
        assertTrue(row("claim").findElement(By.cssSelector(".status")).getText().equals("reviewed"));

        // Focus stays on the accepted item after the reload; move down to the event, c opens its form.
        int from = rows().indexOf(browser.switchTo().activeElement());
        assertTrue(from >= 0, "the accepted row keeps the focus");
        for (int i = from; i < index("event"); i++) keys("j");
        keys("c");
        WebElement date = row("event").findElement(By.cssSelector("form.correct input[name=date]"));
        waiting().until(ExpectedConditions.visibilityOf(date));
        assertEquals("type", browser.switchTo().activeElement().getAttribute("name"), "the form takes the focus");
        keys(Keys.TAB);
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("2023-09-10").perform();
        shot("review-2-correcting");
        keys(Keys.ENTER);
        waiting().until(d -> row("event").findElement(By.cssSelector(".values")).getText().contains("date: 2023-09-10"));
        assertTrue(row("event").getText().contains("corrected by olena"));
        shot("review-2-corrected");

        // From the corrected event, j moves down to the place, r rejects it (the reason in the prompt), k moves back up.
        int at = rows().indexOf(browser.switchTo().activeElement());
        assertEquals(index("event"), at, "the corrected row keeps the focus");
        for (int i = at; i < index("place"); i++) keys("j");
        keys("r");
        waiting().until(ExpectedConditions.alertIsPresent()).sendKeys("another Melitopol");
        browser.switchTo().alert().accept();
        waiting().until(d -> row("place").getText().contains("rejected by olena: another Melitopol"));
        assertEquals("rejected", row("place").findElement(By.cssSelector(".status")).getText());
        keys("k");
        assertEquals(index("place") - 1, rows().indexOf(browser.switchTo().activeElement()), "k moves up");

        // Retract: the button, then the reason in the browser's prompt.
        browser.findElement(By.id("retract")).click();
        waiting().until(ExpectedConditions.alertIsPresent()).sendKeys("the outlet withdrew the article");
        browser.switchTo().alert().accept();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("retracted")));
        assertTrue(browser.findElement(By.id("retracted")).getText().contains("the outlet withdrew the article"));
        shot("review-3-retracted");

        browser.get(server.url() + "/audit");
        List<WebElement> entries = browser.findElements(By.cssSelector("#audit tr"));
        assertEquals(5, entries.size(), "a header and four writes");
        assertTrue(entries.get(1).getText().contains("retract"), entries.get(1).getText());
        assertTrue(entries.get(2).getText().contains("reject") && entries.get(2).getText().contains("another Melitopol"), entries.get(2).getText());
        assertTrue(entries.get(3).getText().contains("correct") && entries.get(3).getText().contains("date: \"2023-09-01\" → \"2023-09-10\""),
                entries.get(3).getText());
        assertTrue(entries.get(4).getText().contains("accept") && entries.get(4).getText().contains("olena"));
        shot("review-4-audit");

        browser.get(server.url() + "/?q=election&exact=1");
        assertEquals("0 reports", browser.findElement(By.id("count")).getText(), "a retracted report leaves search");
    }

    /**
     * One report's five items reviewed with the keyboard alone from the page's first load, no mouse: j to the first
     * item; a without a token says so and moves to the token field, Enter there returns to the item; a accepts it; j r
     * rejects the next claim (the reason typed in the prompt); j c corrects the event (Tab to its date, Enter saves); j
     * then Tab reaches the entity's own Accept button and Enter presses it; j r rejects the place; k moves back up.
     */
    @Test
    @Order(3)
    void aReviewerGoesThroughOneReportsItemsWithTheKeyboardAlone() throws IOException {
        String text = "Ivan Fedorov said 12 people and then 7 people were detained in Melitopol ahead of the election.";
        Report counts = new Report(Report.contentId(text), "https://example.org/k", "Example", "Two counts", "2023-09-03", "en", text);
        store.add(counts, new FixtureAnnotator().apply(counts));
        browser.get(server.url() + "/reports/" + counts.id());
        // A reviewer who has not given their token in this tab yet.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        assertEquals(List.of("claim", "claim", "event", "entity", "place"),
                rows().stream().map(r -> r.getAttribute("data-key").split(":")[0]).toList());

        keys("j");
        assertEquals("item-0", activeId());
        keys("a");
        waiting().until(d -> "token".equals(activeId()));
        assertEquals("Give your account token first (the field above).", browser.findElement(By.id("review-message")).getText());
        keys(token, Keys.ENTER);
        waiting().until(d -> "item-0".equals(activeId()));
        keys("a");
        waiting().until(d -> status(0).equals("reviewed") && "item-0".equals(activeId()));

        keys("j", "r");
        waiting().until(ExpectedConditions.alertIsPresent()).sendKeys("a count of another day");
        browser.switchTo().alert().accept();
        waiting().until(d -> status(1).equals("rejected") && "item-1".equals(activeId()));

        keys("j", "c");
        waiting().until(d -> "type".equals(browser.switchTo().activeElement().getAttribute("name")));
        keys(Keys.TAB);
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("2023-09-02", Keys.ENTER).perform();
        waiting().until(d -> d.findElement(By.cssSelector("#item-2 .values")).getText().contains("date: 2023-09-02") && "item-2".equals(activeId()));

        keys("j", Keys.TAB);
        WebElement button = browser.switchTo().activeElement();
        assertEquals("accept", button.getAttribute("data-act"), "Tab from the entity's row reaches its Accept button");
        keys(Keys.ENTER);
        waiting().until(d -> status(3).equals("reviewed") && "item-3".equals(activeId()));

        keys("j", "r");
        waiting().until(ExpectedConditions.alertIsPresent()).sendKeys("not this Melitopol");
        browser.switchTo().alert().accept();
        waiting().until(d -> status(4).equals("rejected") && "item-4".equals(activeId()));
        keys("k");
        assertEquals("item-3", activeId(), "k moves back up");
        assertEquals(List.of("reviewed", "rejected", "reviewed", "reviewed", "rejected"), List.of(status(0), status(1), status(2), status(3), status(4)));
        shot("review-7-keyboard");
    }

    /** Merges the Cyrillic spelling's entity into the Latin one on its page, then undoes it from the history. */
    @Test
    @Order(2)
    void aReviewerMergesTwoEntityPagesAndUndoesIt() throws IOException {
        String latin = "Ivan Fedorov", cyrillic = "Іван Федоров";
        browser.get(server.url() + "/entities/" + Html.url(cyrillic));
        browser.findElement(By.id("token")).sendKeys(token, Keys.ENTER);
        waiting().until(ExpectedConditions.textToBe(By.id("who"), "token set for this tab"));
        browser.findElement(By.id("merge-into")).sendKeys(latin, Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("merged-from")));
        assertEquals(latin, browser.findElement(By.tagName("h1")).getText(), "the merged page leads to the entity kept");
        assertTrue(browser.findElement(By.id("merged-from")).getText().contains(cyrillic));
        assertTrue(browser.findElement(By.id("spellings")).getText().contains(cyrillic), "its spellings now include the other's");
        shot("review-5-merged");

        browser.get(server.url() + "/entities/" + Html.url(cyrillic));
        assertEquals(latin, browser.findElement(By.tagName("h1")).getText(), "the old page redirects");
        WebElement undo = browser.findElement(By.cssSelector("#entity-history button.undo"));
        undo.sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("entity-history")).getText().contains("undone by olena"));
        shot("review-6-undone");
        browser.get(server.url() + "/entities/" + Html.url(cyrillic));
        assertEquals(cyrillic, browser.findElement(By.tagName("h1")).getText(), "two entities again");

        browser.get(server.url() + "/audit");
        String audit = browser.findElement(By.id("audit")).getText();
        assertTrue(audit.contains("undo merge") && audit.contains("separate → merged"), audit);
    }
}
