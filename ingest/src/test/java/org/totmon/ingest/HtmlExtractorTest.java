package org.totmon.ingest;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    @Test
    void keepsTheArticleAndDropsPageFurniture() {
        HtmlArticle a = HtmlExtractor.extract(Fixtures.read("article.html"), "file:/fixtures/article.html");

        assertTrue(a.text().startsWith("Ukrainian troops return to Kherson\n\nBy a staff reporter\n\n"), a.text());
        assertTrue(a.text().contains("Ukrainian troops entered Kherson on 11 November 2022, after Russian forces withdrew"));
        assertTrue(a.text().contains("gathered in the central square to greet the soldiers."), "nbsp becomes a space");
        assertTrue(a.text().contains("Power lines were damaged.\nWater supply was cut."), "a line per list item");
        for (String junk : new String[] {"News menu", "cookies", "discounted flights", "Share on", "Sponsored",
                "Related:", "Hidden tracking", "newsletter", "Copyright", "SCRIPT TEXT", "color: red", "home"}) {
            assertFalse(a.text().contains(junk), "dropped: " + junk + "\n" + a.text());
        }
    }

    @Test
    void readsTitleDateSourceOutletAndLanguageFromMetaTags() {
        HtmlArticle a = HtmlExtractor.extract(Fixtures.read("article.html"), "file:/fixtures/article.html");

        assertEquals("Ukrainian troops return to Kherson", a.title());
        assertEquals("2022-11-12", a.published());
        assertEquals("https://monitor.example.org/2022/11/kherson-return", a.url(), "canonical link wins over og:url");
        assertEquals("Example Monitor", a.outlet());
        assertEquals("en", a.language());
    }

    @Test
    void fallsBackToOgUrlAndHeadingAndKeepsALayoutWrapperNamedLikeFurniture() {
        HtmlArticle a = HtmlExtractor.extract(Fixtures.read("og-only.html"), "file:/fixtures/og-only.html");

        assertEquals("https://monitor.example.org/og/dam", a.url());
        assertEquals("The Kakhovka dam", a.title());
        assertEquals("2023-06", a.published());
        assertNull(a.language());
        assertNull(a.outlet());
        assertEquals("The Kakhovka dam\n\nThe Kakhovka dam on the Dnipro was destroyed on 6 June 2023, flooding settlements downstream.", a.text());
    }

    @Test
    void ignoresMalformedDatesAndNonWebCanonicalLinks() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"last Tuesday\">"
                + "<meta name=\"date\" content=\"2024-02-30\"><link rel=\"canonical\" href=\"javascript:alert(1)\">"
                + "</head><body><p>Text.</p><time datetime=\"2024-02-24\">24 February</time></body></html>";
        HtmlArticle a = HtmlExtractor.extract(html, "");

        assertEquals("2024-02-24", a.published(), "the first date that parses");
        assertNull(a.url());
    }

    @Test
    void keepsLineBreaksOfPreformattedText() {
        HtmlArticle a = HtmlExtractor.extract("<body><pre>first line\nsecond   line</pre></body>", "");
        assertEquals("first line\nsecond line", a.text());
    }
}
