package org.totmon.model;

import java.util.Locale;

/** Which side of the war a source speaks for. */
public enum Side {
    OCCUPATION, UKRAINE, THIRD_PARTY, UNKNOWN;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Side of(String label) { return valueOf(label.strip().toUpperCase(Locale.ROOT)); }
}
