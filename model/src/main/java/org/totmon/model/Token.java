package org.totmon.model;

/** A token: its offsets into the cleaned text and its surface form. */
public record Token(int start, int end, String text) {
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
