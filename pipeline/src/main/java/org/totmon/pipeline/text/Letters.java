package org.totmon.pipeline.text;

import java.util.Set;
import org.totmon.pipeline.WordClasses;

/**
 * The letters that words are compared without, from {@code letters.tsv}: a letter folded into another (ё as е) and the
 * letters whose diacritic is kept when accents are dropped (й, ї). Immutable tables, read once.
 */
public final class Letters {
    private static final WordClasses LETTERS = WordClasses.resource(Letters.class, "letters.tsv");
    /** By letter, the letter it is compared as; 0 where it stays. */
    private static final char[] FOLD = LETTERS.letterTable("fold");
    private static final Set<Character> KEPT = LETTERS.letters("kept_diacritic");

    private Letters() {}

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

    /** Whether the letter's diacritic is a letter of its own, kept when accents are dropped. */
    public static boolean keepsDiacritic(char c) {
        return KEPT.contains(c);
    }

    private static int firstFolded(String s) {
        for (int i = 0; i < s.length(); i++) if (fold(s.charAt(i)) != s.charAt(i)) return i;
        return -1;
    }
}
