package org.totmon.pipeline.place;

import java.util.ArrayList;
import java.util.HashMap;
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
    /** A Ukrainian place followed by one of these is a unit or a facility named after it ("Kakhovka hromada",
     * "Saky airbase"), a place of kind other at the same point: the suffix of its canonical name. */
    private static final Map<String, String> NAMED_AFTER_PLACE = namedAfterPlace();

    private static Map<String, String> namedAfterPlace() {
        Map<String, String> out = new HashMap<>();
        for (String w : PlaceWords.list("hromada_word")) out.put(w, "hromada");
        for (String w : PlaceWords.list("air_base_word")) out.put(w, "Air Base");
        return Map.copyOf(out);
    }

    private final PlaceFinder finder;
    private final PlaceChooser chooser;

    public PlaceAnnotator(Gazetteer gazetteer) {
        this.finder = new PlaceFinder(gazetteer);
        this.chooser = new PlaceChooser(gazetteer);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BOILERPLATE, Layer.LANGUAGE);
    }

    @Override
    public Layer produces() {
        return Layer.PLACE_MATCHES;
    }

    @Override
    public void annotate(Document doc) {
        String text = doc.text();
        List<PlaceText.Word> words = PlaceText.words(text);
        List<PlaceMatch> matches = finder.find(doc, text, words);
        if (matches.isEmpty()) return;
        chooser.choose(matches, text, words);
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Gazetteer.Entry> entries = new HashMap<>();
        for (PlaceMatch m : matches) {
            int end = m.end;
            Gazetteer.Entry e = m.chosen;
            if (m.last + 1 < words.size() && "UA".equals(e.country()) && e.kind() == PlaceKind.SETTLEMENT
                    && text.substring(m.end, words.get(m.last + 1).start()).equals(" ")) {
                String suffix = NAMED_AFTER_PLACE.get(words.get(m.last + 1).key());
                if (suffix != null) {
                    end = words.get(m.last + 1).end();
                    e = new Gazetteer.Entry(e.id() + ":" + suffix, null, e.name() + " " + suffix, PlaceKind.OTHER,
                            e.lat(), e.lon(), e.country(), e.admin1(), 0, null, false);
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
}
