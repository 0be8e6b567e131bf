package org.totmon.model;

/** A calendar time the text refers to, resolved to {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
public record TimeMention(String text, String value, int start, int end) {}
