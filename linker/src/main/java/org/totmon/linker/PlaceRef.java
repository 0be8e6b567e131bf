package org.totmon.linker;

import java.util.Objects;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;

/** A place as the linker compares it: its name and kind from the report, and the region and country it lies in. */
public record PlaceRef(String name, PlaceKind kind, String admin1, String country, Double lat, Double lon) {

    static PlaceRef of(Place place, Regions regions) {
        Regions.Region r = regions.of(place);
        String admin1 = r == null ? null : r.admin1();
        String country = r == null ? null : r.country();
        return new PlaceRef(place.name(), place.kind(), admin1, country, place.lat(), place.lon());
    }

    /** A name from an event that the report's places layer does not hold: nothing known but the name. */
    static PlaceRef named(String name) {
        return new PlaceRef(name, PlaceKind.OTHER, null, null, null, null);
    }

    public boolean same(PlaceRef o) {
        return name.equalsIgnoreCase(o.name);
    }

    /** This place lies inside {@code o}: a settlement in its oblast, anything in its country. */
    public boolean inside(PlaceRef o) {
        if (same(o)) return false;
        if (o.kind == PlaceKind.REGION) return o.name.equalsIgnoreCase(admin1) || admin1 != null && admin1.equals(o.admin1);
        if (o.kind == PlaceKind.COUNTRY) return country != null && country.equals(o.country) && kind != PlaceKind.COUNTRY;
        return false;
    }

    /** The same place, or one inside the other. */
    public boolean compatible(PlaceRef o) {
        return same(o) || inside(o) || o.inside(this);
    }

    /** Settlements are more specific than regions, regions than countries. */
    int specificity() {
        return switch (Objects.requireNonNullElse(kind, PlaceKind.OTHER)) {
            case SETTLEMENT -> 3;
            case OTHER -> 2;
            case REGION -> 1;
            case COUNTRY -> 0;
        };
    }
}
