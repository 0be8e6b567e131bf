package org.totmon.pipeline.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.totmon.pipeline.text.Morphology;

/**
 * Towns named by the adjective of their municipality: "Вільнянської громади", "Генического городского округа",
 * "Херсонська міська військова адміністрація" are Vilniansk, Henichesk and Kherson. The adjective's stem, its case
 * ending cut as an adjective's ({@code declension.tsv}), is looked up in the gazetteer's derived table
 * ({@link MunicipalAdjectives}); the words after it are read by their dictionary lemmas ({@code place-words.tsv}: a
 * municipal noun by itself, a council noun after a municipal adjective, fillers between). The mention runs from the adjective to
 * the noun: it is the municipality's name.
 */
public final class MunicipalTowns {
    private static final Set<String> MUNICIPAL_NOUNS = PlaceWords.set("municipal_noun");
    private static final Set<String> COUNCIL_NOUNS = PlaceWords.set("council_noun");
    private static final Set<String> MUNICIPAL_ADJECTIVES = PlaceWords.set("municipal_adjective");
    private static final Set<String> MUNICIPAL_FILLERS = PlaceWords.set("municipal_filler");

    private final Gazetteer gazetteer;

    MunicipalTowns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The canonical names of the towns whose municipality is named in {@code text} ("администрации Каховского
     * муниципального округа": Kakhovka), in text order: the names the places layer leaves inside an organisation's.
     */
    public static List<String> townsNamedIn(String text, String language) {
        List<String> out = new ArrayList<>();
        for (PlaceMatch m : new MunicipalTowns(Gazetteer.standard()).find(text, language, PlaceText.words(text))) {
            out.add(m.candidates.get(0).name());
        }
        return out;
    }

    /** The municipalities' names of a report that name their towns, in text order. */
    List<PlaceMatch> find(String text, String language, List<PlaceText.Word> words) {
        List<PlaceMatch> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            PlaceMatch m = at(text, language, words, i);
            if (m != null) out.add(m);
        }
        return out;
    }

    private PlaceMatch at(String text, String language, List<PlaceText.Word> words, int i) {
        PlaceText.Word w = words.get(i);
        if (!w.capitalisedCyrillic()) return null;
        int noun = municipalNounAfter(text, language, words, i);
        if (noun < 0) return null;
        String key = w.key();
        for (int k = 1; k <= Inflection.MAX_ENDING && key.length() - k >= Inflection.MIN_STEM; k++) {
            String ending = key.substring(key.length() - k);
            if (!Inflection.allows(Inflection.ADJ_M, ending) && !Inflection.allows(Inflection.ADJ_F, ending)) continue;
            List<Gazetteer.Entry> towns = gazetteer.townsOfAdjective(key.substring(0, key.length() - k));
            if (!towns.isEmpty()) return new PlaceMatch(i, noun, w.start(), words.get(noun).end(), towns);
        }
        return null;
    }

    /**
     * The index of the municipal noun that follows the word on its line, alone or after municipal adjectives ("міської
     * військової адміністрації"); -1 for none.
     */
    private static int municipalNounAfter(String text, String language, List<PlaceText.Word> words, int i) {
        Morphology morphology = Morphology.of(language);
        boolean municipal = false;
        for (int k = i + 1; k < words.size() && spaced(text, words.get(k - 1), words.get(k)); k++) {
            List<String> lemmas = List.of(morphology.lemmas(Morphology.fold(words.get(k).surface())));
            if (lemmas.stream().anyMatch(MUNICIPAL_NOUNS::contains) || municipal && lemmas.stream().anyMatch(COUNCIL_NOUNS::contains)) return k;
            boolean adjective = lemmas.stream().anyMatch(MUNICIPAL_ADJECTIVES::contains);
            if (!adjective && lemmas.stream().noneMatch(MUNICIPAL_FILLERS::contains)) return -1;
            municipal |= adjective;
        }
        return -1;
    }

    /** Whether only spaces stand between two words. */
    private static boolean spaced(String text, PlaceText.Word a, PlaceText.Word b) {
        String gap = text.substring(a.end(), b.start());
        return gap.isBlank() && gap.indexOf('\n') < 0;
    }
}
