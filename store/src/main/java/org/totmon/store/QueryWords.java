package org.totmon.store;

import java.util.regex.Pattern;

/** How a search query is read as words, one way for the index and for the workbench that widens queries. */
public final class QueryWords {
    private QueryWords() {}

    /** A word: letters and digits, apostrophes and hyphens inside it kept ("Куп'янськ", "Rostov-on-Don"). */
    public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’ʼ-][\\p{L}\\p{N}]+)*");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}'’ʼ\\s.,-]+");
    private static final Pattern OPERATOR = Pattern.compile("\\b(?:AND|OR|NOT)\\b|(?:^|\\s)-");

    /** Whether the query is nothing but words: no quotes, operators, wildcards or fields, so it may be widened. */
    public static boolean plain(String query) {
        return query != null && PLAIN.matcher(query).matches() && !OPERATOR.matcher(query).find();
    }
}
