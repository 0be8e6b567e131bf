package org.totmon.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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

    /** Reads a feed file: each item with text is a report of the feed's outlet. */
    static void read(InputFile file, ReportReader.Listener listener, byte[] bytes) {
        Feed feed;
        try {
            feed = parse(bytes);
        } catch (BadFeedException e) {
            listener.rejected(new Rejection(file.path(), 0, e.getMessage()));
            return;
        }
        for (Item item : feed.items) {
            String place = "item " + (item.key() != null ? item.key() : "\"" + item.title() + "\"");
            try {
                HtmlArticle a = HtmlExtractor.extract(item.html(), item.link());
                String text = ReportReader.cleanText(a.text(), "the item's text");
                if (text.isBlank()) throw new BadInputException("no text in the item");
                String language = feed.language == null ? null : feed.language.toLowerCase(java.util.Locale.ROOT).replaceFirst("[-_].*", "");
                Report report = new Report(Report.contentId(text), item.link(), feed.title, item.title(), item.published(), language, text);
                listener.report(new SourcedReport(report, item.guid(), file.path(), 0, InputFormat.FEED, place, null));
            } catch (BadInputException e) {
                listener.rejected(new Rejection(file.path(), 0, place + ": " + e.getMessage()));
            }
        }
    }
}
