package org.totmon.pipeline.entity;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totmon.model.NameSkeleton;
import org.totmon.pipeline.WordClasses;
import org.totmon.pipeline.text.Letters;

/**
 * Keys that make two spellings of one name compare equal: case, accents and apostrophes folded, Cyrillic
 * case endings stripped ("Балицького" and "Балицький" share a key), and a consonant skeleton for the
 * transliteration variants of one name ("Balytskyi", "Balytsky", "Balitsky"; the model's {@link NameSkeleton}).
 */
public final class NameKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String APOSTROPHE_CHARS = "'’ʼ`‘";
    private static final Pattern APOSTROPHES = Pattern.compile("[" + APOSTROPHE_CHARS + "]");
    private static final WordClasses FORMS = WordClasses.resource(NameKeys.class, "name-forms.tsv");
    /** Ukrainian and Russian noun and adjective endings, tried longest first; what is left is a stem that the forms share. */
    private static final String[] CYRILLIC_ENDINGS = FORMS.list("case_ending").stream()
            .sorted((a, b) -> b.length() - a.length()).toArray(String[]::new);
    private static final int MIN_STEM = 3;

    private NameKeys() {}

    /** The key of one word: lower case, no accents or apostrophes, Cyrillic endings stripped. */
    public static String word(String surface) {
        String s = fold(surface);
        if (!s.isEmpty() && isCyrillic(s.charAt(0))) s = stem(s);
        return s;
    }

    /** Lower case, no combining accents (but й and ї kept), no apostrophes, one hyphen for the typesetters' several. */
    public static String fold(String s) {
        String lower = plainHyphens(s.toLowerCase(Locale.ROOT));
        if (nothingToFold(lower)) return lower;
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        plain = Normalizer.normalize(plain, Normalizer.Form.NFC);
        // NFD strips the breve of й and the diaeresis of ї, which are letters of their own in Cyrillic (ё becomes е, as Letters folds it).
        if (Letters.hasKeptDiacritic(lower)) plain = restoreCyrillic(lower, plain);
        return APOSTROPHES.matcher(plain).replaceAll("");
    }

    /**
     * No precomposed letter, combining mark or apostrophe: most words, which then skip the normalizers and regexes (this
     * runs for every word of every name compared, and they were a twentieth of ingest's garbage).
     */
    private static boolean nothingToFold(String lower) {
        if (!Normalizer.isNormalized(lower, Normalizer.Form.NFD) || !Normalizer.isNormalized(lower, Normalizer.Form.NFC)) return false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (APOSTROPHE_CHARS.indexOf(c) >= 0) return false;
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) return false;
        }
        return true;
    }

    /** The Unicode and non-breaking hyphens typesetters put in double surnames ("Львова‑Белова") as the plain one. */
    static String plainHyphens(String s) {
        return s.replace('\u2010', '-').replace('\u2011', '-');
    }

    private static String restoreCyrillic(String lower, String plain) {
        if (lower.length() != plain.length()) return plain;
        StringBuilder b = new StringBuilder(plain);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Letters.keepsDiacritic(c)) b.setCharAt(i, c);
        }
        return b.toString();
    }


    public static String stem(String folded) {
        for (String e : CYRILLIC_ENDINGS) {
            if (folded.endsWith(e) && folded.length() - e.length() >= MIN_STEM) return folded.substring(0, folded.length() - e.length());
        }
        return folded;
    }

    /** Adjectival Cyrillic words (names and surnames in -ський, -ская, -цьке …): the stem and the case ending. */
    private static final Pattern ADJECTIVE = FORMS.pattern("adjective_name");
    /** The case endings of a gender, by the nominative endings of that gender. */
    private static final Map<String, Set<String>> FORMS_BY_NOMINATIVE = formsByNominative();

    private static Map<String, Set<String>> formsByNominative() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String gender : List.of("masculine", "feminine", "neuter")) {
            Set<String> forms = FORMS.set(gender + "_form");
            for (String nominative : FORMS.list(gender + "_nominative")) out.put(nominative, forms);
        }
        return Map.copyOf(out);
    }

    /**
     * Whether a surface word can be a case form of a registry word of the adjectival kind: "Громадська" is not a
     * form of the outlet "Громадське", nor "Балицька" of "Балицький". Other words always can.
     */
    static boolean sameGender(String registryWord, String surface) {
        Matcher a = ADJECTIVE.matcher(fold(registryWord));
        if (!a.matches()) return true;
        Matcher b = ADJECTIVE.matcher(fold(surface));
        if (!b.matches()) return true;
        String nominative = a.group(2), ending = b.group(2);
        Set<String> forms = FORMS_BY_NOMINATIVE.get(nominative);
        return forms == null || forms.contains(ending);
    }

    static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }

    /** The consonant skeleton of a Latin-script word, for matching transliteration variants ({@link NameSkeleton}). */
    public static String skeleton(String latinWord) {
        return NameSkeleton.ofWord(latinWord);
    }
}
