package org.totmon.ingest;

/**
 * What an HTML page says about the report it carries; any field but {@code text} may be null.
 * {@code published} is {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; {@code language} is a lowercase
 * primary language subtag such as {@code en}.
 */
public record HtmlArticle(String title, String published, String url, String outlet, String language, String text) {}
