package org.totmon.pipeline.text;

import java.util.stream.Collectors;
import org.totmon.pipeline.WordClasses;

/**
 * The letters that words are compared without, from {@code letters.tsv}: a letter folded into another (ё as е) and the
 * letters whose diacritic is kept when accents are dropped (й, ї). Immutable tables, read once.
 */
public final class Letters {
    private static final WordClasses LETTERS = WordClasses.resource(Letters.class, "letters.tsv");
    /** By letter, the letter it is compared as; 0 where it stays. */
    private static final char[] FOLD = LETTERS.letterTable("fold");
    /** The letters that fold, as a string, so that a text is searched for them by indexOf (as fast as String.replace). */
    private static final String FOLDED = folded();
    /** The letters whose diacritic is kept, as a string, so that a text is searched for them by indexOf. */
    private static final String KEPT = LETTERS.letters("kept_diacritic").stream().sorted().map(String::valueOf).collect(Collectors.joining());

    private Letters() {}

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
