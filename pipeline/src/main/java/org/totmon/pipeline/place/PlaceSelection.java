package org.totmon.pipeline.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which GeoNames places go into the gazetteer, and which of their names are safe to match: villages only in the
 * occupied and front-line oblasts and only with a village's ending, no name that is far more often a given name, a
 * common word or an everyday adjective.
 */
final class PlaceSelection {
    /** Occupied and front-line oblasts, whose villages are named in the reports. */
    private static final Set<String> FRONT = Set.of("05", "14", "26", "08", "11", "20", "07", "16", "21", "04", "02", "13");
    /** Russian regions on Ukraine's border, whose small towns are named in the reports. */
    private static final Set<String> RU_BORDER = Set.of("09", "10", "41", "61", "86", "38");
    /** The same regions as admin1 keys of {@link Gazetteer.Entry} ("RU.09"). */
    static final Set<String> RU_BORDER_ADMIN1 = RU_BORDER.stream().map(code -> "RU." + code).collect(Collectors.toUnmodifiableSet());
    private static final long TOWN = 2_000, NEIGHBOUR_TOWN = 15_000;
    /** Below this a settlement's alternate names are checked for words and adjectives that are not its name. */
    static final long CITY = 50_000;

    private static final Set<String> UNSAFE = GazetteerWords.UNSAFE;
    private static final Set<String> COMMON_ADJECTIVE_STEMS = GazetteerWords.COMMON_ADJECTIVE_STEMS;
    private static final List<String> VILLAGE_SUFFIXES = GazetteerWords.VILLAGE_SUFFIXES;

    /** Stems of towns, regions and countries: adjectives from them ("Київського", "Черкаське") are everyday
     * words in Cyrillic text, so a small village with such a name is matched by its Latin spelling only. */
    private final Set<String> adjectiveSources = new HashSet<>();
    /** Canonical names by GeoNames id: each is asked for several times while a place is judged. */
    private final Map<Long, String> canonicals = new HashMap<>();

    String canonical(GeoNamesFeature f) {
        return canonicals.computeIfAbsent(f.id(), id -> PlaceNameForms.canonicalOf(f));
    }

    void addAdjectiveSource(String name) {
        if (name.isEmpty() || !PlaceText.isCyrillic(name)) return;
        String first = PlaceText.nameKey(name).split(" ")[0];
        String stem = GazetteerWords.STEM_ENDING.matcher(first).replaceAll("");
        if (stem.length() >= 4) adjectiveSources.add(stem);
    }

    /** A one-word adjective name ("Київське") made from a bigger place's name. */
    boolean isDerivedAdjective(String name) {
        String key = PlaceText.nameKey(name);
        if (key.indexOf(' ') >= 0) return false;
        for (Inflection.Stem s : Inflection.stems(key, true, false)) {
            int cls = s.cls() & ~Inflection.ALTERNATE;
            if (cls != Inflection.ADJ_N && cls != Inflection.ADJ_M && cls != Inflection.ADJ_F) continue;
            for (int end = 4; end <= s.stem().length(); end++) if (adjectiveSources.contains(s.stem().substring(0, end))) return true;
        }
        return false;
    }

    boolean keepUkrainianSettlement(GeoNamesFeature f) {
        if (f.fcode().equals("PPLC") || f.fcode().equals("PPLA") || f.fcode().equals("PPLA2")) return true;
        if (!f.fcode().equals("PPL") && !f.fcode().equals("PPLA3")) return false;
        if (f.population() >= TOWN) return !isUnsafe(f);
        return FRONT.contains(f.admin1()) && isSafeVillage(f);
    }

    boolean keepNeighbour(GeoNamesFeature f) {
        if (!f.fclass().equals("P")) return false;
        if (f.fcode().equals("PPLC") || f.fcode().equals("PPLA")) return true;
        if (f.population() >= NEIGHBOUR_TOWN) return !isUnsafe(f);
        return f.country().equals("RU") && RU_BORDER.contains(f.admin1()) && f.population() >= TOWN && !isUnsafe(f);
    }

    boolean isUnsafe(GeoNamesFeature f) {
        String key = PlaceText.nameKey(canonical(f));
        return UNSAFE.contains(key) || (key.indexOf(' ') < 0 && key.length() < 4) || PlaceNameForms.isNamedAfterPerson(key);
    }

    boolean isSafeVillage(GeoNamesFeature f) {
        if (isUnsafe(f)) return false;
        String key = PlaceText.nameKey(canonical(f));
        String last = key.substring(key.lastIndexOf(' ') + 1);
        if (key.indexOf(' ') < 0 && key.length() < 6) return false;
        for (String s : VILLAGE_SUFFIXES) if (last.endsWith(s)) return true;
        return false;
    }

    static boolean unsafeCyrillic(String n) {
        String key = PlaceText.nameKey(n);
        if (UNSAFE.contains(key)) return true;
        if (key.indexOf(' ') >= 0) return false;
        for (Inflection.Stem s : Inflection.stems(key, true, false)) {
            int cls = s.cls() & ~Inflection.ALTERNATE;
            boolean adjective = cls == Inflection.ADJ_N || cls == Inflection.ADJ_M || cls == Inflection.ADJ_F;
            if (adjective && COMMON_ADJECTIVE_STEMS.contains(s.stem())) return true;
        }
        return false;
    }

    /** A name that names villages but far more often means something else. */
    static boolean isUnsafeName(String name) {
        return UNSAFE.contains(PlaceText.nameKey(name));
    }
}
