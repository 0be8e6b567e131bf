package org.totmon.store;

import java.util.List;
import java.util.Map;

/**
 * A claim group as a page shows it, bounded whatever the group's size: its head with the claims shown, how many
 * claims and reports it has in all, how many claims each side has (by the side its reports give, which is how a side
 * is paged), and its figures over time as {@link ChartPoint}s. The claims shown are those of {@code pagedSide} (null:
 * of every side) from the {@code offset}th of each side on, at most {@code limit} a side, in publication order.
 */
public record LedgerCard(ClaimGroup group, int claimCount, int reportCount, Map<String, Integer> sides, List<ChartPoint> chart,
                         String pagedSide, int offset, int limit) {
    public LedgerCard {
        sides = Map.copyOf(sides);
        chart = List.copyOf(chart);
    }

    /** The claims of {@code side} (a {@link org.totmon.model.Side} label) in the group; 0 when it has none. */
    public int claimsOf(String side) {
        return sides.getOrDefault(side, 0);
    }

    /** How many claims of {@code side} come after those shown (0 when the page shows the rest, or not that side). */
    public int moreOf(String side) {
        if (pagedSide != null && !pagedSide.equals(side)) return 0;
        return Math.max(0, claimsOf(side) - offset - limit);
    }

    /** Where the next page of {@code side}'s claims starts, or -1 when there is none. */
    public int nextOffset(String side) {
        return moreOf(side) > 0 ? offset + limit : -1;
    }

    /**
     * The figures of one side on one date (YYYY[-MM[-DD]], as the claims give it; YYYY-MM for the whole month when the
     * side has more than {@link Ledger#CHART_DATES} dates): the lowest and highest and how many claims gave one of
     * them; a corrected claim counts with its corrected side and figure.
     */
    public record ChartPoint(String side, String date, double min, double max, int claims) {}
}
