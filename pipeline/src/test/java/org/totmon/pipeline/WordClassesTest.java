package org.totmon.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The word-class files the layers' lists are read from: rows, classes over several rows, patterns, and bad rows named by line. */
class WordClassesTest {
    private static WordClasses read(String text) throws IOException {
        return WordClasses.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test-words.tsv");
    }

    @Test
    void aClassTakesItsWordsFromEveryRowInFileOrder() throws IOException {
        WordClasses words = read("# comment\nconjunction\tand|or\n\nconjunction\tі | та\ntitle\tPresident\n");
        assertEquals(List.of("and", "or", "і", "та"), words.list("conjunction"));
        assertTrue(words.set("title").contains("President"), "words are kept as written");
        assertFalse(words.set("title").contains("president"));
    }

    @Test
    void aPatternClassIsOneRowReadWhole() throws IOException {
        Pattern verb = read("verb_ending\t.*(ла|ли|ив)$\n").pattern("verb_ending");
        assertTrue(verb.matcher("заявили").matches());
        assertFalse(verb.matcher("рада").matches());
    }

    @Test
    void badRowsAreNamedByFileAndLine() throws IOException {
        IllegalArgumentException noTab = assertThrows(IllegalArgumentException.class, () -> read("ok\tyes\nno tab here\n"));
        assertTrue(noTab.getMessage().startsWith("test-words.tsv:2:"), noTab.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> read("a\tx||y\n").list("a"));
        assertTrue(empty.getMessage().startsWith("test-words.tsv:1:") && empty.getMessage().contains("empty word"), empty.getMessage());
        IllegalArgumentException twoRows = assertThrows(IllegalArgumentException.class, () -> read("p\ta+\np\tb+\n").pattern("p"));
        assertTrue(twoRows.getMessage().startsWith("test-words.tsv:2:"), twoRows.getMessage());
        IllegalArgumentException badPattern = assertThrows(IllegalArgumentException.class, () -> read("p\t(unclosed\n").pattern("p"));
        assertTrue(badPattern.getMessage().startsWith("test-words.tsv:1: bad pattern"), badPattern.getMessage());
    }

    @Test
    void lettersAndReplacementsAreReadFromTheirRows() throws IOException {
        WordClasses letters = read("fold\tё=е\nuk\tї|є\nru\tы\ndigraph\tshch=s|kh=h\nconsonant:s\tс|s\nconsonant:h\tх|h\n");
        assertEquals('е', letters.letterTable("fold")['ё']);
        assertEquals(Set.of('ї', 'є'), letters.letters("uk"));
        assertEquals(List.of("shch", "s", "kh", "h"), letters.replacements("digraph").stream().flatMap(Arrays::stream).toList());
        assertEquals(List.of("consonant:s", "consonant:h"), letters.classes("consonant:"), "classes in file order");
        assertEquals("uk", letters.letterClasses(List.of("uk", "ru")).get('є'));
    }

    @Test
    void aBadLetterRowIsNamedByFileAndLine() throws IOException {
        IllegalArgumentException twoChars = assertThrows(IllegalArgumentException.class, () -> read("x\ty\nfold\tёл=е\n").letterTable("fold"));
        assertTrue(twoChars.getMessage().startsWith("test-words.tsv:2:") && twoChars.getMessage().contains("'ёл'"), twoChars.getMessage());
        IllegalArgumentException noEquals = assertThrows(IllegalArgumentException.class, () -> read("digraph\tkh\n").replacements("digraph"));
        assertTrue(noEquals.getMessage().startsWith("test-words.tsv:1:") && noEquals.getMessage().contains("from=to"), noEquals.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> read("uk\tі\nru\tы|і\n").letterClasses(List.of("uk", "ru")));
        assertTrue(twice.getMessage().startsWith("test-words.tsv:2:") && twice.getMessage().contains("uk"), twice.getMessage());
    }

    @Test
    void aMissingClassIsABrokenBuildNotAnEmptyList() throws IOException {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read("a\tx\n").list("b"));
        assertTrue(e.getMessage().contains("test-words.tsv has no class b"), e.getMessage());
    }

    @Test
    void theShippedListsLoad() {
        // Each layer reads its files when its class loads; a shipped file that breaks the format fails here first.
        assertTrue(WordClasses.resource(WordClassesTest.class, "/org/totmon/pipeline/entity/name-words.tsv").set("org_head").contains("ministry"));
        assertTrue(WordClasses.resource(WordClassesTest.class, "/org/totmon/pipeline/place/place-words.tsv").set("list_word").contains("&"));
        assertTrue(WordClasses.resource(WordClassesTest.class, "/org/totmon/model/words/conjunctions.tsv").set("and").contains("та"));
        assertTrue(WordClasses.resource(WordClassesTest.class, "/org/totmon/pipeline/place/declension.tsv").set("denied_stem").contains("українськ"));
        assertTrue(WordClasses.resource(WordClassesTest.class, "/org/totmon/pipeline/text/letters.tsv").letters("kept_diacritic").contains('й'));
        assertEquals(10, WordClasses.resource(WordClassesTest.class, "/org/totmon/pipeline/text/letters.tsv").letterClasses(
                List.of("uk", "uk_or_be", "ru_or_be", "ru", "hard_sign", "cyrillic_i", "be")).size());
    }
}
