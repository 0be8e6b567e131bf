package org.totmon.pipeline.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.totmon.model.Tsv;
import org.totmon.pipeline.WordClasses;

/** Given names in Latin and Cyrillic script: the strongest sign that a capitalised pair of words is a person. */
public final class GivenNames {
    /** Also read by the place layer ({@code place.PersonNames}), which takes the rows marked "place" or "place-only". */
    public static final String BUNDLED = "/org/totmon/pipeline/entity/given-names.tsv";
    public static final String PLACE = "place", PLACE_ONLY = "place-only";
    /** Endings whose name loses its last letter in the oblique cases, with the form that stands for those cases. */
    private static final List<String[]> OBLIQUE = WordClasses.resource(GivenNames.class, "name-forms.tsv").replacements("given_name_oblique");
    /** Word key → the nominative form, so an inflected "Геннадія" can be named "Геннадій". */
    private final Map<String, String> nominative;

    private GivenNames(Map<String, String> nominative) {
        this.nominative = Map.copyOf(nominative);
    }

    public static GivenNames bundled() {
        Map<String, String> names = new HashMap<>();
        for (Tsv.Row row : Tsv.resource(GivenNames.class, BUNDLED)) {
            String name = row.field(0);
            if (name.isEmpty() || row.fields().length > 2 && PLACE_ONLY.equals(row.field(2))) continue;
            names.putIfAbsent(NameKeys.word(name), name);
            // Сергей, Николай: the oblique forms (Сергея, Николаю, Сергеем) lose the й, so their key differs.
            for (String[] e : OBLIQUE) {
                if (name.endsWith(e[0])) names.putIfAbsent(NameKeys.word(name.substring(0, name.length() - e[0].length()) + e[1]), name);
            }
        }
        return new GivenNames(names);
    }

    public boolean contains(String word) {
        return nominative.containsKey(NameKeys.word(word));
    }

    /** The nominative form of a given name in any case form, or null. */
    public String nominativeOf(String word) {
        return nominative.get(NameKeys.word(word));
    }
}
