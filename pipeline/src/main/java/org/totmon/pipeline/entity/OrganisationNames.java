package org.totmon.pipeline.entity;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.totmon.model.Tsv;
import org.totmon.pipeline.text.Morphology;

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
        if (NameLexicon.RUSSIAN_LETTERS.matcher(f).matches()) return true;
        if (NameLexicon.UKRAINIAN_LETTERS.matcher(f).matches()) return false;
        return "ru".equals(language);
    }

    /**
     * The name in the nominative, or as written when it has no head word this class knows or the dictionary does not
     * read its words as a noun and adjectives that agree with it.
     */
    static String nominative(String name, boolean russian) {
        String[] words = name.split("\\s+");
        int head = -1;
        for (int k = 0; k < words.length && head < 0; k++) if (NameLexicon.CYRILLIC_HEAD_NOMINATIVES.containsKey(NameKeys.word(words[k]))) head = k;
        if (head < 0) return name;
        Morphology morphology = Morphology.of(russian ? "ru" : "uk");
        String noun = headNominative(NameLexicon.CYRILLIC_HEAD_NOMINATIVES.get(NameKeys.word(words[head])), words[head], russian);
        Gender gender = gender(morphology, noun, russian);
        if (gender == null) return name;
        String[] out = words.clone();
        for (int k = 0; k < head; k++) {
            String adjective = adjective(morphology, words[k], gender, russian);
            if (adjective == null) return name;
            out[k] = withCase(words[k], adjective);
        }
        out[head] = withCase(words[head], noun);
        return String.join(" ", out);
    }

    private enum Gender { MASCULINE, FEMININE, NEUTER, PLURAL }

    /** Of the nominatives that share a key, the one of the word itself, else the one of the report's language. */
    private static String headNominative(List<String> candidates, String surface, boolean russian) {
        String folded = NameKeys.fold(surface);
        for (String c : candidates) if (c.equals(folded)) return c;
        Pattern own = russian ? NameLexicon.RUSSIAN_LETTERS : NameLexicon.UKRAINIAN_SPELLING;
        Pattern foreign = russian ? NameLexicon.UKRAINIAN_SPELLING : NameLexicon.RUSSIAN_LETTERS;
        String best = null;
        for (String c : candidates) {
            if (foreign.matcher(c).matches()) continue;
            if (best == null || own.matcher(c).matches()) best = c;
        }
        return best != null ? best : candidates.get(0);
    }

    /** The gender, or plural, of a noun in the nominative as the dictionary tags it; null when it does not know it. */
    private static Gender gender(Morphology morphology, String noun, boolean russian) {
        for (Morphology.Analysis a : morphology.analyses(Morphology.fold(noun))) {
            List<String> tag = List.of(a.tag().split(":"));
            if (russian) {
                if (!tag.get(0).equals("NN") || !tag.contains("Nom")) continue;
                if (tag.contains("PL")) return Gender.PLURAL;
                if (tag.contains("Masc")) return Gender.MASCULINE;
                if (tag.contains("Fem")) return Gender.FEMININE;
                if (tag.contains("Neut")) return Gender.NEUTER;
            } else {
                if (!tag.get(0).equals("noun") || !tag.contains("v_naz")) continue;
                if (tag.contains("p")) return Gender.PLURAL;
                if (tag.contains("m")) return Gender.MASCULINE;
                if (tag.contains("f")) return Gender.FEMININE;
                if (tag.contains("n")) return Gender.NEUTER;
            }
        }
        return null;
    }

    /**
     * An inflected adjective in the nominative of the gender, lower case: by its lemma from the dictionary, then
     * Russian's synthesis dictionary or Ukrainian's agreement table; null when the dictionary does not read the word
     * as an adjective. A form written with е for ё keeps е.
     */
    private static String adjective(Morphology morphology, String written, Gender gender, boolean russian) {
        String folded = Morphology.fold(written);
        for (Morphology.Analysis a : morphology.analyses(folded)) {
            String[] tag = a.tag().split(":");
            String form = null;
            if (russian && tag[0].equals("ADJ") && tag.length >= 4) {
                String target = switch (gender) {
                    case MASCULINE -> "Masc";
                    case FEMININE -> "Fem";
                    case NEUTER -> "Neut";
                    case PLURAL -> "PL";
                };
                List<String> forms = morphology.synthesize(a.lemma(), tag[0] + ":" + tag[1] + ":" + target + ":Nom");
                if (!forms.isEmpty()) form = forms.get(0);
            } else if (!russian && tag[0].equals("adj")) {
                form = agreeing(morphology, a.lemma(), gender);
            }
            if (form != null) return Morphology.spelledAs(form, written);
        }
        return null;
    }

    /** The Ukrainian nominative of an adjective's lemma in the gender, when the dictionary knows it as that lemma's. */
    private static String agreeing(Morphology morphology, String lemma, Gender gender) {
        if (gender == Gender.MASCULINE) return lemma;
        for (String[] row : AGREEMENT) {
            if (!lemma.endsWith(row[0])) continue;
            String form = lemma.substring(0, lemma.length() - row[0].length()) + row[gender.ordinal()];
            String g = gender == Gender.FEMININE ? "f" : gender == Gender.NEUTER ? "n" : "p";
            for (Morphology.Analysis a : morphology.analyses(form)) {
                List<String> tag = List.of(a.tag().split(":"));
                if (a.lemma().equals(lemma) && tag.get(0).equals("adj") && tag.contains(g) && tag.contains("v_naz")) return form;
            }
        }
        return null;
    }

    /** The rows of {@code adjective-agreement.tsv}: the lemma's ending, then the feminine, neuter and plural endings. */
    private static final List<String[]> AGREEMENT = Tsv.resource(OrganisationNames.class, "adjective-agreement.tsv").stream().map(r -> {
        if (r.fields().length != 4) throw r.error("expected the lemma's ending and three endings, separated by tabs");
        return new String[] {r.field(0), r.field(1), r.field(2), r.field(3)};
    }).toList();

    /** The new form written with the capitals of the old one: "Державної" → "Державна". */
    private static String withCase(String original, String lower) {
        if (original.chars().filter(Character::isLetter).allMatch(Character::isUpperCase) && original.length() > 1) return lower.toUpperCase(Locale.ROOT);
        return Character.isUpperCase(original.charAt(0)) ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower;
    }
}
