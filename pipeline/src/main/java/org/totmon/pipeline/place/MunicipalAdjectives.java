package org.totmon.pipeline.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.totmon.model.PlaceKind;

/**
 * Towns named by the adjective of their municipality ("Вільнянської громади", "Генического городского округа",
 * "Херсонська міська рада"): the table from an adjective's stem to its town, derived from the gazetteer's own names
 * when it loads, not listed. A raion is named after its seat ("Kakhovka Raion": "Каховський район"), which pairs the
 * seat's Cyrillic names with their adjectives' stems ("каховка" → "каховськ"). The ending a name trades for its
 * adjective's ("ка" → "ськ", "" → "ськ", "я" → "йськ") is read off each pair; those at least {@link #MIN_RULE_SUPPORT}
 * pairs show make the adjective stems of every other settlement ("вільнянськ" → "вільнянськ"). A two-word name's
 * adjective joins its first word's stem to the last word's adjective by the linking letter the raions' two-word seats
 * show ("Кривий Ріг" → "криворізький", so "Нова Каховка" → "новокаховський"). Immutable once built.
 */
final class MunicipalAdjectives {
    /** A name's ending and its adjective's must be seen this often among the raions to be applied elsewhere. */
    private static final int MIN_RULE_SUPPORT = 3;
    /** A linking letter of two-word names must be seen this often. */
    private static final int MIN_LINK_SUPPORT = 2;
    /** A name and its adjective's stem must share this many first letters to be taken for a pair. */
    private static final int MIN_SHARED = 3;

    private final Map<String, List<Gazetteer.Entry>> byStem;

    private MunicipalAdjectives(Map<String, List<Gazetteer.Entry>> byStem) {
        this.byStem = byStem;
    }

    /** The towns whose adjective has this stem ("генічеськ"), the most populous first; empty for none. */
    List<Gazetteer.Entry> towns(String stem) {
        return byStem.getOrDefault(stem, List.of());
    }

    /** Collects the Cyrillic name keys of settlements and raions while the gazetteer loads. */
    static final class Builder {
        private final Map<Gazetteer.Entry, List<String>> names = new HashMap<>();

        void add(Gazetteer.Entry e, String cyrillicKey) {
            if (e.kind() == PlaceKind.SETTLEMENT || e.kind() == PlaceKind.OTHER && raionSeatName(e.name()) != null) {
                names.computeIfAbsent(e, k -> new ArrayList<>(2)).add(cyrillicKey);
            }
        }

        MunicipalAdjectives build() {
            Map<String, Gazetteer.Entry> settlements = new HashMap<>();
            for (Gazetteer.Entry e : names.keySet()) {
                if (e.kind() == PlaceKind.SETTLEMENT) settlements.merge(seatKey(PlaceText.nameKey(e.name()), e.admin1()), e, Builder::larger);
            }
            Map<String, Gazetteer.Entry> direct = new HashMap<>();
            Map<String, Integer> rules = new HashMap<>(), links = new HashMap<>();
            for (Map.Entry<Gazetteer.Entry, List<String>> raion : names.entrySet()) {
                String seatName = raionSeatName(raion.getKey().name());
                Gazetteer.Entry seat = seatName == null ? null : settlements.get(seatKey(PlaceText.nameKey(seatName), raion.getKey().admin1()));
                if (seat == null) continue;
                for (String key : raion.getValue()) {
                    String stem = raionAdjectiveStem(key);
                    if (stem == null) continue;
                    direct.merge(stem, seat, Builder::larger);
                    learn(names.get(seat), stem, rules, links);
                }
            }
            Map<String, Gazetteer.Entry> derived = new HashMap<>();
            List<String[]> kept = rules.entrySet().stream().filter(r -> r.getValue() >= MIN_RULE_SUPPORT).map(r -> r.getKey().split(">", -1)).toList();
            List<String> linking = links.entrySet().stream().filter(l -> l.getValue() >= MIN_LINK_SUPPORT).map(Map.Entry::getKey).toList();
            for (Map.Entry<Gazetteer.Entry, List<String>> e : names.entrySet()) {
                if (e.getKey().kind() != PlaceKind.SETTLEMENT) continue;
                for (String key : e.getValue()) {
                    for (String stem : adjectiveStems(key, kept, linking)) derived.merge(stem, e.getKey(), Builder::larger);
                }
            }
            derived.putAll(direct); // a raion's own seat over a namesake the endings make
            Map<String, List<Gazetteer.Entry>> byStem = new HashMap<>();
            derived.forEach((stem, e) -> byStem.put(stem, List.of(e)));
            return new MunicipalAdjectives(byStem);
        }

        /** The pair's ending change (one-word seat) or linking letter (two-word seat whose first word is an adjective). */
        private static void learn(List<String> seatNames, String stem, Map<String, Integer> rules, Map<String, Integer> links) {
            String best = null;
            int shared = MIN_SHARED - 1;
            for (String n : seatNames) {
                int p = sharedPrefix(n, stem);
                if (p > shared) { best = n; shared = p; }
            }
            if (best == null) return;
            String[] words = best.split(" ");
            if (words.length == 1 && best.length() - shared <= Inflection.MAX_ENDING) {
                rules.merge(best.substring(shared) + ">" + stem.substring(shared), 1, Integer::sum);
            } else if (words.length == 2) {
                String first = adjectiveStem(words[0]);
                if (first != null && stem.length() > first.length() && stem.startsWith(first)) {
                    links.merge(stem.substring(first.length(), first.length() + 1), 1, Integer::sum);
                }
            }
        }

        /** The adjective stems a settlement's Cyrillic name key makes by the learnt changes. */
        private static List<String> adjectiveStems(String key, List<String[]> rules, List<String> linking) {
            String[] words = key.split(" ");
            List<String> out = new ArrayList<>();
            if (words.length > 2) return out;
            String last = words[words.length - 1];
            String head = "";
            if (words.length == 2) {
                String first = adjectiveStem(words[0]);
                if (first == null || linking.isEmpty()) return out;
                head = first + linking.get(0);
            }
            for (String[] r : rules) {
                if (last.endsWith(r[0]) && last.length() - r[0].length() >= Inflection.MIN_STEM) {
                    out.add(head + last.substring(0, last.length() - r[0].length()) + r[1]);
                }
            }
            return out;
        }

        /** "Kakhovka Raion" → "Kakhovka"; null for a name that is no raion's. */
        private static String raionSeatName(String name) {
            for (String w : GazetteerWords.RAION_NAME_WORDS) {
                if (name.endsWith(" " + w)) return name.substring(0, name.length() - w.length() - 1);
            }
            return null;
        }

        /** "каховський район" → "каховськ"; null for a name that is not one adjective and the raion word. */
        private static String raionAdjectiveStem(String key) {
            String[] words = key.split(" ");
            if (words.length != 2 || !GazetteerWords.RAION_WORDS.contains(words[1])) return null;
            return adjectiveStem(words[0]);
        }

        /** The stem of a word in an adjective's nominative ("нова" → "нов", "кривий" → "крив"), else null. */
        private static String adjectiveStem(String word) {
            for (Inflection.Stem s : Inflection.stems(word, false, true)) {
                if (s.cls() == Inflection.ADJ_M || s.cls() == Inflection.ADJ_F) return s.stem();
            }
            return null;
        }

        private static String seatKey(String nameKey, String admin1) {
            return admin1 + "\t" + nameKey;
        }

        private static int sharedPrefix(String a, String b) {
            int n = 0;
            while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
            return n;
        }

        private static Gazetteer.Entry larger(Gazetteer.Entry a, Gazetteer.Entry b) {
            if (a.population() != b.population()) return b.population() > a.population() ? b : a;
            return b.id().compareTo(a.id()) < 0 ? b : a;
        }
    }
}
