package org.totmon.pipeline.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.totmon.model.EntityType;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.rules.TokenPattern;
import org.totmon.pipeline.text.English;

/**
 * Organisations that capitalisation alone does not show: a name after a word for its kind ("the party «…»",
 * "телеканал Прямий"), Ukrainian and Russian names that capitalise their first word only ("Служба безпеки України"),
 * and numbered military units in lower case ("219-ї окремої механізованої бригади").
 */
final class OrganisationFinder {
    private final GivenNames givenNames;
    private final ActorNames actorNames;

    OrganisationFinder(GivenNames givenNames, ActorNames actorNames) {
        this.givenNames = givenNames;
        this.actorNames = actorNames;
    }

    /**
     * A name after a word for a kind of organisation: the party «Опозиційний блок», движение "Мы вместе с Россией",
     * телеканал Прямий, the newspaper "Izvestia". Quoted names may run to several words; unquoted ones are one word.
     * A quoted name after a word for its people counts too: "активісти «Молодої гвардії»".
     */
    void findNamed(Document doc, List<Token> tokens, String[] keys, boolean[] usable, boolean[] taken,
                                        Map<Integer, Integer> placeSpans, List<Found> found) {
        for (int i = 0; i < tokens.size(); i++) {
            boolean member = NameLexicon.isMemberNoun(keys[i]) && i + 1 < tokens.size() && NameLexicon.QUOTES.contains(tokens.get(i + 1).text());
            if (!usable[i] || taken[i] || !NameLexicon.isOrganisationKind(keys[i]) && !member) continue;
            int q = afterNamingVerb(keys, i + 1);
            while (q < tokens.size() && q <= i + 3 && !NameLexicon.QUOTES.contains(tokens.get(q).text())
                    && !NameLexicon.SENTENCE_PUNCTUATION.contains(tokens.get(q).text())) q++;
            int from, to;
            if (q < tokens.size() && q <= i + 3 && NameLexicon.QUOTES.contains(tokens.get(q).text())) {
                from = q + 1;
                to = from;
                while (to < tokens.size() && to - from < 7 && !NameLexicon.QUOTES.contains(tokens.get(to).text())) to++;
                if (to >= tokens.size() || to == from || to - from >= 7) continue;
            } else if (member) {
                continue;
            } else {
                from = afterNamingVerb(keys, i + 1);
                // The name follows on the kind word's line: "… a Russian news outlet" ending one line does not name "Details:" opening the next.
                if (from >= tokens.size() || givenNames.contains(tokens.get(from).text())
                        || !NameTokens.adjacent(doc, tokens.get(from - 1), tokens.get(from))) continue;
                to = unquotedNameEnd(doc, tokens, keys, from);
                // A place alone after the kind word is no name ("the group Kherson" is rare); a place that starts a
                // longer name is part of it ("the news site Kherson Today").
                Integer placeEnd = placeSpans.get(from);
                if (placeEnd != null && to <= placeEnd) continue;
            }
            if (!NameTokens.capitalised(tokens.get(from)) || !usable[from]) continue;
            boolean free = true;
            for (int k = from; k < to; k++) free &= !taken[k] && usable[k];
            if (!free) continue;
            Actor actor = actorNames.actor(keys, from, to);
            found.add(new Found(from, to, EntityType.ORGANIZATION, actor));
            for (int k = from; k < to; k++) taken[k] = true;
        }
    }

    /** Past "called", "named", "calling itself", "known as" after a kind word: "a group calling itself Free Berdiansk". */
    /** The longest naming phrase, in words. */
    private static final int NAMING_PHRASE_WORDS = 4;

    private static int afterNamingVerb(String[] keys, int i) {
        if (i < keys.length && NameLexicon.NAMING_VERBS.contains(keys[i])) return i + 1;
        List<String> words = Arrays.asList(keys).subList(Math.min(i, keys.length), Math.min(i + NAMING_PHRASE_WORDS, keys.length));
        for (TokenPattern p : NameLexicon.NAMING_PHRASES) {
            int end = p.matchAt(words, 0);
            if (end > 0) return i + end;
        }
        return i;
    }

    /** The end of an unquoted name: capitalised words, with "of" or "of the" between them (English: "Vector of the South"). */
    private int unquotedNameEnd(Document doc, List<Token> tokens, String[] keys, int from) {
        int to = from + 1;
        while (to < tokens.size() && to - from < 5 && NameTokens.adjacent(doc, tokens.get(to - 1), tokens.get(to))) {
            int next = to;
            while (next < tokens.size() && next - to < 2 && (English.isOf(keys[next]) || English.isDefiniteArticle(keys[next]) && next > to)) next++;
            if (next >= tokens.size() || !NameTokens.capitalised(tokens.get(next)) || givenNames.contains(tokens.get(next).text())
                    || next > to && !NameTokens.adjacent(doc, tokens.get(next - 1), tokens.get(next))) break;
            to = next + 1;
        }
        return to;
    }

    /**
     * Ukrainian and Russian organisation names capitalise their first word only: "Служба безпеки України",
     * "Министерство обороны РФ", "Верховна Рада", "Генеральна прокуратура". A capitalised head word (or a
     * capitalised adjective before a head word) takes the lower-case words after it that are not verbs or small
     * words, and the capitalised name (country, city, acronym) that closes it.
     */
    void findCyrillic(Document doc, List<Token> tokens, String[] keys, boolean[] usable, boolean[] taken,
                                           Map<Integer, Integer> placeSpans, List<Found> found) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!usable[i] || taken[i] || !NameTokens.capitalised(t) || !NameKeys.isCyrillic(t.text().charAt(0))) continue;
            int head = cyrillicHead(doc, tokens, keys, i);
            if (head < 0 || placeSpans.containsKey(i) || placeSpans.containsKey(head)) continue; // "Російської Федерації" is a country
            int j = head + 1;
            while (j < tokens.size() && j - head <= 4 && usable[j] && !taken[j] && NameTokens.adjacent(doc, tokens.get(j - 1), tokens.get(j))) {
                String w = tokens.get(j).text();
                int inside = wordsInsideName(doc, tokens, usable, taken, head, j);
                if (inside > 0) {
                    j += inside;
                    continue;
                }
                if (!Character.isLetter(w.charAt(0)) || NameLexicon.CYRILLIC_STOPS.contains(NameKeys.fold(w))) break;
                if (NameTokens.capitalised(tokens.get(j))) {
                    while (j < tokens.size() && usable[j] && !taken[j] && NameTokens.capitalised(tokens.get(j)) && !givenNames.contains(tokens.get(j).text())
                            && NameTokens.adjacent(doc, tokens.get(j - 1), tokens.get(j))) j++;
                    // "Законодательного собрания Ростовской области": the kind of territory closes the name.
                    if (j < tokens.size() && usable[j] && !taken[j] && NameLexicon.CYRILLIC_TERRITORIES.contains(keys[j])
                            && NameTokens.adjacent(doc, tokens.get(j - 1), tokens.get(j))) j++;
                    break;
                }
                if (NameLexicon.verbLike(NameKeys.fold(w)) || NameLexicon.adverbOrParticiple(NameKeys.fold(w))) break;
                j++;
            }
            // A head word alone ("Рада") is too often a common noun; so is an adjective and a lower-case head
            // ("Харківської адміністрації") without a name after it, but not two adjectives ("Південної правозахисної мережі").
            if (j - i < 2 || head == i + 1 && !NameTokens.capitalised(tokens.get(head)) && j - head < 2) continue;
            Actor actor = actorNames.actor(keys, i, j);
            found.add(new Found(i, j, EntityType.ORGANIZATION, actor));
            for (int k = i; k < j; k++) taken[k] = true;
            i = j - 1;
        }
    }

    /**
     * A small word that stays inside a Cyrillic organisation's name, with the word after it: a preposition of the
     * kind official names use ("агентство з питань запобігання корупції", "служба з надзвичайних ситуацій",
     * "комитет по чрезвычайным ситуациям"), or "і"/"та"/"и" between two lower-case words of the same case
     * ("освіти і науки", "безпеки и обороны"), not "оборони та армія". Returns how many tokens it takes, 0 for none.
     */
    private static int wordsInsideName(Document doc, List<Token> tokens, boolean[] usable, boolean[] taken, int head, int j) {
        if (j + 1 >= tokens.size() || !usable[j + 1] || taken[j + 1] || !NameTokens.adjacent(doc, tokens.get(j), tokens.get(j + 1))) return 0;
        String small = NameKeys.fold(tokens.get(j).text()), next = NameKeys.fold(tokens.get(j + 1).text());
        if (NameTokens.capitalised(tokens.get(j + 1)) || !Character.isLetter(next.charAt(0)) || NameLexicon.verbLike(next)) return 0;
        if (NameLexicon.CYRILLIC_NAME_PREPOSITIONS.contains(small)) {
            boolean namePhrase = NameLexicon.CYRILLIC_NAME_COMPLEMENTS.contains(next)
                    || NameLexicon.OBLIQUE_GENITIVE_PLURAL.matcher(next).matches() && NameLexicon.CYRILLIC_GENITIVE_PLURAL_PREPOSITIONS.contains(small)
                    || NameLexicon.OBLIQUE_DATIVE_PLURAL.matcher(next).matches() && NameLexicon.CYRILLIC_DATIVE_PLURAL_PREPOSITIONS.contains(small);
            return namePhrase ? 2 : 0;
        }
        if (!NameLexicon.CYRILLIC_AND.contains(small) || j - 1 <= head) return 0;
        String before = NameKeys.fold(tokens.get(j - 1).text());
        boolean sameCase = before.length() > 3 && next.length() > 3 && before.charAt(before.length() - 1) == next.charAt(next.length() - 1)
                && !NameTokens.capitalised(tokens.get(j - 1));
        return sameCase ? 2 : 0;
    }

    /**
     * The head word of a Cyrillic organisation's name that starts at the capitalised word i: that word itself
     * ("Служба безпеки України"), or the noun after it and at most two more lower-case adjectives
     * ("Південної правозахисної мережі"); -1 when there is none.
     */
    private static int cyrillicHead(Document doc, List<Token> tokens, String[] keys, int i) {
        if (NameLexicon.CYRILLIC_ORG_HEADS.contains(keys[i])) return i;
        // An office before a body is a person's, not part of the body's name: "Голова виборчої комісії".
        if (NameLexicon.isCyrillicNotName(keys[i])) return -1;
        if (!NameLexicon.CYRILLIC_ADJECTIVE.matcher(NameKeys.fold(tokens.get(i).text())).matches()) return -1;
        for (int k = i + 1; k < tokens.size() && k <= i + 3 && NameTokens.adjacent(doc, tokens.get(k - 1), tokens.get(k)); k++) {
            if (NameLexicon.CYRILLIC_ORG_HEADS.contains(keys[k])) return k;
            String w = tokens.get(k).text();
            // A verb is no adjective, though its ending may look like one: "Повернення координує Міністерство".
            if (NameTokens.capitalised(tokens.get(k)) || !NameLexicon.CYRILLIC_ADJECTIVE.matcher(NameKeys.fold(w)).matches()
                    || NameLexicon.verbLike(NameKeys.fold(w))) return -1;
        }
        return -1;
    }

    /**
     * Numbered military units in Ukrainian and Russian, written in lower case: "219-ї окремої механізованої бригади",
     * "283-го мотострелкового полка", "810-й бригады морской пехоты". A number with its case ending, lower-case
     * adjectives and a unit word.
     */
    void findNumberedUnits(Document doc, List<Token> tokens, String[] keys, boolean[] usable, boolean[] taken, List<Found> found) {
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!usable[i] || taken[i] || !tokens.get(i).text().matches("\\d{1,4}") || !"-".equals(tokens.get(i + 1).text())
                    || tokens.get(i).end() != tokens.get(i + 1).start() || tokens.get(i + 1).end() != tokens.get(i + 2).start()
                    || tokens.get(i + 2).text().length() > 3) continue;
            int k = i + 3;
            while (k < tokens.size() && k - i <= 6 && usable[k] && !taken[k] && !NameTokens.capitalised(tokens.get(k))
                    && !NameLexicon.CYRILLIC_UNITS.contains(keys[k]) && NameLexicon.CYRILLIC_ADJECTIVE.matcher(NameKeys.fold(tokens.get(k).text())).matches()) k++;
            if (k >= tokens.size() || !NameLexicon.CYRILLIC_UNITS.contains(keys[k]) || !usable[k] || taken[k]) continue;
            int to = k + 1;
            if (to + 1 < tokens.size() && NameLexicon.CYRILLIC_UNIT_COMPLEMENTS.contains(keys[to + 1]) && !taken[to] && !taken[to + 1]) to += 2;
            found.add(new Found(i, to, EntityType.ORGANIZATION, null));
            for (int m = i; m < to; m++) taken[m] = true;
            i = to - 1;
        }
    }
}
