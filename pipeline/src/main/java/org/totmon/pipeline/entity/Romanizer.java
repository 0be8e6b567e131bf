package org.totmon.pipeline.entity;

import java.util.HashMap;
import java.util.Map;
import org.totmon.model.Tsv;

/**
 * Romanization of Cyrillic by the tables of two standards, read once from {@code romanization-uk.tsv} (Ukraine's
 * national system of 2010, the form the field uses for Ukrainian names: Балицький → Balytskyi, Зозуля → Zozulia) and
 * {@code romanization-ru.tsv} (Russian by BGN/PCGN). Java keeps only how a table is applied: word starts, the letter
 * before, capitals.
 */
public final class Romanizer {
    private static final Table UKRAINIAN = Table.read("romanization-uk.tsv");
    private static final Table RUSSIAN = Table.read("romanization-ru.tsv");

    private Romanizer() {}

    /** Romanizes text word by word by the Ukrainian table, keeping capitals, and leaves non-Cyrillic characters as they are. */
    public static String romanize(String text) {
        return UKRAINIAN.apply(text, false);
    }

    /**
     * As {@link #romanize}, with a capital letter's whole romanization written as a name's first letter is
     * ("Щ" → "Shch" even in capitals): the form of the gazetteer's Latin names.
     */
    public static String romanizeTitle(String text) {
        return UKRAINIAN.apply(text, true);
    }

    /** Romanizes Russian text word by word by the BGN/PCGN table, keeping capitals; other characters stay as they are. */
    public static String romanizeRussian(String text) {
        return RUSSIAN.apply(text, false);
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

    /** One standard's letters: a letter's Latin, at a word's start, after a vowel, or after a given letter. */
    private record Table(Map<Character, String> letters, Map<Character, String> initial, Map<Character, String> afterVowel,
                         Map<Integer, String> afterLetter, String vowels, String silent) {

        static Table read(String file) {
            Map<Character, String> letters = new HashMap<>(), initial = new HashMap<>(), afterVowel = new HashMap<>();
            Map<Integer, String> afterLetter = new HashMap<>();
            String vowels = "", silent = "";
            for (Tsv.Row row : Tsv.resource(Romanizer.class, file)) {
                String[] f = row.fields();
                switch (row.field(0)) {
                    case "letter" -> {
                        if (f.length < 3 || f.length > 5 || row.field(1).length() != 1) throw row.error("expected letter<TAB>one letter<TAB>Latin[<TAB>at a word's start[<TAB>after a vowel]]");
                        char c = row.field(1).charAt(0);
                        letters.put(c, row.field(2));
                        if (f.length > 3 && !row.field(3).isEmpty()) initial.put(c, row.field(3));
                        if (f.length > 4) afterVowel.put(c, row.field(4));
                    }
                    case "after" -> {
                        if (f.length != 4 || row.field(1).length() != 1 || row.field(2).length() != 1) throw row.error("expected after<TAB>letter<TAB>letter<TAB>Latin");
                        afterLetter.put(pair(row.field(1).charAt(0), row.field(2).charAt(0)), row.field(3));
                    }
                    case "vowels" -> vowels = single(row);
                    case "silent" -> silent = single(row);
                    default -> throw row.error("unknown row kind '" + row.field(0) + "': letter, after, vowels or silent");
                }
            }
            return new Table(Map.copyOf(letters), Map.copyOf(initial), Map.copyOf(afterVowel), Map.copyOf(afterLetter), vowels, silent);
        }

        private static int pair(char first, char second) {
            return first << 16 | second;
        }

        private static String single(Tsv.Row row) {
            if (row.fields().length != 2 || row.field(1).isEmpty()) throw row.error("expected " + row.field(0) + "<TAB>letters");
            return row.field(1);
        }

        /**
         * A word starts after anything but a letter or a silent character. A capital keeps its capital; in a word
         * written in capitals the whole romanization is, unless {@code titleCase}.
         */
        String apply(String text, boolean titleCase) {
            StringBuilder out = new StringBuilder(text.length() + 8);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char lower = Character.toLowerCase(c);
                String r = letters.get(lower);
                if (r == null) {
                    if (silent.indexOf(c) < 0) out.append(c);
                    continue;
                }
                char before = i > 0 ? Character.toLowerCase(text.charAt(i - 1)) : ' ';
                boolean wordStart = !Character.isLetter(before) && silent.indexOf(before) < 0;
                String after = afterLetter.isEmpty() ? null : afterLetter.get(pair(before, lower));
                if (after != null) r = after;
                else if (wordStart && initial.containsKey(lower)) r = initial.get(lower);
                else if ((wordStart || vowels.indexOf(before) >= 0) && afterVowel.containsKey(lower)) r = afterVowel.get(lower);
                if (Character.isUpperCase(c) && !r.isEmpty()) {
                    boolean allCaps = !titleCase && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
                    r = allCaps ? r.toUpperCase() : Character.toUpperCase(r.charAt(0)) + r.substring(1);
                }
                out.append(r);
            }
            return out.toString();
        }
    }
}
