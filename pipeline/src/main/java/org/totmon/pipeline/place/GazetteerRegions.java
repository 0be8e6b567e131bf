package org.totmon.pipeline.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.totmon.linker.Regions;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;

/**
 * The region and country of a place, from the gazetteer the places were resolved against: what the linker needs to
 * see that a settlement lies in an oblast. Thread-safe once built.
 */
public final class GazetteerRegions implements Regions {
    private final Gazetteer gazetteer;
    private final Map<Long, Gazetteer.Entry> byGeonamesId = new HashMap<>();
    /** Region names by GeoNames admin1 code ("UA.26" → "Zaporizhzhia Oblast"). */
    private final Map<String, String> regionNames = new HashMap<>();

    public GazetteerRegions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Gazetteer.Entry e : gazetteer.entries()) {
            if (e.geonamesId() != null) byGeonamesId.putIfAbsent(e.geonamesId(), e);
            // GeoNames' own region, not a curated one sharing its code, names the code.
            if (e.kind() == PlaceKind.REGION && e.admin1() != null && !e.admin1().isEmpty()
                    && (e.geonamesId() != null || !regionNames.containsKey(e.admin1()))) {
                regionNames.put(e.admin1(), e.name());
            }
        }
    }

    private static final class Standard {
        static final GazetteerRegions INSTANCE = new GazetteerRegions(Gazetteer.standard());
    }

    /** Over the shipped gazetteer, loaded when a place is first asked about (linking nothing needs none). */
    public static Regions standard() {
        return new Regions() {
            @Override
            public Region of(Place place) {
                return Standard.INSTANCE.of(place);
            }

            @Override
            public boolean namesItsRegion(Place place) {
                return Standard.INSTANCE.namesItsRegion(place);
            }

            @Override
            public Place place(long geonamesId) {
                return Standard.INSTANCE.place(geonamesId);
            }

            @Override
            public boolean water(Place place) {
                return Standard.INSTANCE.water(place);
            }
        };
    }

    @Override
    public boolean water(Place place) {
        Gazetteer.Entry e = entry(place);
        return e != null && e.water();
    }

    @Override
    public boolean namesItsRegion(Place place) {
        Gazetteer.Entry e = entry(place);
        return e != null && e.kind() == PlaceKind.SETTLEMENT && gazetteer.namesake(e) != null;
    }

    @Override
    public Place place(long geonamesId) {
        Gazetteer.Entry e = byGeonamesId.get(geonamesId);
        return e == null ? null : new Place(e.name(), e.kind(), e.lat(), e.lon(), e.geonamesId(), List.of());
    }

    private Gazetteer.Entry entry(Place place) {
        Gazetteer.Entry e = place.geonamesId() == null ? null : byGeonamesId.get(place.geonamesId());
        if (e != null) return e;
        return gazetteer.lookup(place.name()).stream()
                .filter(x -> x.name().equals(place.name()) && x.kind() == place.kind()).findFirst().orElse(null);
    }

    @Override
    public Region of(Place place) {
        Gazetteer.Entry e = entry(place);
        if (e == null) return null;
        String admin1 = switch (e.kind()) {
            case COUNTRY -> null;
            case REGION -> e.name();
            default -> e.admin1() == null ? null : regionNames.get(e.admin1());
        };
        return new Region(admin1, e.country() == null || e.country().isEmpty() ? null : e.country());
    }
}
