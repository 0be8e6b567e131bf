package org.totmon.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The English grammar the layers decide by, read from grammar-en.tsv. */
class EnglishTest {
    @Test
    void anOrdinalTakesTheSuffixOfItsLastDigitsButTheTeens() {
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th", "112th", "219th"),
                List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 219).stream().map(English::ordinal).toList());
    }

    @Test
    void theLeadingArticleAndPossessiveAreDropped() {
        assertEquals("Zaporizhzhia Election Commission", English.withoutLeadingDefiniteArticle("The Zaporizhzhia Election Commission"));
        assertEquals("theatre", English.withoutLeadingDefiniteArticle("theatre"), "only the word");
        assertEquals(" Election Commission", English.withoutLeadingPossessive("'s Election Commission"));
        assertEquals("'super", English.withoutLeadingPossessive("'super"), "only the clitic");
    }

    @Test
    void wordsAndEndingsAreReadAsListed() {
        assertTrue(English.isArticle("an") && English.isDefiniteArticle("the") && !English.isDefiniteArticle("a"));
        assertTrue(English.isPossessive("'") && English.isPossessiveClitic("'s") && !English.isPossessiveClitic("'"));
        assertTrue(English.hasPluralEnding("units"));
        assertFalse(English.hasPluralEnding("press"));
        assertTrue(English.hasParticipleEnding("annexed") && English.isPassiveAuxiliary("got"));
        assertFalse(English.isOf(null) || English.isDefiniteArticle(null), "a missing word is none of them");
    }
}
