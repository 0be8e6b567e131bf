package org.totmon.store;

import java.util.List;

/**
 * Claims of any reports about one measure: the unit, what is counted ({@code concept}; null when the group is keyed
 * by the words of its subject), the place and its region, the type of the event the claims are about and its id in
 * the {@link Timeline} (each may be null), and the claims by publication date. {@code disagreement} says which figures of two sides differ
 * beyond the margin ({@link org.totmon.linker.Disagreement}); null when they do not.
 */
public record ClaimGroup(long id, String unit, String concept, String place, String admin1, String eventType, Long eventId,
                         String disagreement, List<GroupedClaim> claims) {
    public ClaimGroup {
        claims = List.copyOf(claims);
    }

    public boolean disputed() {
        return disagreement != null;
    }

    /** The group with {@code claims} instead of its own. */
    public ClaimGroup with(List<GroupedClaim> claims) {
        return new ClaimGroup(id, unit, concept, place, admin1, eventType, eventId, disagreement, claims);
    }

    /** The group without the claims people rejected (for exports); null when they rejected them all. */
    public ClaimGroup withoutRejected() {
        List<GroupedClaim> kept = claims.stream().filter(c -> !Review.rejected(c.review())).toList();
        if (kept.isEmpty()) return null;
        return kept.size() == claims.size() ? this : new ClaimGroup(id, unit, concept, place, admin1, eventType, eventId, disagreement, kept);
    }

    /** The group with only the claims people reviewed (accepted or corrected); null when there are none. */
    public ClaimGroup reviewedOnly() {
        List<GroupedClaim> kept = claims.stream().filter(c -> c.status().equals(Review.REVIEWED)).toList();
        return kept.isEmpty() ? null : new ClaimGroup(id, unit, concept, place, admin1, eventType, eventId, disagreement, kept);
    }
}
