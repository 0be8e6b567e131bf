package org.totmon.model;

/**
 * A figure stated in a report, with who states it, their side, and how it is hedged; {@code claimantId} is the
 * {@linkplain Extraction#entityId id} of the claimant among the extraction's entities, null when the claimant is
 * none of them (a description such as "local residents", or no claimant). {@code sideReason} says why the claimant
 * has that side ("actor registry: TASS", "role: \"so-called\"", "outlet registry: Suspilne (ukrainian state)"); null
 * when the side is unknown or the claim was stored before reasons were kept.
 */
public record Claim(String text, double value, Double valueMax, String qualifier, String unit, String subject,
                    String claimant, Side claimantSide, boolean hedged, int start, int end, String claimantId, String sideReason) {

    /** A claim without a reference to its claimant or a reason for its side (stored before either was kept). */
    public Claim(String text, double value, Double valueMax, String qualifier, String unit, String subject,
                 String claimant, Side claimantSide, boolean hedged, int start, int end) {
        this(text, value, valueMax, qualifier, unit, subject, claimant, claimantSide, hedged, start, end, null, null);
    }
}
