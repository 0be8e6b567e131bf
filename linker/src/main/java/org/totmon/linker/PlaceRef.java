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

    /** The region this place lies in, as a place of its own; this place when its region is unknown. */
    PlaceRef region() {
        return admin1 == null || kind == PlaceKind.REGION ? this : new PlaceRef(admin1, PlaceKind.REGION, admin1, country, null, null);
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

    /** How near a site (a dam, a plant, a bridge) lies to a settlement or site that reports name for the same spot. */
    public static final double SITE_RADIUS_KM = 15;

    /** The same place, one inside the other, or a site and a place within {@link #SITE_RADIUS_KM} of it (a dam and its town). */
    public boolean compatible(PlaceRef o) {
        return same(o) || inside(o) || o.inside(this) || nearSite(o);
    }

    private boolean nearSite(PlaceRef o) {
        boolean site = kind == PlaceKind.OTHER || o.kind == PlaceKind.OTHER;
        boolean local = kind != PlaceKind.REGION && kind != PlaceKind.COUNTRY && o.kind != PlaceKind.REGION && o.kind != PlaceKind.COUNTRY;
        if (!site || !local || lat == null || lon == null || o.lat == null || o.lon == null) return false;
        return kilometres(lat, lon, o.lat, o.lon) <= SITE_RADIUS_KM;
    }

    /** Great-circle distance (haversine). */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
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
