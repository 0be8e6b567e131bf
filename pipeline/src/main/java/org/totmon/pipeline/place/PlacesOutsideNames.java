package org.totmon.pipeline.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Entity;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;

/**
 * The report's places: the gazetteer's matches less the mentions inside a name of a person or organisation
 * ("Kherson" in "Kherson Regional Council", "Чайковск" in "П.И. Чайковского"). A place left with no mention is
 * dropped. Towns named by their municipality's adjective ({@link MunicipalTowns}: "Вільнянської громади") are added
 * here, after the entities, rather than among the gazetteer's matches: an organisation named with one ("администрация
 * Новокаховского городского округа") stays one name, and its adjective is no place of the report.
 */
public final class PlacesOutsideNames implements Annotator {
    private final MunicipalTowns municipalTowns;

    public PlacesOutsideNames() {
        this(Gazetteer.standard());
    }

    public PlacesOutsideNames(Gazetteer gazetteer) {
        this.municipalTowns = new MunicipalTowns(gazetteer);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BOILERPLATE, Layer.LANGUAGE, Layer.PLACE_MATCHES, Layer.ENTITIES);
    }

    @Override
    public Layer produces() {
        return Layer.PLACES;
    }

    @Override
    public void annotate(Document doc) {
        List<Entity> entities = doc.entities();
        Map<String, Place> places = new LinkedHashMap<>();
        List<Mention> matched = new ArrayList<>();
        for (Place p : doc.placeMatches()) {
            matched.addAll(p.mentions());
            List<Mention> outside = new ArrayList<>();
            for (Mention m : p.mentions()) if (!inside(entities, m)) outside.add(m);
            if (!outside.isEmpty()) places.put(key(p.name(), p.geonamesId()), new Place(p.name(), p.kind(), p.lat(), p.lon(), p.geonamesId(), outside));
        }
        String text = doc.text();
        for (PlaceMatch m : municipalTowns.find(text, doc.language(), PlaceText.words(text))) {
            Mention mention = new Mention(text.substring(m.start, m.end), m.start, m.end);
            if (inside(entities, mention) || overlaps(matched, mention) || doc.isBoilerplate(m.start, m.end)) continue;
            Gazetteer.Entry e = m.candidates.get(0);
            Place known = places.get(key(e.name(), e.geonamesId()));
            List<Mention> mentions = new ArrayList<>(known == null ? List.of() : known.mentions());
            mentions.add(mention);
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            places.put(key(e.name(), e.geonamesId()), new Place(e.name(), e.kind(), e.lat(), e.lon(), e.geonamesId(), mentions));
        }
        doc.places().addAll(places.values());
    }

    private static String key(String name, Long geonamesId) {
        return name + "\t" + geonamesId;
    }

    private static boolean inside(List<Entity> entities, Mention m) {
        for (Entity e : entities) for (Mention em : e.mentions()) if (em.start() <= m.start() && m.end() <= em.end()) return true;
        return false;
    }

    private static boolean overlaps(List<Mention> mentions, Mention m) {
        for (Mention x : mentions) if (x.start() < m.end() && m.start() < x.end()) return true;
        return false;
    }
}
