package org.totmon.pipeline.event;

import org.totmon.model.PlaceKind;
import org.totmon.pipeline.place.Gazetteer;

/** The region named like a town (Kherson → Kherson Oblast), by the gazetteer. Part of {@link EventAnnotator}. */
final class Namesakes {
    private Namesakes() {}

    /** The region named like the settlement of this canonical name; null when it has none or is no settlement. */
    static String regionOf(String settlement) {
        Gazetteer gazetteer = Gazetteer.standard();
        for (Gazetteer.Entry e : gazetteer.lookup(settlement)) {
            Gazetteer.Entry region = e.kind() == PlaceKind.SETTLEMENT && e.name().equals(settlement) ? gazetteer.namesake(e) : null;
            if (region != null) return region.name();
        }
        return null;
    }
}
