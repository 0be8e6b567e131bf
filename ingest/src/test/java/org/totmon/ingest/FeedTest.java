package org.totmon.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Report;

class FeedTest {
    @TempDir Path dir;

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel>
              <title>Example Desk</title>
              <link>https://desk.example.org/</link>
              <description>News</description>
              <language>en-GB</language>
              <item>
                <title>Schools in Mariupol</title>
                <link>https://desk.example.org/mariupol-schools</link>
                <guid isPermaLink="false">desk-1001</guid>
                <pubDate>Tue, 05 Sep 2023 09:30:00 GMT</pubDate>
                <description>Short summary.</description>
                <content:encoded><![CDATA[<p>Schools in occupied Mariupol opened with the Russian curriculum.</p>]]></content:encoded>
              </item>
              <item>
                <title>Checkpoints</title>
                <link>https://desk.example.org/checkpoints</link>
                <pubDate>Wed, 06 Sep 2023 07:00:00 GMT</pubDate>
                <description>&lt;p&gt;New checkpoints appeared around Melitopol.&lt;/p&gt;</description>
              </item>
            </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Atom Desk</title>
              <id>urn:example:atom-desk</id>
              <updated>2023-09-07T10:00:00Z</updated>
              <entry>
                <title>Passports</title>
                <id>urn:example:atom-desk:7</id>
                <link href="https://atom.example.org/passports"/>
                <updated>2023-09-07T10:00:00Z</updated>
                <summary>Residents of Nova Kakhovka were pressed to take Russian passports.</summary>
              </entry>
            </feed>
            """;

    @Test
    void eachRssItemIsAReportOfTheFeed() throws IOException {
        Path p = Files.writeString(dir.resolve("desk.xml"), RSS);

        Collected c = Collected.read(p);

        assertEquals(List.of(), c.rejections);
        assertEquals(2, c.reports.size());
        SourcedReport first = c.reports.get(0);
        Report r = first.report();
        assertEquals("Schools in occupied Mariupol opened with the Russian curriculum.", r.text(), "content before description");
        assertEquals("Schools in Mariupol", r.title());
        assertEquals("https://desk.example.org/mariupol-schools", r.url());
        assertEquals("Example Desk", r.outlet());
        assertEquals("2023-09-05", r.published());
        assertEquals("en", r.language());
        assertEquals("desk-1001", first.externalId());
        assertEquals(p + ", item desk-1001", first.origin());
        assertEquals(InputFormat.FEED, first.format());
        assertEquals("New checkpoints appeared around Melitopol.", c.reports.get(1).report().text());
        assertEquals(p + ", item https://desk.example.org/checkpoints", c.reports.get(1).origin(), "no GUID: the link");
    }

    @Test
    void anAtomFeedToo() throws IOException {
        Path p = Files.writeString(dir.resolve("atom.atom"), ATOM);

        Collected c = Collected.read(p);

        assertEquals(List.of(), c.rejections);
        Report r = c.reports.get(0).report();
        assertEquals("Residents of Nova Kakhovka were pressed to take Russian passports.", r.text());
        assertEquals("https://atom.example.org/passports", r.url());
        assertEquals("2023-09-07", r.published());
        assertEquals("Atom Desk", r.outlet());
    }

    @Test
    void aFeedWithADoctypeIsRefusedSoNoEntityIsExpanded() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "do not read");
        Path p = Files.writeString(dir.resolve("evil.rss"), RSS.replace("<rss version", "<!DOCTYPE rss [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<rss version").replace("Short summary.", "&x;"));

        Collected c = Collected.read(p);

        assertTrue(c.reports.isEmpty());
        assertEquals(1, c.rejections.size());
        assertTrue(c.rejections.get(0).reason().startsWith("not a feed we can read"), c.rejectionLines().toString());
        assertFalse(c.rejections.get(0).reason().contains("do not read"));
    }
}
