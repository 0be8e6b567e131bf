package org.totmon.pipeline.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.totmon.model.PlaceKind;

/**
 * The place names the annotator knows (GeoNames (www.geonames.org), CC BY 4.0, plus a curated list), indexed
 * by the key of each name and, for Cyrillic names, by the stems of their words. Immutable once loaded.
 * The resource is written by {@link GazetteerBuilder}; its format is described there.
 */
public final class Gazetteer {
    static final String RESOURCE = "gazetteer.tsv.gz";
    static final String HEADER = "id\tgeonames_id\tname\tkind\tlat\tlon\tcountry\tadmin1\tpopulation\tnamesake\tnames";
    /** Name prefix: the name matches only as written, case included ("US", "РФ"). */
    static final char EXACT_CASE = '!';
    /** Name prefix: the name also matches in lower case ("russia", "росії", "southern Ukraine"). */
    static final char ANY_CASE = '~';

    /**
     * One place. {@code admin1} is "CC.code" (e.g. "UA.26"); {@code namesake} is the id of the region named
     * like this settlement (Kherson → Kherson Oblast), else null. A body of water (the file's kind {@code water}) is of
     * kind {@link PlaceKind#OTHER}, as the places layer reports it, with {@code water} set: only the linker tells it apart.
     */
    public record Entry(String id, Long geonamesId, String name, PlaceKind kind, double lat, double lon,
                        String country, String admin1, long population, String namesake, boolean water) {}

    /** A name of an entry as the index holds it: its surface (for exact-case names) and its flag. */
    record NameHit(Entry entry, String surface, char flag) {}

    /** A Cyrillic name indexed by stems: the declension class of each word. */
    record StemHit(Entry entry, char flag, int[] classes) {}

    /** A text window matched by stems: the name's last word's class and the ending the text gave it. */
    record Inflected(Entry entry, char flag, int lastClass, String lastEnding) {}

    private final List<Entry> entries;
    private final Map<String, Entry> byId;
    private final Map<String, List<NameHit>> exact;
    private final Map<String, List<StemHit>> stemmed;
    private final Set<String> stems;
    private final int maxWords;
    private final MunicipalAdjectives municipalAdjectives;

    private Gazetteer(List<Entry> entries, Map<String, List<NameHit>> exact, Map<String, List<StemHit>> stemmed,
                      Set<String> stems, int maxWords, MunicipalAdjectives municipalAdjectives) {
        this.entries = List.copyOf(entries);
        Map<String, Entry> ids = new HashMap<>();
        for (Entry e : entries) ids.put(e.id(), e);
        this.byId = Map.copyOf(ids);
        this.exact = exact;
        this.stemmed = stemmed;
        this.stems = stems;
        this.maxWords = maxWords;
        this.municipalAdjectives = municipalAdjectives;
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = loadResource();

        private static Gazetteer loadResource() {
            InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
            try (in) {
                return read(new GZIPInputStream(in), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The gazetteer shipped in the jar, loaded on first use and shared. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /** Reads a gazetteer in the resource's TSV form (not gzip'd); {@code source} names it in errors. */
    public static Gazetteer read(InputStream tsv, String source) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Map<String, List<NameHit>> exact = new HashMap<>(1 << 17);
        Map<String, List<StemHit>> stemmed = new HashMap<>(1 << 16);
        Set<String> stems = new HashSet<>(1 << 16);
        MunicipalAdjectives.Builder adjectives = new MunicipalAdjectives.Builder();
        int maxWords = 1;
        BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        boolean header = false;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (!header) {
                if (!line.equals(HEADER)) throw new IOException(source + ":" + n + ": expected header '" + HEADER + "'");
                header = true;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 11) throw new IOException(source + ":" + n + ": expected 11 fields, found " + f.length);
            Entry e;
            try {
                PlaceKind kind = PlaceKind.of(f[3]);
                boolean water = kind == PlaceKind.WATER;
                e = new Entry(f[0], f[1].isEmpty() ? null : Long.valueOf(f[1]), f[2], water ? PlaceKind.OTHER : kind,
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6], f[7],
                        f[8].isEmpty() ? 0 : Long.parseLong(f[8]), f[9].isEmpty() ? null : f[9], water);
            } catch (IllegalArgumentException ex) {
                throw new IOException(source + ":" + n + ": bad field: " + ex.getMessage(), ex);
            }
            entries.add(e);
            for (String raw : f[10].split("\\|")) {
                if (raw.isEmpty()) continue;
                char flag = raw.charAt(0) == EXACT_CASE || raw.charAt(0) == ANY_CASE ? raw.charAt(0) : ' ';
                String name = flag == ' ' ? raw : raw.substring(1);
                String key = PlaceText.nameKey(name);
                if (key.isEmpty()) continue;
                String[] words = key.split(" ");
                maxWords = Math.max(maxWords, words.length);
                exact.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new NameHit(e, name, flag));
                if (flag != EXACT_CASE && PlaceText.isCyrillic(name)) {
                    indexStems(e, flag, words, stemmed, stems);
                    adjectives.add(e, key);
                }
            }
        }
        if (!header) throw new IOException(source + ": no header line");
        return new Gazetteer(entries, exact, stemmed, stems, maxWords, adjectives.build());
    }

    private static void indexStems(Entry e, char flag, String[] words, Map<String, List<StemHit>> stemmed, Set<String> stems) {
        List<List<Inflection.Stem>> perWord = new ArrayList<>();
        boolean major = e.country().equals("UA") && e.kind() == PlaceKind.SETTLEMENT && e.population() >= Inflection.MAJOR_POPULATION;
        for (int i = 0; i < words.length; i++) {
            List<Inflection.Stem> s = Inflection.stems(words[i], i == words.length - 1, words.length > 1, major);
            if (s.isEmpty()) return;
            perWord.add(s);
        }
        combine(perWord, 0, new String[words.length], new int[words.length], (key, classes) -> {
            stemmed.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new StemHit(e, flag, classes));
        });
        for (List<Inflection.Stem> s : perWord) for (Inflection.Stem x : s) stems.add(x.stem());
    }

    private interface StemSink { void accept(String key, int[] classes); }

    private static void combine(List<List<Inflection.Stem>> perWord, int i, String[] parts, int[] classes, StemSink sink) {
        if (i == perWord.size()) {
            sink.accept(String.join(" ", parts), classes.clone());
            return;
        }
        for (Inflection.Stem s : perWord.get(i)) {
            parts[i] = s.stem();
            classes[i] = s.cls();
            combine(perWord, i + 1, parts, classes, sink);
        }
    }

    public List<Entry> entries() { return entries; }

    public Entry byId(String id) { return byId.get(id); }

    /** The region named like this settlement (Kherson → Kherson Oblast), else null. */
    public Entry namesake(Entry e) {
        return e.namesake() == null ? null : byId(e.namesake());
    }

    int maxWords() { return maxWords; }

    /** The towns whose adjective has this stem, derived from the gazetteer's names ({@link MunicipalAdjectives}). */
    List<Entry> townsOfAdjective(String stem) {
        return municipalAdjectives.towns(stem);
    }

    List<NameHit> exact(String key) {
        return exact.getOrDefault(key, List.of());
    }

    /**
     * Names whose words, cut into stem and ending, equal these words' keys: each text word is tried at
     * every cut that leaves a known stem, and each ending must belong to the name word's class.
     */
    List<Inflected> inflected(List<String> wordKeys) {
        List<List<String[]>> cuts = new ArrayList<>();
        for (String w : wordKeys) {
            List<String[]> c = new ArrayList<>(2);
            for (int k = 0; k <= Inflection.MAX_ENDING && (k == 0 || w.length() - k >= Inflection.MIN_LAST_STEM); k++) {
                String stem = w.substring(0, w.length() - k);
                if (stems.contains(stem)) c.add(new String[] {stem, w.substring(w.length() - k)});
            }
            if (c.isEmpty()) return List.of();
            cuts.add(c);
        }
        List<Inflected> out = new ArrayList<>();
        collect(cuts, 0, new String[cuts.size()], new String[cuts.size()], out);
        return out;
    }

    private void collect(List<List<String[]>> cuts, int i, String[] stemParts, String[] endings, List<Inflected> out) {
        if (i == cuts.size()) {
            for (StemHit h : stemmed.getOrDefault(String.join(" ", stemParts), List.of())) {
                boolean ok = true;
                for (int w = 0; w < endings.length && ok; w++) ok = Inflection.allows(h.classes()[w], endings[w]);
                int last = endings.length - 1;
                Inflected x = new Inflected(h.entry(), h.flag(), h.classes()[last], endings[last]);
                if (ok && !out.contains(x)) out.add(x);
            }
            return;
        }
        for (String[] c : cuts.get(i)) {
            stemParts[i] = c[0];
            endings[i] = c[1];
            collect(cuts, i + 1, stemParts, endings, out);
        }
    }

    /** The places a name may denote, in any script and (for Cyrillic) any case form, without context. */
    public List<Entry> lookup(String name) {
        String key = PlaceText.nameKey(name);
        Set<Entry> out = new LinkedHashSet<>();
        for (NameHit h : exact(key)) out.add(h.entry());
        if (PlaceText.isCyrillic(name) && !key.isEmpty()) {
            for (Inflected h : inflected(List.of(key.split(" ")))) out.add(h.entry());
        }
        List<Entry> list = new ArrayList<>(out);
        list.sort(PlaceRanking.PRIOR);
        return Collections.unmodifiableList(list);
    }
}
