package org.totmon.spark;

import java.io.Serializable;
import org.totmon.linker.Concepts;
import org.totmon.linker.DateSpan;
import org.totmon.linker.Disagreement;
import org.totmon.linker.MeasuredClaim;
import org.totmon.model.Claim;
import org.totmon.model.Side;

/**
 * A measured claim as shipped between executors: what grouping and {@link Disagreement} read of it. Its measure's
 * event is known at first only as the position of an event in the same report ({@code eventOrd}, -1 for none);
 * {@code eventCluster} is set once the events are clustered.
 */
record ClaimRow(int seq, String reportId, int ord, String measureKey, boolean runningTotal, boolean placed, double value,
                Double valueMax, String qualifier, Side side, String dateValue, int eventOrd, Long eventCluster)
        implements Serializable {

    /** {@code m} as {@code ClaimMeasures.of} gives it when told that each event's id is its position in the report. */
    static ClaimRow of(int seq, MeasuredClaim m) {
        Claim k = m.claim();
        Long event = m.measure().eventId();
        return new ClaimRow(seq, m.reportId(), m.ord(), m.measure().key(), Concepts.BUNDLED.runningTotal(m.measure().concept()),
                m.measure().place() != null, k.value(), k.valueMax(), k.qualifier(), k.claimantSide(),
                m.date() == null ? null : m.date().value(), event == null ? -1 : Math.toIntExact(event), null);
    }

    ClaimRow withEventCluster(Long cluster) {
        return new ClaimRow(seq, reportId, ord, measureKey, runningTotal, placed, value, valueMax, qualifier, side, dateValue,
                eventOrd, cluster);
    }

    Disagreement.Figure figure() {
        return new Disagreement.Figure(value, valueMax, qualifier, side, DateSpan.parse(dateValue), eventCluster);
    }

    /** Its place in the ledger's order, as one number: its report's seq, then its position in the claims layer. */
    long key() {
        return MentionRow.key(seq, ord);
    }
}
