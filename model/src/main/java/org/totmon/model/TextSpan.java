package org.totmon.model;

/** A half-open character range [start, end) of a report's cleaned text. */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public boolean contains(int offset) { return offset >= start && offset < end; }

    public boolean overlaps(int s, int e) { return s < end && e > start; }

    public int length() { return end - start; }
}
