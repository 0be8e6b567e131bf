package org.totmon.pipeline.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ukrainian and Russian case endings of place names, by declension class. A name word is cut into a stem
 * and a class once, when the gazetteer loads; a text word matches it when it is that stem plus an ending of
 * that class ("Мелітополя", "Запорізької", "Россией", "Новій Каховці"). Classes keep adjective-looking
 * endings off nouns, so "української" never reads as the town Українськ.
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

    private static final List<Set<String>> ENDINGS = List.of(
            Set.of("", "ь", "й", "а", "я", "у", "ю", "і", "ї", "и", "е", "ом", "ем", "єм", "ові", "еві", "ём", "ей", "ах", "ях", "ам", "ям", "ами", "ями", "ів"),
            Set.of("а", "я", "и", "і", "ї", "у", "ю", "ою", "ею", "єю", "ой", "ей", "е", "ы"),
            Set.of("а", "я", "ої", "ій", "у", "ю", "ою", "ая", "яя", "ой", "ую", "юю", "ей"),
            Set.of("ий", "ій", "ый", "ой", "ого", "ому", "им", "ім", "ом", "ым", "его", "ему"),
            Set.of("е", "є", "ое", "ее", "ого", "его", "ому", "ему", "им", "ім", "ом", "ем", "ым"),
            Set.of("и", "ы", "і", "ї", "ах", "ях", "ам", "ям", "ами", "ями", "ів", "ов", "ей", ""),
            Set.of("о"),
            Set.of(""),
            Set.of("а", "у", "і", "е", "ом", "им", "ім", "ого", "ому", "ої", "ій", "ою"),
            Set.of("о", "а", "у", "і", "ом"));
    /** After a vowel change (Київ → Києва, Харків → Харкова) the word always has an ending. */
    private static final Set<String> ALTERNATE_CONS = Set.of("а", "у", "і", "ом", "ові", "е");
    /** After к/г/х → ц/з/с (Каховка → Каховці) the ending is і. */
    private static final Set<String> ALTERNATE_A = Set.of("і");
    /** A plural's genitive with a fleeting vowel (Олешки → Олешок, Олешек) has no ending. */
    private static final Set<String> ALTERNATE_PLURAL = Set.of("");

    /** Ethnonym adjectives, which share a stem with a few towns (Українськ) but are never those towns. */
    private static final Set<String> DENIED_STEMS = Set.of(
            "українськ", "украинск", "російськ", "российск", "русск", "руськ", "білоруськ", "белорусск",
            "америк", "европейск", "європейськ");

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
            case ADJ_F -> key.endsWith("ая") || key.endsWith("яя") ? cut(key, 2) : cut(key, 1);
            case ADJ_N -> key.endsWith("ое") || key.endsWith("ее") ? cut(key, 2) : cut(key, 1);
            case NOUN_A -> cut(key, 1);
            default -> key.endsWith("ь") || key.endsWith("й") ? cut(key, 1) : key;
        };
        boolean inner = multiword && !last; // the rest of the name must match too, so a shorter stem is safe
        if (stem.length() < (inner ? MIN_INNER_STEM : multiword ? MIN_LAST_STEM : major ? MIN_MAJOR_STEM : MIN_STEM)) {
            if (inner) out.add(new Stem(key, FIXED));
            return out;
        }
        if (inner && key.endsWith("ів") && key.length() >= 5) {
            out.add(new Stem(key, FIXED));
            out.add(new Stem(cut(key, 2) + "ов", POSSESSIVE));
            return out;
        }
        if (!multiword && DENIED_STEMS.contains(stem)) return out;
        out.add(new Stem(stem, cls));
        // A noun may open a hyphenated or two-word name as well as an adjective: Кам'янка(-Дніпровська) → Кам'янки.
        if (cls == ADJ_F && inner && key.endsWith("а") && !endsWithAny(key, "ська", "цька", "зька")) out.add(new Stem(stem, NOUN_A));
        if (cls == CONS) {
            int v = lastVowel(stem);
            if (v > 0 && (stem.charAt(v) == 'і' || stem.charAt(v) == 'ї') && v < stem.length() - 1) {
                String head = stem.substring(0, v), tail = stem.substring(v + 1);
                if (stem.charAt(v) == 'ї') {
                    out.add(new Stem(head + "є" + tail, CONS | ALTERNATE));
                } else {
                    out.add(new Stem(head + "о" + tail, CONS | ALTERNATE));
                    out.add(new Stem(head + "е" + tail, CONS | ALTERNATE));
                }
            }
        } else if (cls == NOUN_A) {
            char c = stem.charAt(stem.length() - 1);
            char shifted = c == 'к' ? 'ц' : c == 'г' ? 'з' : c == 'х' ? 'с' : 0;
            if (shifted != 0) out.add(new Stem(cut(stem, 1) + shifted, NOUN_A | ALTERNATE));
        } else if (cls == PLURAL && stem.endsWith("к") && lastVowel(stem) < stem.length() - 2) {
            out.add(new Stem(cut(stem, 1) + "ок", PLURAL | ALTERNATE));
            out.add(new Stem(cut(stem, 1) + "ек", PLURAL | ALTERNATE));
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
        if (endsWithAny(key, "ий", "ій", "ый") || (key.endsWith("ой") && !last)) return ADJ_M;
        if (endsWithAny(key, "ая", "яя", "ська", "цька", "зька") || (multiword && !last && key.endsWith("а"))) return ADJ_F;
        if (endsWithAny(key, "ое", "ее", "е", "є")) return ADJ_N;
        if (endsWithAny(key, "а", "я")) return NOUN_A;
        if (endsWithAny(key, "и", "ы", "і")) return PLURAL;
        if (key.endsWith("о")) return endsWithAny(key, "ово", "ево", "ёво", "ино", "ыно") ? NEUTER_O : NEUTER_O_DECLINED;
        return CONS;
    }

    private static boolean endsWithAny(String s, String... suffixes) {
        for (String x : suffixes) if (s.endsWith(x)) return true;
        return false;
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }

    private static int lastVowel(String s) {
        for (int i = s.length() - 1; i >= 0; i--) if ("аеєиіїоуюяыэ".indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
