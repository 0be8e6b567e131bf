package org.totmon.linker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The concepts a claim can count ({@code measures.tsv}), matched against the words of its subject. */
final class MeasureLexicon {
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

    private record Concept(String name, List<Form> forms) {}

    static final MeasureLexicon BUNDLED = load("measures.tsv");

    private final List<Concept> concepts;

    private MeasureLexicon(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
    }

    private static MeasureLexicon load(String resource) {
        List<Concept> concepts = new ArrayList<>();
        int n = 0;
        for (String line : Words.lines(resource)) {
            n++;
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalStateException(resource + ": entry " + n + " is not concept<TAB>forms: " + line);
            List<Form> forms = new ArrayList<>();
            for (String form : f[1].split("\\|")) {
                String s = form.strip().toLowerCase(Locale.ROOT);
                boolean prefix = s.endsWith("*");
                if (prefix) s = s.substring(0, s.length() - 1);
                // Forms are matched against Words.of(), so they are split the same way.
                forms.add(new Form(Words.of(s).toArray(String[]::new), prefix));
            }
            concepts.add(new Concept(f[0].strip(), forms));
        }
        return new MeasureLexicon(concepts);
    }

    /** The first concept (in file order) any of whose forms occurs in {@code text}; null when none does. */
    String conceptOf(String text) {
        List<String> words = Words.of(text);
        for (Concept c : concepts) {
            for (Form f : c.forms()) {
                for (int i = 0; i < words.size(); i++) if (f.matchesAt(words, i)) return c.name();
            }
        }
        return null;
    }
}
