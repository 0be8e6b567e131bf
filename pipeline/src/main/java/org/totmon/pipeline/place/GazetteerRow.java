package org.totmon.pipeline.place;

import java.util.LinkedHashMap;
import org.totmon.model.PlaceKind;

/** A place on its way into the resource. */
final class GazetteerRow {
    String id;
    Long geonamesId;
    String name;
    PlaceKind kind;
    double lat, lon;
    String country, admin1 = "", admin2 = "", code = "";
    long population;
    String namesake = "";
    final LinkedHashMap<String, String> names = new LinkedHashMap<>(); // key+flag -> name with flag

    void addName(String name) {
        String n = name.strip();
        if (n.isEmpty() || n.indexOf('|') >= 0 || n.indexOf('\t') >= 0) return;
        char flag = n.charAt(0) == Gazetteer.EXACT_CASE || n.charAt(0) == Gazetteer.ANY_CASE ? n.charAt(0) : ' ';
        String key = PlaceText.nameKey(flag == ' ' ? n : n.substring(1));
        if (key.isEmpty()) return;
        names.putIfAbsent(flag == Gazetteer.EXACT_CASE ? n : key + flag, n);
    }

    void removeName(String name) {
        String key = PlaceText.nameKey(name);
        names.values().removeIf(v -> PlaceText.nameKey(withoutFlag(v)).equals(key));
    }

    /** A name as written, without the gazetteer's case flag. */
    static String withoutFlag(String name) {
        return name.charAt(0) == Gazetteer.EXACT_CASE || name.charAt(0) == Gazetteer.ANY_CASE ? name.substring(1) : name;
    }
}
