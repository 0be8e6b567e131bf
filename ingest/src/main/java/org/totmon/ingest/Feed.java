package org.totmon.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.totmon.model.Report;

/**
 * An RSS or Atom feed, parsed by Rome (DOCTYPEs refused, so no external entities are fetched). A feed file is
 * ingested item by item, each item's own text (its content, else its description) a report; {@code totmon watch}
 * uses the items' links and GUIDs to fetch and dedupe the pages they point to.
 */
public final class Feed {
    /**
     * One item: {@code guid} its id (RSS guid, Atom id; may be null), {@code link} the page it points to (may be
     * null), {@code html} its content or description as given (may be empty), {@code published} YYYY-MM-DD or null.
     */
    public record Item(String guid, String link, String title, String published, String html) {
        /** The key it is deduplicated by: its GUID, else its link. */
        public String key() {
            return guid != null ? guid : link;
        }

        /** How messages name it: its key, else its title in quotes. */
        public String label() {
            return key() != null ? key() : "\"" + title + "\"";
        }
    }

    private final String title;
    private final String language;
    private final List<Item> items;

    private Feed(String title, String language, List<Item> items) {
        this.title = title;
        this.language = language;
        this.items = items;
    }

    public String title() { return title; }

    public List<Item> items() { return items; }

    /** Parses a feed document; the message of the exception says what is wrong, for the user. */
    public static Feed parse(byte[] bytes) throws BadFeedException {
        SyndFeed f;
        try {
            f = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new BadFeedException("not a feed we can read: " + (m.isBlank() ? "unreadable XML" : m));
        }
        List<Item> items = new ArrayList<>();
        for (SyndEntry e : f.getEntries()) {
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String published = date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC).toString();
            items.add(new Item(blankToNull(e.getUri()), blankToNull(e.getLink()), blankToNull(e.getTitle()), published, html(e)));
        }
        return new Feed(blankToNull(f.getTitle()), blankToNull(f.getLanguage()), items);
    }

    private static String html(SyndEntry e) {
        for (SyndContent c : e.getContents()) if (c.getValue() != null && !c.getValue().isBlank()) return c.getValue();
        return e.getDescription() == null || e.getDescription().getValue() == null ? "" : e.getDescription().getValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A feed document that cannot be read. */
    public static final class BadFeedException extends Exception {
        BadFeedException(String message) {
            super(message);
        }
    }

    /** Reads a feed file: each item with text is a report of the feed's outlet, its text the item's own. */
    static void read(InputFile file, ReportReader.Listener listener, byte[] bytes) {
        Feed feed;
        try {
            feed = parse(bytes);
        } catch (BadFeedException e) {
            listener.rejected(new Rejection(file.path(), 0, e.getMessage()));
            return;
        }
        for (Item item : feed.items) {
            String place = "item " + item.label();
            try {
                listener.report(feed.report(item, null, file.path(), place));
            } catch (BadFeedException e) {
                listener.rejected(new Rejection(file.path(), 0, place + ": " + e.getMessage()));
            }
        }
    }

    /**
     * The report an item stands for: the main text of its page when {@code pageHtml} is given (the page fetched from
     * its link) and has one, else the item's own text; title, date and outlet from the item and the feed first.
     * {@code file} is the feed file, or null for a feed read from the web; {@code place} where the item is.
     */
    public SourcedReport report(Item item, String pageHtml, Path file, String place) throws BadFeedException {
        HtmlArticle page = pageHtml == null ? null : HtmlExtractor.extract(pageHtml, item.link());
        HtmlArticle own = HtmlExtractor.extract(item.html(), item.link());
        HtmlArticle a = page != null && !page.text().isBlank() ? page : own;
        String text;
        try {
            text = ReportReader.cleanText(a.text(), "the item's text");
        } catch (BadInputException e) {
            throw new BadFeedException(e.getMessage());
        }
        if (text.isBlank()) throw new BadFeedException("no text in the item");
        String lang = feedLanguage() != null ? feedLanguage() : a.language();
        Report report = new Report(Report.contentId(text), item.link(), title != null ? title : a.outlet(),
                item.title() != null ? item.title() : a.title(), item.published() != null ? item.published() : a.published(),
                lang, text);
        return new SourcedReport(report, item.guid(), file, 0, InputFormat.FEED, place, null);
    }

    /** The feed's language as a primary subtag: "en-GB" is en. */
    private String feedLanguage() {
        return language == null ? null : language.toLowerCase(Locale.ROOT).replaceFirst("[-_].*", "");
    }
}
