package org.totmon.pipeline.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.totmon.model.EntityType;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.text.English;
import org.totmon.pipeline.text.Conjunctions;

/**
 * Names found by their capitals: runs of capitalised words (with "of", "and" and the like between them), split at
 * titles and given names, each piece decided a person's name, an organisation's or a lone word kept only if it
 * turns out to be a surname.
 */
final class CapitalisedNames {
    /** One initial in any script; two or three run together only in Cyrillic ("П.И."), since "U.S." and "F.A." are not initials. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.|(?:\\p{IsCyrillic}\\.){2,3}");

    private final GivenNames givenNames;
    private final ActorNames actorNames;

    CapitalisedNames(GivenNames givenNames, ActorNames actorNames) {
        this.givenNames = givenNames;
        this.actorNames = actorNames;
    }

    void find(Document doc, List<Token> tokens, String[] keys, boolean[] usable, boolean[] taken,
                                      Set<Integer> sentenceStarts, Map<Integer, Integer> placeSpans, List<Found> found) {
        int i = 0;
        while (i < tokens.size()) {
            if (!usable[i] || taken[i] || !NameTokens.capitalised(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && usable[j] && !taken[j]) {
                Token t = tokens.get(j);
                if (NameTokens.capitalised(t) && NameTokens.adjacent(doc, tokens.get(j - 1), t)) {
                    j++;
                } else if (pluralPossessive(doc, tokens, j) && usable[j + 1] && !taken[j + 1] && !NameTokens.hasOrgHead(keys, j - 1, j)) {
                    j += 2; // "Teachers' Union", but "Special Operations Forces' Command" is the command of the forces
                } else if (NameLexicon.CONNECTORS.contains(keys[j]) && NameTokens.adjacent(doc, tokens.get(j - 1), t)) {
                    int next = j + 1; // "of" or "of the" before the next capitalised word
                    if (next < tokens.size() && NameLexicon.CONNECTORS.contains(keys[next])) next++;
                    if (next >= tokens.size() || taken[next] || !usable[next] || !NameTokens.capitalised(tokens.get(next))) break;
                    j = next + 1;
                } else {
                    break;
                }
            }
            if (!heading(tokens, i, j)) classify(doc, tokens, keys, i, j, sentenceStarts, placeSpans, found);
            i = j;
        }
    }

    /** An apostrophe closing a plural before the next capitalised word: "Teachers' Union". */
    private static boolean pluralPossessive(Document doc, List<Token> tokens, int j) {
        if (j + 1 >= tokens.size() || !"'’".contains(tokens.get(j).text())) return false;
        Token before = tokens.get(j - 1);
        return before.end() == tokens.get(j).start() && Character.toLowerCase(before.text().charAt(before.text().length() - 1)) == 's'
                && NameTokens.capitalised(tokens.get(j + 1)) && NameTokens.adjacent(doc, tokens.get(j), tokens.get(j + 1));
    }

    /** A run of capitals ("FIRST DIVISION RESULTS") is a heading, not a name; acronyms stand alone. */
    private static boolean heading(List<Token> tokens, int from, int to) {
        if (to - from < 2) return false;
        for (int k = from; k < to; k++) {
            String t = tokens.get(k).text();
            if (t.length() < 3 || !t.equals(t.toUpperCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** A given name, or initials ("Т.", "J.", "П.И."), before a surname. */
    private boolean startsPersonName(Token t) {
        return givenNames.contains(t.text()) || INITIALS.matcher(t.text()).matches();
    }

    /** Splits the capitalised run [from, to) at titles and given names, and decides what each piece names. */
    private void classify(Document doc, List<Token> tokens, String[] keys, int from, int to, Set<Integer> sentenceStarts,
                          Map<Integer, Integer> placeSpans, List<Found> found) {
        int a = from;
        boolean afterTitle = from > 0 && NameTokens.isTitle(keys, from - 1, to);
        while (a < to) {
            String k = keys[a];
            boolean nationalOrg = NameLexicon.DEMONYMS.contains(k) && NameTokens.hasOrgHead(keys, a, to);
            if (NameTokens.isTitle(keys, a, to) || !nationalOrg && !English.isDefiniteArticle(k)
                    && (NameLexicon.notName(k) || NameLexicon.CONNECTORS.contains(k))) {
                afterTitle = NameTokens.isTitle(keys, a, to);
                a++;
                continue;
            }
            Integer placeEnd = placeSpans.get(a);
            int b = a + 1;
            // A person's name: a given name (or a name after a title) and the surname words after it.
            if (startsPersonName(tokens.get(a)) || afterTitle) {
                while (b < to && b - a < 3 && !NameLexicon.CONNECTORS.contains(keys[b]) && !NameTokens.isTitle(keys, b, to)
                        && !NameLexicon.notName(keys[b]) && !givenNames.contains(tokens.get(b).text())) b++;
                if (b - a >= 2 || afterTitle && b - a == 1 && placeEnd == null) {
                    found.add(new Found(a, b, EntityType.PERSON, actorNames.actor(keys, a, b)));
                    a = b;
                    afterTitle = false;
                    continue;
                }
            }
            afterTitle = false;
            // Otherwise the rest of the run up to the next given name or title; without an organisation word,
            // a connector ends it too ("Zaporizhzhia and Kherson" is two names).
            boolean org = NameTokens.hasOrgHead(keys, a, to);
            b = a + 1;
            while (b < to && !NameTokens.isTitle(keys, b, to) && !(startsPersonName(tokens.get(b)) && b + 1 < to)
                    && (org || !NameLexicon.CONNECTORS.contains(keys[b])) && !twoOrganisations(keys, a, b, to)) b++;
            addPiece(doc, tokens, keys, a, b, sentenceStarts, placeSpans, found);
            a = b;
        }
    }

    /**
     * "and" between two organisations' names ("the World Bank and the European Investment Bank"), not inside one
     * ("Ministry of Education and Science"): the part before it has an organisation word, and so has the part after
     * it, or that part starts with "the".
     */
    private static boolean twoOrganisations(String[] keys, int from, int and, int to) {
        return Conjunctions.AND.contains(keys[and]) && and + 1 < to && NameTokens.hasOrgHead(keys, from, and)
                && (English.isDefiniteArticle(keys[and + 1]) || NameTokens.hasOrgHead(keys, and + 1, to));
    }

    private void addPiece(Document doc, List<Token> tokens, String[] keys, int a, int b, Set<Integer> sentenceStarts,
                          Map<Integer, Integer> placeSpans, List<Found> found) {
        int start = English.isDefiniteArticle(keys[a]) ? a + 1 : a;
        if (start >= b) return;
        Integer placeEnd = placeSpans.get(start);
        if (placeEnd != null && placeEnd >= b) {
            // A place, unless it is the surname of a person the report names in full: "Чайковский" after "П. И. Чайковского".
            if (b - start == 1) found.add(new Found(start, b, null, null));
            return;
        }
        if (NameTokens.hasOrgHead(keys, start, b) && b - start == 1) {
            found.add(new Found(start, b, null, null)); // "the Directorate", "Command": only as a short form of a longer name
            return;
        }
        if (NameTokens.hasOrgHead(keys, start, b)) {
            found.add(withOrdinal(doc, tokens, orgWithOwner(doc, tokens, keys, afterLeadingNoun(tokens, keys, start, b, sentenceStarts), b)));
            return;
        }
        int n = b - start;
        if (n >= 2 && n <= 3 && NameCues.noneNotName(keys, start, b) && !placeSpans.containsKey(b - 1) // "Alba Berlin" is a club, not a Mr Berlin
                && (NameCues.surnamePair(tokens, start, b) || NameCues.personCue(tokens, keys, start, b) && NameCues.noPlaceIn(placeSpans, start, b)
                        && NameCues.noneNumber(keys, start, b))) {
            found.add(new Found(start, b, EntityType.PERSON, actorNames.actor(keys, start, b)));
        } else if (NameCues.organisationApposition(tokens, keys, b)) {
            found.add(new Found(start, b, EntityType.ORGANIZATION, actorNames.actor(keys, start, b)));
        } else if (n == 1) {
            found.add(new Found(start, b, null, null)); // a lone name: kept only if it is the surname of a person found
        } else if (sentenceStarts.contains(tokens.get(start).start())) {
            // The capital of a sentence's first word says nothing: "Позже Чайковский", "Встретили Ерлана Касымова".
            addPiece(doc, tokens, keys, start + 1, b, sentenceStarts, placeSpans, found);
        }
    }

    /**
     * A sentence opens with a common noun that its capital makes look like part of a name: "Fighters of the Steppe
     * Battalion", "Soldiers of the 3rd Brigade". Returns where the organisation starts.
     */
    private static int afterLeadingNoun(List<Token> tokens, String[] keys, int start, int end, Set<Integer> sentenceStarts) {
        if (!sentenceStarts.contains(tokens.get(start).start()) || NameLexicon.ORG_HEADS.contains(keys[start])
                || start + 2 >= end || !English.isOf(keys[start + 1])) return start;
        int c = start + 2;
        while (c < end && NameLexicon.CONNECTORS.contains(keys[c])) c++;
        return c < end && NameTokens.hasOrgHead(keys, c, end) ? c : start;
    }

    /** An ordinal before an organisation belongs to its name: "the 47th Separate Mechanized Brigade". */
    private static Found withOrdinal(Document doc, List<Token> tokens, Found f) {
        int i = f.from();
        if (i < 2 || !English.isOrdinalSuffix(tokens.get(i - 1).text()) || !tokens.get(i - 2).text().chars().allMatch(Character::isDigit)
                || tokens.get(i - 2).end() != tokens.get(i - 1).start() || !NameTokens.adjacent(doc, tokens.get(i - 1), tokens.get(i))) return f;
        return new Found(i - 2, f.to(), f.type(), f.actor());
    }

    /**
     * "Ukraine's Security Service" and "Ukrainian Security Service" name the registry's "Security Service of Ukraine":
     * an organisation preceded by its country takes the country into its name.
     */
    private Found orgWithOwner(Document doc, List<Token> tokens, String[] keys, int start, int end) {
        String own = String.join(" ", java.util.Arrays.copyOfRange(keys, start, end));
        Actor direct = actorNames.byKeys(own);
        if (direct != null) return new Found(start, end, direct.type(), direct);
        int owner = start >= 2 && NameLexicon.POSSESSIVE_KEYS.contains(keys[start - 1]) ? start - 2 : start >= 1 ? start - 1 : -1;
        if (owner >= 0) {
            String country = NameLexicon.countryKey(keys[owner]);
            Actor a = country == null ? null : actorNames.byKeys(own + " of " + country);
            if (a != null) return new Found(owner, end, a.type(), a);
        }
        return new Found(start, end, EntityType.ORGANIZATION, null);
    }
}
