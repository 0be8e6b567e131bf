package org.totmon.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"></line>", PAD, H - PAD, W - 8, H - PAD));
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"8\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"></line>", PAD, PAD, H - PAD));
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
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\" class=\"pt side-%s\"><title>%s: %s, %s%s</title></circle>",
                        x, y, color, Html.esc(side.getKey()), Html.esc(t.side(side.getKey())), compact(p.value()), p.day(),
                        p.claims() > 1 ? Html.esc(" (" + t.count("claims.claims", p.claims()) + ")") : ""));
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
        if (Math.abs(v) >= 1e6) return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        if (Math.abs(v) >= 1e4) return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.1f", v);
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
