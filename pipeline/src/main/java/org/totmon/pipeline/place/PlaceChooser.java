package org.totmon.pipeline.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totmon.model.PlaceKind;
import org.totmon.pipeline.WordClasses;
import org.totmon.pipeline.place.PlaceMatch.Cue;
import org.totmon.pipeline.text.Conjunctions;
import org.totmon.pipeline.text.English;

/**
 * Which place each match names. A settlement that shares its name with a region (Kherson, Zaporizhzhia,
 * Belgorod) is the region when a region word follows ("Kherson region", "Zaporozhye and Kherson regions"), when it
 * is listed with regions or spoken of as territory ("the TOT of Zaporizhzhia"), and the city otherwise; bare
 * mentions follow the report's other cued mentions of the same name. Names of small or faraway places that are
 * also surnames or common words are kept only with support.
 */
final class PlaceChooser {
    private static final Set<String> REGION_AFTER = PlaceWords.set("region_after");
    private static final Set<String> REGION_BEFORE = PlaceWords.set("region_before");
    private static final Set<String> CITY_BEFORE = PlaceWords.set("city_before");
    private static final Set<String> CITY_AFTER = PlaceWords.set("city_after");
    private static final Set<String> CONJUNCTIONS = Conjunctions.union(Conjunctions.LIST, PlaceWords.set("list_word"));
    /** Words that put a village name in place position ("near Robotyne", "в селі Роботине", "звільнили ..."). */
    private static final Set<String> PLACE_BEFORE = PlaceWords.set("place_before");
    /** Words that make a river of a name shared with a city ("the left bank of the Dnipro", "берега Дніпра"). */
    private static final Set<String> RIVER_BEFORE = PlaceWords.set("river_before");
    /** Genitive and dative endings of masculine adjectives, which are also those of surnames ("Толстого",
     * "Чайковського", "Березовському"): a place in such a form needs a word that puts it in place position. */
    private static final List<String> SURNAME_LIKE_ENDINGS = PlaceWords.list("surname_like_ending");
    /** Foreign towns under this size, outside Russia's border regions, are named in these reports only as
     * places ("in Chaykovsky"); elsewhere their names are surnames and common words. */
    private static final long FAR_TOWN = 100_000, FAR_CITY = 1_000_000;
    private static final long VILLAGE = 2_000, SMALL_TOWN = 10_000;
    /** "на Запоріжжі" is the oblast, "у Запоріжжі" and a bare "Запоріжжя" the city. */
    private static final Set<String> LOCAL_REGION_PREPOSITIONS = PlaceWords.set("local_region_preposition");
    private static final List<String> LOCAL_REGION_ENDINGS = PlaceWords.list("local_region_ending");
    /** "the Dnipro": a name after the article is more often a river or a facility than a town. */
    /** How many words before or after a name its context reaches. */
    static final int CONTEXT_WORDS = 3;
    private static final Set<String> BORDER_REGIONS = PlaceSelection.RU_BORDER_ADMIN1;

    private final Gazetteer gazetteer;

    PlaceChooser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void choose(List<PlaceMatch> matches, String text, List<PlaceText.Word> words) {
        Set<String> areas = new HashSet<>();
        for (PlaceMatch m : matches) {
            if (m.candidates.size() == 1 && "UA".equals(m.candidates.get(0).country())) areas.add(m.candidates.get(0).admin1());
        }
        for (PlaceMatch m : matches) {
            boolean afterThe = m.first > 0 && English.isDefiniteArticle(words.get(m.first - 1).surface());
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
            if (gazetteer.namesake(best) != null) m.cue = cue(m, text, words);
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
    private static void dropUnlikelySmallPlaces(List<PlaceMatch> matches, String text, List<PlaceText.Word> words) {
        int n = matches.size();
        boolean[] kept = new boolean[n];
        for (int i = 0; i < n; i++) kept[i] = !needsSupport(matches.get(i), text, words);
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (kept[i]) continue;
                PlaceMatch m = matches.get(i);
                boolean support = i > 0 && kept[i - 1] && listed(text, matches.get(i - 1).end, m.start)
                        || i + 1 < n && kept[i + 1] && listed(text, m.end, matches.get(i + 1).start);
                for (int j = 0; j < n && !support; j++) support = kept[j] && matches.get(j).chosen.equals(m.chosen);
                if (support) kept[i] = changed = true;
            }
        }
        List<PlaceMatch> keep = new ArrayList<>();
        for (int i = 0; i < n; i++) if (kept[i]) keep.add(matches.get(i));
        matches.retainAll(keep);
    }

    private static boolean needsSupport(PlaceMatch m, String text, List<PlaceText.Word> words) {
        Gazetteer.Entry e = m.chosen;
        if (e.kind() != PlaceKind.SETTLEMENT) return false;
        boolean opening = m.first == 0 || sentenceBreak(text, words.get(m.first - 1).end(), m.start);
        String before = m.first > 0 && !opening ? words.get(m.first - 1).key() : "";
        boolean placed = PLACE_BEFORE.contains(before) || CITY_BEFORE.contains(before);
        String surface = text.substring(m.start, m.end);
        boolean cyrillic = PlaceText.isCyrillic(surface);
        boolean single = m.first == m.last;
        boolean ukrainianTown = "UA".equals(e.country()) && e.population() >= SMALL_TOWN;
        if (cyrillic && single && !placed && !ukrainianTown && WordClasses.endsWithAny(PlaceText.key(surface), SURNAME_LIKE_ENDINGS)) return true;
        boolean farAway = !"UA".equals(e.country()) && !BORDER_REGIONS.contains(e.admin1());
        if (farAway && e.population() < FAR_TOWN) return !placed;
        if (farAway && cyrillic && opening && "RU".equals(e.country()) && e.population() < FAR_CITY) return true;
        if (e.population() < VILLAGE) return !placed;
        return single && e.population() < SMALL_TOWN && opening;
    }

    private static Cue cue(PlaceMatch m, String text, List<PlaceText.Word> words) {
        String surface = text.substring(m.start, m.end);
        if (m.first > 0 && LOCAL_REGION_PREPOSITIONS.contains(words.get(m.first - 1).key()) && PlaceText.isCyrillic(surface)
                && WordClasses.endsWithAny(surface, LOCAL_REGION_ENDINGS)) {
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
    private void resolveGroups(List<PlaceMatch> matches, String text) {
        int i = 0;
        while (i < matches.size()) {
            int j = i;
            while (j + 1 < matches.size() && listed(text, matches.get(j).end, matches.get(j + 1).start)) j++;
            if (j > i) {
                List<PlaceMatch> group = matches.subList(i, j + 1);
                boolean region = false, city = false, allAmbiguous = true;
                for (PlaceMatch m : group) {
                    region |= m.cue == Cue.REGION || m.cue == Cue.LOCAL_REGION || m.chosen.kind() == PlaceKind.REGION;
                    city |= m.cue == Cue.CITY;
                    allAmbiguous &= gazetteer.namesake(m.chosen) != null;
                }
                Cue shared = region && !city ? Cue.REGION : city && !region ? Cue.CITY
                        : allAmbiguous && group.size() >= 3 && !city ? Cue.REGION : Cue.NONE;
                for (PlaceMatch m : group) if (m.cue == Cue.NONE && gazetteer.namesake(m.chosen) != null) m.cue = shared;
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
    private void resolveDocument(List<PlaceMatch> matches) {
        Map<String, Set<Cue>> cues = new HashMap<>();
        for (PlaceMatch m : matches) {
            if (gazetteer.namesake(m.chosen) != null && m.cue != Cue.LOCAL_REGION) cues.computeIfAbsent(m.chosen.id(), k -> new HashSet<>()).add(m.cue);
        }
        for (PlaceMatch m : matches) {
            Gazetteer.Entry region = gazetteer.namesake(m.chosen);
            if (region == null) continue;
            Set<Cue> seen = cues.getOrDefault(m.chosen.id(), Set.of());
            boolean asRegion = m.cue == Cue.REGION || m.cue == Cue.LOCAL_REGION
                    || (m.cue == Cue.NONE && seen.contains(Cue.REGION) && !seen.contains(Cue.CITY));
            if (asRegion) m.chosen = region;
        }
    }
}
