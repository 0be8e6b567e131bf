package org.totmon.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totmon.model.Tsv;
import org.totmon.store.QueryWords;
import org.totmon.linker.Concepts;
import org.totmon.pipeline.entity.Romanizer;
import org.totmon.store.SearchQuery;

/**
 * Widens a search to the other two languages. Each word that names a concept of the field's registry
 * ({@link Concepts}: "passports", "паспорт" and "паспорта" are one) may match any of the concept's forms in English,
 * Ukrainian and Russian; each capitalised word (a name) may match its transliteration into the other script
 * (Romanizer for Cyrillic, {@code latin-cyrillic.tsv} for Latin). The words stay all required; only their
 * alternatives are added. Queries with operators, quotes or wildcards are taken as written.
 */
final class CrossLanguage {
    /** What was searched: the query given to the index and the alternatives it added, to show. */
    record Expansion(String query, List<String> also) {}

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}+(?:['’ʼ-]\\p{IsCyrillic}+)*");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}+");
    /** What {@link SearchQuery} counts as a word. */
    private static final Pattern COUNTED = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Each alternative is a clause per language and field: a concept with many forms gives this many at most. */
    private static final int MAX_PER_WORD = 8;
    private static final List<String[]> LATIN_CYRILLIC = load();

    private CrossLanguage() {}

    static Expansion expand(String text) {
        if (text == null || text.isBlank() || !QueryWords.plain(text)) return new Expansion(text, List.of());
        List<String> words = new ArrayList<>();
        Matcher m = QueryWords.WORD.matcher(text);
        while (m.find()) words.add(m.group());
        StringBuilder query = new StringBuilder();
        Set<String> also = new LinkedHashSet<>();
        int budget = SearchQuery.MAX_WORDS - words.size();
        for (String word : words) {
            Set<String> alternatives = new LinkedHashSet<>();
            for (String form : Concepts.BUNDLED.formsOfConceptsIn(word)) {
                if (!form.replace("*", "").equalsIgnoreCase(word)) alternatives.add(form);
            }
            if (Character.isUpperCase(word.codePointAt(0))) alternatives.addAll(transliterations(word));
            List<String> kept = new ArrayList<>();
            for (String a : alternatives) {
                // The index counts every word of the query text, the ORs and ANDs included.
                int cost = 1 + (int) COUNTED.matcher(clause(a)).results().count();
                if (kept.size() == MAX_PER_WORD || cost > budget) break;
                kept.add(a);
                budget -= cost;
            }
            if (!query.isEmpty()) query.append(' ');
            if (kept.isEmpty()) {
                query.append(word);
                continue;
            }
            query.append('(').append(word);
            for (String a : kept) query.append(" OR ").append(clause(a));
            query.append(')');
            also.addAll(kept);
        }
        return also.isEmpty() ? new Expansion(text, List.of()) : new Expansion(query.toString(), List.copyOf(also));
    }

    /** A registry form as query syntax: a phrase is quoted, a phrase with prefixes needs all its words. */
    private static String clause(String form) {
        if (!form.contains(" ")) return form;
        return form.contains("*") ? "(" + String.join(" AND ", form.split("\\s+")) + ")" : "\"" + form + "\"";
    }

    /** A Cyrillic name in Latin letters (Ukrainian and Russian romanizations); a Latin one in Ukrainian and Russian letters. */
    static Set<String> transliterations(String word) {
        Set<String> out = new LinkedHashSet<>();
        if (CYRILLIC.matcher(word).matches()) {
            out.add(Romanizer.romanize(word));
            out.add(Romanizer.romanizeRussian(word));
        } else if (LATIN.matcher(word).matches()) {
            out.add(cyrillic(word, 1));
            out.add(cyrillic(word, 2));
        }
        out.removeIf(w -> w.equalsIgnoreCase(word) || w.isBlank());
        return out;
    }

    /** Latin letters in Cyrillic, by the longest sequence of the table ({@code column} 1 Ukrainian, 2 Russian); capitals kept. */
    static String cyrillic(String latin, int column) {
        String lower = latin.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lower.length()) {
            String[] best = null;
            for (String[] row : LATIN_CYRILLIC) {
                if (lower.startsWith(row[0], i)) {
                    best = row;
                    break;
                }
            }
            if (best == null) {
                out.append(latin.charAt(i++));
                continue;
            }
            String c = best[column];
            out.append(i == 0 && Character.isUpperCase(latin.charAt(0)) ? c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1) : c);
            i += best[0].length();
        }
        return out.toString();
    }

    private static List<String[]> load() {
        List<String[]> rows = new ArrayList<>();
        for (Tsv.Row row : Tsv.resource(CrossLanguage.class, "latin-cyrillic.tsv")) {
            String[] f = Arrays.stream(row.fields()).map(String::strip).toArray(String[]::new);
            if (f.length != 3 || f[0].isEmpty() || f[1].isEmpty() || f[2].isEmpty()) throw row.error("expected latin<TAB>ukrainian<TAB>russian");
            rows.add(f);
        }
        rows.sort(Comparator.comparingInt((String[] row) -> row[0].length()).reversed());
        return List.copyOf(rows);
    }
}
