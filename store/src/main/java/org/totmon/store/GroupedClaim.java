package org.totmon.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.totmon.model.Claim;

/**
 * A claim in its group: the claim as its report gives it, corrected where a person corrected it, its date
 * (YYYY[-MM[-DD]] or null), its report, and its review (null: unreviewed).
 */
public record GroupedClaim(Claim claim, int ord, String date, SourceReport report, @JsonIgnore Review review) {
    /** reviewed, unreviewed or rejected. */
    @JsonProperty("review")
    public String status() {
        return Review.label(review);
    }
}
