package org.totmon.pipeline.text;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.totmon.model.Tsv;

/**
 * The lemmas of a word, read from a morfologik dictionary: for Ukrainian the one search uses (ua.net.nlp), for Russian
 * and English LanguageTool's. A word the dictionary does not know is its own lemma, so a rule can still name it.
 * Thread-safe: the dictionary is shared, each thread has its own lookup, and lemmas are cached per word form.
 */
public final class Morphology {
    private static final Map<String, String> DICTIONARIES = Map.of(
            "uk", "/ua/net/nlp/ukrainian.dict",
            "ru", "/org/languagetool/resource/ru/russian.dict",
            "en", "/org/languagetool/resource/en/english.dict");
    /** Dictionaries from a lemma and a tag to the form ("lemma|tag" → form): LanguageTool ships Russian's. */
    private static final Map<String, String> SYNTHESIS = Map.of("ru", "/org/languagetool/resource/ru/russian_synth.dict");
    /** Word forms of a language kept with their lemmas; news vocabulary stays well under this. */
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, Morphology> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final ThreadLocal<DictionaryLookup> lookup;
    private final Map<String, String[]> cache = new ConcurrentHashMap<>();
    /** The synthesis dictionary's lookup, read on first use; null for a language without one. */
    private volatile ThreadLocal<DictionaryLookup> synthesis;

    /** One reading of a word: its lemma as the dictionary writes it (ё kept) and its tag (uk "adj:f:v_rod", ru "ADJ:Posit:Fem:R"). */
    public record Analysis(String lemma, String tag) {}

    private Morphology(String language, Dictionary dictionary) {
        this.language = language;
        this.lookup = dictionary == null ? null : ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** The morphology of {@code en}, {@code uk} or {@code ru}, loaded once; any other language has none (every word its own lemma). */
    public static Morphology of(String language) {
        return LOADED.computeIfAbsent(language == null ? "" : language, Morphology::load);
    }

    private static Morphology load(String language) {
        String path = DICTIONARIES.get(language);
        return new Morphology(language, path == null ? null : dictionary(path));
    }

    private static Dictionary dictionary(String path) {
        String info = path.replace(".dict", ".info");
        try (InputStream dict = Morphology.class.getResourceAsStream(path); InputStream meta = Morphology.class.getResourceAsStream(info)) {
            if (dict == null || meta == null) throw new IllegalStateException(path + " is not on the classpath");
            return Dictionary.read(dict, meta);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dictionary " + path + ": " + e.getMessage(), e);
        }
    }

    public String language() { return language; }

    /** Lower case, one apostrophe, letters folded ({@link Letters}: ё as е): the form in which words, lemmas and rules are compared. */
    public static String fold(String word) {
        return Letters.fold(word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'').replace('`', '\''));
    }

    /** A dictionary's form as a text spells it: with е for ё unless the text's word writes ё (most Russian texts do not). */
    public static String spelledAs(String form, String written) {
        return Letters.hasFolded(written.toLowerCase(Locale.ROOT)) ? form : Letters.fold(form);
    }

    /** The folded lemmas of a folded word form, the form itself when the dictionary does not know it; never empty. */
    public String[] lemmas(String folded) {
        String[] known = cache.get(folded);
        if (known != null) return known;
        String[] found = lookUp(folded);
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        cache.put(folded, found);
        return found;
    }

    private String[] lookUp(String folded) {
        if (lookup == null || folded.isEmpty() || !Character.isLetter(folded.charAt(0))) return new String[] {folded};
        Set<String> lemmas = new LinkedHashSet<>();
        DictionaryLookup l = lookup.get();
        collect(l, folded, lemmas);
        // The Ukrainian dictionary spells the apostrophe as U+2019 where the folded form has U+0027.
        if (lemmas.isEmpty() && folded.indexOf('\'') >= 0) collect(l, folded.replace('\'', '’'), lemmas);
        if (lemmas.isEmpty()) return new String[] {folded};
        return lemmas.toArray(String[]::new);
    }

    /** Every reading of a folded word form the dictionary knows, in its order; empty for an unknown word. */
    public List<Analysis> analyses(String folded) {
        List<Analysis> out = new ArrayList<>();
        if (lookup == null || folded.isEmpty()) return out;
        DictionaryLookup l = lookup.get();
        for (String form : folded.indexOf('\'') >= 0 ? List.of(folded, folded.replace('\'', '’')) : List.of(folded)) {
            for (WordData w : l.lookup(form)) {
                CharSequence stem = w.getStem(), tag = w.getTag();
                if (stem == null || stem.length() == 0 || tag == null) continue;
                // A tag may join several readings of one lemma with '|' (the Ukrainian dictionary's).
                for (String t : tag.toString().split("\\|")) out.add(new Analysis(stem.toString(), t));
            }
            if (!out.isEmpty()) break;
        }
        return out;
    }

    /** Case name → language → the tag parts of that case ({@code cases.tsv}). */
    private static final Map<String, Map<String, Set<String>>> CASES = cases();

    /**
     * Whether a word's readings ({@link #analyses}) are in no form of the case ({@code cases.tsv}: "Россию" is never
     * locative); false for an unknown word (no readings), or a language whose case the table does not name.
     */
    public boolean neverIn(String caseName, List<Analysis> readings) {
        return everyReading(caseName, readings, false);
    }

    /**
     * Whether every one of a word's readings is in the category ({@code cases.tsv}); false for an unknown word, or a
     * language whose category the table does not name.
     */
    public boolean onlyIn(String caseName, List<Analysis> readings) {
        return everyReading(caseName, readings, true);
    }

    /** Whether every reading is in the category ({@code in}) or every one is not; false as {@link #neverIn} says. */
    private boolean everyReading(String caseName, List<Analysis> readings, boolean in) {
        Set<String> tags = CASES.getOrDefault(caseName, Map.of()).get(language);
        if (tags == null || readings.isEmpty()) return false;
        for (Analysis a : readings) {
            if (Arrays.stream(a.tag().split(":")).anyMatch(tags::contains) != in) return false;
        }
        return true;
    }

    private static Map<String, Map<String, Set<String>>> cases() {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        for (Tsv.Row row : Tsv.resource(Morphology.class, "/org/totmon/pipeline/text/cases.tsv")) {
            if (row.fields().length != 3) throw row.error("expected language<TAB>case<TAB>tags");
            out.computeIfAbsent(row.field(1), k -> new HashMap<>()).put(row.field(0), Set.of(row.field(2).split("\\|")));
        }
        return out;
    }

    /** The forms of a lemma with a tag, by the language's synthesis dictionary; empty where there is none. */
    public List<String> synthesize(String lemma, String tag) {
        String path = SYNTHESIS.get(language);
        if (path == null) return List.of();
        ThreadLocal<DictionaryLookup> s = synthesis;
        if (s == null) {
            synchronized (this) {
                if (synthesis == null) {
                    Dictionary d = dictionary(path);
                    synthesis = ThreadLocal.withInitial(() -> new DictionaryLookup(d));
                }
                s = synthesis;
            }
        }
        List<String> out = new ArrayList<>();
        for (WordData w : s.get().lookup(lemma + "|" + tag)) if (w.getStem() != null) out.add(w.getStem().toString());
        return out;
    }

    private static void collect(DictionaryLookup lookup, String form, Set<String> into) {
        for (WordData w : lookup.lookup(form)) {
            CharSequence stem = w.getStem();
            if (stem != null && stem.length() > 0) into.add(fold(stem.toString()));
        }
    }
}
