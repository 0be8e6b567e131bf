package org.totmon.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.totmon.model.Tsv;

/**
 * A file of word classes: {@code class<TAB>words}, the words {@code |}-separated, a class may take several rows; or
 * {@code class<TAB>regular expression}, one row, for a class of word forms (endings) read as a pattern. A class may
 * also hold letters (single characters) or replacements ({@code from=to}). Words are kept as written. Read once by
 * whoever holds it; immutable, so safe to share across threads.
 */
public final class WordClasses {
    private final String source;
    private final Map<String, List<Tsv.Row>> rows;

    private WordClasses(String source, Map<String, List<Tsv.Row>> rows) {
        this.source = source;
        this.rows = rows;
    }

    /** A file shipped on the classpath beside {@code owner} (or at an absolute resource path). */
    public static WordClasses resource(Class<?> owner, String path) {
        return of(Tsv.resource(owner, path), path.substring(path.lastIndexOf('/') + 1));
    }

    /** A file read from a stream; {@code source} names it in errors. */
    public static WordClasses read(InputStream in, String source) throws IOException {
        return of(Tsv.read(in, source), source);
    }

    private static WordClasses of(List<Tsv.Row> all, String source) {
        Map<String, List<Tsv.Row>> rows = new LinkedHashMap<>();
        for (Tsv.Row row : all) {
            if (row.fields().length != 2) throw row.error("expected class<TAB>words");
            if (row.field(1).isEmpty()) throw row.error("no words in class " + row.field(0));
            rows.computeIfAbsent(row.field(0), k -> new ArrayList<>()).add(row);
        }
        return new WordClasses(source, rows);
    }

    /** The words of a class in file order. */
    public List<String> list(String wordClass) {
        List<String> words = new ArrayList<>();
        for (Tsv.Row row : rowsOf(wordClass)) {
            for (String w : row.field(1).split("\\|")) {
                if (w.isBlank()) throw row.error("empty word in class " + wordClass);
                words.add(w.strip());
            }
        }
        return List.copyOf(words);
    }

    public Set<String> set(String wordClass) {
        return Set.copyOf(list(wordClass));
    }

    /** A class written as one regular expression. */
    public Pattern pattern(String wordClass) {
        List<Tsv.Row> r = rowsOf(wordClass);
        if (r.size() != 1) throw r.get(1).error("a pattern class takes one row: " + wordClass);
        try {
            return Pattern.compile(r.get(0).field(1));
        } catch (IllegalArgumentException e) {
            throw r.get(0).error("bad pattern for " + wordClass + ": " + e.getMessage());
        }
    }

    /** The classes whose names begin so, in file order. */
    public List<String> classes(String prefix) {
        return rows.keySet().stream().filter(c -> c.startsWith(prefix)).toList();
    }

    /** A class of replacements {@code from=to} in file order, each a pair {from, to}; {@code to} may be empty. */
    public List<String[]> replacements(String wordClass) {
        List<String[]> out = new ArrayList<>();
        for (Tsv.Row row : rowsOf(wordClass)) out.addAll(replacements(row, wordClass));
        return List.copyOf(out);
    }

    private static List<String[]> replacements(Tsv.Row row, String wordClass) {
        List<String[]> out = new ArrayList<>();
        for (String w : row.field(1).split("\\|")) {
            String[] pair = w.strip().split("=", -1);
            if (pair.length != 2 || pair[0].isEmpty()) throw row.error("expected from=to in class " + wordClass + ", not '" + w.strip() + "'");
            out.add(pair);
        }
        return out;
    }

    /** A class of letters: each word one character. */
    public Set<Character> letters(String wordClass) {
        Set<Character> out = new HashSet<>();
        for (Tsv.Row row : rowsOf(wordClass)) {
            for (String w : row.field(1).split("\\|")) out.add(letter(row, wordClass, w.strip()));
        }
        return Set.copyOf(out);
    }

    /** The class of each letter of several letter classes; a letter in two of them is an error naming its row. */
    public Map<Character, String> letterClasses(Collection<String> classes) {
        Map<Character, String> out = new HashMap<>();
        for (String c : classes) {
            for (Tsv.Row row : rowsOf(c)) {
                for (String w : row.field(1).split("\\|")) {
                    String before = out.put(letter(row, c, w.strip()), c);
                    if (before != null && !before.equals(c)) throw row.error("'" + w.strip() + "' is in class " + before + " too");
                }
            }
        }
        return Map.copyOf(out);
    }

    /** A class of letter replacements {@code from=to}, one character each, as a table indexed by the letter (0: none). */
    public char[] letterTable(String wordClass) {
        char[] table = new char[0];
        for (Tsv.Row row : rowsOf(wordClass)) {
            for (String[] p : replacements(row, wordClass)) {
                char from = letter(row, wordClass, p[0]), to = letter(row, wordClass, p[1]);
                if (from >= table.length) table = Arrays.copyOf(table, from + 1);
                table[from] = to;
            }
        }
        return table;
    }

    private static char letter(Tsv.Row row, String wordClass, String w) {
        if (w.length() != 1) throw row.error("a letter of class " + wordClass + " is one character, not '" + w + "'");
        return w.charAt(0);
    }

    /** Whether the word ends in one of the endings. */
    public static boolean endsWithAny(String word, Collection<String> endings) {
        for (String e : endings) if (word.endsWith(e)) return true;
        return false;
    }

    private List<Tsv.Row> rowsOf(String wordClass) {
        List<Tsv.Row> r = rows.get(wordClass);
        if (r == null) throw new IllegalStateException(source + " has no class " + wordClass);
        return r;
    }
}
