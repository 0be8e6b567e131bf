package org.totmon.pipeline.text;

import java.util.HashSet;
import java.util.Set;
import org.totmon.pipeline.WordClasses;

/**
 * The conjunctions of English, Ukrainian and Russian, from the model's {@code words/conjunctions.tsv}, which the linker
 * reads too: one list for every layer that joins or splits on them, lower case.
 */
public final class Conjunctions {
    private static final WordClasses WORDS = WordClasses.resource(Conjunctions.class, "/org/totmon/model/words/conjunctions.tsv");

    /** "and", "і", "та", "и": joins the items of a list or two verbs of one subject. */
    public static final Set<String> AND = WORDS.set("and");
    /** "or", "або", "или": joins alternatives. */
    public static final Set<String> OR = WORDS.set("or");
    /** "and" and "or" words: what joins the items of a list. */
    public static final Set<String> LIST = union(AND, OR);
    /** "but", "але", "а", "но": a new clause set against the one before. */
    public static final Set<String> BUT = WORDS.set("but");

    private Conjunctions() {}

    /** The words of both sets. */
    public static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
