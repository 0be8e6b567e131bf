package org.totmon.pipeline.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Token;

class CuesTest {
    private static Cues cues(String tsv) throws IOException {
        return Cues.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test-cues.tsv");
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            out.add(new Token(at, at + w.length(), w));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void aPrefixCueMatchesTheWordsItBeginsAndTheLongestPhraseWins() throws IOException {
        Cues c = cues("head\tauthorit*\nhead\tlocal authorit*\nhead\toccupation\nhead\tоккупацион* власт*\n");
        List<Token> en = tokens("the local authorities said");
        assertEquals(2, c.matchAt("head", en, 1));
        assertEquals(1, c.matchAt("head", en, 2));
        assertEquals(0, c.matchAt("head", tokens("the author said"), 1), "a word shorter than the prefix");
        assertEquals(0, c.matchAt("head", tokens("said authority"), 0));
        assertEquals(2, c.matchAt("head", tokens("Оккупационные власти заявили"), 0), "case folded, both words prefixes");
        assertEquals(0, c.matchAt("head", tokens("Власти заявили"), 0));
        assertTrue(c.occursIn("head", en, 0, en.size()));
    }

    @Test
    void aLoneStarIsRefusedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cues("head\tauthorit*\nhead\tthe *\n"));
        assertTrue(e.getMessage().contains("test-cues.tsv") && e.getMessage().contains("2"), e.getMessage());
    }
}
