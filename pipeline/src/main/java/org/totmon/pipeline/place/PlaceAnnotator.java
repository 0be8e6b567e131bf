package org.totmon.pipeline.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;

/**
 * Finds place names in a report (English, Ukrainian, Russian; the script of each word decides how it is
 * looked up, so a report of unknown language is read in all three) and adds one {@link Place} per distinct
 * place, with all its mentions, to {@code doc.placeMatches()}; {@link PlacesOutsideNames} makes the report's places of them ({@code doc.places()}.
 *
 * <p>Matching is by hash lookups over word windows, longest first: exact name keys, and for Cyrillic the
 * stem-and-ending index of {@link Gazetteer}. A settlement that shares its name with a region (Kherson,
 * Zaporizhzhia, Belgorod) is the region when a region word follows ("Kherson region", "Zaporozhye and Kherson
 * regions"), when it is listed with regions ("Donetsk, Luhansk, Kherson, Zaporizhzhia, and Crimea") or spoken
 * of as territory ("the TOT of Zaporizhzhia"), and the city otherwise; bare mentions follow the document's
 * other cued mentions of the same name. Names of small or faraway places that are also surnames or common
 * words ("Толстого", "Чудово") are kept only with support: a place word before them, a kept neighbour in a
 * list, or a supported mention of the same place. Text inside boilerplate is skipped.
 */
public final class PlaceAnnotator implements Annotator {
    private static final Set<String> REGION_AFTER = PlaceWords.set("region_after");
    private static final Set<String> REGION_BEFORE = PlaceWords.set("region_before");
    private static final Set<String> CITY_BEFORE = PlaceWords.set("city_before");
    private static final Set<String> CITY_AFTER = PlaceWords.set("city_after");
    private static final Set<String> CONJUNCTIONS = PlaceWords.set("conjunction");
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
    /** Words that make a river of a name shared with a city ("the left bank of the Dnipro", "берега Дніпра"). */
    private static final Set<String> RIVER_BEFORE = PlaceWords.set("river_before");
    /** Genitive and dative endings of masculine adjectives, which are also those of surnames ("Толстого",
     * "Чайковського", "Березовському"): a place in such a form needs a word that puts it in place position. */
    private static final List<String> SURNAME_LIKE_ENDINGS = PlaceWords.list("surname_like_ending");
    /** Foreign towns under this size, outside Russia's border regions, are named in these reports only as
     * places ("in Chaykovsky"); elsewhere their names are surnames and common words. */
    private static final long FAR_TOWN = 100_000, FAR_CITY = 1_000_000;
    /** "Херсонської обл.", "Луганської ОВА", "Запорожской ВГА": abbreviations whose first word is "область". */
    private static final Set<String> OBLAST_ABBREVIATIONS = PlaceWords.set("oblast_abbreviation");
    /** A Ukrainian place followed by one of these is a unit or a facility named after it ("Kakhovka hromada",
     * "Saky airbase"), a place of kind other at the same point: the suffix of its canonical name. */
    private static final Map<String, String> NAMED_AFTER_PLACE = Map.of("hromada", "hromada", "airbase", "Air Base",
            "airfield", "Air Base", "громада", "hromada");
    private static final long VILLAGE = 2_000, SMALL_TOWN = 10_000;
    private static final int CONTEXT_WORDS = 3;
    private static final Set<String> BORDER_REGIONS = GazetteerBuilder.RU_BORDER_ADMIN1;

    private final Gazetteer gazetteer;

    public PlaceAnnotator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** What the context says a name shared by a city and its region means; LOCAL_REGION holds for one mention only. */
    private enum Cue { NONE, REGION, CITY, LOCAL_REGION }

    /** One stretch of text that names a place: its words, its candidate places, and what it resolves to. */
    private static final class Match {
        final int first, last, start, end;
        final List<Gazetteer.Entry> candidates;
        Gazetteer.Entry chosen;
        Cue cue = Cue.NONE;

        Match(int first, int last, int start, int end, List<Gazetteer.Entry> candidates) {
            this.first = first;
            this.last = last;
            this.start = start;
            this.end = end;
            this.candidates = candidates;
        }
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BOILERPLATE);
    }

    @Override
    public Layer produces() {
        return Layer.PLACE_MATCHES;
    }

    @Override
    public void annotate(Document doc) {
        String text = doc.text();
        List<PlaceText.Word> words = PlaceText.words(text);
        List<Match> matches = find(doc, text, words);
        if (matches.isEmpty()) return;
        choose(matches, text, words);
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Gazetteer.Entry> entries = new HashMap<>();
        for (Match m : matches) {
            int end = m.end;
            Gazetteer.Entry e = m.chosen;
            if (m.last + 1 < words.size() && "UA".equals(e.country()) && e.kind() == PlaceKind.SETTLEMENT
                    && text.substring(m.end, words.get(m.last + 1).start()).equals(" ")) {
                String suffix = NAMED_AFTER_PLACE.get(words.get(m.last + 1).key());
                if (suffix != null) {
                    end = words.get(m.last + 1).end();
                    e = new Gazetteer.Entry(e.id() + ":" + suffix, null, e.name() + " " + suffix, PlaceKind.OTHER,
                            e.lat(), e.lon(), e.country(), e.admin1(), 0, null);
                }
            }
            entries.put(e.id(), e);
            mentions.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(new Mention(text.substring(m.start, end), m.start, end));
        }
        for (Map.Entry<String, List<Mention>> e : mentions.entrySet()) {
            Gazetteer.Entry p = entries.get(e.getKey());
            doc.placeMatches().add(new Place(p.name(), p.kind(), p.lat(), p.lon(), p.geonamesId(), e.getValue()));
        }
    }

    // ---- finding ----------------------------------------------------------------------------------------------

    private List<Match> find(Document doc, String text, List<PlaceText.Word> words) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match m = longestAt(text, words, i);
            if (m == null) m = ellipticRegionAdjective(text, words, i);
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

    private Match longestAt(String text, List<PlaceText.Word> words, int i) {
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
            if (!found.isEmpty()) return new Match(i, i + n - 1, first.start(), end, found);
        }
        return null;
    }

    /**
     * "Херсонской и Запорожской областях", "Херсонської обл.", "Донецкой и Луганской «народных республик»": a
     * region adjective whose noun is abbreviated or comes after the next adjective.
     */
    private Match ellipticRegionAdjective(String text, List<PlaceText.Word> words, int i) {
        PlaceText.Word w = words.get(i);
        if (!PlaceText.isCyrillic(w.surface()) || !Character.isUpperCase(w.surface().charAt(0))) return null;
        List<List<String>> nouns = List.of();
        for (int k = i + 1; k <= Math.min(words.size() - 1, i + CONTEXT_WORDS + 1); k++) {
            String key = words.get(k).key();
            if (key.startsWith("област") || OBLAST_ABBREVIATIONS.contains(key)) { nouns = List.of(List.of("область")); break; }
            if (key.startsWith("республик") || key.startsWith("республік")) {
                nouns = List.of(List.of("народная", "республика"), List.of("народна", "республіка"));
                break;
            }
            if (!CONJUNCTIONS.contains(key) && !key.startsWith("народн") && !Character.isUpperCase(words.get(k).surface().charAt(0))) break;
        }
        List<Gazetteer.Entry> found = new ArrayList<>();
        for (List<String> noun : nouns) {
            List<String> phrase = new ArrayList<>(noun);
            phrase.add(0, w.key());
            for (Gazetteer.Inflected h : gazetteer.inflected(phrase)) {
                if (h.entry().kind() == PlaceKind.REGION && !found.contains(h.entry())) found.add(h.entry());
            }
        }
        return found.isEmpty() ? null : new Match(i, i, w.start(), w.end(), found);
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
    private static boolean joinable(String text, PlaceText.Word a, PlaceText.Word b) {
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

    private static boolean isMediaTitle(String text, List<PlaceText.Word> words, Match m) {
        if (m.last + 1 >= words.size()) return false;
        PlaceText.Word next = words.get(m.last + 1);
        return Character.isUpperCase(next.surface().charAt(0)) && MEDIA_HEADS.contains(next.key())
                && joinable(text, words.get(m.last), next);
    }

    /**
     * "Vladimir Putin", "Oleksii Danilov", "President Kirov", "БК ім. Шевченка", and the second half of a
     * hyphenated surname ("Lvova-Belova") are people, not places.
     */
    private static boolean isPartOfPersonName(String text, List<PlaceText.Word> words, Match m, List<Match> found) {
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

    private boolean isAdjectivalAbbreviation(String text, List<PlaceText.Word> words, Match m) {
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
    private boolean isInsideOrganisationName(List<PlaceText.Word> words, Match m) {
        if (m.first < 2 || !words.get(m.first - 1).surface().equals("of")) return false;
        for (Gazetteer.Entry e : m.candidates) if (e.kind() != PlaceKind.COUNTRY) return false;
        String head = words.get(m.first - 2).surface();
        return head.length() > 1 && Character.isUpperCase(head.charAt(0)) && !head.equals(head.toUpperCase());
    }

    // ---- choosing ---------------------------------------------------------------------------------------------

    private void choose(List<Match> matches, String text, List<PlaceText.Word> words) {
        Set<String> areas = new HashSet<>();
        for (Match m : matches) {
            if (m.candidates.size() == 1 && "UA".equals(m.candidates.get(0).country())) areas.add(m.candidates.get(0).admin1());
        }
        for (Match m : matches) {
            boolean afterThe = m.first > 0 && words.get(m.first - 1).surface().equals("the");
            boolean river = false;
            for (int k = m.first - 1; k >= Math.max(0, m.first - CONTEXT_WORDS) && !river; k--) {
                river = RIVER_BEFORE.contains(words.get(k).key());
            }
            Gazetteer.Entry best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Gazetteer.Entry e : m.candidates) {
                double s = PlaceRanking.prior(e) + (areas.contains(e.admin1()) ? 2 : 0)
                        + ((afterThe || river) && e.kind() == PlaceKind.OTHER ? 10 : 0);
                if (s > bestScore) { best = e; bestScore = s; }
            }
            m.chosen = best;
            if (namesake(best) != null) m.cue = cue(m, text, words);
        }
        resolveGroups(matches, text);
        resolveDocument(matches);
        dropUnlikelySmallPlaces(matches, text, words);
    }

    /**
     * Names of small and faraway places are also common words and surnames ("Розділ", "Чудово", "Толстого",
     * "Врангеля"), so such a mention needs support: a word that puts it in place position (where that can
     * decide), a listed neighbour that is kept, or a supported mention of the same place in the report.
     */
    private static void dropUnlikelySmallPlaces(List<Match> matches, String text, List<PlaceText.Word> words) {
        int n = matches.size();
        boolean[] kept = new boolean[n];
        for (int i = 0; i < n; i++) kept[i] = !needsSupport(matches.get(i), text, words);
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (kept[i]) continue;
                Match m = matches.get(i);
                boolean support = i > 0 && kept[i - 1] && listed(text, matches.get(i - 1).end, m.start)
                        || i + 1 < n && kept[i + 1] && listed(text, m.end, matches.get(i + 1).start);
                for (int j = 0; j < n && !support; j++) support = kept[j] && matches.get(j).chosen.equals(m.chosen);
                if (support) kept[i] = changed = true;
            }
        }
        List<Match> keep = new ArrayList<>();
        for (int i = 0; i < n; i++) if (kept[i]) keep.add(matches.get(i));
        matches.retainAll(keep);
    }

    private static boolean needsSupport(Match m, String text, List<PlaceText.Word> words) {
        Gazetteer.Entry e = m.chosen;
        if (e.kind() != PlaceKind.SETTLEMENT) return false;
        boolean opening = m.first == 0 || sentenceBreak(text, words.get(m.first - 1).end(), m.start);
        String before = m.first > 0 && !opening ? words.get(m.first - 1).key() : "";
        boolean placed = PLACE_BEFORE.contains(before) || CITY_BEFORE.contains(before);
        String surface = text.substring(m.start, m.end);
        boolean cyrillic = PlaceText.isCyrillic(surface);
        boolean single = m.first == m.last;
        boolean ukrainianTown = "UA".equals(e.country()) && e.population() >= SMALL_TOWN;
        if (cyrillic && single && !placed && !ukrainianTown && endsWithAny(PlaceText.key(surface), SURNAME_LIKE_ENDINGS)) return true;
        boolean farAway = !"UA".equals(e.country()) && !BORDER_REGIONS.contains(e.admin1());
        if (farAway && e.population() < FAR_TOWN) return !placed;
        if (farAway && cyrillic && opening && "RU".equals(e.country()) && e.population() < FAR_CITY) return true;
        if (e.population() < VILLAGE) return !placed;
        return single && e.population() < SMALL_TOWN && opening;
    }

    private static boolean endsWithAny(String s, List<String> endings) {
        for (String x : endings) if (s.endsWith(x)) return true;
        return false;
    }

    private Gazetteer.Entry namesake(Gazetteer.Entry e) {
        return e.namesake() == null ? null : gazetteer.byId(e.namesake());
    }

    private static Cue cue(Match m, String text, List<PlaceText.Word> words) {
        String surface = text.substring(m.start, m.end);
        if (m.first > 0 && words.get(m.first - 1).key().equals("на") && PlaceText.isCyrillic(surface) && surface.endsWith("і")) {
            return Cue.LOCAL_REGION; // "на Запоріжжі" is the oblast, "у Запоріжжі" and a bare "Запоріжжя" the city
        }
        if (m.last + 1 < words.size() && REGION_AFTER.contains(words.get(m.last + 1).key())
                && !sentenceBreak(text, words.get(m.last).end(), words.get(m.last + 1).start())) {
            return Cue.REGION;
        }
        for (int k = m.first - 1; k >= Math.max(0, m.first - CONTEXT_WORDS); k--) {
            if (sentenceBreak(text, words.get(k).end(), words.get(k + 1).start())) break;
            String key = words.get(k).key();
            if (CITY_BEFORE.contains(key) && m.first - k <= 2) return Cue.CITY;
            if (REGION_BEFORE.contains(key)) return Cue.REGION;
        }
        for (int k = m.last + 1; k <= Math.min(words.size() - 1, m.last + CONTEXT_WORDS + 1); k++) {
            if (sentenceBreak(text, words.get(k - 1).end(), words.get(k).start())) break;
            if (CITY_AFTER.contains(words.get(k).key())) return Cue.CITY;
        }
        return Cue.NONE;
    }

    private static boolean sentenceBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n' || c == ':') return true;
        }
        return false;
    }

    /** Places listed together are of one kind: a bare name in a list of regions is a region. */
    private void resolveGroups(List<Match> matches, String text) {
        int i = 0;
        while (i < matches.size()) {
            int j = i;
            while (j + 1 < matches.size() && listed(text, matches.get(j).end, matches.get(j + 1).start)) j++;
            if (j > i) {
                List<Match> group = matches.subList(i, j + 1);
                boolean region = false, city = false, allAmbiguous = true;
                for (Match m : group) {
                    region |= m.cue == Cue.REGION || m.cue == Cue.LOCAL_REGION || m.chosen.kind() == PlaceKind.REGION;
                    city |= m.cue == Cue.CITY;
                    allAmbiguous &= namesake(m.chosen) != null;
                }
                Cue shared = region && !city ? Cue.REGION : city && !region ? Cue.CITY
                        : allAmbiguous && group.size() >= 3 && !city ? Cue.REGION : Cue.NONE;
                for (Match m : group) if (m.cue == Cue.NONE && namesake(m.chosen) != null) m.cue = shared;
            }
            i = j + 1;
        }
    }

    private static boolean listed(String text, int from, int to) {
        String gap = text.substring(from, to);
        if (gap.length() > 16 || sentenceBreak(text, from, to)) return false;
        for (String w : gap.split("[\\s,]+")) if (!w.isEmpty() && !CONJUNCTIONS.contains(w.toLowerCase())) return false;
        return true;
    }

    /** A bare mention follows the document's cued mentions of that name: region only if none says city. */
    private void resolveDocument(List<Match> matches) {
        Map<String, Set<Cue>> cues = new HashMap<>();
        for (Match m : matches) {
            if (namesake(m.chosen) != null && m.cue != Cue.LOCAL_REGION) cues.computeIfAbsent(m.chosen.id(), k -> new HashSet<>()).add(m.cue);
        }
        for (Match m : matches) {
            Gazetteer.Entry region = namesake(m.chosen);
            if (region == null) continue;
            Set<Cue> seen = cues.getOrDefault(m.chosen.id(), Set.of());
            boolean asRegion = m.cue == Cue.REGION || m.cue == Cue.LOCAL_REGION
                    || (m.cue == Cue.NONE && seen.contains(Cue.REGION) && !seen.contains(Cue.CITY));
            if (asRegion) m.chosen = region;
        }
    }
}
