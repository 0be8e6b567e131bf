package org.totmon.pipeline.attribution;

import java.util.ArrayList;
import java.util.List;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;

/**
 * A report's sentences outside boilerplate, with their tokens and the paragraph each is in (the offset of the line
 * break before it): the units attribution and claims count in.
 */
public record ContentSentences(List<TextSpan> spans, List<List<Token>> tokens, List<Integer> paragraphs) {
    public static ContentSentences of(Document doc) {
        List<TextSpan> spans = new ArrayList<>();
        List<List<Token>> tokens = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        for (TextSpan s : doc.sentences()) {
            if (doc.isBoilerplate(s.start(), s.end())) continue;
            spans.add(s);
            tokens.add(doc.tokensIn(s.start(), s.end()));
            paragraphs.add(doc.text().lastIndexOf('\n', s.start()));
        }
        return new ContentSentences(List.copyOf(spans), List.copyOf(tokens), List.copyOf(paragraphs));
    }

    public int size() {
        return spans.size();
    }

    /** Whether sentences a and b are in one paragraph. */
    public boolean sameParagraph(int a, int b) {
        return paragraphs.get(a).equals(paragraphs.get(b));
    }

    /** The index of the first sentence after the report's headline (its lead's first), or the count when none is. */
    public static int lead(Document doc, List<TextSpan> spans) {
        int first = 0;
        while (first < spans.size() && inHeadline(doc, spans.get(first))) first++;
        return first;
    }

    private static boolean inHeadline(Document doc, TextSpan s) {
        for (TextSpan h : doc.headline()) if (h.start() <= s.start() && s.end() <= h.end()) return true;
        return false;
    }

    /** The index of the sentence that holds the offset, or -1. */
    public int at(int offset) {
        for (int i = 0; i < spans.size(); i++) if (spans.get(i).start() <= offset && offset < spans.get(i).end()) return i;
        return -1;
    }
}
