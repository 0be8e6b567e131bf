package org.totmon.store;

import org.totmon.model.Claim;

/** A claim in its group: the claim as its report gives it, its date (YYYY[-MM[-DD]] or null) and its report. */
public record GroupedClaim(Claim claim, int ord, String date, SourceReport report) {}
