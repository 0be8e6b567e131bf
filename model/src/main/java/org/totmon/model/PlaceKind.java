package org.totmon.model;

import java.util.Locale;

public enum PlaceKind {
    COUNTRY, REGION, SETTLEMENT, OTHER,
    /**
     * A body of water (a river, reservoir or sea: GeoNames feature class H), as the linker compares places: it spans
     * regions, so it is near places rather than containing them. The places layer reports it as {@link #OTHER}, as the
     * annotation format has it; the gazetteer marks it.
     */
    WATER;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static PlaceKind of(String label) { return valueOf(label.toUpperCase(Locale.ROOT)); }
}
