package org.totmon.pipeline.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.totmon.model.EntityType;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.text.English;
import org.totmon.pipeline.text.Tokenizer;

/**
 * The actor registry's names in a report: every name and alias of a known actor, in any case form and any spelling
 * the registry lists, matched longest first; and the lookup of a stretch of words found otherwise by its keys.
 */
final class ActorNames {
    /**
     * One name of an actor, as word keys and the words as the registry writes them. {@code needsCapital}: the first
     * word must be capitalised; {@code needsSomeCapital}: some word must be, because the name is made of common words.
     */
    private record Alias(Actor actor, String[] keys, String[] words, String exact, boolean caseSensitive, boolean needsCapital,
                         boolean needsSomeCapital) {}

    private final Map<String, List<Alias>> aliasesByFirstKey = new HashMap<>();
    private final Map<String, Actor> actorByJoinedKeys = new HashMap<>();
    /** Persons by the consonant skeletons of their names of two words or more; a skeleton two persons share is left out. */
    private final Map<String, Actor> personBySkeletons = new HashMap<>();
    private final GivenNames givenNames;

    ActorNames(ActorRegistry registry, GivenNames givenNames) {
        this.givenNames = givenNames;
        Map<String, Set<Actor>> skeletonsOf = new HashMap<>();
        for (Actor actor : registry.actors()) {
            List<String> names = new ArrayList<>(actor.aliases());
            names.add(0, actor.canonical());
            for (String name : names) {
                String[] keys = keysOf(name);
                if (keys.length == 0) continue;
                boolean acronym = keys.length == 1 && name.length() <= 6 && name.equals(name.toUpperCase(Locale.ROOT));
                // Outlets' names are ordinary words ("foreign policy", "the economist"); so are short one-word names.
                // Cyrillic one-word names too: "малюк" is a baby, "Малюк" the SBU's head.
                boolean needsCapital = "media".equals(actor.category())
                        || keys.length == 1 && (name.length() < 5 || NameKeys.isCyrillic(name.charAt(0)));
                String[] words = Tokenizer.tokenize(name).stream().map(Token::text).toArray(String[]::new);
                aliasesByFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>())
                        .add(new Alias(actor, keys, words, name, acronym, needsCapital, commonWords(actor, words)));
                actorByJoinedKeys.putIfAbsent(joinedKey(keys, 0, keys.length), actor);
                if (actor.type() == EntityType.PERSON && keys.length > 1) skeletonsOf.computeIfAbsent(skeletons(keys, 0, keys.length), k -> new HashSet<>()).add(actor);
            }
        }
        skeletonsOf.forEach((skeleton, actors) -> {
            if (actors.size() == 1) personBySkeletons.put(skeleton, actors.iterator().next());
        });
    }

    /** Marks the registry's names in the usable tokens, longest first, as found and taken. */
    void find(Document doc, List<Token> tokens, String[] keys, boolean[] usable, boolean[] taken, List<Found> found) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!usable[i]) continue;
            Alias best = longestAlias(tokens, keys, usable, i);
            if (best == null || nameGoesOn(doc, tokens, keys, best, i) || otherGivenName(doc, tokens, taken, best, i)) continue;
            int to = i + best.keys().length;
            found.add(new Found(i, to, best.actor().type(), best.actor()));
            for (int k = i; k < to; k++) taken[k] = true;
            i = to - 1;
        }
    }

    /**
     * The actor the words [from, to) name, or null: by their keys, else, for a person's name of two words or more, by
     * their consonant skeletons, which spellings of one name in two scripts and two languages share ("Дарья Заривная",
     * "Darya Zarivnaya" and "Дарія Зарівна"; "Баліцького" misspelt for "Балицького").
     */
    Actor actor(String[] keys, int from, int to) {
        Actor exact = actorByJoinedKeys.get(joinedKey(keys, from, to));
        return exact != null || to - from < 2 ? exact : personBySkeletons.get(skeletons(keys, from, to));
    }

    /** The consonant skeletons of the words' keys, romanized, joined by spaces. */
    private static String skeletons(String[] keys, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) b.append(k > from ? " " : "").append(NameKeys.skeleton(Romanizer.romanize(keys[k])));
        return b.toString();
    }

    /** The actor whose name has exactly these word keys, joined by spaces, or null. */
    Actor byKeys(String joined) {
        return actorByJoinedKeys.get(joined);
    }

    /**
     * Whether a name is made of common words, so that written all in lower case it is no name: "новых людей",
     * "оппозиционный блок", "memorial". Reports do lower-case the names of the Russian state and its leaders on
     * purpose ("the kremlin", "vladimir putin", "единую россию"): a person's or a state body's single word, or a
     * name with a proper noun after its first word, stays a name in lower case.
     */
    private static boolean commonWords(Actor actor, String[] words) {
        if (words.length == 1) return actor.type() != EntityType.PERSON && !"state".equals(actor.category());
        for (int k = 1; k < words.length; k++) if (Character.isUpperCase(words[k].codePointAt(0))) return false;
        return true;
    }

    /**
     * The lookup key of the words [from, to): their keys joined, with Russia's short and long names as one
     * ("Вооруженных сил РФ", "Вооруженные силы Российской Федерации" and "… России" name one body).
     */
    static String joinedKey(String[] keys, int from, int to) {
        String joined = String.join(" ", java.util.Arrays.copyOfRange(keys, from, to));
        return NameLexicon.RUSSIA_IN_NAME.matcher(joined).replaceAll(NameLexicon.RUSSIA_KEY);
    }

    private static String[] keysOf(String name) {
        return Tokenizer.tokenize(name).stream().map(t -> NameKeys.word(t.text())).toArray(String[]::new);
    }

    /**
     * "The Independent Trade Union of Miners" is not the newspaper The Independent: a registry name that opens with
     * "the" and runs on into capitalised words that end in an organisation word is only the start of a longer name.
     */
    private static boolean nameGoesOn(Document doc, List<Token> tokens, String[] keys, Alias alias, int i) {
        int to = i + alias.keys().length;
        if (!English.isDefiniteArticle(alias.keys()[0]) || NameLexicon.ORG_HEADS.contains(alias.keys()[alias.keys().length - 1])) return false;
        int k = to;
        while (k < tokens.size() && k < to + 4 && NameTokens.capitalised(tokens.get(k)) && NameTokens.adjacent(doc, tokens.get(k - 1), tokens.get(k))) k++;
        return NameTokens.hasOrgHead(keys, to, k);
    }

    /**
     * A registered surname after a given name that is not that person's: "Марина Захарова" is not Maria Zakharova.
     * Given names are compared by their romanized consonants, so that spellings of one name ("Sergey", "Sergei",
     * "Сергей") agree.
     */
    private boolean otherGivenName(Document doc, List<Token> tokens, boolean[] taken, Alias alias, int i) {
        if (alias.actor().type() != EntityType.PERSON || alias.keys().length != 1 || i == 0 || taken[i - 1]) return false;
        Token before = tokens.get(i - 1);
        String given = givenNames.nominativeOf(before.text());
        if (given == null || !NameTokens.capitalised(before) || !NameTokens.adjacent(doc, before, tokens.get(i))) return false;
        String skeleton = NameKeys.skeleton(Romanizer.romanize(given));
        List<String> names = new ArrayList<>(alias.actor().aliases());
        names.add(alias.actor().canonical());
        for (String name : names) {
            String[] words = name.split("\\s+");
            if (words.length > 1 && NameKeys.skeleton(Romanizer.romanize(words[0])).equals(skeleton)) return false;
        }
        return true;
    }

    private Alias longestAlias(List<Token> tokens, String[] keys, boolean[] usable, int i) {
        List<Alias> candidates = aliasesByFirstKey.get(keys[i]);
        if (candidates == null) return null;
        Alias best = null;
        for (Alias a : candidates) {
            int n = a.keys().length;
            if (i + n > keys.length || (best != null && n <= best.keys().length)) continue;
            boolean ok = true, someCapital = false;
            for (int k = 0; k < n && ok; k++) {
                String surface = tokens.get(i + k).text();
                ok = (k == 0 || usable[i + k] && a.keys()[k].equals(keys[i + k])) && NameKeys.sameGender(a.words()[k], surface);
                someCapital |= Character.isUpperCase(surface.codePointAt(0));
            }
            if (!ok) continue;
            String surface = tokens.get(i).text();
            if (a.caseSensitive() && !surface.equals(a.exact())) continue;
            if (a.needsCapital() && !Character.isUpperCase(surface.codePointAt(0))) continue;
            if (a.needsSomeCapital() && !someCapital) continue;
            best = a;
        }
        return best;
    }
}
