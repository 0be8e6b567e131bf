package org.totmon.model;

/**
 * A figure stated in a report, with who states it, their side, and how it is hedged; {@code claimantId} is the
 * {@linkplain Extraction#entityId id} of the claimant among the extraction's entities, null when the claimant is
 * none of them (a description such as "local residents", or no claimant).
 */
public record Claim(String text, double value, Double valueMax, String qualifier, String unit, String subject,
                    String claimant, Side claimantSide, boolean hedged, int start, int end, String claimantId) {

    /** A claim without a reference to its claimant (stored before references were kept). */
    public Claim(String text, double value, Double valueMax, String qualifier, String unit, String subject,
                 String claimant, Side claimantSide, boolean hedged, int start, int end) {
        this(text, value, valueMax, qualifier, unit, subject, claimant, claimantSide, hedged, start, end, null);
    }
}
