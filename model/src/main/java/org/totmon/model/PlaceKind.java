package org.totmon.model;

import java.util.Locale;

public enum PlaceKind {
    COUNTRY, REGION, SETTLEMENT, OTHER;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static PlaceKind of(String label) { return valueOf(label.toUpperCase(Locale.ROOT)); }
}
