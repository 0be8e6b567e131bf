package org.totmon.pipeline.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.totmon.pipeline.WordClasses;
import org.totmon.pipeline.text.Letters;

/**
 * Text primitives shared by the gazetteer and the annotator, so that a name and the text it is found in
 * are cut and folded the same way: word tokens, a case- and apostrophe-free key, and a consonant skeleton
 * that lets a Latin spelling be checked against the Cyrillic name it transliterates.
 */
final class PlaceText {
    private static final WordClasses SKELETON = WordClasses.resource(PlaceText.class, "skeleton.tsv");
    private static final List<String[]> DIGRAPHS = SKELETON.replacements("digraph");
    private static final String CONSONANT = "consonant:";
    /** By letter, its consonant class; 0 for none. */
    private static final char[] CONSONANTS = consonants();

    private PlaceText() {}

    /** A word of the text: letters with their internal apostrophes. */
    record Word(int start, int end, String surface, String key) {
        /** Whether the word is Cyrillic and capitalised: how a place name or its adjective starts. */
        boolean capitalisedCyrillic() {
            return isCyrillic(surface) && Character.isUpperCase(surface.charAt(0));
        }
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '′' || c == 'ʹ' || c == '‘';
    }

    /**
     * Words of {@code text}. Apostrophes stay inside a word ("Купʼянськ", "Kam'ianske") but an English
     * possessive ("Russia’s") ends it; a lower-to-upper case change inside a run of letters starts a new
     * word, because extracted pages glue a heading to the next line ("ZaporizhzhiaDissatisfaction").
     */
    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) { i++; continue; }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    if (i > start && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))
                            && i + 1 < n && Character.isLowerCase(text.charAt(i + 1)) && i - start >= 3) {
                        break;
                    }
                    i++;
                } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i > start
                        && !isPossessive(text, i)) {
                    i++;
                } else {
                    break;
                }
            }
            String surface = text.substring(start, i);
            out.add(new Word(start, i, surface, key(surface)));
        }
        return out;
    }

    private static boolean isPossessive(String text, int apostrophe) {
        int s = apostrophe + 1;
        if (s >= text.length() || (text.charAt(s) != 's' && text.charAt(s) != 'S')) return false;
        return s + 1 >= text.length() || !Character.isLetter(text.charAt(s + 1));
    }

    /** The lookup form of one word: lower case, apostrophes and Latin accents dropped, letters folded ({@link Letters}: ё as е). */
    static String key(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c < 0x0400 && c > 0x7f) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                for (int k = 0; k < d.length(); k++) {
                    if (Character.getType(d.charAt(k)) != Character.NON_SPACING_MARK) b.append(Character.toLowerCase(d.charAt(k)));
                }
                continue;
            }
            char l = Character.toLowerCase(c);
            b.append(Letters.fold(l));
        }
        return b.toString();
    }

    /** The key of a whole name: its words' keys joined by single spaces. */
    static String nameKey(String name) {
        StringBuilder b = new StringBuilder();
        for (Word w : words(Normalizer.normalize(name, Normalizer.Form.NFC))) {
            if (b.length() > 0) b.append(' ');
            b.append(w.key());
        }
        return b.toString();
    }

    static boolean isCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) return Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.CYRILLIC;
        }
        return false;
    }

    /**
     * Consonants of a name in classes shared by Cyrillic and the usual romanizations ({@code skeleton.tsv}: х/kh/h/g,
     * ж/zh/j, ц/ч/ts/ch/c, ш/щ/sh/shch/s): "Запорожье", "Zaporizhzhia" and "Zaporozhye" agree, "Stalino" does not.
     */
    static String skeleton(String name) {
        String s = key(name).toLowerCase(Locale.ROOT);
        for (String[] d : DIGRAPHS) s = s.replace(d[0], d[1]);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char m = skeletonClass(s.charAt(i));
            if (m != 0 && (b.length() == 0 || b.charAt(b.length() - 1) != m)) b.append(m);
        }
        return b.toString();
    }

    private static char skeletonClass(char c) {
        return c < CONSONANTS.length ? CONSONANTS[c] : 0;
    }

    private static char[] consonants() {
        List<String> names = SKELETON.classes(CONSONANT);
        for (String c : names) if (c.length() != CONSONANT.length() + 1) throw new IllegalStateException("skeleton.tsv: class " + c + " names no one letter");
        Map<Character, String> classes = SKELETON.letterClasses(names);
        char[] out = new char[classes.keySet().stream().mapToInt(c -> c).max().orElse(-1) + 1];
        classes.forEach((letter, c) -> out[letter] = c.charAt(CONSONANT.length()));
        return out;
    }

    /** Whether two skeletons are the same name: equal, or one edit apart when long enough to be distinctive. */
    static boolean similarSkeletons(String a, String b) {
        if (a.equals(b)) return true;
        if (Math.min(a.length(), b.length()) < 4 || Math.abs(a.length() - b.length()) > 1) return false;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()] <= 1;
    }
}
