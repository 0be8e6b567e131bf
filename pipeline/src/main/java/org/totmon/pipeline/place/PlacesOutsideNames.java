package org.totmon.pipeline.place;

import java.util.ArrayList;
import java.util.List;
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
 * dropped.
 */
public final class PlacesOutsideNames implements Annotator {
    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.PLACE_MATCHES, Layer.ENTITIES);
    }

    @Override
    public Layer produces() {
        return Layer.PLACES;
    }

    @Override
    public void annotate(Document doc) {
        List<Entity> entities = doc.entities();
        for (Place p : doc.placeMatches()) {
            List<Mention> outside = new ArrayList<>();
            for (Mention m : p.mentions()) if (!inside(entities, m)) outside.add(m);
            if (!outside.isEmpty()) doc.places().add(new Place(p.name(), p.kind(), p.lat(), p.lon(), p.geonamesId(), outside));
        }
    }

    private static boolean inside(List<Entity> entities, Mention m) {
        for (Entity e : entities) for (Mention em : e.mentions()) if (em.start() <= m.start() && m.end() <= em.end()) return true;
        return false;
    }
}
