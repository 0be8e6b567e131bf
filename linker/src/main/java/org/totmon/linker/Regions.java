package org.totmon.linker;

import org.totmon.model.Place;

/**
 * Where a place lies: its first-level administrative region (oblast, krai, republic) and its country. The linker
 * needs it to see that a settlement lies in an oblast; the command line backs it with the gazetteer.
 */
@FunctionalInterface
public interface Regions {
    /** The region and country of {@code place}; null when unknown. A region is its own region. */
    Region of(Place place);

    /** Whether {@code place} is a city that gives its region its name (Kherson, Zaporizhzhia); false when unknown. */
    default boolean namesItsRegion(Place place) {
        return false;
    }

    /** Whether {@code place} is a body of water (a river, reservoir or sea); false when unknown. */
    default boolean water(Place place) {
        return false;
    }

    /**
     * The gazetteer's place with GeoNames id {@code geonamesId}, without mentions; null when unknown. An event may name
     * a place its report's places layer does not hold (a town's vote counted for its oblast), and its id says where.
     */
    default Place place(long geonamesId) {
        return null;
    }

    /** Knows no place: places are then compatible only when they are the same place. */
    Regions NONE = place -> null;

    /** {@code admin1} is the region's name (null for a country), {@code country} an ISO 3166-1 alpha-2 code. */
    record Region(String admin1, String country) {}
}
