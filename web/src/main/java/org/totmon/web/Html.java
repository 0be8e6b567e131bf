package org.totmon.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages' HTML, built as text. Every value that did not come from this class goes through {@link #esc}: report
 * text, names and query parameters are untrusted, so they can only ever appear as text.
 */
final class Html {
    private Html() {}

    /** Escapes for element content and quoted attribute values alike. */
    static String esc(Object value) {
        if (value == null) return "";
        String s = value.toString();
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A value for a path segment or query parameter. */
    static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A link whose target and text are both escaped. */
    static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** {@code path?k=v&...} with the empty values left out. */
    static String query(String path, Map<String, String> params) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) continue;
            sb.append(sep).append(url(e.getKey())).append('=').append(url(e.getValue()));
            sep = '&';
        }
        return sb.toString();
    }

    static Map<String, String> params(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
        return m;
    }

    /**
     * The page around {@code body}: navigation in the request's language with the switch to the other, styles, and
     * scripts from this server only. {@code here} is the page's own path and query, for the switch to come back to.
     */
    static String page(String title, String body, String... scripts) {
        I18n t = I18n.current();
        StringBuilder sb = new StringBuilder(body.length() + 1024);
        sb.append("<!doctype html>\n<html lang=\"").append(t.lang()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" · TOT Monitor</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/app.css\">");
        for (String s : scripts) {
            if (s.endsWith(".css")) sb.append("<link rel=\"stylesheet\" href=\"").append(esc(s)).append("\">");
        }
        sb.append("</head><body><header><a class=\"brand\" href=\"/\">TOT Monitor</a><nav>");
        String[][] nav = {{"/", "nav.search"}, {"/map", "nav.map"}, {"/timeline", "nav.timeline"}, {"/claims", "nav.claims"},
                {"/review", "nav.review"}, {"/audit", "nav.audit"}, {"/api/docs", "nav.api"}};
        for (String[] n : nav) sb.append(link(n[0], t.t(n[1])));
        sb.append("</nav><span class=\"ui-lang\" id=\"ui-lang\">");
        for (String l : I18n.LANGUAGES) {
            if (l.equals(t.lang())) sb.append("<strong>").append(esc(I18n.of(l).t("lang.name"))).append("</strong>");
            else sb.append("<a hreflang=\"").append(l).append("\" href=\"").append(esc(I18n.here(l))).append("\">").append(esc(I18n.of(l).t("lang.name"))).append("</a>");
        }
        sb.append("</span></header><main>").append(body).append("</main><footer>").append(esc(t.t("footer"))).append("</footer>");
        for (String s : scripts) {
            if (s.endsWith(".js")) sb.append("<script src=\"").append(esc(s)).append("\"></script>");
        }
        return sb.append("</body></html>\n").toString();
    }
}
