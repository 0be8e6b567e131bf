package org.totmon.pipeline.entity;

import java.util.List;
import java.util.Map;
import org.totmon.model.Token;
import org.totmon.pipeline.text.English;

/** The words around a capitalised stretch that tell a person's name from an organisation's. */
final class NameCues {
    private NameCues() {}

    /**
     * An apposition that says the name before it is an organisation: "Ukrenergo, the national grid operator,",
     * "Zmina, a Kyiv-based rights group". A title or a noun for a person ends the search ("X, the head of the
     * group" is a person).
     */
    static boolean organisationApposition(List<Token> tokens, String[] keys, int end) {
        if (end + 2 >= keys.length || !",".equals(tokens.get(end).text()) || !English.isArticle(keys[end + 1])) return false;
        for (int k = end + 2; k < Math.min(keys.length, end + 7); k++) {
            if (!Character.isLetter(tokens.get(k).text().charAt(0)) || NameLexicon.PERSON_NOUNS.contains(keys[k])
                    || NameLexicon.TITLES.contains(keys[k]) || NameLexicon.AFTER_APPOSITION.contains(keys[k])) return false;
            if (NameLexicon.ORGANISATION_NOUNS.contains(keys[k])) {
                return k + 1 >= keys.length || !Character.isLetter(tokens.get(k + 1).text().charAt(0)) || NameLexicon.AFTER_APPOSITION.contains(keys[k + 1]);
            }
        }
        return false;
    }

    /** A name and a surname by its ending: Latin script by the ending alone, Cyrillic also by agreement of the two words. */
    static boolean surnamePair(List<Token> tokens, int start, int end) {
        String last = tokens.get(end - 1).text();
        if (!NameKeys.isCyrillic(last.charAt(0))) return NameLexicon.surnameLike(last);
        return end - start == 2 && NameLexicon.cyrillicPersonPair(tokens.get(start).text(), last);
    }

    /**
     * Words around a capitalised pair that make it a person's name even without a known given name or surname
     * ending: a speech verb ("Anatolii Moroz said", "said Lenur Osmanov") or an apposition that names a person's
     * role ("Anatolii Moroz, the head of the community").
     */
    static boolean personCue(List<Token> tokens, String[] keys, int start, int end) {
        // Organisations speak too ("Salomon Brothers said"): a speech verb counts when the report also uses the
        // last word alone, as it does a surname ("Moroz said").
        boolean speech = start > 0 && NameLexicon.SPEECH_VERBS.contains(keys[start - 1])
                || end < keys.length && NameLexicon.SPEECH_VERBS.contains(keys[end]);
        if (speech && standsAlone(tokens, tokens.get(end - 1).text(), start, end)) return true;
        if (end >= keys.length) return false;
        if (!",".equals(tokens.get(end).text()) || end + 2 >= keys.length || !English.isArticle(keys[end + 1])) return false;
        for (int k = end + 2; k < Math.min(keys.length, end + 6) && Character.isLetter(tokens.get(k).text().charAt(0)); k++) {
            if (NameLexicon.PERSON_NOUNS.contains(keys[k]) || NameLexicon.TITLES.contains(keys[k])) return true;
        }
        return false;
    }

    /** Whether the word occurs outside [start, end) without a capitalised word beside it. */
    private static boolean standsAlone(List<Token> tokens, String word, int start, int end) {
        for (int k = 0; k < tokens.size(); k++) {
            if (k >= start && k < end || !tokens.get(k).text().equals(word)) continue;
            boolean before = k > 0 && NameTokens.capitalised(tokens.get(k - 1)) && !NameLexicon.TITLES.contains(NameKeys.word(tokens.get(k - 1).text()));
            boolean after = k + 1 < tokens.size() && NameTokens.capitalised(tokens.get(k + 1));
            if (!before && !after) return true;
        }
        return false;
    }

    static boolean noneNumber(String[] keys, int from, int to) {
        for (int k = from; k < to; k++) if (NameLexicon.NUMBER_WORDS.contains(keys[k])) return false;
        return true;
    }

    static boolean noPlaceIn(Map<Integer, Integer> placeSpans, int from, int to) {
        for (int k = from; k < to; k++) if (placeSpans.containsKey(k)) return false;
        return true;
    }

    static boolean noneNotName(String[] keys, int from, int to) {
        for (int k = from; k < to; k++) if (NameLexicon.notName(keys[k])) return false;
        return true;
    }
}
