package org.totmon.pipeline.entity;

import java.util.Map;

/**
 * Ukraine's national romanization (Cabinet of Ministers resolution 55 of 2010), the form the field uses for
 * Ukrainian names: Балицький → Balytskyi, Зозуля → Zozulia. Russian-only letters get their usual values
 * (ы → y, э → e, ё → io, ъ dropped), which spells a Ukrainian's name written in Russian the Ukrainian way.
 */
public final class Romanizer {
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"), Map.entry('ж', "zh"), Map.entry('з', "z"),
            Map.entry('и', "y"), Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ь', ""), Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('ы', "y"), Map.entry('э', "e"),
            Map.entry('ё', "io"), Map.entry('ъ', ""));
    /** At the start of a word these letters take a y: Євген → Yevhen, Юрій → Yurii. */
    private static final Map<Character, String> INITIAL = Map.of('є', "ye", 'ї', "yi", 'й', "y", 'ю', "yu", 'я', "ya", 'ё', "yo");

    /**
     * Russian by BGN/PCGN without its apostrophes for ь and ъ: Общероссийский народный фронт → Obshcherossiyskiy
     * narodnyy front. е is ye at the start of a word and after a vowel, ь or ъ.
     */
    private static final Map<Character, String> RUSSIAN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));
    private static final String RUSSIAN_VOWELS = "аеёиоуыэюяйьъ";

    private Romanizer() {}

    /** Romanizes text word by word, keeping capitals, and leaves non-Cyrillic characters as they are. */
    public static String romanize(String text) {
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            String r = wordStart ? INITIAL.getOrDefault(lower, LETTERS.get(lower)) : LETTERS.get(lower);
            if (lower == 'г' && i > 0 && Character.toLowerCase(text.charAt(i - 1)) == 'з') r = "gh"; // зг → zgh, not zh
            if (r == null) {
                if ("'’ʼ`".indexOf(c) < 0) out.append(c); // the apostrophe is not romanized
                wordStart = !Character.isLetter(c) && "'’ʼ`".indexOf(c) < 0;
                continue;
            }
            if (Character.isUpperCase(c) && !r.isEmpty()) {
                boolean allCaps = i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
                r = allCaps ? r.toUpperCase() : Character.toUpperCase(r.charAt(0)) + r.substring(1);
            }
            out.append(r);
            wordStart = false;
        }
        return out.toString();
    }

    /** Romanizes Russian text word by word (see {@link #RUSSIAN}), keeping capitals; other characters stay as they are. */
    public static String romanizeRussian(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            String r = RUSSIAN.get(lower);
            if (r == null) {
                out.append(c);
                continue;
            }
            char before = i > 0 ? Character.toLowerCase(text.charAt(i - 1)) : ' ';
            if (lower == 'е' && (!Character.isLetter(before) || RUSSIAN_VOWELS.indexOf(before) >= 0)) r = "ye";
            if (Character.isUpperCase(c) && !r.isEmpty()) {
                boolean allCaps = i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
                r = allCaps ? r.toUpperCase() : Character.toUpperCase(r.charAt(0)) + r.substring(1);
            }
            out.append(r);
        }
        return out.toString();
    }

    /**
     * A person's name from an inflected mention: the given name in its nominative form where the list knows it,
     * then romanized. {@code givenNames} may be null for non-persons.
     */
    public static String romanizeName(String name, GivenNames givenNames) {
        String[] words = name.split("\\s+");
        if (givenNames != null) {
            for (int i = 0; i < words.length; i++) {
                String nominative = givenNames.nominativeOf(words[i]);
                if (nominative != null) words[i] = nominative;
            }
        }
        return romanize(String.join(" ", words));
    }
}
