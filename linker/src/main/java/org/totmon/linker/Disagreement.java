package org.totmon.linker;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.totmon.model.Side;

/**
 * Whether the sides disagree about a measure. Each figure stands for a range: an exact or approximate figure for
 * itself, a range for its bounds, "at least"/"more than" for everything from it up, "at most"/"less than" for
 * everything from zero up to it. Two figures disagree when they come from different known sides (occupation,
 * Ukraine, third party), their dates are compatible (one contains the other, or within {@link #DATE_WINDOW_DAYS}
 * days; an unknown date is compatible with any), and their ranges do not overlap with the nearer ends more than
 * {@link #MARGIN} apart: the lower end is less than 75% of the higher. Same-side figures never disagree here.
 */
public final class Disagreement {
    private Disagreement() {}

    public static final double MARGIN = 0.25;
    public static final int DATE_WINDOW_DAYS = 31;

    /** A claim's figure as compared: value, upper bound, qualifier, side and date. */
    public record Figure(double value, Double valueMax, String qualifier, Side side, DateSpan date) {
        double low() {
            String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
            return q.equals("at_most") || q.equals("less_than") ? 0 : value;
        }

        double high() {
            String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
            if (q.equals("at_least") || q.equals("more_than")) return Double.POSITIVE_INFINITY;
            return valueMax != null ? Math.max(value, valueMax) : value;
        }

        boolean sided() {
            return side != null && side != Side.UNKNOWN;
        }
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

    /** The first pair of figures (in list order) that disagree, or empty. */
    public static Optional<Conflict> find(List<Figure> figures) {
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                if (disagree(figures.get(i), figures.get(j))) return Optional.of(new Conflict(i, j));
            }
        }
        return Optional.empty();
    }

    public static boolean disagree(Figure a, Figure b) {
        if (!a.sided() || !b.sided() || a.side() == b.side()) return false;
        if (a.date() != null && b.date() != null && !a.date().compatible(b.date(), DATE_WINDOW_DAYS)) return false;
        double lower, higher;
        if (a.high() < b.low()) {
            lower = a.high();
            higher = b.low();
        } else if (b.high() < a.low()) {
            lower = b.high();
            higher = a.low();
        } else {
            return false;
        }
        return lower < (1 - MARGIN) * higher;
    }
}
