package org.totmon.web;

import java.util.Locale;
import java.util.Map;

/** One colour per event type, the same on the timeline, the map and their legends (colour-blind-safe where it can be). */
final class EventColors {
    private static final Map<String, String> COLOR = Map.ofEntries(
            Map.entry("ATTACK", "#d62728"), Map.entry("COMBAT", "#8c2d04"), Map.entry("DETENTION", "#9467bd"),
            Map.entry("DEPORTATION", "#e377c2"), Map.entry("PASSPORTIZATION", "#1f77b4"), Map.entry("ELECTION", "#17becf"),
            Map.entry("GOVERNANCE", "#2ca02c"), Map.entry("INFORMATION_OP", "#bcbd22"), Map.entry("CONDEMNATION", "#7f7f7f"),
            Map.entry("RESISTANCE", "#ff7f0e"), Map.entry("OTHER", "#4d4d4d"));
    static final String DEFAULT = "#4d4d4d";

    private EventColors() {}

    static String of(String type) {
        return type == null ? DEFAULT : COLOR.getOrDefault(type.toUpperCase(Locale.ROOT), DEFAULT);
    }

    /** A dot of the type's colour (an SVG attribute, which the Content-Security-Policy allows where a style would not be). */
    static String dot(String type) {
        return "<svg class=\"dot\" width=\"10\" height=\"10\" aria-hidden=\"true\"><circle cx=\"5\" cy=\"5\" r=\"5\" fill=\"" + of(type) + "\"></circle></svg>";
    }

    /** Every type and its colour, as a JSON object for the map's script. */
    static String json() {
        StringBuilder b = new StringBuilder("{");
        COLOR.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(b.length() > 1 ? "," : "").append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"'));
        return b.append('}').toString();
    }
}
