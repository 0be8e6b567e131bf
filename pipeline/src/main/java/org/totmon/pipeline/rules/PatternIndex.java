package org.totmon.pipeline.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Values found by the pattern they carry, indexed by what the pattern's first token must be (a word, a lemma, the
 * first letters of a stem), so that finding the patterns that may start at a token costs a few hash lookups instead
 * of trying every pattern. Immutable once built.
 */
public final class PatternIndex<T> {
    /** How many letters of a stem key it; stems shorter than this are tried everywhere. */
    static final int PREFIX_KEY = 3;

    private final Map<String, List<Indexed<T>>> byKey = new HashMap<>();
    private final List<Indexed<T>> everywhere = new ArrayList<>();

    private record Indexed<T>(int order, T value) {}

    public PatternIndex(List<T> values, Function<T, TokenPattern> pattern) {
        for (int i = 0; i < values.size(); i++) {
            Indexed<T> v = new Indexed<>(i, values.get(i));
            List<String> keys = pattern.apply(values.get(i)).startKeys();
            if (keys.isEmpty()) everywhere.add(v);
            for (String k : keys) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
    }

    /** The values whose pattern may match from token {@code at}, in the order they were given. */
    public List<T> candidates(Tokens words, int at) {
        List<Indexed<T>> found = new ArrayList<>(everywhere);
        String w = words.get(at);
        add(found, "w:" + w);
        if (w.length() >= PREFIX_KEY) add(found, "p:" + w.substring(0, PREFIX_KEY));
        for (String l : words.lemmas(at)) add(found, "l:" + l);
        if (found.isEmpty()) return List.of();
        found.sort((a, b) -> Integer.compare(a.order(), b.order()));
        List<T> out = new ArrayList<>(found.size());
        Indexed<T> last = null;
        for (Indexed<T> v : found) {
            if (v != last) out.add(v.value());
            last = v;
        }
        return out;
    }

    private void add(List<Indexed<T>> into, String key) {
        List<Indexed<T>> v = byKey.get(key);
        if (v != null) into.addAll(v);
    }
}
