package org.totmon.pipeline.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.totmon.pipeline.WordClasses;

/**
 * Ukrainian and Russian case endings of place names, by declension class, from {@code declension.tsv}. A name word is
 * cut into a stem and a class once, when the gazetteer loads; a text word matches it when it is that stem plus an
 * ending of that class ("Мелітополя", "Запорізької", "Россией", "Новій Каховці"). Classes keep adjective-looking
 * endings off nouns, so "української" never reads as the town Українськ. The gazetteer's villages are in no
 * dictionary, so their forms come from the classes, not from lookups.
 */
final class Inflection {
    private Inflection() {}

    static final int CONS = 0;      // Херсон, Мелітополь, Купʼянськ, Крым
    static final int NOUN_A = 1;    // Україна, Росія, Каховка, Херсонщина
    static final int ADJ_F = 2;     // Нова (Каховка), Запорізька (область), Новая
    static final int ADJ_M = 3;     // Старий (Оскол), Кривой (Рог)
    static final int ADJ_N = 4;     // Роботине, Запорізьке, Приморское
    static final int PLURAL = 5;    // Олешки, Суми, Чернівці
    static final int NEUTER_O = 6;  // Шебекино, Мукачево: -ово/-ино names, left undeclined (-ова, -ина are surnames)
    static final int FIXED = 7;     // a short word inside a name, never inflected: Нью(-Йорк)
    static final int POSSESSIVE = 8; // Часів (Яр) → Часового (Яру): the stem "часов" with adjective endings
    static final int NEUTER_O_DECLINED = 9; // Дніпро → Дніпра, Дніпру, Дніпром, Дніпрі
    /** Marks a stem with a vowel change or consonant shift; it takes only the endings that cause it. */
    static final int ALTERNATE = 16;

    private static final WordClasses WORDS = WordClasses.resource(Inflection.class, "declension.tsv");
    /** The case endings of each class, in the order of the class numbers above. */
    private static final List<Set<String>> ENDINGS = List.of(endings("cons"), endings("noun_a"), endings("adj_f"), endings("adj_m"),
            endings("adj_n"), endings("plural"), endings("neuter_o"), endings("fixed"), endings("possessive"), endings("neuter_o_declined"));
    private static final Set<String> ALTERNATE_CONS = endings("cons_alternate");
    private static final Set<String> ALTERNATE_A = endings("noun_a_alternate");
    private static final Set<String> ALTERNATE_PLURAL = endings("plural_alternate");
    private static final Map<Character, List<Character>> VOWEL_CHANGES = shifts("vowel_change");
    private static final Map<Character, List<Character>> CONSONANT_SHIFTS = shifts("consonant_shift");
    private static final List<String> FLEETING_VOWELS = WORDS.list("fleeting_vowel");
    private static final String FLEETING_BEFORE = WORDS.list("fleeting_vowel_before").get(0);
    private static final List<String> ADJ_M_NOMINATIVE = WORDS.list("adj_m_nominative"), ADJ_M_INNER = WORDS.list("adj_m_inner_nominative"),
            ADJ_F_NOMINATIVE = WORDS.list("adj_f_nominative"), ADJ_F_INNER = WORDS.list("adj_f_inner_nominative"),
            ADJ_F_CUT_WHOLE = WORDS.list("adj_f_cut_whole"), ADJ_N_NOMINATIVE = WORDS.list("adj_n_nominative"),
            ADJ_N_CUT_WHOLE = WORDS.list("adj_n_cut_whole"), NOUN_A_NOMINATIVE = WORDS.list("noun_a_nominative"),
            PLURAL_NOMINATIVE = WORDS.list("plural_nominative"), O_NOMINATIVE = WORDS.list("o_nominative"),
            NEUTER_O_NOMINATIVE = WORDS.list("neuter_o_nominative"), SOFT_STEM_ENDINGS = WORDS.list("soft_stem_ending"),
            ADJECTIVE_ENDINGS_OF_NOUNS = WORDS.list("adjective_ending_of_noun");
    /** The possessive's nominative ending and the stem ending its adjective endings follow (Часів → часов-ого). */
    private static final String[] POSSESSIVE_ENDING = pair(WORDS.list("possessive_ending").get(0));
    private static final String VOWELS = String.join("", WORDS.list("vowels"));
    /** Ethnonym adjectives, which share a stem with a few towns (Українськ) but are never those towns. */
    private static final Set<String> DENIED_STEMS = WORDS.set("denied_stem");

    static final int MIN_STEM = 4;
    /** A large Ukrainian town's short name inflects from a three-letter stem (Ялта → Ялті, Буча → Бучі, Суми → Сум). */
    static final int MIN_MAJOR_STEM = 3;
    static final long MAJOR_POPULATION = 30_000;
    static final int MIN_INNER_STEM = 3;
    /** The last word of a multiword name may be short ("Яр" in "Часів Яр"): the words before it constrain the match. */
    static final int MIN_LAST_STEM = 2;
    static final int MAX_ENDING = 3;

    /** A name word's stem with its class (ALTERNATE added for a changed stem). */
    record Stem(String stem, int cls) {}

    /** The stems of one name word ({@code key} form); {@code last} says whether it ends a multiword name. */
    static List<Stem> stems(String key, boolean last, boolean multiword) {
        return stems(key, last, multiword, false);
    }

    /** As {@link #stems(String, boolean, boolean)}; {@code major} allows the shorter stem of a large town. */
    static List<Stem> stems(String key, boolean last, boolean multiword, boolean major) {
        List<Stem> out = new ArrayList<>();
        int cls = classOf(key, last, multiword);
        String stem = switch (cls) {
            case ADJ_M, PLURAL, NEUTER_O, NEUTER_O_DECLINED -> key.substring(0, key.length() - (cls == ADJ_M ? 2 : 1));
            case ADJ_F -> cut(key, Math.max(1, endingIn(key, ADJ_F_CUT_WHOLE)));
            case ADJ_N -> cut(key, Math.max(1, endingIn(key, ADJ_N_CUT_WHOLE)));
            case NOUN_A -> cut(key, 1);
            default -> cut(key, endingIn(key, SOFT_STEM_ENDINGS));
        };
        boolean inner = multiword && !last; // the rest of the name must match too, so a shorter stem is safe
        if (stem.length() < (inner ? MIN_INNER_STEM : multiword ? MIN_LAST_STEM : major ? MIN_MAJOR_STEM : MIN_STEM)) {
            if (inner) out.add(new Stem(key, FIXED));
            return out;
        }
        if (inner && key.endsWith(POSSESSIVE_ENDING[0]) && key.length() >= 5) {
            out.add(new Stem(key, FIXED));
            out.add(new Stem(cut(key, POSSESSIVE_ENDING[0].length()) + POSSESSIVE_ENDING[1], POSSESSIVE));
            return out;
        }
        if (!multiword && DENIED_STEMS.contains(stem)) return out;
        out.add(new Stem(stem, cls));
        // A noun may open a hyphenated or two-word name as well as an adjective: Кам'янка(-Дніпровська) → Кам'янки.
        if (cls == ADJ_F && inner && endingIn(key, ADJ_F_INNER) > 0 && endingIn(key, ADJECTIVE_ENDINGS_OF_NOUNS) == 0) out.add(new Stem(stem, NOUN_A));
        if (cls == CONS) {
            int v = lastVowel(stem);
            if (v > 0 && v < stem.length() - 1) {
                String head = stem.substring(0, v), tail = stem.substring(v + 1);
                for (char changed : VOWEL_CHANGES.getOrDefault(stem.charAt(v), List.of())) out.add(new Stem(head + changed + tail, CONS | ALTERNATE));
            }
        } else if (cls == NOUN_A) {
            char c = stem.charAt(stem.length() - 1);
            for (char shifted : CONSONANT_SHIFTS.getOrDefault(c, List.of())) out.add(new Stem(cut(stem, 1) + shifted, NOUN_A | ALTERNATE));
        } else if (cls == PLURAL && stem.endsWith(FLEETING_BEFORE) && lastVowel(stem) < stem.length() - 2) {
            for (String v : FLEETING_VOWELS) out.add(new Stem(cut(stem, FLEETING_BEFORE.length()) + v + FLEETING_BEFORE, PLURAL | ALTERNATE));
        }
        return out;
    }

    static boolean allows(int cls, String ending) {
        if ((cls & ALTERNATE) != 0) {
            return (switch (cls & ~ALTERNATE) {
                case CONS -> ALTERNATE_CONS;
                case PLURAL -> ALTERNATE_PLURAL;
                default -> ALTERNATE_A;
            }).contains(ending);
        }
        return ENDINGS.get(cls).contains(ending);
    }

    private static int classOf(String key, boolean last, boolean multiword) {
        if (key.length() < 4) return CONS;
        if (endingIn(key, ADJ_M_NOMINATIVE) > 0 || (endingIn(key, ADJ_M_INNER) > 0 && !last)) return ADJ_M;
        if (endingIn(key, ADJ_F_NOMINATIVE) > 0 || (multiword && !last && endingIn(key, ADJ_F_INNER) > 0)) return ADJ_F;
        if (endingIn(key, ADJ_N_NOMINATIVE) > 0) return ADJ_N;
        if (endingIn(key, NOUN_A_NOMINATIVE) > 0) return NOUN_A;
        if (endingIn(key, PLURAL_NOMINATIVE) > 0) return PLURAL;
        if (endingIn(key, O_NOMINATIVE) > 0) return endingIn(key, NEUTER_O_NOMINATIVE) > 0 ? NEUTER_O : NEUTER_O_DECLINED;
        return CONS;
    }

    /** The length of the first of the endings the word ends in, 0 for none. */
    private static int endingIn(String word, List<String> endings) {
        for (String e : endings) if (word.endsWith(e)) return e.length();
        return 0;
    }

    /** A class of endings; "-" is the empty one. */
    private static Set<String> endings(String wordClass) {
        return WORDS.list(wordClass).stream().map(e -> e.equals("-") ? "" : e).collect(Collectors.toUnmodifiableSet());
    }

    /** A class of letter changes written "from>to": the letters each letter may become. */
    private static Map<Character, List<Character>> shifts(String wordClass) {
        return WORDS.list(wordClass).stream().map(Inflection::pair)
                .collect(Collectors.groupingBy(p -> p[0].charAt(0), Collectors.mapping(p -> p[1].charAt(0), Collectors.toUnmodifiableList())));
    }

    private static String[] pair(String change) {
        String[] p = change.split(">");
        if (p.length != 2 || p[0].isEmpty() || p[1].isEmpty()) throw new IllegalStateException("declension.tsv: '" + change + "' is not from>to");
        return p;
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }

    private static int lastVowel(String s) {
        for (int i = s.length() - 1; i >= 0; i--) if (VOWELS.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
