package org.totmon.pipeline.entity;

import java.util.List;
import java.util.Locale;

/**
 * The Latin name of a Ukrainian or Russian organisation's name that the registry lacks: its nominative, romanized
 * (Ukrainian by the national system, Russian by BGN/PCGN). A report may give the name only in other cases
 * ("Державної екологічної інспекції", "Вооруженных сил РФ"): the head noun and the adjectives before it are put in
 * the nominative ("Державна екологічна інспекція", "Вооруженные силы РФ"); the words after the head are in the
 * genitive in every case and stay as they are.
 */
final class OrganisationNames {
    private OrganisationNames() {}

    /**
     * The English of the mentions' longest form where every word translates (see {@link OrganisationTranslation}), else
     * its romanized nominative; {@code language} decides the script's reading when the letters do not.
     */
    static String latin(List<String> mentions, String language) {
        String longest = mentions.get(0);
        for (String m : mentions) if (m.split("\\s+").length > longest.split("\\s+").length) longest = m;
        java.util.Optional<String> english = OrganisationTranslation.english(longest);
        if (english.isPresent()) return english.get();
        boolean russian = russian(longest, language);
        String nominative = nominative(longest, russian);
        return russian ? Romanizer.romanizeRussian(nominative) : Romanizer.romanize(nominative);
    }

    private static boolean russian(String text, String language) {
        String f = text.toLowerCase(Locale.ROOT);
        if (f.matches(".*[ыэъё].*")) return true;
        if (f.matches(".*[іїєґ].*")) return false;
        return "ru".equals(language);
    }

    /** The name in the nominative, or as written when it has no head word this class knows. */
    static String nominative(String name, boolean russian) {
        String[] words = name.split("\\s+");
        int head = -1;
        for (int k = 0; k < words.length && head < 0; k++) if (NameLexicon.CYRILLIC_HEAD_NOMINATIVES.containsKey(NameKeys.word(words[k]))) head = k;
        if (head < 0) return name;
        for (int k = 0; k < head; k++) if (!NameLexicon.CYRILLIC_ADJECTIVE.matcher(NameKeys.fold(words[k])).matches()) return name;
        String noun = headNominative(NameLexicon.CYRILLIC_HEAD_NOMINATIVES.get(NameKeys.word(words[head])), words[head], russian);
        Gender gender = gender(noun);
        for (int k = 0; k < head; k++) words[k] = withCase(words[k], adjective(NameKeys.fold(words[k]), gender, russian));
        words[head] = withCase(words[head], noun);
        return String.join(" ", words);
    }

    private enum Gender { MASCULINE, FEMININE, NEUTER, PLURAL }

    /** Of the nominatives that share a key, the one of the word itself, else the one of the report's language. */
    private static String headNominative(List<String> candidates, String surface, boolean russian) {
        String folded = NameKeys.fold(surface);
        for (String c : candidates) if (c.equals(folded)) return c;
        String own = russian ? ".*[ыэъё].*" : ".*[іїєґ'].*", foreign = russian ? ".*[іїєґ'].*" : ".*[ыэъё].*";
        String best = null;
        for (String c : candidates) {
            if (c.matches(foreign)) continue;
            if (best == null || c.matches(own)) best = c;
        }
        return best != null ? best : candidates.get(0);
    }

    private static Gender gender(String noun) {
        if (noun.endsWith("ння") || noun.endsWith("ття") || noun.matches(".*(?:ие|ье|о|е)")) return Gender.NEUTER;
        if (noun.matches(".*[иыі]")) return Gender.PLURAL;
        if (noun.matches(".*[аяь]")) return Gender.FEMININE;
        return Gender.MASCULINE;
    }

    /** Adjective endings of every case, longest first; what is left is the stem. */
    private static final String[] ADJECTIVE_ENDINGS = {
        "ього", "ьому", "ьої", "ьою", "ими", "ыми", "ого", "его", "ому", "ему", "ий", "ій", "ый", "ой", "ая", "яя", "ое", "ее", "ые",
        "ие", "их", "ых", "им", "ым", "ім", "ую", "юю", "ої", "ою", "ею", "ей", "ом", "ем", "а", "я", "у", "ю", "е", "є", "і"};

    private static String adjective(String folded, Gender gender, boolean russian) {
        String stem = folded, ending = "";
        for (String e : ADJECTIVE_ENDINGS) {
            if (folded.endsWith(e) && folded.length() - e.length() >= 3) {
                stem = folded.substring(0, folded.length() - e.length());
                ending = e;
                break;
            }
        }
        boolean soft = ending.startsWith("ь") || ending.matches("яя|юю|ее|его|ему|ие|ій|ю|я|є") && !stem.matches(".*[кгхжшчщц]");
        if (stem.endsWith("ь")) stem = stem.substring(0, stem.length() - 1);
        boolean velar = stem.matches(".*[кгхжшчщ]");
        if (russian) {
            return stem + switch (gender) {
                case MASCULINE -> soft || velar ? "ий" : "ый";
                case FEMININE -> soft ? "яя" : "ая";
                case NEUTER -> soft || stem.matches(".*[жшчщц]") ? "ее" : "ое";
                case PLURAL -> soft || velar ? "ие" : "ые";
            };
        }
        return stem + switch (gender) {
            case MASCULINE -> soft ? "ій" : "ий";
            case FEMININE -> soft ? "я" : "а";
            case NEUTER -> soft ? "є" : "е";
            case PLURAL -> "і";
        };
    }

    /** The new form written with the capitals of the old one: "Державної" → "Державна". */
    private static String withCase(String original, String lower) {
        if (original.chars().filter(Character::isLetter).allMatch(Character::isUpperCase) && original.length() > 1) return lower.toUpperCase(Locale.ROOT);
        return Character.isUpperCase(original.charAt(0)) ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower;
    }
}
