package org.totmon.pipeline.place;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.totmon.pipeline.WordClasses;

/** The forms of a place's name the gazetteer keeps: its English name, its Ukrainian one, the region forms of a region's. */
final class PlaceNameForms {
    private PlaceNameForms() {}

    /** The English name: Ukraine's national romanization of the Ukrainian name, else GeoNames' name, tidied. */
    static String canonicalOf(GeoNamesFeature f) {
        if (f.country().equals("UA")) {
            String uk = ukrainianName(f);
            if (uk != null) return Translit.ukrainian(uk);
        }
        return wikiStyle(f.name());
    }

    /** The Ukrainian form among a place's Cyrillic names: one with і/ї/є/ґ, the closest to GeoNames' name. */
    private static String ukrainianName(GeoNamesFeature f) {
        String target = PlaceText.skeleton(f.ascii());
        Set<String> latinKeys = new LinkedHashSet<>();
        for (String n : f.allLatin()) latinKeys.add(PlaceText.nameKey(n));
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (String c : f.cyrillic()) {
            if (!isCyrillicName(c)) continue;
            String k = PlaceText.key(c);
            boolean neutral = !GazetteerWords.RUSSIAN_LETTERS.matcher(k).find();
            boolean ukrainian = neutral && GazetteerWords.UKRAINIAN_LETTERS.matcher(k).find();
            if (!ukrainian && !neutral) continue;
            String romanized = PlaceText.nameKey(Translit.ukrainian(c));
            boolean geonamesName = romanized.equals(PlaceText.nameKey(f.name())) || romanized.equals(PlaceText.nameKey(f.ascii()));
            int score = 100 * ((geonamesName ? 8 : 0) + (ukrainian ? 4 : 0)
                    + (latinKeys.contains(romanized) ? 2 : 0)
                    + (PlaceText.skeleton(c).equals(target) ? 1 : 0))
                    - editDistance(romanized, PlaceText.nameKey(f.ascii()));
            if (!PlaceText.similarSkeletons(PlaceText.skeleton(c), target)) continue;
            if (score > bestScore) { best = c; bestScore = score; }
        }
        return best;
    }

    /** GeoNames' BGN-style name in the form English text and Wikipedia use: "Staryy Oskol" → "Stary Oskol". */
    static String wikiStyle(String name) {
        String s = name.replaceAll("['’ʹ]", "");
        for (String[] r : GazetteerWords.BGN_LETTERS) s = s.replace(r[0], r[1]);
        return GazetteerWords.BGN_WORD_ENDING.matcher(s).replaceAll(m -> Matcher.quoteReplacement(GazetteerWords.BGN_WORD_ENDINGS.get(m.group())));
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1), Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    /** "Тараса Шевченка", "Tarasa Shevchenka": a place named after a person, whose name text uses far more often. */
    static boolean isNamedAfterPerson(String n) {
        String[] w = PlaceText.nameKey(n).split(" ");
        return w.length == 2 && PersonNames.isInflectedGivenName(w[0]);
    }

    static boolean isLatinName(String n) {
        if (n.isEmpty() || !Character.isUpperCase(n.charAt(0)) || n.split(" ").length > 4 || isNamedAfterPerson(n)) return false;
        if (n.length() <= 4 && n.equals(n.toUpperCase(Locale.ROOT))) return false; // airport codes
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '-' || c == '.'
                    || PlaceText.isApostrophe(c) || (c >= 0xC0 && c < 0x250 && Character.isLetter(c));
            if (!ok) return false;
        }
        return true;
    }

    static boolean isCyrillicName(String n) {
        if (n.isEmpty() || !Character.isUpperCase(n.charAt(0)) || n.split(" ").length > 4 || isNamedAfterPerson(n)) return false;
        for (int i = 0; i < n.length(); i++) {
            char c = Character.toLowerCase(n.charAt(i));
            boolean ok = GazetteerWords.CYRILLIC_LETTER.matcher(String.valueOf(c)).matches() || c == ' ' || c == '-' || PlaceText.isApostrophe(c);
            if (!ok) return false;
        }
        return true;
    }

    static boolean similarToAny(String name, List<String> skeletons) {
        String s = PlaceText.skeleton(name);
        for (String b : skeletons) if (PlaceText.similarSkeletons(s, b)) return true;
        return false;
    }

    static boolean containsWord(String name, Set<String> words) {
        for (String w : PlaceText.nameKey(name).split(" ")) for (String x : words) if (w.equals(x)) return true;
        return false;
    }

    /** "Zaporizhzhia Oblast" → "Zaporizhzhia"; "Krasnodar Krai" → "Krasnodar". */
    static String stripRegionWord(String name) {
        return GazetteerWords.REGION_SUFFIX.matcher(name).replaceAll("").strip();
    }

    static void addRegionForms(GazetteerRow r, String base) {
        if (base.isEmpty()) return;
        for (String w : GazetteerWords.LATIN_REGION_WORDS) r.addName(base + " " + w);
    }

    /** A region's name that does not say it is a region: "Zaporizhia", not "Zaporizhia Oblast" or "Херсонщина". */
    static boolean isBareRegionName(String name) {
        String k = PlaceText.nameKey(name);
        return !containsWord(name, GazetteerWords.BARE_REGION_WORDS) && !WordClasses.endsWithAny(k, GazetteerWords.REGION_NAME_ENDINGS);
    }

    /** Ukrainian writes a Russian or Belarusian "-ск", "-цк" town as "-ськ", "-цьк": Брянск → Брянськ. */
    static String ukrainianSuffix(String name) {
        boolean russianOnly = GazetteerWords.RUSSIAN_LETTERS.matcher(name.toLowerCase(Locale.ROOT)).find();
        if (russianOnly) return name;
        for (int i = 0; i < GazetteerWords.RUSSIAN_TOWN_ENDINGS.size(); i++) {
            String ending = GazetteerWords.RUSSIAN_TOWN_ENDINGS.get(i);
            if (name.endsWith(ending)) return name.substring(0, name.length() - ending.length()) + GazetteerWords.UKRAINIAN_TOWN_ENDINGS.get(i);
        }
        return name;
    }
}
