package org.totmon.linker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The field's concepts in three languages ({@code concepts.tsv}): what a claim counts, and what an event's evidence is
 * about. One registry, so the ledger and the timeline read "паспорт", "паспорта" and "passports" alike.
 */
public final class Concepts {
    private record Form(String[] words, boolean prefix) {
        boolean matchesAt(List<String> text, int i) {
            if (i + words.length > text.size()) return false;
            for (int k = 0; k < words.length; k++) {
                String w = text.get(i + k);
                boolean last = k == words.length - 1;
                if (last && prefix ? !w.startsWith(words[k]) : !w.equals(words[k])) return false;
            }
            return true;
        }
    }

    private record Concept(String name, boolean measure, boolean total, boolean percentOnly, List<Form> forms) {
        boolean in(List<String> words) {
            for (Form f : forms) {
                for (int i = 0; i < words.size(); i++) if (f.matchesAt(words, i)) return true;
            }
            return false;
        }
    }

    public static final Concepts BUNDLED = load("concepts.tsv");

    private final List<Concept> concepts;
    private final Set<String> totals;

    private Concepts(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        Set<String> t = new TreeSet<>();
        for (Concept c : concepts) if (c.total()) t.add(c.name());
        this.totals = Set.copyOf(t);
    }

    private static Concepts load(String resource) {
        List<Concept> concepts = new ArrayList<>();
        int n = 0;
        for (String line : Words.lines(resource)) {
            n++;
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalStateException(resource + ": entry " + n + " is not concept<TAB>use<TAB>forms: " + line);
            Set<String> use = Set.of(f[1].strip().split(","));
            for (String u : use) {
                if (!Set.of("measure", "total", "percent", "topic").contains(u)) {
                    throw new IllegalStateException(resource + ": entry " + n + " has an unknown use '" + u + "'");
                }
            }
            List<Form> forms = new ArrayList<>();
            for (String form : f[2].split("\\|")) {
                String s = form.strip().toLowerCase(Locale.ROOT);
                boolean prefix = s.endsWith("*");
                if (prefix) s = s.substring(0, s.length() - 1);
                // Forms are matched against Words.of(), so they are split the same way.
                forms.add(new Form(Words.of(s).toArray(String[]::new), prefix));
            }
            concepts.add(new Concept(f[0].strip(), use.contains("measure"), use.contains("total"), use.contains("percent"), forms));
        }
        return new Concepts(concepts);
    }

    /**
     * The first measure (in file order) any of whose forms occurs in {@code text}; null when none does. Measures
     * marked {@code percent} count only for a figure in percent ({@code percent} true).
     */
    public String measureOf(String text, boolean percent) {
        List<String> words = Words.of(text);
        for (Concept c : concepts) {
            if (c.measure() && (percent || !c.percentOnly()) && c.in(words)) return c.name();
        }
        return null;
    }

    /** Every concept, measure or topic, that {@code text} names. */
    public Set<String> named(String text) {
        List<String> words = Words.of(text);
        Set<String> out = new TreeSet<>();
        for (Concept c : concepts) if (c.in(words)) out.add(c.name());
        return out;
    }

    /** Whether figures of {@code concept} are running totals, which grow from one report to the next. */
    public boolean runningTotal(String concept) {
        return concept != null && totals.contains(concept);
    }
}
