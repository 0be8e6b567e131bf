package org.totmon.pipeline.place;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.totmon.pipeline.WordClasses;

/** The word classes of {@code place-words.tsv}: the words around a place name that tell what it names. */
final class PlaceWords {
    private PlaceWords() {}

    private static final WordClasses CLASSES = WordClasses.resource(PlaceWords.class, "place-words.tsv");

    static List<String> list(String wordClass) {
        return CLASSES.list(wordClass).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    static Set<String> set(String wordClass) {
        return Set.copyOf(list(wordClass));
    }

    /** A class of word forms written as a regular expression. */
    static Pattern pattern(String wordClass) {
        return CLASSES.pattern(wordClass);
    }
}
