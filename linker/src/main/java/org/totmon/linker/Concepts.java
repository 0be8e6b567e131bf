package org.totmon.linker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The field's concepts in three languages ({@code concepts.tsv}): what a claim counts, and what an event's evidence is
 * about. One registry, so the ledger and the timeline read "паспорт", "паспорта" and "passports" alike.
 */
public final class Concepts {
    /** A form as the registry writes it, and its words, each matched whole or, where {@code prefix} says so, as a word's start. */
    private record Form(String written, String[] words, boolean[] prefix) {
        boolean matchesAt(List<String> text, int i) {
            if (i + words.length > text.size()) return false;
            for (int k = 0; k < words.length; k++) {
                String w = text.get(i + k);
                if (prefix[k] ? !w.startsWith(words[k]) : !w.equals(words[k])) return false;
            }
            return true;
        }
    }

    /** A concept's form found at word {@code start}, {@code length} words long. */
    private record Match(Concept concept, int start, int length) {
        boolean within(Match o) {
            return o.length > length && o.start <= start && start + length <= o.start + o.length;
        }
    }

    /** {@code needs}: the name of another concept that must be named with this one for it to count, or null. */
    private record Concept(String name, Set<String> use, String needs, List<Form> forms) {
        boolean measure() {
            return use.contains("measure");
        }

        /** Where its forms occur in {@code words}, whose {@link #starts} are {@code starts}, the longest form at each position. */
        void matches(List<String> words, Set<String> starts, List<Match> out) {
            List<Form> possible = new ArrayList<>();
            for (Form f : forms) if (starts.contains(f.words()[0])) possible.add(f);
            if (possible.isEmpty()) return;
            for (int i = 0; i < words.size(); i++) {
                int longest = 0;
                for (Form f : possible) if (f.words().length > longest && f.matchesAt(words, i)) longest = f.words().length;
                if (longest > 0) out.add(new Match(this, i, longest));
            }
        }

        /** Whether one of its forms occurs in {@code words}, whose {@link #starts} are {@code starts}. */
        boolean in(List<String> words, Set<String> starts) {
            for (Form f : forms) {
                if (!starts.contains(f.words()[0])) continue;
                for (int i = 0; i < words.size(); i++) if (f.matchesAt(words, i)) return true;
            }
            return false;
        }
    }

    public static final Concepts BUNDLED = load("concepts.tsv");

    /** The use that makes a concept count only beside another: {@code needs:children}. */
    private static final String NEEDS = "needs:";

    private final List<Concept> concepts;
    /** The concepts {@link #named} looks for, in file order, chosen once rather than for every text. */
    private final List<Concept> nameable;
    /** The uses of each concept by name, over all its rows ("turnout" has a percent-only row and another). */
    private final Map<String, Set<String>> uses;

    private Concepts(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        this.nameable = concepts.stream().filter(c -> !c.use().contains("unit") && !c.use().contains("area")
                && !c.use().contains("search") && !c.use().contains("every")).toList();
        Map<String, Set<String>> uses = new HashMap<>();
        for (Concept c : concepts) uses.computeIfAbsent(c.name(), k -> new TreeSet<>()).addAll(c.use());
        this.uses = Map.copyOf(uses);
    }

    private static Concepts load(String resource) {
        List<Concept> concepts = new ArrayList<>();
        int n = 0;
        for (String line : Words.lines(resource)) {
            n++;
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalStateException(resource + ": entry " + n + " is not concept<TAB>use<TAB>forms: " + line);
            Set<String> use = new TreeSet<>();
            String needs = null;
            for (String u : f[1].strip().split(",")) {
                if (u.startsWith(NEEDS)) {
                    needs = u.substring(NEEDS.length());
                } else if (Set.of("measure", "total", "percent", "denominator", "topic", "unit", "area", "search", "regional", "nowhere", "every", "part").contains(u)) {
                    use.add(u);
                } else {
                    throw new IllegalStateException(resource + ": entry " + n + " has an unknown use '" + u + "'");
                }
            }
            List<Form> forms = new ArrayList<>();
            for (String form : f[2].split("\\|")) {
                // Forms are matched against Words.of(), so they are split the same way; a '*' ends a prefix.
                List<String> parts = List.of(form.strip().toLowerCase(Locale.ROOT).split("\\s+"));
                String[] words = new String[parts.size()];
                boolean[] prefix = new boolean[parts.size()];
                for (int k = 0; k < parts.size(); k++) {
                    String part = parts.get(k);
                    prefix[k] = part.endsWith("*");
                    List<String> inner = Words.of(prefix[k] ? part.substring(0, part.length() - 1) : part);
                    if (inner.size() != 1) throw new IllegalStateException(resource + ": entry " + n + " has a form word that is not one word: '" + form + "'");
                    words[k] = inner.get(0);
                }
                forms.add(new Form(form.strip().toLowerCase(Locale.ROOT), words, prefix));
            }
            concepts.add(new Concept(f[0].strip(), Set.copyOf(use), needs, forms));
        }
        for (Concept c : concepts) {
            if (c.needs() != null && concepts.stream().noneMatch(o -> o.name().equals(c.needs()))) {
                throw new IllegalStateException(resource + ": concept " + c.name() + " needs an unknown concept '" + c.needs() + "'");
            }
        }
        return new Concepts(concepts);
    }

    /**
     * The measures named in {@code words}, where a longer form covering a shorter one's words stands for both
     * ("населеним пунктам" is settlements, not the population its first word would be alone). Measures marked
     * {@code percent} count only for a figure in percent.
     */
    private List<Match> measures(List<String> words, boolean percent) {
        List<Match> all = new ArrayList<>();
        Set<String> starts = starts(words);
        for (Concept c : concepts) {
            if (c.measure() && (percent || !c.use().contains("percent")) && (c.needs() == null || named(c.needs(), words, starts))) {
                c.matches(words, starts, all);
            }
        }
        List<Match> out = new ArrayList<>();
        for (Match m : all) if (all.stream().noneMatch(m::within)) out.add(m);
        return out;
    }

    /**
     * The first measure (in file order) any of whose forms occurs in {@code text}; null when none does. For a figure
     * in percent ({@code percent} true) a denominator counts only when nothing else does.
     */
    public String measureOf(String text, boolean percent) {
        List<Match> found = measures(Words.of(text), percent);
        String denominator = null;
        for (Concept c : concepts) {
            if (found.stream().noneMatch(m -> m.concept() == c)) continue;
            if (!percent || !c.use().contains("denominator")) return c.name();
            if (denominator == null) denominator = c.name();
        }
        return denominator;
    }

    /**
     * The measure named nearest the word at {@code wordIndex} of {@code words} (a sentence around a figure): a
     * sentence may name several ("after 100% of the votes were counted, 93% had voted for …"), and the one beside the
     * figure is what it counts. Denominators as in {@link #measureOf}.
     */
    public String measureNear(List<String> words, int wordIndex, boolean percent) {
        Match best = null, denominator = null;
        for (Match m : measures(words, percent)) {
            int d = Math.abs(m.start() - wordIndex);
            if (percent && m.concept().use().contains("denominator")) {
                if (denominator == null || d < Math.abs(denominator.start() - wordIndex)) denominator = m;
            } else if (best == null || d < Math.abs(best.start() - wordIndex)) {
                best = m;
            }
        }
        Match m = best != null ? best : denominator;
        return m == null ? null : m.concept().name();
    }

    /** The unit of measurement {@code unit} names, or null when it names none (a count of something). */
    public String unitOf(String unit) {
        return firstOfUse("unit", unit);
    }

    /** The first area (a part of a region that reports count apart, such as a river's bank) {@code text} names, or null. */
    public String areaOf(String text) {
        return firstOfUse("area", text);
    }

    /** Whether {@code text} says what it tells holds in every place of a kind ("в каждом регионе"), so in none alone. */
    public boolean everyPlace(String text) {
        return firstOfUse("every", text) != null;
    }

    /**
     * Every word of {@code words} and every start of one: a form whose first word is not among them occurs nowhere, so
     * a text is scanned only for the few forms that may occur in it (trying every form at every word was a third of
     * the storing thread once a large store's candidate mentions were read back, each mention's evidence looked up).
     */
    private static Set<String> starts(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) for (int n = 1; n <= w.length(); n++) out.add(w.substring(0, n));
        return out;
    }

    /** The first concept in file order of the use {@code use} that {@code text} names, or null. */
    private String firstOfUse(String use, String text) {
        List<String> words = Words.of(text);
        Set<String> starts = starts(words);
        for (Concept c : concepts) if (c.use().contains(use) && c.in(words, starts)) return c.name();
        return null;
    }

    /** Every concept, measure or topic, that {@code text} names (units, areas, search-only and every-place words aside). */
    public Set<String> named(String text) {
        List<String> words = Words.of(text);
        Set<String> out = new TreeSet<>();
        Set<String> starts = starts(words);
        for (Concept c : nameable) if (c.in(words, starts)) out.add(c.name());
        return out;
    }

    /**
     * The forms, in every language, of each concept {@code text} names (units aside; search-only concepts included),
     * as the registry writes them: a form ending in '*' is a prefix, a form of several words a phrase. What a search
     * for {@code text} may also look for.
     */
    public Set<String> formsOfConceptsIn(String text) {
        List<String> words = Words.of(text);
        Set<String> named = new HashSet<>();
        Set<String> starts = starts(words);
        for (Concept c : concepts) if (!c.use().contains("unit") && !c.use().contains("every") && c.in(words, starts)) named.add(c.name());
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Concept c : concepts) if (named.contains(c.name())) c.forms().forEach(f -> out.add(f.written()));
        return out;
    }

    /** The first part of the people a figure may count (children) that the claim's unit names, or null. */
    public String partOf(String unit) {
        return firstOfUse("part", unit);
    }

    /** The concept {@code concept} counts only beside ({@code needs:C}), or null. */
    public String needs(String concept) {
        for (Concept c : concepts) if (c.name().equals(concept) && c.needs() != null) return c.needs();
        return null;
    }

    /** Whether {@code concept} is a denominator: the people a figure is of, rather than what it counts. */
    public boolean denominator(String concept) {
        return has(concept, "denominator");
    }

    /** Whether {@code concept} is a topic: what events are about, named rarely enough to tell one from another. */
    public boolean topic(String concept) {
        return has(concept, "topic");
    }

    /** Whether figures of {@code concept} are running totals, which grow from one report to the next. */
    public boolean runningTotal(String concept) {
        return has(concept, "total");
    }

    /** Whether figures of the concept count places themselves ("four regions"), so they lie in no place of their own. */
    public boolean nowhere(String concept) {
        return has(concept, "nowhere");
    }

    /** Whether {@code concept} is counted by region, so that a city named for its region stands for the region. */
    public boolean regional(String concept) {
        return has(concept, "regional");
    }

    /** Whether any row of the concept {@code name} has a form in {@code words}, whose {@link #starts} are {@code starts}. */
    private boolean named(String name, List<String> words, Set<String> starts) {
        for (Concept c : concepts) if (c.name().equals(name) && c.in(words, starts)) return true;
        return false;
    }

    private boolean has(String concept, String use) {
        return concept != null && uses.getOrDefault(concept, Set.of()).contains(use);
    }
}
