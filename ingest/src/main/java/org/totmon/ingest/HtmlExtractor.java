package org.totmon.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;
import org.totmon.model.PublicationDate;

/**
 * Pulls the main text and the metadata of an article out of an HTML page: navigation, advertising, cookie
 * banners, share widgets and the like are dropped; paragraphs become blank-line-separated blocks.
 */
public final class HtmlExtractor {
    private HtmlExtractor() {}

    /** Elements that never carry article text. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, svg, canvas, iframe, object, embed,"
            + " nav, aside, dialog, menu, button, input, select, textarea, label,"
            + " [hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=dialog],"
            + " [role=alertdialog], [role=search]";

    /** Where the article is, best first. */
    private static final String[] CONTENT_ROOTS = {"article", "[itemprop=articleBody]", "main", "[role=main]"};

    /** class/id words that mark page furniture, matched against whole words of the attribute. */
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "ad", "ads", "adv", "nav", "navbar", "menu", "sidebar", "popup", "modal", "banner", "related",
            "recommended", "comments", "comment", "subscribe", "gdpr", "outbrain", "taboola", "toolbar", "masthead");

    /** class/id word prefixes that mark page furniture (cookie-notice, social-links, sharebar ...). */
    private static final List<String> FURNITURE_PREFIXES = List.of(
            "adsbygoogle", "advert", "sponsor", "cookie", "consent", "share", "sharing", "social", "newsletter",
            "promo", "breadcrumb", "paywall");

    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{Alnum}]+");
    private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none");

    private static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "blockquote", "pre", "figure", "figcaption",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "address", "hr");
    private static final Set<String> LINE_TAGS = Set.of("li", "dt", "dd", "tr", "br");

    private static final String[] DATE_META = {
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=dc.date]",
            "meta[name=dcterms.created]", "meta[property=og:published_time]"};

    /** {@code location} resolves relative links (a file: or http: URI; may be empty). */
    public static HtmlArticle extract(String html, String location) {
        Document doc = Jsoup.parse(html, location == null ? "" : location);
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                ownText(doc.selectFirst("article h1, main h1")), doc.title(), ownText(doc.selectFirst("h1")));
        return new HtmlArticle(title, published(doc), sourceUrl(doc), meta(doc, "meta[property=og:site_name]"),
                language(doc), mainText(doc));
    }

    private static String mainText(Document doc) {
        doc.select(NEVER_CONTENT).remove();
        for (Element e : doc.select("[style]")) if (DISPLAY_NONE.matcher(e.attr("style")).find()) e.remove();
        // Site-wide header and footer; the header of the article itself (its headline, byline) stays.
        for (Element e : doc.select("header, footer, [role=banner], [role=contentinfo]")) {
            if (e.closest("article, main, [role=main]") == null || e.is("[role=banner], [role=contentinfo]")) e.remove();
        }
        Element root = contentRoot(doc);
        dropFurniture(root);
        return render(root);
    }

    private static Element contentRoot(Document doc) {
        for (String selector : CONTENT_ROOTS) {
            Element best = null;
            for (Element e : doc.select(selector)) {
                if (best == null || e.text().length() > best.text().length()) best = e;
            }
            if (best != null && !best.text().isBlank()) return best;
        }
        return doc.body();
    }

    private static void dropFurniture(Element root) {
        int pageLength = root.text().length();
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root || !isFurniture(e)) continue;
            // A wrapper holding most of the page is layout, whatever its class says ("page has-sidebar").
            if (e.text().length() * 2 > pageLength) continue;
            doomed.add(e);
        }
        doomed.forEach(Element::remove);
    }

    private static boolean isFurniture(Element e) {
        String words = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        for (String word : WORD_SPLIT.split(words)) {
            if (word.isEmpty()) continue;
            if (FURNITURE_WORDS.contains(word)) return true;
            for (String prefix : FURNITURE_PREFIXES) if (word.startsWith(prefix)) return true;
        }
        return false;
    }

    /** The text of {@code root}: whitespace collapsed, a line per list item or row, a blank line between blocks. */
    private static String render(Element root) {
        TextBuilder out = new TextBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) out.text(t.getWholeText(), insidePre(t));
                else if (node instanceof Element e) out.boundary(e.normalName());
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) out.boundary(e.normalName());
            }
        });
        return out.toString();
    }

    private static boolean insidePre(Node node) {
        for (Node n = node.parentNode(); n != null; n = n.parentNode()) {
            if (n instanceof Element e && "pre".equals(e.normalName())) return true;
        }
        return false;
    }

    private static final class TextBuilder {
        private final StringBuilder sb = new StringBuilder();
        private int pendingBreaks;
        private boolean pendingSpace;

        void boundary(String tag) {
            if (PARAGRAPH_TAGS.contains(tag)) pendingBreaks = 2;
            else if (LINE_TAGS.contains(tag)) pendingBreaks = Math.max(pendingBreaks, 1);
            else if ("td".equals(tag) || "th".equals(tag)) pendingSpace = true;
        }

        void text(String raw, boolean preformatted) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (preformatted && c == '\n') {
                    pendingBreaks = Math.max(pendingBreaks, 1);
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    pendingSpace = true;
                } else {
                    flush();
                    sb.append(c);
                }
            }
        }

        private void flush() {
            if (sb.length() > 0) {
                if (pendingBreaks > 0) sb.append(pendingBreaks == 2 ? "\n\n" : "\n");
                else if (pendingSpace) sb.append(' ');
            }
            pendingBreaks = 0;
            pendingSpace = false;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    private static String published(Document doc) {
        List<String> candidates = new ArrayList<>();
        for (String selector : DATE_META) candidates.add(meta(doc, selector));
        Element time = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        if (time != null) candidates.add(time.attr("datetime"));
        for (String c : candidates) {
            if (c == null) continue;
            try {
                PublicationDate d = PublicationDate.parse(c);
                if (d.known()) return d.toString();
            } catch (RuntimeException e) {
                // Pages in the wild carry malformed dates; try the next source.
            }
        }
        return null;
    }

    private static String sourceUrl(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = canonical == null ? null : canonical.absUrl("href");
        if (isWebUrl(url)) return url;
        String og = meta(doc, "meta[property=og:url]");
        return isWebUrl(og) ? og : null;
    }

    private static boolean isWebUrl(String url) {
        if (url == null) return false;
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static String language(Document doc) {
        Element html = doc.selectFirst("html[lang]");
        String tag = firstNonBlank(html == null ? null : html.attr("lang"),
                meta(doc, "meta[http-equiv=content-language]"), meta(doc, "meta[property=og:locale]"));
        if (tag == null) return null;
        String primary = tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String meta(Document doc, String selector) {
        Elements found = doc.select(selector);
        for (Element e : found) {
            String content = e.attr("content").strip();
            if (!content.isEmpty()) return content;
        }
        return null;
    }

    private static String ownText(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
