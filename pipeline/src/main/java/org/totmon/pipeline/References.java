package org.totmon.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.totmon.model.Entity;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.pipeline.entity.Romanizer;

/**
 * How the layers that name entities and places (events, claims) refer to them by id: an entity by its
 * {@linkplain Extraction#entityId position id}, a place by its GeoNames id. Within one report an entity's canonical
 * name is unique, and so is a place's, so a name the layer settled on finds exactly one item.
 */
public final class References {
    private References() {}

    /** The id of the entity called {@code name} (its canonical name, else the text of one of its mentions or its Russian romanization), or null. */
    public static String entityId(List<Entity> entities, String name) {
        if (name == null) return null;
        for (int i = 0; i < entities.size(); i++) if (entities.get(i).name().equals(name)) return Extraction.entityId(i);
        for (int i = 0; i < entities.size(); i++) {
            for (Mention m : entities.get(i).mentions()) if (m.text().equals(name)) return Extraction.entityId(i);
        }
        // An occupation official speaks under the Russian romanization of a mention (attribution's speaker names).
        for (int i = 0; i < entities.size(); i++) {
            for (Mention m : entities.get(i).mentions()) if (Romanizer.romanizeRussian(m.text()).equals(name)) return Extraction.entityId(i);
        }
        return null;
    }

    /** The ids of the names that are entities, in order; names of no entity are left out. */
    public static List<String> entityIds(List<Entity> entities, Collection<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            String id = entityId(entities, name);
            if (id != null && !out.contains(id)) out.add(id);
        }
        return out;
    }

    /** The GeoNames id of the place called {@code name}, or null (no such place, or one the gazetteer gives no id). */
    public static Long geonamesId(List<Place> places, String name) {
        if (name == null) return null;
        for (Place p : places) if (p.name().equals(name)) return p.geonamesId();
        return null;
    }
}
