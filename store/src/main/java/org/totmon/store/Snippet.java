package org.totmon.store;

import java.util.List;
import org.totmon.model.TextSpan;

/** A passage of a report's text, whitespace collapsed, with the stretches that matched the query. */
public record Snippet(String text, List<TextSpan> highlights) {
    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** The text with each highlight wrapped in {@code open} ... {@code close}. */
    public String render(String open, String close) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (TextSpan h : highlights) {
            sb.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            at = h.end();
        }
        return sb.append(text.substring(at)).toString();
    }
}
