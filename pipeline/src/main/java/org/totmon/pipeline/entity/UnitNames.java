package org.totmon.pipeline.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.totmon.model.Tsv;
import org.totmon.pipeline.text.English;

/**
 * The English name of a numbered military unit written in Ukrainian or Russian, as the English-language press
 * gives it: "219-ї окремої механізованої бригади" → "219th Separate Mechanized Brigade", "283-го мотострелкового
 * полка" → "283rd Motor Rifle Regiment". Words are compared by their key, so any case form counts.
 */
final class UnitNames {
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,4})-\\p{L}{1,3}\\s+(.+)");
    private static final Set<String> KINDS = Set.of("adjective", "unit", "complement");
    private static final List<Tsv.Row> ROWS = rows();
    /** Word key (or the keys of a phrase) → English, from {@code unit-words.tsv}. */
    private static final Map<String, String> WORDS = Map.copyOf(ROWS.stream()
            .collect(Collectors.toMap(r -> key(r.field(1)), r -> r.field(2), (a, b) -> b)));
    /** The English unit words ("Brigade"), which end a name. */
    private static final Set<String> UNITS = ROWS.stream().filter(r -> r.field(0).equals("unit")).map(r -> r.field(2))
            .collect(Collectors.toUnmodifiableSet());

    private static List<Tsv.Row> rows() {
        List<Tsv.Row> rows = Tsv.resource(UnitNames.class, "unit-words.tsv");
        for (Tsv.Row row : rows) {
            if (row.fields().length != 3 || !KINDS.contains(row.field(0))) throw row.error("expected adjective|unit|complement<TAB>word<TAB>English");
        }
        return rows;
    }

    private UnitNames() {}

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
        return Optional.of(English.ordinal(Integer.parseInt(m.group(1))) + " " + String.join(" ", adjectives) + (adjectives.isEmpty() ? "" : " ") + unit);
    }

    private static boolean isUnit(String english) {
        return UNITS.contains(english);
    }

}
