package org.totmon.model;

/** A stretch of text that names something, with its offsets into the cleaned text. */
public record Mention(String text, int start, int end) {}
