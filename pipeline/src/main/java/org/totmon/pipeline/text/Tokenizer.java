package org.totmon.pipeline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totmon.pipeline.WordClasses;
import org.totmon.model.Token;

/**
 * Splits text into words, numbers and punctuation with exact offsets, in any script. It undoes two things
 * sources do to words: an English possessive ("Russia's" → "Russia" "'s") and two words glued together by a
 * lost line break ("ZaporizhzhiaDissatisfaction" → "Zaporizhzhia" "Dissatisfaction").
 */
public final class Tokenizer {
    private static final String APOSTROPHES = "'’ʼ`";
    /** The hyphen, the Unicode hyphen and the non-breaking hyphen that typesetters put in names ("Львова‑Белова"). */
    private static final String HYPHENS = "\\-\u2010\u2011";
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{M}]*(?:[" + APOSTROPHES + HYPHENS + ".]\\p{L}[\\p{L}\\p{M}]*)*\\.?"
                    + "|\\d+(?:[.,]\\d+)*"
                    + "|\\S");
    /** An abbreviation ends in a period that belongs to it: "U.S.", "J.", and the listed short forms ("Feb.", "St.", "Conn."). */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{L}\\.)+|(?iu:"
            + String.join("|", WordClasses.resource(Tokenizer.class, "abbreviations.tsv").list("abbreviation")) + ")\\.");
    /** A glued pair needs both halves long enough that CamelCase brands ("UkrinForm", "StratCom") stay whole. */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{6})(?=\\p{Lu}\\p{Ll}{4})");

    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int s = m.start(), e = m.end();
            String w = m.group();
            if (w.endsWith(".") && w.length() > 1 && !ABBREVIATION.matcher(w).matches()) {
                e--; // a sentence period, not part of the word
                w = w.substring(0, w.length() - 1);
                addWord(text, out, s, e);
                out.add(new Token(e, e + 1, "."));
                continue;
            }
            if (w.contains(".") && !ABBREVIATION.matcher(w).matches()) {
                splitAtPeriods(text, out, s, e); // "region.But": a sentence glued to the next
                continue;
            }
            addWord(text, out, s, e);
        }
        return out;
    }

    private static void splitAtPeriods(String text, List<Token> out, int s, int e) {
        int p = s;
        for (int i = s; i < e; i++) {
            if (text.charAt(i) == '.') {
                if (i > p) addWord(text, out, p, i);
                out.add(new Token(i, i + 1, "."));
                p = i + 1;
            }
        }
        if (p < e) addWord(text, out, p, e);
    }

    private static void addWord(String text, List<Token> out, int s, int e) {
        String w = text.substring(s, e);
        Matcher glued = GLUED.matcher(w);
        if (glued.find()) {
            int cut = s + glued.start();
            addWord(text, out, s, cut);
            addWord(text, out, cut, e);
            return;
        }
        int n = w.length();
        if (n > 2 && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S') && APOSTROPHES.indexOf(w.charAt(n - 2)) >= 0) {
            out.add(new Token(s, e - 2, w.substring(0, n - 2)));
            out.add(new Token(e - 2, e, w.substring(n - 2)));
            return;
        }
        out.add(new Token(s, e, w));
    }
}
