package org.totmon.linker;

import java.util.Objects;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;

/**
 * A place as the linker compares it: its name and kind from the report (a body of water the gazetteer knows is of kind
 * {@link PlaceKind#WATER}), and the region and country it lies in.
 */
public record PlaceRef(String name, PlaceKind kind, String admin1, String country, Double lat, Double lon) {

    public static PlaceRef of(Place place, Regions regions) {
        Regions.Region r = regions.of(place);
        String admin1 = r == null ? null : r.admin1();
        String country = r == null ? null : r.country();
        PlaceKind kind = regions.water(place) ? PlaceKind.WATER : place.kind();
        return new PlaceRef(place.name(), kind, admin1, country, place.lat(), place.lon());
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

    /**
     * How far from a body of water's point a settlement's or region's point may lie for a report to place there what
     * another places on the water. The gazetteer knows a river, reservoir or sea by one point (a river's in the stretch
     * reports speak of), not by its course or shore, so the reach is wide: a flooding "on the Dnipro" and one "in Kherson
     * Oblast" may be one, one "in Belgorod Oblast" may not.
     */
    public static final double WATER_REACH_KM = 200;

    /**
     * The same place, one inside the other, a site and a place within {@link #SITE_RADIUS_KM} of it (a dam and its
     * town), or a body of water and a settlement or region near it ({@link #WATER_REACH_KM}).
     */
    public boolean compatible(PlaceRef o) {
        return same(o) || inside(o) || o.inside(this) || nearSite(o) || nearWater(o);
    }

    /** One of the two is a body of water and the other a settlement or region near it ({@link #WATER_REACH_KM}). */
    public boolean nearWater(PlaceRef o) {
        return waterNear(o) || o.waterNear(this);
    }

    private boolean nearSite(PlaceRef o) {
        boolean site = kind == PlaceKind.OTHER || o.kind == PlaceKind.OTHER;
        if (!site || !local() || !o.local() || lat == null || lon == null || o.lat == null || o.lon == null) return false;
        return kilometres(lat, lon, o.lat, o.lon) <= SITE_RADIUS_KM;
    }

    /** A place of one point: not a region, a country or a body of water. */
    boolean local() {
        return kind != PlaceKind.REGION && kind != PlaceKind.COUNTRY && kind != PlaceKind.WATER;
    }

    /**
     * This is a body of water and {@code o} a settlement or region whose point lies within {@link #WATER_REACH_KM} of
     * its own. A site (a dam, a bridge) is told by its own name, and two bodies of water are compatible only as the same.
     */
    private boolean waterNear(PlaceRef o) {
        if (kind != PlaceKind.WATER || !o.reachesWater() || lat == null || lon == null) return false;
        return kilometres(lat, lon, o.lat, o.lon) <= WATER_REACH_KM;
    }

    /** A place a body of water can be near: a settlement or region with a point. */
    boolean reachesWater() {
        return (kind == PlaceKind.SETTLEMENT || kind == PlaceKind.REGION) && lat != null && lon != null;
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
            case REGION, WATER -> 1;
            case COUNTRY -> 0;
        };
    }
}
