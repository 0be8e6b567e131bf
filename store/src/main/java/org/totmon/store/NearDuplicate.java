package org.totmon.store;

/**
 * A report that is a near-copy of another report, or that another report copies: {@code report} is the other report,
 * {@code similarity} the Jaccard similarity of the two cleaned texts' word 4-shingles, {@code original} true when
 * {@code report} is the original (the one asked about copies it), false when it is the copy.
 */
public record NearDuplicate(SourceReport report, double similarity, boolean original) {}
