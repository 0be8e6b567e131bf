package org.totmon.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.totmon.model.PublicationDate;
import org.totmon.store.LedgerCard;

/**
 * A claim group's figures over time as an inline SVG: one line per side through its dated figures (for each date, the
 * lowest and the highest the side gave, joined by a bar), drawn to the scale of the group's own range; from the
 * ledger's aggregates, so its size grows with the dates, not the claims. Empty when fewer than two figures are dated.
 * Text comes from {@link I18n}, values are numbers: nothing from a report reaches the markup but the escaped side labels.
 */
final class FigureChart {
    static final int W = 320, H = 120, PAD = 28;
    private static final Map<String, String> SIDE_COLOR = Map.of("occupation", "#b3261e", "ukraine", "#1f5fbf",
            "third_party", "#2e7d32", "unknown", "#5f6b73");

    /** A figure on a day, given by {@code claims} claims of its side on that date. */
    record Point(LocalDate day, double value, int claims) {}

    private FigureChart() {}

    static String of(LedgerCard card) {
        Map<String, List<Point>> bySide = new TreeMap<>();
        for (LedgerCard.ChartPoint p : card.chart()) {
            LocalDate day = day(p.date());
            if (day == null) continue;
            List<Point> side = bySide.computeIfAbsent(p.side(), k -> new ArrayList<>());
            side.add(new Point(day, p.min(), p.claims()));
            if (p.max() != p.min()) side.add(new Point(day, p.max(), p.claims()));
        }
        List<Point> all = bySide.values().stream().flatMap(List::stream).toList();
        if (all.stream().mapToInt(Point::claims).sum() < 2) return "";
        long d0 = all.stream().mapToLong(p -> p.day().toEpochDay()).min().orElse(0), d1 = all.stream().mapToLong(p -> p.day().toEpochDay()).max().orElse(0);
        double v0 = Math.min(0, all.stream().mapToDouble(Point::value).min().orElse(0)), v1 = all.stream().mapToDouble(Point::value).max().orElse(1);
        if (v1 == v0) v1 = v0 + 1;
        I18n t = I18n.current();
        StringBuilder b = new StringBuilder("<figure class=\"chart\"><svg viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(t.t("claims.chart"))).append("\">");
        b.append("<line x1=\"").append(PAD).append("\" y1=\"").append(H - PAD).append("\" x2=\"").append(W - 8).append("\" y2=\"").append(H - PAD)
                .append("\" stroke=\"#999\"></line>");
        b.append("<line x1=\"").append(PAD).append("\" y1=\"8\" x2=\"").append(PAD).append("\" y2=\"").append(H - PAD).append("\" stroke=\"#999\"></line>");
        b.append(text(2, 14, compact(v1))).append(text(2, H - PAD, compact(v0)));
        b.append(text(PAD, H - 8, LocalDate.ofEpochDay(d0).toString())).append(text(W - 80, H - 8, LocalDate.ofEpochDay(d1).toString()));
        for (Map.Entry<String, List<Point>> side : bySide.entrySet()) {
            String color = SIDE_COLOR.getOrDefault(side.getKey(), "#5f6b73");
            // Stable: a date's lowest figure stays before its highest.
            List<Point> pts = side.getValue().stream().sorted((a, c) -> a.day().compareTo(c.day())).toList();
            StringBuilder line = new StringBuilder();
            for (Point p : pts) {
                double x = PAD + (d1 == d0 ? (W - PAD - 8) / 2.0 : (p.day().toEpochDay() - d0) * (W - PAD - 8.0) / (d1 - d0));
                double y = H - PAD - (p.value() - v0) * (H - PAD - 8.0) / (v1 - v0);
                String cx = fixed(x, 1), cy = fixed(y, 1);
                line.append(cx).append(',').append(cy).append(' ');
                b.append("<circle cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"3.5\" fill=\"").append(color).append("\" class=\"pt side-")
                        .append(Html.esc(side.getKey())).append("\"><title>").append(Html.esc(t.side(side.getKey()))).append(": ").append(compact(p.value()))
                        .append(", ").append(p.day()).append(p.claims() > 1 ? Html.esc(" (" + t.count("claims.claims", p.claims()) + ")") : "").append("</title></circle>");
            }
            if (pts.size() > 1) b.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.5\" points=\"").append(line.toString().strip()).append("\"></polyline>");
        }
        b.append("</svg><figcaption>");
        for (String side : bySide.keySet()) {
            b.append("<span class=\"key\"><svg width=\"10\" height=\"10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" fill=\"")
                    .append(SIDE_COLOR.getOrDefault(side, "#5f6b73")).append("\"></rect></svg> ").append(Html.esc(t.side(side))).append("</span> ");
        }
        return b.append("</figcaption></figure>").toString();
    }

    private static String text(int x, int y, String s) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"10\" fill=\"#555\">" + Html.esc(s) + "</text>";
    }

    static String compact(double v) {
        if (Math.abs(v) >= 1e6) return fixed(v / 1e6, 1) + "M";
        if (Math.abs(v) >= 1e4) return fixed(v / 1e3, 0) + "k";
        return v == Math.rint(v) ? grouped((long) v) : fixed(v, 1);
    }

    /** {@code n} with its thousands separated by commas, as {@code String.format(Locale.ROOT, "%,d", n)} writes it. */
    static String grouped(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0, first = (digits.length() - sign) % 3 == 0 ? 3 : (digits.length() - sign) % 3;
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3).append(digits, 0, sign + first);
        for (int i = sign + first; i < digits.length(); i += 3) b.append(',').append(digits, i, i + 3);
        return b.toString();
    }

    /**
     * {@code v} with {@code decimals} digits after the point, as {@code String.format(Locale.ROOT, "%.Nf", v)} writes it
     * (its shortest decimal form rounded half up, a negative zero with its sign) without parsing a format at each
     * call: a ledger page draws some thousand points, and formatting them took most of its CPU.
     */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) return Double.toString(v);
        String s = java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        return (v < 0 || 1 / v < 0) && s.charAt(0) != '-' ? "-" + s : s;
    }

    /** The day a date stands for (a month's or year's first day); null if it is not a date. */
    static LocalDate day(String date) {
        if (date == null) return null;
        try {
            return PublicationDate.parse(date).approximateDay();
        } catch (IllegalArgumentException | NullPointerException bad) {
            return null;
        }
    }
}
