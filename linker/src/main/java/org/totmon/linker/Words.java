package org.totmon.linker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Words of a text, lower-cased, and the crude cross-language stems the linker compares texts by. */
final class Words {
    private Words() {}

    /** Stems are word prefixes: enough to match inflected forms in en/uk/ru without a stemmer per language. */
    static final int STEM_LENGTH = 5;
    private static final int MIN_CONTENT_WORD = 4;
    private static final Set<String> STOP = load("stopwords.txt");

    /** The words (runs of letters and digits, apostrophes inside kept) in order, lower-cased. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inner = (c == '\'' || c == '’' || c == 'ʼ') && w.length() > 0 && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || inner) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) out.add(w.toString());
        return out;
    }

    /** The stems of the content words: no figures, no function words, none of the words every report here uses. */
    static Set<String> contentStems(String text) {
        Set<String> out = new TreeSet<>();
        for (String w : of(text)) {
            if (w.length() < MIN_CONTENT_WORD || !Character.isLetter(w.charAt(0)) || STOP.contains(w)) continue;
            String stem = stem(w);
            if (!STOP.contains(stem)) out.add(stem);
        }
        return out;
    }

    static String stem(String word) {
        return word.length() <= STEM_LENGTH ? word : word.substring(0, STEM_LENGTH);
    }

    static double jaccard(Set<?> a, Set<?> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        int shared = 0;
        for (Object x : a) if (b.contains(x)) shared++;
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** A resource of this package: one entry a line, '#' starts a comment; entries are lower-cased. */
    static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) out.add(line.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    /**
     * The words of some classes of a {@code class<TAB>word|word} resource (an absolute path for another module's),
     * lower-cased; a class the file lacks is an error.
     */
    static Set<String> classes(String resource, String... classes) {
        Set<String> out = new HashSet<>();
        Set<String> found = new HashSet<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalStateException(resource + ": expected class<TAB>words, not '" + line + "'");
            if (!List.of(classes).contains(f[0].strip())) continue;
            found.add(f[0].strip());
            for (String w : f[1].split("\\|")) if (!w.isBlank()) out.add(w.strip().toLowerCase(Locale.ROOT));
        }
        for (String c : classes) if (!found.contains(c)) throw new IllegalStateException(resource + " has no class " + c);
        return Set.copyOf(out);
    }

    /** The non-blank, non-comment lines of a resource of this package, stripped. */
    static List<String> lines(String resource) {
        InputStream in = Words.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("resource " + resource + " missing from the classpath");
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!s.isEmpty()) out.add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
