package org.totmon.store;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A full-text search with optional filters; null means no filter. {@code text} uses the Lucene query syntax
 * (words are all required; "phrases", OR, -exclusion, prefix*); blank text matches every report the filters let
 * through, newest first. {@code place} and {@code entity} match a place's or entity's name or any of its mentions,
 * ignoring case, accents and apostrophes; {@code entity} also matches a name whose words are the same in another
 * script, spelling or case form ("Balitsky" finds "Балицького"). {@code from}/{@code to} keep reports whose publication date may fall
 * within them.
 */
public record SearchQuery(String text, String language, String place, String entity, LocalDate from, LocalDate to, int limit) {
    public static final int DEFAULT_LIMIT = 10;
    /**
     * Most words a query may have: each word becomes a clause per language, field and name key, and Lucene refuses a
     * query of more than 1,024 clauses (86 words, once). No search needs more words than this to find a report.
     */
    public static final int MAX_WORDS = 32;
    /** Longest query text, in characters. */
    public static final int MAX_CHARS = 1000;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public SearchQuery {
        if (limit < 1) throw new IllegalArgumentException("the limit must be at least 1, not " + limit);
        if (text != null && text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the query is " + text.length() + " characters; a query may have at most " + MAX_CHARS);
        }
        long words = text == null ? 0 : WORD.matcher(text).results().count();
        if (words > MAX_WORDS) {
            throw new IllegalArgumentException("the query has " + words + " words; a query may have at most " + MAX_WORDS);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, DEFAULT_LIMIT);
    }
}
