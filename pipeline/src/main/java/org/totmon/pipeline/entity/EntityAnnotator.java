package org.totmon.pipeline.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;
import org.totmon.pipeline.NameCandidate;
import org.totmon.pipeline.text.Tokenizer;

/**
 * People and organisations. Known actors are found by their registry names (any case form, any spelling the
 * registry lists); other names by capitalisation and cues: a given name, a title before the name, a surname's
 * ending that agrees with the word before it, a speech verb or an apposition ("X said", "X, the head of"), an
 * organisation word ("Ministry", "Center", "Lab", "бригада"), a kind word before a name ("the movement X"), a
 * numbered unit ("219-ї окремої механізованої бригади"). Within the report, a surname alone or a shorter form of an
 * organisation's name joins the entity it abbreviates. Place names inside an entity's name ("Security Service
 * of Ukraine") are taken off the places layer. Runs after tokens and places.
 */
public final class EntityAnnotator implements Annotator {
    /**
     * One name of an actor, as word keys and the words as the registry writes them. {@code needsCapital}: the first
     * word must be capitalised; {@code needsSomeCapital}: some word must be, because the name is made of common words.
     */
    private record Alias(Actor actor, String[] keys, String[] words, String exact, boolean caseSensitive, boolean needsCapital,
                         boolean needsSomeCapital) {}

    /** A stretch of tokens [from, to) found to name something. */
    private record Found(int from, int to, EntityType type, Actor actor) {}

    /** One initial in any script; two or three run together only in Cyrillic ("П.И."), since "U.S." and "F.A." are not initials. */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("\\p{Lu}\\.|(?:\\p{IsCyrillic}\\.){2,3}");

    private final Map<String, List<Alias>> aliasesByFirstKey = new HashMap<>();
    private final Map<String, Actor> actorByJoinedKeys = new HashMap<>();
    private final GivenNames givenNames;
    /** Below this mean token probability a model's name is left out (0.5 scored best on held-out factRuEval data). */
    private static final double MODEL_MIN_PROBABILITY = 0.5;

    public EntityAnnotator(ActorRegistry registry, GivenNames givenNames) {
        this.givenNames = givenNames;
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
            }
        }
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
    private static String joinedKey(String[] keys, int from, int to) {
        String joined = String.join(" ", java.util.Arrays.copyOfRange(keys, from, to));
        return RUSSIA_IN_NAME.matcher(joined).replaceAll("росс");
    }

    private static final java.util.regex.Pattern RUSSIA_IN_NAME = java.util.regex.Pattern.compile("(?<= )(?:рф|российск федерац)$");

    private static String[] keysOf(String name) {
        return Tokenizer.tokenize(name).stream().map(t -> NameKeys.word(t.text())).toArray(String[]::new);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BOILERPLATE, Layer.CREDITS, Layer.LANGUAGE, Layer.TOKENS, Layer.NAME_CANDIDATES, Layer.PLACE_MATCHES);
    }

    @Override
    public Layer produces() {
        return Layer.ENTITIES;
    }

    @Override
    public void annotate(Document doc) {
        List<Token> tokens = doc.tokens();
        if (tokens.isEmpty()) return;
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = NameKeys.word(tokens.get(i).text());
        boolean[] usable = new boolean[tokens.size()];
        for (int i = 0; i < usable.length; i++) usable[i] = !doc.isBoilerplate(tokens.get(i).start(), tokens.get(i).end());
        for (TextSpan span : doc.credits()) {
            for (int i = 0; i < usable.length; i++) if (tokens.get(i).start() >= span.start() && tokens.get(i).end() <= span.end()) usable[i] = false;
        }
        Set<Integer> sentenceStarts = sentenceStarts(doc);
        Map<Integer, Integer> placeSpans = placeTokenSpans(doc);

        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (!usable[i]) continue;
            Alias best = longestAlias(tokens, keys, usable, i);
            if (best == null || nameGoesOn(doc, tokens, keys, best, i) || otherGivenName(doc, tokens, taken, best, i)) continue;
            int to = i + best.keys().length;
            found.add(new Found(i, to, best.actor().type(), best.actor()));
            for (int k = i; k < to; k++) taken[k] = true;
            i = to - 1;
        }
        findNamedOrganisations(doc, tokens, keys, usable, taken, placeSpans, found);
        findCyrillicOrganisations(doc, tokens, keys, usable, taken, placeSpans, found);
        findNumberedUnits(doc, tokens, keys, usable, taken, found);
        findCapitalisedNames(doc, tokens, keys, usable, taken, sentenceStarts, placeSpans, found);
        addModelNames(doc, tokens, keys, usable, placeSpans, found);
        found = reshape(tokens, keys, found);
        Map<Found, Found> acronyms = acronymsDefined(tokens, usable, found);
        List<Entity> entities = resolve(doc, tokens, found, acronyms);
        doc.entities().addAll(entities);
    }

    /**
     * Names a trained model proposed (Russian reports: the factRuEval model) where the rules found nothing: people
     * and organisations it is at least even-odds sure of, with a capital letter, clear of every name and place the
     * rules found. Measured on factRuEval's and NEREL's test splits (BENCHMARKS.md).
     */
    private void addModelNames(Document doc, List<Token> tokens, String[] keys, boolean[] usable, Map<Integer, Integer> placeSpans,
                               List<Found> found) {
        if (doc.nameCandidates().isEmpty()) return;
        boolean[] named = new boolean[tokens.size()];
        for (Found f : found) if (f.type() != null) for (int k = f.from(); k < f.to(); k++) named[k] = true;
        placeSpans.forEach((from, to) -> { for (int k = from; k < to; k++) named[k] = true; });
        Map<Integer, Integer> tokenAt = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) tokenAt.put(tokens.get(i).start(), i);
        for (NameCandidate c : doc.nameCandidates()) {
            if (c.kind() == NameCandidate.Kind.LOCATION || c.probability() < MODEL_MIN_PROBABILITY) continue;
            Integer from = tokenAt.get(c.start());
            if (from == null) continue;
            int to = from;
            while (to < tokens.size() && tokens.get(to).end() <= c.end()) to++;
            boolean clear = to > from && doc.text().substring(c.start(), c.end()).chars().anyMatch(Character::isUpperCase);
            for (int k = from; k < to && clear; k++) clear = usable[k] && !named[k];
            if (!clear) continue;
            int a = from, b = to;
            found.removeIf(f -> f.type() == null && f.from() >= a && f.to() <= b);
            EntityType type = c.kind() == NameCandidate.Kind.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION;
            found.add(new Found(from, to, type, actorByJoinedKeys.get(joinedKey(keys, from, to))));
        }
    }

    /**
     * "The Independent Trade Union of Miners" is not the newspaper The Independent: a registry name that opens with
     * "the" and runs on into capitalised words that end in an organisation word is only the start of a longer name.
     */
    private static boolean nameGoesOn(Document doc, List<Token> tokens, String[] keys, Alias alias, int i) {
        int to = i + alias.keys().length;
        if (!"the".equals(alias.keys()[0]) || NameLexicon.ORG_HEADS.contains(alias.keys()[alias.keys().length - 1])) return false;
        int k = to;
        while (k < tokens.size() && k < to + 4 && capitalised(tokens.get(k)) && adjacent(doc, tokens.get(k - 1), tokens.get(k))) k++;
        return hasOrgHead(keys, to, k);
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
        if (given == null || !capitalised(before) || !adjacent(doc, before, tokens.get(i))) return false;
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

    /**
     * A name after a word for a kind of organisation: the party «Опозиційний блок», движение "Мы вместе с Россией",
     * телеканал Прямий, the newspaper "Izvestia". Quoted names may run to several words; unquoted ones are one word.
     * A quoted name after a word for its people counts too: "активісти «Молодої гвардії»".
     */
    private void findNamedOrganisations(Document doc, List<Token> tokens, String[] keys, boolean[] usable, boolean[] taken,
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
                if (from >= tokens.size() || givenNames.contains(tokens.get(from).text())) continue;
                to = unquotedNameEnd(doc, tokens, keys, from);
                // A place alone after the kind word is no name ("the group Kherson" is rare); a place that starts a
                // longer name is part of it ("the news site Kherson Today").
                Integer placeEnd = placeSpans.get(from);
                if (placeEnd != null && to <= placeEnd) continue;
            }
            if (!capitalised(tokens.get(from)) || !usable[from]) continue;
            boolean free = true;
            for (int k = from; k < to; k++) free &= !taken[k] && usable[k];
            if (!free) continue;
            Actor actor = actorByJoinedKeys.get(joinedKey(keys, from, to));
            found.add(new Found(from, to, EntityType.ORGANIZATION, actor));
            for (int k = from; k < to; k++) taken[k] = true;
        }
    }

    private static final Set<String> NAMING_VERBS = Set.of("called", "named", "dubbed");

    /** Past "called", "named", "calling itself", "known as" after a kind word: "a group calling itself Free Berdiansk". */
    private static int afterNamingVerb(String[] keys, int i) {
        if (i < keys.length && NAMING_VERBS.contains(keys[i])) return i + 1;
        if (i + 1 < keys.length && (keys[i].equals("calling") && keys[i + 1].startsWith("itsel") || keys[i].equals("known") && keys[i + 1].equals("as"))) return i + 2;
        return i;
    }

    /** The end of an unquoted name: capitalised words, with "of" or "of the" between them (English: "Vector of the South"). */
    private int unquotedNameEnd(Document doc, List<Token> tokens, String[] keys, int from) {
        int to = from + 1;
        while (to < tokens.size() && to - from < 5 && adjacent(doc, tokens.get(to - 1), tokens.get(to))) {
            int next = to;
            while (next < tokens.size() && next - to < 2 && ("of".equals(keys[next]) || "the".equals(keys[next]) && next > to)) next++;
            if (next >= tokens.size() || !capitalised(tokens.get(next)) || givenNames.contains(tokens.get(next).text())
                    || next > to && !adjacent(doc, tokens.get(next - 1), tokens.get(next))) break;
            to = next + 1;
        }
        return to;
    }

    private static Set<Integer> sentenceStarts(Document doc) {
        Set<Integer> starts = new HashSet<>();
        for (TextSpan s : doc.sentences()) starts.add(s.start());
        return starts;
    }

    /** Token index where a place mention starts → index past its end. */
    private static Map<Integer, Integer> placeTokenSpans(Document doc) {
        Map<Integer, Integer> byStartOffset = new HashMap<>();
        for (Place p : doc.placeMatches()) for (Mention m : p.mentions()) byStartOffset.put(m.start(), m.end());
        Map<Integer, Integer> out = new HashMap<>();
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Integer end = byStartOffset.get(tokens.get(i).start());
            if (end == null) continue;
            int j = i;
            while (j < tokens.size() && tokens.get(j).end() <= end) j++;
            out.put(i, j);
        }
        return out;
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.text().codePointAt(0));
    }

    private void findCapitalisedNames(Document doc, List<Token> tokens, String[] keys, boolean[] usable, boolean[] taken,
                                      Set<Integer> sentenceStarts, Map<Integer, Integer> placeSpans, List<Found> found) {
        int i = 0;
        while (i < tokens.size()) {
            if (!usable[i] || taken[i] || !capitalised(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && usable[j] && !taken[j]) {
                Token t = tokens.get(j);
                if (capitalised(t) && adjacent(doc, tokens.get(j - 1), t)) {
                    j++;
                } else if (pluralPossessive(doc, tokens, j) && usable[j + 1] && !taken[j + 1] && !hasOrgHead(keys, j - 1, j)) {
                    j += 2; // "Teachers' Union", but "Special Operations Forces' Command" is the command of the forces
                } else if (NameLexicon.CONNECTORS.contains(keys[j]) && adjacent(doc, tokens.get(j - 1), t)) {
                    int next = j + 1; // "of" or "of the" before the next capitalised word
                    if (next < tokens.size() && NameLexicon.CONNECTORS.contains(keys[next])) next++;
                    if (next >= tokens.size() || taken[next] || !usable[next] || !capitalised(tokens.get(next))) break;
                    j = next + 1;
                } else {
                    break;
                }
            }
            if (!heading(tokens, i, j)) classify(doc, tokens, keys, i, j, sentenceStarts, placeSpans, found);
            i = j;
        }
    }

    /**
     * Ukrainian and Russian organisation names capitalise their first word only: "Служба безпеки України",
     * "Министерство обороны РФ", "Верховна Рада", "Генеральна прокуратура". A capitalised head word (or a
     * capitalised adjective before a head word) takes the lower-case words after it that are not verbs or small
     * words, and the capitalised name (country, city, acronym) that closes it.
     */
    private void findCyrillicOrganisations(Document doc, List<Token> tokens, String[] keys, boolean[] usable, boolean[] taken,
                                           Map<Integer, Integer> placeSpans, List<Found> found) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!usable[i] || taken[i] || !capitalised(t) || !NameKeys.isCyrillic(t.text().charAt(0))) continue;
            int head = cyrillicHead(doc, tokens, keys, i);
            if (head < 0 || placeSpans.containsKey(i) || placeSpans.containsKey(head)) continue; // "Російської Федерації" is a country
            int j = head + 1;
            while (j < tokens.size() && j - head <= 4 && usable[j] && !taken[j] && adjacent(doc, tokens.get(j - 1), tokens.get(j))) {
                String w = tokens.get(j).text();
                int inside = wordsInsideName(doc, tokens, usable, taken, head, j);
                if (inside > 0) {
                    j += inside;
                    continue;
                }
                if (!Character.isLetter(w.charAt(0)) || NameLexicon.CYRILLIC_STOPS.contains(NameKeys.fold(w))) break;
                if (capitalised(tokens.get(j))) {
                    while (j < tokens.size() && usable[j] && !taken[j] && capitalised(tokens.get(j)) && !givenNames.contains(tokens.get(j).text())
                            && adjacent(doc, tokens.get(j - 1), tokens.get(j))) j++;
                    // "Законодательного собрания Ростовской области": the kind of territory closes the name.
                    if (j < tokens.size() && usable[j] && !taken[j] && NameLexicon.CYRILLIC_TERRITORIES.contains(keys[j])
                            && adjacent(doc, tokens.get(j - 1), tokens.get(j))) j++;
                    break;
                }
                if (NameLexicon.verbLike(NameKeys.fold(w)) || NameLexicon.adverbOrParticiple(NameKeys.fold(w))) break;
                j++;
            }
            // A head word alone ("Рада") is too often a common noun; so is an adjective and a lower-case head
            // ("Харківської адміністрації") without a name after it, but not two adjectives ("Південної правозахисної мережі").
            if (j - i < 2 || head == i + 1 && !capitalised(tokens.get(head)) && j - head < 2) continue;
            Actor actor = actorByJoinedKeys.get(joinedKey(keys, i, j));
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
        if (j + 1 >= tokens.size() || !usable[j + 1] || taken[j + 1] || !adjacent(doc, tokens.get(j), tokens.get(j + 1))) return 0;
        String small = NameKeys.fold(tokens.get(j).text()), next = NameKeys.fold(tokens.get(j + 1).text());
        if (capitalised(tokens.get(j + 1)) || !Character.isLetter(next.charAt(0)) || NameLexicon.verbLike(next)) return 0;
        if (NameLexicon.CYRILLIC_NAME_PREPOSITIONS.contains(small)) {
            boolean namePhrase = NameLexicon.CYRILLIC_NAME_COMPLEMENTS.contains(next)
                    || next.matches(".{3,}(?:их|іх|ых)") && small.matches("з|із") || next.matches(".{3,}(?:ым|им)") && small.equals("по");
            return namePhrase ? 2 : 0;
        }
        if (!Set.of("і", "й", "та", "и").contains(small) || j - 1 <= head) return 0;
        String before = NameKeys.fold(tokens.get(j - 1).text());
        boolean sameCase = before.length() > 3 && next.length() > 3 && before.charAt(before.length() - 1) == next.charAt(next.length() - 1)
                && !capitalised(tokens.get(j - 1));
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
        for (int k = i + 1; k < tokens.size() && k <= i + 3 && adjacent(doc, tokens.get(k - 1), tokens.get(k)); k++) {
            if (NameLexicon.CYRILLIC_ORG_HEADS.contains(keys[k])) return k;
            String w = tokens.get(k).text();
            // A verb is no adjective, though its ending may look like one: "Повернення координує Міністерство".
            if (capitalised(tokens.get(k)) || !NameLexicon.CYRILLIC_ADJECTIVE.matcher(NameKeys.fold(w)).matches()
                    || NameLexicon.verbLike(NameKeys.fold(w))) return -1;
        }
        return -1;
    }

    /**
     * Numbered military units in Ukrainian and Russian, written in lower case: "219-ї окремої механізованої бригади",
     * "283-го мотострелкового полка", "810-й бригады морской пехоты". A number with its case ending, lower-case
     * adjectives and a unit word.
     */
    private void findNumberedUnits(Document doc, List<Token> tokens, String[] keys, boolean[] usable, boolean[] taken, List<Found> found) {
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!usable[i] || taken[i] || !tokens.get(i).text().matches("\\d{1,4}") || !"-".equals(tokens.get(i + 1).text())
                    || tokens.get(i).end() != tokens.get(i + 1).start() || tokens.get(i + 1).end() != tokens.get(i + 2).start()
                    || tokens.get(i + 2).text().length() > 3) continue;
            int k = i + 3;
            while (k < tokens.size() && k - i <= 6 && usable[k] && !taken[k] && !capitalised(tokens.get(k))
                    && !NameLexicon.CYRILLIC_UNITS.contains(keys[k]) && NameLexicon.CYRILLIC_ADJECTIVE.matcher(NameKeys.fold(tokens.get(k).text())).matches()) k++;
            if (k >= tokens.size() || !NameLexicon.CYRILLIC_UNITS.contains(keys[k]) || !usable[k] || taken[k]) continue;
            int to = k + 1;
            if (to + 1 < tokens.size() && NameLexicon.CYRILLIC_UNIT_COMPLEMENTS.contains(keys[to + 1]) && !taken[to] && !taken[to + 1]) to += 2;
            found.add(new Found(i, to, EntityType.ORGANIZATION, null));
            for (int m = i; m < to; m++) taken[m] = true;
            i = to - 1;
        }
    }

    /** An apostrophe closing a plural before the next capitalised word: "Teachers' Union". */
    private static boolean pluralPossessive(Document doc, List<Token> tokens, int j) {
        if (j + 1 >= tokens.size() || !"'’".contains(tokens.get(j).text())) return false;
        Token before = tokens.get(j - 1);
        return before.end() == tokens.get(j).start() && Character.toLowerCase(before.text().charAt(before.text().length() - 1)) == 's'
                && capitalised(tokens.get(j + 1)) && adjacent(doc, tokens.get(j), tokens.get(j + 1));
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

    /** Two tokens on one line, separated by white space at most (a comma or line break ends a name). */
    private static boolean adjacent(Document doc, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) if (!Character.isWhitespace(doc.text().charAt(k)) || doc.text().charAt(k) == '\n') return false;
        return true;
    }

    /** Splits the capitalised run [from, to) at titles and given names, and decides what each piece names. */
    private void classify(Document doc, List<Token> tokens, String[] keys, int from, int to, Set<Integer> sentenceStarts,
                          Map<Integer, Integer> placeSpans, List<Found> found) {
        int a = from;
        boolean afterTitle = from > 0 && isTitle(keys, from - 1, to);
        while (a < to) {
            String k = keys[a];
            boolean nationalOrg = NameLexicon.DEMONYMS.contains(k) && hasOrgHead(keys, a, to);
            if (isTitle(keys, a, to) || !nationalOrg && !"the".equals(k)
                    && (NameLexicon.notName(k) || NameLexicon.CONNECTORS.contains(k))) {
                afterTitle = isTitle(keys, a, to);
                a++;
                continue;
            }
            Integer placeEnd = placeSpans.get(a);
            int b = a + 1;
            // A person's name: a given name (or a name after a title) and the surname words after it.
            if (startsPersonName(tokens.get(a)) || afterTitle) {
                while (b < to && b - a < 3 && !NameLexicon.CONNECTORS.contains(keys[b]) && !isTitle(keys, b, to)
                        && !NameLexicon.notName(keys[b]) && !givenNames.contains(tokens.get(b).text())) b++;
                if (b - a >= 2 || afterTitle && b - a == 1 && placeEnd == null) {
                    found.add(new Found(a, b, EntityType.PERSON, null));
                    a = b;
                    afterTitle = false;
                    continue;
                }
            }
            afterTitle = false;
            // Otherwise the rest of the run up to the next given name or title; without an organisation word,
            // a connector ends it too ("Zaporizhzhia and Kherson" is two names).
            boolean org = hasOrgHead(keys, a, to);
            b = a + 1;
            while (b < to && !isTitle(keys, b, to) && !(startsPersonName(tokens.get(b)) && b + 1 < to)
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
        return "and".equals(keys[and]) && and + 1 < to && hasOrgHead(keys, from, and)
                && ("the".equals(keys[and + 1]) || hasOrgHead(keys, and + 1, to));
    }

    /** A title word ("Lieutenant-General" too), unless it begins an organisation's name ("General Staff"). */
    private static boolean isTitle(String[] keys, int i, int to) {
        boolean title = NameLexicon.TITLES.contains(keys[i])
                || keys[i].indexOf('-') > 0 && java.util.Arrays.stream(keys[i].split("-")).allMatch(NameLexicon.TITLES::contains);
        return title && !(i + 1 < to && NameLexicon.ORG_HEADS.contains(keys[i + 1]));
    }

    private static boolean hasOrgHead(String[] keys, int from, int to) {
        for (int k = from; k < to; k++) if (NameLexicon.ORG_HEADS.contains(keys[k])) return true;
        return false;
    }

    private void addPiece(Document doc, List<Token> tokens, String[] keys, int a, int b, Set<Integer> sentenceStarts,
                          Map<Integer, Integer> placeSpans, List<Found> found) {
        int start = "the".equals(keys[a]) ? a + 1 : a;
        if (start >= b) return;
        Integer placeEnd = placeSpans.get(start);
        if (placeEnd != null && placeEnd >= b) {
            // A place, unless it is the surname of a person the report names in full: "Чайковский" after "П. И. Чайковского".
            if (b - start == 1) found.add(new Found(start, b, null, null));
            return;
        }
        if (hasOrgHead(keys, start, b) && b - start == 1) {
            found.add(new Found(start, b, null, null)); // "the Directorate", "Command": only as a short form of a longer name
            return;
        }
        if (hasOrgHead(keys, start, b)) {
            found.add(withOrdinal(doc, tokens, orgWithOwner(doc, tokens, keys, afterLeadingNoun(tokens, keys, start, b, sentenceStarts), b)));
            return;
        }
        int n = b - start;
        if (n >= 2 && n <= 3 && noneNotName(keys, start, b) && !placeSpans.containsKey(b - 1) // "Alba Berlin" is a club, not a Mr Berlin
                && (surnamePair(tokens, start, b) || personCue(tokens, keys, start, b) && noPlaceIn(placeSpans, start, b)
                        && noneNumber(keys, start, b))) {
            found.add(new Found(start, b, EntityType.PERSON, null));
        } else if (organisationApposition(tokens, keys, b)) {
            found.add(new Found(start, b, EntityType.ORGANIZATION, actorByJoinedKeys.get(joinedKey(keys, start, b))));
        } else if (n == 1) {
            found.add(new Found(start, b, null, null)); // a lone name: kept only if it is the surname of a person found
        } else if (sentenceStarts.contains(tokens.get(start).start())) {
            // The capital of a sentence's first word says nothing: "Позже Чайковский", "Встретили Ерлана Касымова".
            addPiece(doc, tokens, keys, start + 1, b, sentenceStarts, placeSpans, found);
        }
    }

    /** Words that may follow the noun of an organisation's apposition: "a rights group based in Kyiv", "a site that". */
    private static final Set<String> AFTER_APPOSITION = Set.of("of", "in", "that", "which", "based", "founded", "run", "owned", "with", "for", "from", "and");

    /**
     * An apposition that says the name before it is an organisation: "Ukrenergo, the national grid operator,",
     * "Zmina, a Kyiv-based rights group". A title or a noun for a person ends the search ("X, the head of the
     * group" is a person).
     */
    private static boolean organisationApposition(List<Token> tokens, String[] keys, int end) {
        if (end + 2 >= keys.length || !",".equals(tokens.get(end).text()) || !Set.of("the", "a", "an").contains(keys[end + 1])) return false;
        for (int k = end + 2; k < Math.min(keys.length, end + 7); k++) {
            if (!Character.isLetter(tokens.get(k).text().charAt(0)) || NameLexicon.PERSON_NOUNS.contains(keys[k])
                    || NameLexicon.TITLES.contains(keys[k]) || AFTER_APPOSITION.contains(keys[k])) return false;
            if (NameLexicon.ORGANISATION_NOUNS.contains(keys[k])) {
                return k + 1 >= keys.length || !Character.isLetter(tokens.get(k + 1).text().charAt(0)) || AFTER_APPOSITION.contains(keys[k + 1]);
            }
        }
        return false;
    }

    /** A name and a surname by its ending: Latin script by the ending alone, Cyrillic also by agreement of the two words. */
    private static boolean surnamePair(List<Token> tokens, int start, int end) {
        String last = tokens.get(end - 1).text();
        if (!NameKeys.isCyrillic(last.charAt(0))) return NameLexicon.surnameLike(last);
        return end - start == 2 && NameLexicon.cyrillicPersonPair(tokens.get(start).text(), last);
    }

    /**
     * A sentence opens with a common noun that its capital makes look like part of a name: "Fighters of the Steppe
     * Battalion", "Soldiers of the 3rd Brigade". Returns where the organisation starts.
     */
    private static int afterLeadingNoun(List<Token> tokens, String[] keys, int start, int end, Set<Integer> sentenceStarts) {
        if (!sentenceStarts.contains(tokens.get(start).start()) || NameLexicon.ORG_HEADS.contains(keys[start])
                || start + 2 >= end || !"of".equals(keys[start + 1])) return start;
        int c = start + 2;
        while (c < end && NameLexicon.CONNECTORS.contains(keys[c])) c++;
        return c < end && hasOrgHead(keys, c, end) ? c : start;
    }

    /** An ordinal before an organisation belongs to its name: "the 47th Separate Mechanized Brigade". */
    private static Found withOrdinal(Document doc, List<Token> tokens, Found f) {
        int i = f.from();
        if (i < 2 || !ORDINAL_SUFFIX.contains(tokens.get(i - 1).text()) || !tokens.get(i - 2).text().chars().allMatch(Character::isDigit)
                || tokens.get(i - 2).end() != tokens.get(i - 1).start() || !adjacent(doc, tokens.get(i - 1), tokens.get(i))) return f;
        return new Found(i - 2, f.to(), f.type(), f.actor());
    }

    private static final Set<String> ORDINAL_SUFFIX = Set.of("st", "nd", "rd", "th");

    /**
     * Words around a capitalised pair that make it a person's name even without a known given name or surname
     * ending: a speech verb ("Anatolii Moroz said", "said Lenur Osmanov") or an apposition that names a person's
     * role ("Anatolii Moroz, the head of the community").
     */
    private static boolean personCue(List<Token> tokens, String[] keys, int start, int end) {
        // Organisations speak too ("Salomon Brothers said"): a speech verb counts when the report also uses the
        // last word alone, as it does a surname ("Moroz said").
        boolean speech = start > 0 && NameLexicon.SPEECH_VERBS.contains(keys[start - 1])
                || end < keys.length && NameLexicon.SPEECH_VERBS.contains(keys[end]);
        if (speech && standsAlone(tokens, tokens.get(end - 1).text(), start, end)) return true;
        if (end >= keys.length) return false;
        if (!",".equals(tokens.get(end).text()) || end + 2 >= keys.length || !Set.of("the", "a", "an").contains(keys[end + 1])) return false;
        for (int k = end + 2; k < Math.min(keys.length, end + 6) && Character.isLetter(tokens.get(k).text().charAt(0)); k++) {
            if (NameLexicon.PERSON_NOUNS.contains(keys[k]) || NameLexicon.TITLES.contains(keys[k])) return true;
        }
        return false;
    }

    /** Whether the word occurs outside [start, end) without a capitalised word beside it. */
    private static boolean standsAlone(List<Token> tokens, String word, int start, int end) {
        for (int k = 0; k < tokens.size(); k++) {
            if (k >= start && k < end || !tokens.get(k).text().equals(word)) continue;
            boolean before = k > 0 && capitalised(tokens.get(k - 1)) && !NameLexicon.TITLES.contains(NameKeys.word(tokens.get(k - 1).text()));
            boolean after = k + 1 < tokens.size() && capitalised(tokens.get(k + 1));
            if (!before && !after) return true;
        }
        return false;
    }

    private static boolean noneNumber(String[] keys, int from, int to) {
        for (int k = from; k < to; k++) if (NameLexicon.NUMBER_WORDS.contains(keys[k])) return false;
        return true;
    }

    private static boolean noPlaceIn(Map<Integer, Integer> placeSpans, int from, int to) {
        for (int k = from; k < to; k++) if (placeSpans.containsKey(k)) return false;
        return true;
    }

    private static boolean noneNotName(String[] keys, int from, int to) {
        for (int k = from; k < to; k++) if (NameLexicon.notName(keys[k])) return false;
        return true;
    }

    /**
     * "Ukraine's Security Service" and "Ukrainian Security Service" name the registry's "Security Service of Ukraine":
     * an organisation preceded by its country takes the country into its name.
     */
    private Found orgWithOwner(Document doc, List<Token> tokens, String[] keys, int start, int end) {
        String own = String.join(" ", java.util.Arrays.copyOfRange(keys, start, end));
        Actor direct = actorByJoinedKeys.get(own);
        if (direct != null) return new Found(start, end, direct.type(), direct);
        int owner = start >= 2 && keys[start - 1].equals("s") ? start - 2 : start >= 1 ? start - 1 : -1;
        if (owner >= 0) {
            String country = switch (keys[owner]) {
                case "ukraine", "ukrainian", "ukraines" -> "ukraine";
                case "russia", "russian", "russias" -> "russia";
                default -> null;
            };
            Actor a = country == null ? null : actorByJoinedKeys.get(own + " of " + country);
            if (a != null) return new Found(owner, end, a.type(), a);
        }
        return new Found(start, end, EntityType.ORGANIZATION, null);
    }

    /**
     * Where names border on each other, the whole is one thing: "Special Operations Forces of the Armed Forces of
     * Ukraine" is the unit, not the armed forces; "the Biden administration" is an organisation, not Biden; the "UN
     * Charter" is a document, not the UN; "Special Operations Forces (SSO)" is the registry's SSO.
     */
    private static List<Found> reshape(List<Token> tokens, String[] keys, List<Found> found) {
        found.sort((x, y) -> Integer.compare(x.from(), y.from()));
        Map<Integer, Found> byStart = new HashMap<>();
        for (Found f : found) byStart.put(f.from(), f);
        List<Found> out = new ArrayList<>();
        Set<Found> absorbed = new HashSet<>();
        for (Found f : found) {
            if (absorbed.contains(f)) continue;
            int after = f.to();
            String next = after < keys.length ? keys[after] : "";
            if (f.type() == EntityType.ORGANIZATION && "of".equals(next)) {
                int k = after + 1 < keys.length && "the".equals(keys[after + 1]) ? after + 2 : after + 1;
                Found owner = byStart.get(k);
                if (owner != null && owner.type() == EntityType.ORGANIZATION) {
                    absorbed.add(owner);
                    f = new Found(f.from(), owner.to(), f.type(), f.actor());
                }
            } else if (f.type() == EntityType.PERSON && NameLexicon.GOVERNMENT_OF_PERSON.contains(next)
                    && !tokens.get(after).isCapitalized()) {
                f = new Found(f.from(), after + 1, EntityType.ORGANIZATION, null);
            } else if (f.type() == EntityType.ORGANIZATION && NameLexicon.DOCUMENTS.contains(next) && tokens.get(after).isCapitalized()) {
                continue;
            } else if (f.type() == EntityType.ORGANIZATION && f.actor() == null && "(".equals(next)) {
                Found acronym = byStart.get(after + 1);
                if (acronym != null && acronym.actor() != null && acronym.type() == EntityType.ORGANIZATION) {
                    f = new Found(f.from(), f.to(), f.type(), acronym.actor());
                }
            }
            out.add(f);
        }
        return out;
    }

    /**
     * "Special Operations Forces (SSO)" defines SSO for this report: every later "SSO" is that organisation.
     * Returns each acronym mention → the mention that defines it; the mentions are added to {@code found}.
     */
    private static Map<Found, Found> acronymsDefined(List<Token> tokens, boolean[] usable, List<Found> found) {
        Map<String, Found> definitions = new HashMap<>();
        for (Found f : found) {
            int open = f.to();
            if (f.type() != EntityType.ORGANIZATION || open + 2 >= tokens.size()) continue;
            String acronym = tokens.get(open + 1).text();
            if (tokens.get(open).text().equals("(") && tokens.get(open + 2).text().equals(")")
                    && acronym.matches("\\p{Lu}{2,6}")) definitions.putIfAbsent(acronym, f);
        }
        Map<Found, Found> out = new HashMap<>();
        if (definitions.isEmpty()) return out;
        Set<Integer> covered = new HashSet<>();
        for (Found f : found) if (f.type() != null) for (int k = f.from(); k < f.to(); k++) covered.add(k);
        for (int i = 0; i < tokens.size(); i++) {
            Found def = definitions.get(tokens.get(i).text());
            if (def == null || !usable[i] || covered.contains(i)) continue;
            int at = i;
            found.removeIf(f -> f.type() == null && f.from() == at);
            Found mention = new Found(i, i + 1, EntityType.ORGANIZATION, def.actor());
            found.add(mention);
            out.put(mention, def);
        }
        return out;
    }

    private List<Entity> resolve(Document doc, List<Token> tokens, List<Found> found, Map<Found, Found> acronyms) {
        found.sort((x, y) -> Integer.compare(x.from(), y.from()));
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Found> singles = new ArrayList<>();
        List<Found> unknownOrgs = new ArrayList<>();
        for (Found f : found) {
            if (acronyms.containsKey(f)) continue;
            if (f.actor() != null) groups.computeIfAbsent("actor:" + f.actor().canonical(), k -> new Group(f.type(), f.actor())).add(f);
            else if (f.type() == null) singles.add(f);
            else if (f.type() == EntityType.ORGANIZATION) unknownOrgs.add(f);
        }
        for (Found f : found) {
            if (f.actor() != null || f.type() != EntityType.PERSON) continue;
            Group g = personBySurname(groups, tokens, surnameSkeleton(tokens, f));
            if (g == null) groups.computeIfAbsent("person:" + surnameSkeleton(tokens, f), k -> new Group(EntityType.PERSON, null)).add(f);
            else g.add(f);
        }
        for (Found f : unknownOrgs) {
            Group g = orgContaining(groups, tokens, f);
            if (g != null) g.add(f);
            else groups.computeIfAbsent("org:" + orgKey(tokens, f), k -> new Group(EntityType.ORGANIZATION, null)).add(f);
        }
        acronyms.forEach((mention, definition) -> {
            for (Group g : groups.values()) if (g.members.contains(definition)) {
                g.add(mention);
                return;
            }
        });
        for (Found f : singles) {
            Group g = personBySurname(groups, tokens, surnameSkeleton(tokens, f));
            if (g == null && NameLexicon.ORG_HEADS.contains(NameKeys.word(tokens.get(f.from()).text()))) g = orgContaining(groups, tokens, f);
            if (g != null) g.add(f);
        }
        List<Entity> out = new ArrayList<>();
        for (Group g : groups.values()) {
            List<Mention> mentions = new ArrayList<>();
            for (Found f : g.members) mentions.add(new Mention(text(doc, tokens, f), tokens.get(f.from()).start(), tokens.get(f.to() - 1).end()));
            mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
            out.add(new Entity(g.actor != null ? g.actor.canonical() : canonicalOf(g, mentions, doc.language()), g.type, mentions));
        }
        return out;
    }

    /** An unknown organisation's name by its word keys, so that its case forms are one entity. */
    private static String orgKey(List<Token> tokens, Found f) {
        String[] keys = new String[f.to() - f.from()];
        for (int k = f.from(); k < f.to(); k++) keys[k - f.from()] = NameKeys.word(tokens.get(k).text());
        return joinedKey(keys, 0, keys.length);
    }

    private static String text(Document doc, List<Token> tokens, Found f) {
        return doc.text().substring(tokens.get(f.from()).start(), tokens.get(f.to() - 1).end());
    }

    private static String surnameSkeleton(List<Token> tokens, Found f) {
        return NameKeys.skeleton(latin(tokens.get(f.to() - 1).text()));
    }

    private static String latin(String word) {
        return !word.isEmpty() && NameKeys.isCyrillic(word.charAt(0)) ? Romanizer.romanize(NameKeys.word(word)) : word;
    }

    private Group personBySurname(Map<String, Group> groups, List<Token> tokens, String skeleton) {
        if (skeleton.length() < 3) return null;
        for (Group g : groups.values()) {
            if (g.type != EntityType.PERSON) continue;
            for (Found m : g.members) if (surnameSkeleton(tokens, m).equals(skeleton)) return g;
            if (g.actor != null) {
                for (String alias : g.actor.aliases()) {
                    String[] words = alias.split("\\s+");
                    if (NameKeys.skeleton(latin(words[words.length - 1])).equals(skeleton)) return g;
                }
            }
        }
        return null;
    }

    /** The organisation one of whose mentions has every word of f: "Security Service" within "Security Service of Ukraine". */
    private static Group orgContaining(Map<String, Group> groups, List<Token> tokens, Found f) {
        Set<String> words = new HashSet<>();
        for (int k = f.from(); k < f.to(); k++) words.add(NameKeys.word(tokens.get(k).text()));
        words.remove("the");
        for (Group g : groups.values()) {
            if (g.type != EntityType.ORGANIZATION) continue;
            for (Found m : g.members) {
                if (m.to() - m.from() < f.to() - f.from()) continue;
                Set<String> longer = new HashSet<>();
                for (int k = m.from(); k < m.to(); k++) longer.add(NameKeys.word(tokens.get(k).text()));
                if (longer.containsAll(words)) return g;
            }
        }
        return null;
    }

    /** Without a registry entry: the longest form a report gives, in Latin script. */
    private String canonicalOf(Group g, List<Mention> mentions, String language) {
        Mention best = mentions.get(0);
        for (Mention m : mentions) if (m.text().split("\\s+").length > best.text().split("\\s+").length) best = m;
        String name = best.text();
        if (name.chars().noneMatch(c -> NameKeys.isCyrillic((char) c))) return name;
        if (g.type != EntityType.PERSON) {
            return UnitNames.english(name).orElseGet(() -> OrganisationNames.latin(mentions.stream().map(Mention::text).toList(), language));
        }
        String[] words = name.split("\\s+");
        String surname = nominativeSurname(mentions);
        if (words.length > 1 && inflectedMasculine(words[0])) surname = deinflectMasculine(surname);
        // Surnames in -енко decline only for men, so -енка is always a man's oblique case: Гончаренка → Гончаренко.
        if (NameKeys.fold(surname).endsWith("енка")) surname = surname.substring(0, surname.length() - 1) + "о";
        words[words.length - 1] = surname;
        return Romanizer.romanizeName(String.join(" ", words), givenNames);
    }

    /** A man's given name in another case than the nominative ("Ігоря", "Геннадия"): the surname beside it is inflected too. */
    private boolean inflectedMasculine(String given) {
        String nominative = givenNames.nominativeOf(given);
        if (nominative == null) return false;
        String n = NameKeys.fold(nominative);
        return !n.endsWith("а") && !n.endsWith("я") && !n.equals(NameKeys.fold(given));
    }

    /** Undoes the oblique case of the commonest men's surname types when a report never gives the nominative: Мурашова → Мурашов, Балицького → Балицький. */
    private static String deinflectMasculine(String surname) {
        String f = NameKeys.fold(surname);
        if (f.matches(".*(ов|ев|єв|ин|ін|ын)а")) return surname.substring(0, surname.length() - 1);
        if (f.matches(".*[кц]ого")) return surname.substring(0, surname.length() - 3) + "ий";

        return surname;
    }

    /** Of the case forms a report uses for a surname, the one most likely nominative: Федоров over Федорова, Мацегора over Мацегору. */
    private static String nominativeSurname(List<Mention> mentions) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            String[] words = m.text().split("\\s+");
            String w = words[words.length - 1];
            String f = NameKeys.fold(w);
            int rank = f.matches(".*(ий|ій|ой|ый|ко|[бвгґджзйклмнпрстфхцчшщ])") ? 0 : f.matches(".*[ая]") ? 1 : 2;
            if (rank < bestRank || rank == bestRank && w.length() < best.length()) {
                best = w;
                bestRank = rank;
            }
        }
        return best;
    }

    private static final class Group {
        final EntityType type;
        final Actor actor;
        final List<Found> members = new ArrayList<>();

        Group(EntityType type, Actor actor) {
            this.type = type;
            this.actor = actor;
        }

        void add(Found f) { members.add(f); }
    }
}
