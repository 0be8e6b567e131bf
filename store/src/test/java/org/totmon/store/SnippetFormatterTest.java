package org.totmon.store;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.totmon.model.TextSpan;

class SnippetFormatterTest {
    private static Passage passage(int start, int end, int... matches) {
        Passage p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) p.addMatch(matches[i], matches[i + 1], new BytesRef("x"), 1);
        return p;
    }

    @Test
    void collapsesWhitespaceAndMapsTheMatchesOntoIt() {
        String text = "Shelling hit\n\nOrikhiv   overnight. Residents of Orikhiv sheltered.";
        int first = text.indexOf("Orikhiv");
        int second = text.lastIndexOf("Orikhiv");
        Snippet s = (Snippet) new SnippetFormatter().format(new Passage[] {passage(0, text.length(), first, first + 7, second, second + 7)}, text);

        assertEquals("Shelling hit Orikhiv overnight. Residents of Orikhiv sheltered.", s.text());
        assertEquals("Shelling hit <Orikhiv> overnight. Residents of <Orikhiv> sheltered.", s.render("<", ">"));
    }

    @Test
    void cutsAPassageWithoutSentenceEndsAroundItsFirstMatch() {
        String text = "word ".repeat(200) + "Tokmak " + "word ".repeat(200);
        int at = text.indexOf("Tokmak");
        Snippet s = (Snippet) new SnippetFormatter().format(new Passage[] {passage(0, text.length(), at, at + 6)}, text);

        assertTrue(s.text().startsWith("\u2026"), s.text());
        assertTrue(s.text().endsWith("\u2026"), s.text());
        assertTrue(s.text().length() <= SnippetFormatter.MAX_CHARS + 2, s.text());
        assertEquals(1, s.highlights().size());
        TextSpan h = s.highlights().get(0);
        assertEquals("Tokmak", s.text().substring(h.start(), h.end()));
    }

    @Test
    void mergesOverlappingMatches() {
        String text = "The Zaporizhzhia Nuclear Power Plant.";
        Snippet s = (Snippet) new SnippetFormatter().format(new Passage[] {passage(0, text.length(), 4, 24, 17, 36)}, text);
        assertEquals(List.of(new TextSpan(4, 36)), s.highlights());
    }

    @Test
    void theOpeningOfALongTextEndsInAnEllipsis() {
        Snippet s = SnippetFormatter.opening("First sentence is short. " + "More words follow here ".repeat(30));
        assertTrue(s.text().startsWith("First sentence is short."));
        assertTrue(s.text().endsWith("\u2026"));
        assertEquals("Whole text.", SnippetFormatter.opening("Whole text.\n").text());
    }
}
