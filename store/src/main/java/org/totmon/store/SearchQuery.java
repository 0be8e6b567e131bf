package org.totmon.store;

import java.time.LocalDate;

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

    public SearchQuery {
        if (limit < 1) throw new IllegalArgumentException("the limit must be at least 1, not " + limit);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, DEFAULT_LIMIT);
    }
}
