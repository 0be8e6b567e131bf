package org.totmon.pipeline.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.totmon.pipeline.Tsv;

/** The word classes of {@code place-words.tsv}: the words around a place name that tell what it names. */
final class PlaceWords {
    private PlaceWords() {}

    private static final Map<String, List<String>> CLASSES = load();

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new HashMap<>();
        for (Tsv.Row row : Tsv.resource(PlaceWords.class, "place-words.tsv")) {
            if (row.fields().length != 2) throw row.error("expected class<TAB>words");
            List<String> words = out.computeIfAbsent(row.field(0), k -> new ArrayList<>());
            for (String w : row.field(1).split("\\|")) {
                if (w.isBlank()) throw row.error("empty word in class " + row.field(0));
                words.add(w.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    static List<String> list(String wordClass) {
        List<String> words = CLASSES.get(wordClass);
        if (words == null) throw new IllegalStateException("place-words.tsv has no class " + wordClass);
        return List.copyOf(words);
    }

    static Set<String> set(String wordClass) {
        return Set.copyOf(list(wordClass));
    }
}
