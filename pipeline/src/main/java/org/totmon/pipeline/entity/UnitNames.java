package org.totmon.pipeline.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English name of a numbered military unit written in Ukrainian or Russian, as the English-language press
 * gives it: "219-ї окремої механізованої бригади" → "219th Separate Mechanized Brigade", "283-го мотострелкового
 * полка" → "283rd Motor Rifle Regiment". Words are compared by their key, so any case form counts.
 */
final class UnitNames {
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,4})-\\p{L}{1,3}\\s+(.+)");
    private static final Map<String, String> WORDS = keyed(Map.ofEntries(
            Map.entry("окрема", "Separate"), Map.entry("отдельная", "Separate"), Map.entry("механізована", "Mechanized"),
            Map.entry("механизированная", "Mechanized"), Map.entry("мотопіхотна", "Motorized Infantry"),
            Map.entry("мотострілецька", "Motor Rifle"), Map.entry("мотострелковая", "Motor Rifle"), Map.entry("штурмова", "Assault"),
            Map.entry("штурмовая", "Assault"), Map.entry("десантно-штурмова", "Air Assault"), Map.entry("десантно-штурмовая", "Air Assault"),
            Map.entry("гірсько-штурмова", "Mountain Assault"), Map.entry("танкова", "Tank"), Map.entry("танковая", "Tank"),
            Map.entry("артилерійська", "Artillery"), Map.entry("артиллерийская", "Artillery"), Map.entry("гвардійська", "Guards"),
            Map.entry("гвардейская", "Guards"), Map.entry("повітряно-десантна", "Airborne"), Map.entry("воздушно-десантная", "Airborne"),
            Map.entry("прикордонна", "Border"), Map.entry("президентська", "Presidential"), Map.entry("бригада", "Brigade"),
            Map.entry("батальйон", "Battalion"), Map.entry("батальон", "Battalion"), Map.entry("полк", "Regiment"),
            Map.entry("дивізія", "Division"), Map.entry("дивизия", "Division"), Map.entry("корпус", "Corps"), Map.entry("армія", "Army"),
            Map.entry("армия", "Army"), Map.entry("загін", "Detachment"), Map.entry("отряд", "Detachment"),
            Map.entry("морська піхота", "Marine"), Map.entry("морская пехота", "Marine"),
            Map.entry("територіальна оборона", "Territorial Defense"), Map.entry("территориальная оборона", "Territorial Defense"),
            Map.entry("спеціальне призначення", "Special Purpose"), Map.entry("специальное назначение", "Special Purpose")));

    private UnitNames() {}

    private static Map<String, String> keyed(Map<String, String> words) {
        Map<String, String> out = new java.util.HashMap<>();
        words.forEach((k, v) -> out.put(key(k), v));
        return Map.copyOf(out);
    }

    private static String key(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split("\\s+")) b.append(b.length() == 0 ? "" : " ").append(NameKeys.word(w));
        return b.toString();
    }

    /** The English name, or empty when the text is not a numbered unit or has a word this class does not know. */
    static Optional<String> english(String text) {
        Matcher m = NUMBERED.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        String[] words = m.group(2).split("\\s+");
        List<String> adjectives = new ArrayList<>();
        String unit = null, complement = null;
        for (int i = 0; i < words.length; i++) {
            String english = WORDS.get(key(words[i]));
            if (unit == null && english != null && Character.isUpperCase(english.charAt(0)) && isUnit(english)) {
                unit = english;
            } else if (unit == null && english != null) {
                adjectives.add(english);
            } else if (unit != null && i + 1 < words.length && WORDS.containsKey(key(words[i] + " " + words[i + 1]))) {
                complement = WORDS.get(key(words[i] + " " + words[i + 1]));
                i++;
            } else {
                return Optional.empty();
            }
        }
        if (unit == null) return Optional.empty();
        if (complement != null) adjectives.add(complement);
        return Optional.of(ordinal(Integer.parseInt(m.group(1))) + " " + String.join(" ", adjectives) + (adjectives.isEmpty() ? "" : " ") + unit);
    }

    private static boolean isUnit(String english) {
        return List.of("Brigade", "Battalion", "Regiment", "Division", "Corps", "Army", "Detachment").contains(english);
    }

    private static String ordinal(int n) {
        int t = n % 100;
        String suffix = t >= 11 && t <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
