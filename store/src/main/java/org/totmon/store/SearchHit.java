package org.totmon.store;

/** One report found: what to show of it, and its score (higher is better; 0 for filter-only searches). */
public record SearchHit(String id, String title, String published, String language, String url, float score, Snippet snippet) {}
