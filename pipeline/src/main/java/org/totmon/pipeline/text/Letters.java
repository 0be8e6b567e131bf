package org.totmon.pipeline.text;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.totmon.pipeline.WordClasses;

/**
 * The letters of {@code letters.tsv}: those that words are compared without (ё as е), those whose diacritic is kept
 * when accents are dropped (й, ї), and the letters that tell Cyrillic languages apart. Immutable tables, read once.
 */
public final class Letters {
    private static final WordClasses LETTERS = WordClasses.resource(Letters.class, "letters.tsv");
    /** Letters only Ukrainian writes of Ukrainian and Russian (і ї є ґ), as a string. */
    public static final String UKRAINIAN_ONLY = letters("uk", "uk_or_be");
    /** Letters only Russian writes of Ukrainian and Russian (ы э ё ъ), as a string. */
    public static final String RUSSIAN_ONLY = letters("ru", "ru_or_be", "hard_sign");
    /** By letter, the letter it is compared as; 0 where it stays. */
    private static final char[] FOLD = LETTERS.letterTable("fold");
    /** The letters that fold, as a string, so that a text is searched for them by indexOf (as fast as String.replace). */
    private static final String FOLDED = folded();
    /** The letters whose diacritic is kept, as a string, so that a text is searched for them by indexOf. */
    private static final String KEPT = LETTERS.letters("kept_diacritic").stream().sorted().map(String::valueOf).collect(Collectors.joining());

    private Letters() {}

    /** The file's classes, for the language layer's letter classes. */
    public static WordClasses classes() {
        return LETTERS;
    }

    private static String letters(String... classes) {
        return Arrays.stream(classes).flatMap(c -> LETTERS.letters(c).stream()).sorted().map(String::valueOf).collect(Collectors.joining());
    }

    private static String folded() {
        StringBuilder b = new StringBuilder();
        for (char c = 0; c < FOLD.length; c++) if (FOLD[c] != 0) b.append(c);
        return b.toString();
    }

    /** The letter as words are compared. */
    public static char fold(char c) {
        return c < FOLD.length && FOLD[c] != 0 ? FOLD[c] : c;
    }

    /** The text with every folded letter replaced; the text itself when it has none. */
    public static String fold(String s) {
        int i = firstFolded(s);
        if (i < 0) return s;
        char[] out = s.toCharArray();
        for (; i < out.length; i++) out[i] = fold(out[i]);
        return new String(out);
    }

    /** Whether the text writes a letter that is folded (a Russian word with ё). */
    public static boolean hasFolded(String s) {
        return firstFolded(s) >= 0;
    }

    private static int firstFolded(String s) {
        int first = -1;
        for (int i = 0; i < FOLDED.length(); i++) {
            int at = s.indexOf(FOLDED.charAt(i));
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
    }

    /** Whether the letter's diacritic is a letter of its own, kept when accents are dropped. */
    public static boolean keepsDiacritic(char c) {
        return KEPT.indexOf(c) >= 0;
    }

    /** Whether the text writes a letter whose diacritic is kept. */
    public static boolean hasKeptDiacritic(String s) {
        for (int i = 0; i < KEPT.length(); i++) if (s.indexOf(KEPT.charAt(i)) >= 0) return true;
        return false;
    }
}
