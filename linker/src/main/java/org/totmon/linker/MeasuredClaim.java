package org.totmon.linker;

import org.totmon.model.Claim;

/**
 * A claim of a report with the measure it states. {@code date} is the date the claim's sentence names, else the
 * report's publication date (null when neither is known).
 */
public record MeasuredClaim(String reportId, int ord, Claim claim, Measure measure, DateSpan date) {}
