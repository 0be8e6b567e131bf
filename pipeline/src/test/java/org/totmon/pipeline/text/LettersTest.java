package org.totmon.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The letters of letters.tsv: folding, kept diacritics, and the letters only Ukrainian or only Russian writes. */
class LettersTest {
    @Test
    void yoIsComparedAsYe() {
        assertEquals("орел", Letters.fold("орёл"));
        String plain = "мелітополь";
        assertSame(plain, Letters.fold(plain), "a word without such a letter is returned as it is");
        assertTrue(Letters.hasFolded("ёлка") && !Letters.hasFolded("елка"));
    }

    @Test
    void aNameKeepsTheLettersOfItsOwnDiacritics() {
        assertTrue(Letters.hasKeptDiacritic("київ") && Letters.hasKeptDiacritic("андрій"));
        assertFalse(Letters.hasKeptDiacritic("херсон"));
    }

    @Test
    void eachLanguageHasLettersOfItsOwn() {
        for (char c : "іїєґ".toCharArray()) assertTrue(Letters.UKRAINIAN_ONLY.indexOf(c) >= 0, String.valueOf(c));
        for (char c : "ыэёъ".toCharArray()) assertTrue(Letters.RUSSIAN_ONLY.indexOf(c) >= 0, String.valueOf(c));
        for (char c : Letters.UKRAINIAN_ONLY.toCharArray()) assertFalse(Letters.RUSSIAN_ONLY.indexOf(c) >= 0, String.valueOf(c));
    }
}
