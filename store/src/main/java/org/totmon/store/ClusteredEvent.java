package org.totmon.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.totmon.model.Event;

/**
 * One report's mention of a clustered event: the event as that report gives it (corrected where a person corrected
 * it), the report, and its review (null: unreviewed). {@code independent} is false when the report copies another
 * report of the same event: it is then not counted as a source.
 */
public record ClusteredEvent(Event event, int ord, SourceReport report, boolean independent, @JsonIgnore Review review) {
    /** reviewed, unreviewed or rejected. */
    @JsonProperty("review")
    public String status() {
        return Review.label(review);
    }
}
