package org.totmon.store;

import java.util.Arrays;
import java.util.List;
import org.totmon.model.Claim;

/**
 * The claim ledger one claim a row: its group's measure, then the figure, who states it from which side, and its
 * report. What {@code totmon claims --format csv} and the workbench's claims exports (CSV and JSON Lines) write.
 */
public final class ClaimRows {
    public static final List<String> COLUMNS = List.of("group_id", "unit", "concept", "place", "admin1", "event_type", "event_id",
            "disagreement", "value", "value_max", "qualifier", "claimant", "claimant_side", "side_reason", "hedged", "date", "subject",
            "text", "report_id", "outlet", "url", "published", "near_duplicate_of", "review");

    private ClaimRows() {}

    /** The claim's fields in {@link #COLUMNS} order; null where unknown. */
    public static List<Object> of(ClaimGroup g, GroupedClaim gc) {
        Claim c = gc.claim();
        return Arrays.asList(g.id(), g.unit(), g.concept(), g.place(), g.admin1(), g.eventType(), g.eventId(), g.disagreement(),
                c.value(), c.valueMax(), c.qualifier(), c.claimant(), c.claimantSide() == null ? null : c.claimantSide().label(),
                c.sideReason(), c.hedged(), gc.date(), c.subject(), c.text(), gc.report().id(), gc.report().outlet(), gc.report().url(),
                gc.report().published(), gc.report().nearDuplicateOf(), gc.status());
    }
}
