package org.totmon.model;

/** A figure stated in a report, with who states it, their side, and how it is hedged. */
public record Claim(String text, double value, Double valueMax, String qualifier, String unit, String subject,
                    String claimant, Side claimantSide, boolean hedged, int start, int end) {}
