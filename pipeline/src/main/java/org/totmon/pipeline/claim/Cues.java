package org.totmon.pipeline.claim;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Token;
import org.totmon.model.Tsv;
import org.totmon.pipeline.text.Letters;
import org.totmon.pipeline.text.Morphology;

/**
 * Cue phrases by category (qualifiers, hedges, verbs of saying, dates…), read from {@code cues.tsv}. A phrase is
 * a sequence of lower-case words; a word ending in {@code *} matches any word it begins. Side cues of three
 * letters or fewer ("UN", "СБУ") match only a word written in capitals, so "us" and "un" in running text do not
 * count.
 */
public final class Cues {
    static final String BUNDLED = "/org/totmon/pipeline/claim/cues.tsv";
    private final Map<String, List<String[]>> byCategory;
    /** Per category: the phrases by their first word, for the exact first words; the rest start with a prefix. */
    private final Map<String, Map<String, List<String[]>>> byFirstWord = new HashMap<>();
    /** Per category: the phrases whose first word is a prefix, by that prefix's first letter (a cue matches no empty word). */
    private final Map<String, Map<Character, List<String[]>>> byPrefix = new HashMap<>();
    private int longestPhrase = 1;
    /** Month names that are also other words ("May"): as those other words they count only in lower case. */
    private final Set<String> monthWords = new HashSet<>();

    private Cues(Map<String, List<String[]>> byCategory) {
        this.byCategory = byCategory;
        for (String[] p : byCategory.getOrDefault("month", List.of())) if (p.length == 1) monthWords.add(p[0]);
        byCategory.forEach((category, phrases) -> {
            for (String[] p : phrases) {
                longestPhrase = Math.max(longestPhrase, p.length);
                if (p[0].endsWith("*")) byPrefix.computeIfAbsent(category, k -> new HashMap<>()).computeIfAbsent(p[0].charAt(0), k -> new ArrayList<>()).add(p);
                else byFirstWord.computeIfAbsent(category, k -> new HashMap<>()).computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
            }
        });
    }

    public static Cues bundled() {
        return of(Tsv.resource(Cues.class, BUNDLED));
    }

    /** Cues in the same format from another file on the classpath. */
    public static Cues resource(Class<?> owner, String path) {
        return of(Tsv.resource(owner, path));
    }

    static Cues parse(InputStream in, String source) throws IOException {
        return of(Tsv.read(in, source));
    }

    private static Cues of(List<Tsv.Row> rows) {
        Map<String, List<String[]>> out = new HashMap<>();
        for (Tsv.Row row : rows) {
            String[] f = row.fields();
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) throw row.error("expected category<TAB>phrase");
            String[] words = Letters.fold(row.field(1)).split("\\s+");
            for (String w : words) if (w.equals("*")) throw row.error("a lone '*' would match any word: give the prefix it ends");
            out.computeIfAbsent(row.field(0), k -> new ArrayList<>()).add(words);
        }
        return new Cues(out);
    }

    /** The word as cues spell it: lower case, typographic apostrophes as ', ё as е. */
    public static String norm(String word) {
        return Morphology.fold(word);
    }

    public List<String[]> phrases(String category) {
        return byCategory.getOrDefault(category, List.of());
    }

    /** Categories whose name starts with the prefix, e.g. "unit:" → "unit:people", "unit:children". */
    public List<String> categoriesStartingWith(String prefix) {
        return byCategory.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
    }

    public boolean wordMatches(String category, String cue, Token token) {
        return wordMatches(category, cue, token, norm(token.text()));
    }

    /** As above, with the token's text already normalised: the hot path normalises each token once. */
    private boolean wordMatches(String category, String cue, Token token, String w) {
        if (!category.equals("month") && monthWords.contains(cue) && Character.isUpperCase(token.text().charAt(0))) return false;
        if (category.startsWith("side_") && cue.length() <= 3 && Character.isLetter(cue.charAt(0)) && !token.text().equals(token.text().toUpperCase(Locale.ROOT))) {
            return false;
        }
        // regionMatches, not substring: this runs for every token and cue, and a substring a call made a tenth of ingest's garbage.
        if (cue.endsWith("*")) return w.regionMatches(0, cue, 0, cue.length() - 1);
        return w.equals(cue);
    }

    /** Whether the token alone is a cue of the category (a one-word one). */
    public boolean isCue(String category, Token token) {
        return matchAt(category, List.of(token), 0) == 1;
    }

    /** The length in tokens of the longest cue of the category that starts at token i (0 if none). */
    public int matchAt(String category, List<Token> tokens, int i) {
        if (i >= tokens.size()) return 0;
        String first = norm(tokens.get(i).text());
        List<String[]> exact = byFirstWord.getOrDefault(category, Map.of()).getOrDefault(first, List.of());
        List<String[]> prefixed = first.isEmpty() ? List.of() : byPrefix.getOrDefault(category, Map.of()).getOrDefault(first.charAt(0), List.of());
        if (exact.isEmpty() && prefixed.isEmpty()) return 0;
        String[] normalised = new String[Math.min(longestPhrase, tokens.size() - i)];
        normalised[0] = first;
        int best = 0;
        for (List<String[]> candidates : List.of(exact, prefixed)) {
            for (String[] p : candidates) {
                if (p.length <= best || i + p.length > tokens.size()) continue;
                boolean ok = true;
                for (int k = 0; k < p.length && ok; k++) {
                    if (normalised[k] == null) normalised[k] = norm(tokens.get(i + k).text());
                    ok = wordMatches(category, p[k], tokens.get(i + k), normalised[k]);
                }
                if (ok) best = p.length;
            }
        }
        return best;
    }

    /** The length in tokens of the longest cue of the category that ends just before token end (0 if none). */
    public int matchEndingAt(String category, List<Token> tokens, int end) {
        int best = 0;
        for (String[] p : phrases(category)) {
            int from = end - p.length;
            if (p.length <= best || from < 0) continue;
            boolean ok = true;
            for (int k = 0; k < p.length && ok; k++) ok = wordMatches(category, p[k], tokens.get(from + k));
            if (ok) best = p.length;
        }
        return best;
    }

    /** Whether a cue of the category occurs anywhere in tokens [from, to). */
    public boolean occursIn(String category, List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            int n = matchAt(category, tokens, i);
            if (n > 0 && i + n <= to) return true;
        }
        return false;
    }
}
