package org.totmon.linker;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.totmon.model.Side;

/**
 * Whether the sides disagree about a measure (../shared/eval/GUIDELINES.md: figures of two different sides that cannot
 * both be true). Each figure stands for a range: an exact or approximate figure for itself, a range for its bounds,
 * "at least"/"more than" for everything from it up, "at most"/"less than" for everything from zero up to it; and each
 * end is widened by the figure's rounding: half a unit of its last non-zero digit ("2,000" stands for 1,500–2,500,
 * "87%" for 86.5–87.5, "1,457" for itself give or take half), and for an approximate figure ("about", "almost")
 * {@link #APPROXIMATE} of it more. Two figures disagree when they come from different known sides (occupation,
 * Ukraine, third party), their dates are compatible (one contains the other, or within {@link #DATE_WINDOW_DAYS}
 * days; an unknown date is compatible with any), and their widened ranges do not overlap. A running total (a count
 * "since February 2022", which only grows) is compared across any dates, and there only a fall counts: a later
 * figure wholly below an earlier one. Same-side figures never disagree here. Nor do figures of a measure without a
 * place unless both are told of one real-world event (their sentences' events are in one cluster): "1,300 evacuated"
 * and "1,450 evacuated" with nowhere named may be two banks of one river.
 */
public final class Disagreement {
    private Disagreement() {}

    public static final double APPROXIMATE = 0.10;
    public static final int DATE_WINDOW_DAYS = 31;

    /** A claim's figure as compared: value, upper bound, qualifier, side, date, and the real-world event it is about (or null). */
    public record Figure(double value, Double valueMax, String qualifier, Side side, DateSpan date, Long event) {
        public Figure(double value, Double valueMax, String qualifier, Side side, DateSpan date) {
            this(value, valueMax, qualifier, side, date, null);
        }

        private String q() {
            return qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
        }

        /** How far the figure may lie from what it says: its rounding, and more when it says it is approximate. */
        private double slack(double v) {
            double rounding = rounding(v);
            return q().equals("approx") ? rounding + APPROXIMATE * Math.abs(v) : rounding;
        }

        double low() {
            if (q().equals("at_most") || q().equals("less_than")) return 0;
            return value - slack(value);
        }

        double high() {
            if (q().equals("at_least") || q().equals("more_than")) return Double.POSITIVE_INFINITY;
            double top = valueMax != null ? Math.max(value, valueMax) : value;
            return top + slack(top);
        }

        boolean sided() {
            return side != null && side != Side.UNKNOWN;
        }
    }

    /** Half a unit of the last non-zero digit of {@code v} as written to at most four decimals: 2000 → 500, 87 → 0.5, 66.43 → 0.005. */
    static double rounding(double v) {
        double a = Math.abs(v);
        if (a == 0) return 0.5;
        double unit = 1e-4;
        while (unit < 1e15 && Math.abs(Math.round(a / (unit * 10)) * unit * 10 - a) < 1e-9 * Math.max(1, a)) unit *= 10;
        return unit / 2;
    }

    /** A figure as people read it: "at least 400", "70–80", "about 1,500". */
    public static String describe(double value, Double valueMax, String qualifier) {
        String v = number(value);
        if (valueMax != null && valueMax != value) return v + "–" + number(valueMax);
        return switch (qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT)) {
            case "at_least" -> "at least " + v;
            case "more_than" -> "more than " + v;
            case "at_most" -> "at most " + v;
            case "less_than" -> "less than " + v;
            case "approx" -> "about " + v;
            default -> v;
        };
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : String.valueOf(v);
    }

    /** Two disagreeing figures, by their positions in the list given to {@link #find}. */
    public record Conflict(int first, int second) {}

    /**
     * The first pair of figures (in list order) that disagree, or empty; {@code runningTotal} as
     * {@link #disagree(Figure, Figure, boolean)}, {@code placed} whether the measure names a place.
     */
    public static Optional<Conflict> find(List<Figure> figures, boolean runningTotal, boolean placed) {
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                if (disputes(figures.get(i), figures.get(j), runningTotal, placed)) return Optional.of(new Conflict(i, j));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether two figures of one measure are disputed: {@link #disagree(Figure, Figure, boolean)}, and, for a measure
     * without a place ({@code placed} false), told of one real-world event.
     */
    public static boolean disputes(Figure a, Figure b, boolean runningTotal, boolean placed) {
        if (!placed && (a.event() == null || !a.event().equals(b.event()))) return false;
        return disagree(a, b, runningTotal);
    }

    /** Whether two figures may say the same amount: their ranges, with qualifiers and rounding, overlap (1,457 and "almost 1,500"). */
    static boolean overlap(Figure a, Figure b) {
        return a.high() >= b.low() && b.high() >= a.low();
    }

    /** Whether two figures of one measure disagree; {@code runningTotal} when the measure is one that only grows. */
    public static boolean disagree(Figure a, Figure b, boolean runningTotal) {
        if (!a.sided() || !b.sided() || a.side() == b.side()) return false;
        boolean dated = a.date() != null && b.date() != null;
        if (runningTotal && dated && !a.date().from().equals(b.date().from())) {
            Figure earlier = a.date().from().isBefore(b.date().from()) ? a : b;
            Figure later = earlier == a ? b : a;
            return later.high() < earlier.low();
        }
        if (dated && !a.date().compatible(b.date(), DATE_WINDOW_DAYS)) return false;
        return a.high() < b.low() || b.high() < a.low();
    }
}
