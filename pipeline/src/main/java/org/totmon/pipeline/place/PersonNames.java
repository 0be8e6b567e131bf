package org.totmon.pipeline.place;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.totmon.model.Tsv;
import org.totmon.pipeline.entity.GivenNames;

/**
 * Common given names (English spellings of Ukrainian and Russian names, and their Cyrillic forms; the rows of the
 * entity layer's {@code given-names.tsv} marked for places). A word
 * that names a place but stands next to one of these is part of a person's name: "Vladimir Putin",
 * "Oleksii Danilov", "Тараса Шевченка", "Володимира Зеленського".
 */
final class PersonNames {
    private PersonNames() {}

    private static final Set<String> GIVEN_NAMES = load();

    /** The given names the entity layer's list marks for the place layer, as word keys. */
    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (Tsv.Row row : Tsv.resource(PersonNames.class, GivenNames.BUNDLED)) {
            String use = row.fields().length > 2 ? row.field(2) : "";
            if (use.equals(GivenNames.PLACE) || use.equals(GivenNames.PLACE_ONLY)) out.add(row.field(0).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** Endings of a given name's oblique cases: Тараса, Володимиру, Tarasa. */
    private static final Set<String> CASE_ENDINGS = PlaceWords.set("given_name_case_ending");
    /** What a case ending may have replaced at the end of the dictionary form: Миколи ← Микола, Сергія ← Сергій. */
    private static final List<String> DICTIONARY_ENDINGS = PlaceWords.list("given_name_dictionary_ending");

    /** Whether a word key is a given name, in its dictionary form or (for Cyrillic and romanized genitives) a case form. */
    static boolean isGivenName(String key) {
        return GIVEN_NAMES.contains(key) || isInflectedGivenName(key);
    }

    /** A case form of a given name, never the dictionary form itself ("Тараса", not "Тарас" or "Івано-"). */
    static boolean isInflectedGivenName(String key) {
        for (int cut = 1; cut <= 3 && cut < key.length(); cut++) {
            String ending = key.substring(key.length() - cut);
            if (!CASE_ENDINGS.contains(ending)) continue;
            String head = key.substring(0, key.length() - cut);
            if (GIVEN_NAMES.contains(head)) return true;
            for (String dictionary : DICTIONARY_ENDINGS) if (GIVEN_NAMES.contains(head + dictionary)) return true;
        }
        return false;
    }
}
