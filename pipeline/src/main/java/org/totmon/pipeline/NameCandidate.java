package org.totmon.pipeline;

/**
 * A name a statistical model proposes over text[start, end): a person, an organisation or a location, with the model's
 * probability (the mean of its per-token outcome probabilities). A candidate, not a decision: the entity and place
 * layers choose what to keep.
 */
public record NameCandidate(Kind kind, int start, int end, double probability) {
    public enum Kind { PERSON, ORGANIZATION, LOCATION }

    public NameCandidate {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad name span " + start + ".." + end);
    }
}
