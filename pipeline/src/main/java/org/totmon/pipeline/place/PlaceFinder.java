package org.totmon.pipeline.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.totmon.model.PlaceKind;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.text.Conjunctions;
import org.totmon.pipeline.text.Morphology;

/**
 * The stretches of a report that name places: by hash lookups over word windows, longest first (exact name keys,
 * and for Cyrillic the stem-and-ending index of {@link Gazetteer}), leaving out names that are part of a person's
 * name, a newspaper's or an organisation's, and country abbreviations used as adjectives ("US officials").
 */
final class PlaceFinder {
    /** A place name followed by one of these names a newspaper or a force ("Kyiv Post", "Black Sea Fleet"). */
    private static final Set<String> MEDIA_HEADS = PlaceWords.set("media_head");
    /** Titles before a person's name ("President Kirov", "пан Шевченко", "БК ім. Шевченка" = named after).
     * Office nouns that take a genitive ("мер Мелітополя", "mayor of Kherson") are not among them. */
    private static final Set<String> TITLES = PlaceWords.set("title");
    /** Words that may follow a country abbreviation used as a noun ("the US and its allies"); any other
     * following word makes "US", "U.S.", "UK" an adjective ("US officials"), which is no place mention. */
    private static final Set<String> AFTER_NOUN = PlaceWords.set("after_noun");
    /** Words that put a village name in place position ("near Robotyne", "в селі Роботине", "звільнили ..."). */
    private static final Set<String> PLACE_BEFORE = PlaceWords.set("place_before");
    /** Prepositions of the locative: after them a noun-named place never takes the instrumental "-ом"
     * ("в Георгиевском зале" is an adjective, not Георгиевск). */
    private static final Set<String> LOCATIVE_PREPOSITIONS = PlaceWords.set("locative_preposition");
    private static final Set<String> LOCATIVE_LOOKALIKES = PlaceWords.set("locative_lookalike");
    /** "Херсонської обл.", "Луганської ОВА", "Запорожской ВГА": abbreviations whose first word is "область". */
    private static final Set<String> OBLAST_ABBREVIATIONS = PlaceWords.set("oblast_abbreviation");
    private static final Set<String> CONJUNCTIONS = Conjunctions.union(Conjunctions.LIST, PlaceWords.set("list_word"));
    /** The stems of the nouns an elliptic region adjective goes with ("Херсонської та Запорізької областей",
     * "Донецкой и Луганской «народных республик»"), and the nouns' nominatives, whose phrases the gazetteer knows. */
    private static final List<String> OBLAST_STEMS = PlaceWords.list("oblast_stem");
    private static final List<List<String>> OBLAST_NOUNS = phrases("oblast_noun");
    private static final List<String> REPUBLIC_STEMS = PlaceWords.list("republic_stem");
    private static final List<List<String>> REPUBLIC_NOUNS = phrases("republic_noun");
    private static final List<String> PEOPLES_STEMS = PlaceWords.list("peoples_stem");
    /** "Armed Forces of Ukraine": the word before a country that names an organisation's owner. */
    private static final Set<String> OWNER_PREPOSITIONS = PlaceWords.set("owner_preposition");
    private static final int CONTEXT_WORDS = PlaceChooser.CONTEXT_WORDS;

    private final Gazetteer gazetteer;

    private static List<List<String>> phrases(String wordClass) {
        return PlaceWords.list(wordClass).stream().map(p -> List.of(p.split(" "))).toList();
    }

    private static boolean startsWithAny(String key, List<String> stems) {
        for (String s : stems) if (key.startsWith(s)) return true;
        return false;
    }

    PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<PlaceMatch> find(Document doc, String text, List<PlaceText.Word> words) {
        List<PlaceMatch> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            PlaceMatch m = longestAt(text, words, i);
            if (m == null) m = ellipticRegionAdjective(text, words, i);
            if (m == null) m = byDictionary(text, doc.language(), words, i);
            if (m != null && !doc.isBoilerplate(m.start, m.end) && !isMediaTitle(text, words, m)
                    && !isPartOfPersonName(text, words, m, out) && !isAdjectivalAbbreviation(text, words, m)
                    && !isInsideOrganisationName(words, m)) {
                out.add(m);
                i = m.last + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private PlaceMatch longestAt(String text, List<PlaceText.Word> words, int i) {
        int max = Math.min(gazetteer.maxWords(), words.size() - i);
        List<String> keys = new ArrayList<>(max);
        keys.add(words.get(i).key());
        int n = 1;
        while (n < max && joinable(text, words.get(i + n - 1), words.get(i + n))) {
            keys.add(words.get(i + n).key());
            n++;
        }
        PlaceText.Word first = words.get(i);
        boolean capitalized = Character.isUpperCase(first.surface().charAt(0));
        boolean cyrillic = PlaceText.isCyrillic(first.surface());
        for (; n >= 1; n--) {
            List<String> window = keys.subList(0, n);
            int end = words.get(i + n - 1).end();
            List<Gazetteer.Entry> found = new ArrayList<>();
            for (Gazetteer.NameHit h : gazetteer.exact(String.join(" ", window))) {
                boolean ok = switch (h.flag()) {
                    case Gazetteer.EXACT_CASE -> letters(text.substring(first.start(), end)).equals(letters(h.surface()))
                            && (!isStateAbbreviation(h.surface()) || inDateline(text, first.start(), end));
                    case Gazetteer.ANY_CASE -> true;
                    default -> capitalized;
                };
                if (ok && !found.contains(h.entry())) found.add(h.entry());
            }
            if (cyrillic) {
                boolean afterLocative = i > 0 && LOCATIVE_PREPOSITIONS.contains(words.get(i - 1).key());
                for (Gazetteer.Inflected h : gazetteer.inflected(window)) {
                    boolean nounAsAdjective = afterLocative && (h.lastClass() & ~Inflection.ALTERNATE) == Inflection.CONS
                            && LOCATIVE_LOOKALIKES.contains(h.lastEnding());
                    if ((capitalized || h.flag() == Gazetteer.ANY_CASE) && !nounAsAdjective && !found.contains(h.entry())) found.add(h.entry());
                }
            }
            if (!found.isEmpty()) return new PlaceMatch(i, i + n - 1, first.start(), end, found);
        }
        return null;
    }

    /**
     * A large town's one-word name in a case form the endings cannot match, since its stem is too short to cut safely
     * ("в Дохе", "из Рима", "у Відні"): a capitalised Cyrillic word whose dictionary lemma is that name. The dictionary
     * knows only the forms of a real word, so no short stem of a village is ever taken for it. A word that may be an
     * adjective is none. At a sentence's start
     * the capital tells nothing, so there the word must be read as nothing but nouns ("Досі" is also "still").
     */
    private PlaceMatch byDictionary(String text, String language, List<PlaceText.Word> words, int i) {
        PlaceText.Word w = words.get(i);
        if (!w.capitalisedCyrillic()) return null;
        Morphology morphology = Morphology.of(language);
        String folded = Morphology.fold(w.surface());
        List<Morphology.Analysis> readings = morphology.analyses(folded);
        // An adjective's form is no town's ("в Георгиевском зале"), whatever town's case it also spells.
        if (!morphology.neverIn("adjective", readings) || !midSentence(text, words, i) && !morphology.onlyIn("noun", readings)) return null;
        List<Gazetteer.Entry> found = new ArrayList<>();
        for (String lemma : morphology.lemmas(folded)) {
            String key = PlaceText.nameKey(lemma);
            if (key.equals(w.key()) || key.contains(" ")) continue;
            for (Gazetteer.NameHit h : gazetteer.exact(key)) {
                Gazetteer.Entry e = h.entry();
                if (h.flag() != Gazetteer.EXACT_CASE && e.kind() == PlaceKind.SETTLEMENT && e.population() >= Inflection.MAJOR_POPULATION
                        && !found.contains(e)) found.add(e);
            }
        }
        return found.isEmpty() ? null : new PlaceMatch(i, i, w.start(), w.end(), found);
    }

    /** Whether a word follows another of its sentence: no sentence's end or line break between them. */
    private static boolean midSentence(String text, List<PlaceText.Word> words, int i) {
        if (i == 0) return false;
        String gap = text.substring(words.get(i - 1).end(), words.get(i).start());
        return gap.chars().noneMatch(c -> c == '.' || c == '!' || c == '?' || c == '…' || c == '\n');
    }

    /**
     * "Херсонской и Запорожской областях", "Херсонської обл.", "Донецкой и Луганской «народных республик»": a
     * region adjective whose noun is abbreviated or comes after the next adjective.
     */
    private PlaceMatch ellipticRegionAdjective(String text, List<PlaceText.Word> words, int i) {
        PlaceText.Word w = words.get(i);
        if (!w.capitalisedCyrillic()) return null;
        List<List<String>> nouns = List.of();
        for (int k = i + 1; k <= Math.min(words.size() - 1, i + CONTEXT_WORDS + 1); k++) {
            String key = words.get(k).key();
            if (startsWithAny(key, OBLAST_STEMS) || OBLAST_ABBREVIATIONS.contains(key)) { nouns = OBLAST_NOUNS; break; }
            if (startsWithAny(key, REPUBLIC_STEMS)) {
                nouns = REPUBLIC_NOUNS;
                break;
            }
            if (!CONJUNCTIONS.contains(key) && !startsWithAny(key, PEOPLES_STEMS) && !Character.isUpperCase(words.get(k).surface().charAt(0))) break;
        }
        List<Gazetteer.Entry> found = new ArrayList<>();
        for (List<String> noun : nouns) {
            List<String> phrase = new ArrayList<>(noun);
            phrase.add(0, w.key());
            for (Gazetteer.Inflected h : gazetteer.inflected(phrase)) {
                if (h.entry().kind() == PlaceKind.REGION && !found.contains(h.entry())) found.add(h.entry());
            }
        }
        return found.isEmpty() ? null : new PlaceMatch(i, i, w.start(), w.end(), found);
    }

    /** "Conn.", "Ore.", "Calif.": a name that is one abbreviated word; as a word it is often common ("Mass.", "Ill."). */
    private static boolean isStateAbbreviation(String name) {
        return name.endsWith(".") && name.indexOf('.') == name.length() - 1;
    }

    /** "NEW HAVEN, Conn. —": the abbreviation is written with its dot, right after a place and a comma. */
    private static boolean inDateline(String text, int start, int end) {
        if (end >= text.length() || text.charAt(end) != '.') return false;
        int k = start - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        return k > 0 && text.charAt(k) == ',' && Character.isLetter(text.charAt(k - 1));
    }

    /** Words join into a name across spaces, hyphens and abbreviation dots, not across lines or commas. */
    static boolean joinable(String text, PlaceText.Word a, PlaceText.Word b) {
        if (b.start() - a.end() > 3) return false;
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u00a0' && c != '-' && c != '.' && c != '‐' && !PlaceText.isApostrophe(c)) return false;
        }
        return true;
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) b.append(s.charAt(i));
        return b.toString();
    }

    private static boolean isMediaTitle(String text, List<PlaceText.Word> words, PlaceMatch m) {
        if (m.last + 1 >= words.size()) return false;
        PlaceText.Word next = words.get(m.last + 1);
        return Character.isUpperCase(next.surface().charAt(0)) && MEDIA_HEADS.contains(next.key())
                && joinable(text, words.get(m.last), next);
    }

    /**
     * "Vladimir Putin", "Oleksii Danilov", "President Kirov", "БК ім. Шевченка", and the second half of a
     * hyphenated surname ("Lvova-Belova") are people, not places.
     */
    private static boolean isPartOfPersonName(String text, List<PlaceText.Word> words, PlaceMatch m, List<PlaceMatch> found) {
        if (m.first > 0) {
            PlaceText.Word prev = words.get(m.first - 1);
            String gap = text.substring(prev.end(), m.start);
            boolean spaced = gap.isBlank() || gap.equals(". ") || gap.equals(".");
            if (spaced && (PersonNames.isGivenName(prev.key()) && Character.isUpperCase(prev.surface().charAt(0))
                    || TITLES.contains(prev.key()))) return true;
            boolean previousFound = !found.isEmpty() && found.get(found.size() - 1).last == m.first - 1;
            if (gap.equals("-") && Character.isUpperCase(prev.surface().charAt(0)) && !previousFound) return true;
            boolean initial = prev.surface().length() == 1 && Character.isUpperCase(prev.surface().charAt(0));
            if (initial && gap.strip().equals(".")) return true; // "В. Путин", "A. S. Pushkin"
        }
        if (m.first == m.last && PersonNames.isGivenName(words.get(m.first).key()) && m.last + 1 < words.size()) {
            PlaceText.Word next = words.get(m.last + 1);
            return Character.isUpperCase(next.surface().charAt(0)) && text.substring(m.end, next.start()).isBlank();
        }
        return false;
    }

    private boolean isAdjectivalAbbreviation(String text, List<PlaceText.Word> words, PlaceMatch m) {
        boolean abbreviation = true;
        for (Gazetteer.Entry e : m.candidates) abbreviation &= e.kind() == PlaceKind.COUNTRY;
        String surface = text.substring(m.start, m.end);
        if (!abbreviation || PlaceText.isCyrillic(surface) || !letters(surface).equals(letters(surface).toUpperCase()) || letters(surface).length() > 3
                || m.last + 1 >= words.size()) return false;
        PlaceText.Word next = words.get(m.last + 1);
        int gapEnd = next.start();
        String gap = text.substring(m.end, gapEnd).replace(".", "");
        return gap.isBlank() && !gap.contains("\n") && !AFTER_NOUN.contains(next.key());
    }

    /** "Armed Forces of Ukraine", "Security Service of Ukraine": the country names an organisation's owner. */
    private boolean isInsideOrganisationName(List<PlaceText.Word> words, PlaceMatch m) {
        if (m.first < 2 || !OWNER_PREPOSITIONS.contains(words.get(m.first - 1).surface())) return false;
        for (Gazetteer.Entry e : m.candidates) if (e.kind() != PlaceKind.COUNTRY) return false;
        String head = words.get(m.first - 2).surface();
        return head.length() > 1 && Character.isUpperCase(head.charAt(0)) && !head.equals(head.toUpperCase());
    }
}
