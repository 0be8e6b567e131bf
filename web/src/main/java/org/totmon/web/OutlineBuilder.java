package org.totmon.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The build step behind {@code static/oblasts.geojson}: no boundary data the project may ship was at hand, so each
 * first-level division of Ukraine is drawn as the convex hull of its GeoNames populated places. An approximation
 * for orientation on an offline map, not a border. Run from the repository root:
 * <pre>
 * mvn -q -B -pl web -am compile
 * java -cp web/target/classes org.totmon.web.OutlineBuilder ../shared/data/geonames-ua web/src/main/resources/org/totmon/web/static/oblasts.geojson
 * </pre>
 * Reads {@code UA.txt} and {@code admin1CodesASCII*.txt} (GeoNames, CC BY 4.0; the output credits it).
 */
public final class OutlineBuilder {
    record Point(double lon, double lat) {}

    private static final double REACH = 1.25;

    private OutlineBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: OutlineBuilder GEONAMES-DIR OUT.geojson");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Map<String, String> names = new TreeMap<>();
        try (var files = Files.list(dir)) {
            Path admin1 = files.filter(f -> f.getFileName().toString().startsWith("admin1CodesASCII")).findFirst()
                    .orElseThrow(() -> new IOException("no admin1CodesASCII*.txt in " + dir));
            for (String line : Files.readAllLines(admin1, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length >= 3 && f[0].startsWith("UA.")) names.put(f[0].substring(3), f[2]);
            }
        }
        Map<String, List<Point>> points = new TreeMap<>();
        try (var lines = Files.lines(dir.resolve("UA.txt"), StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                String[] f = line.split("\t", -1);
                if (f.length > 10 && f[6].equals("P") && names.containsKey(f[10])) {
                    points.computeIfAbsent(f[10], k -> new ArrayList<>()).add(new Point(Double.parseDouble(f[5]), Double.parseDouble(f[4])));
                }
            });
        }
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"attribution\":\"Outlines derived by TOT Monitor "
                + "(convex hulls of populated places per first-level division) from GeoNames (www.geonames.org), CC BY 4.0. Not borders.\",\"features\":[\n");
        String sep = "";
        for (Map.Entry<String, List<Point>> e : points.entrySet()) {
            List<Point> hull = hull(withoutOutliers(e.getValue()));
            if (hull.size() < 3) continue;
            out.append(sep).append("{\"type\":\"Feature\",\"properties\":{\"admin1\":\"").append(e.getKey()).append("\",\"name\":\"")
                    .append(names.get(e.getKey()).replace("\"", "")).append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
            hull.add(hull.get(0));
            for (int i = 0; i < hull.size(); i++) {
                out.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.3f,%.3f]", hull.get(i).lon(), hull.get(i).lat()));
            }
            out.append("]]}}");
            sep = ",\n";
        }
        Files.writeString(Path.of(args[1]), out.append("\n]}\n"), StandardCharsets.UTF_8);
    }

    /**
     * The points not far out from the rest: within {@link #REACH} times the distance from the median point that 95% of
     * them keep. A place filed under the wrong division would otherwise stretch its hull across the country.
     */
    static List<Point> withoutOutliers(List<Point> points) {
        double lon = median(points.stream().mapToDouble(Point::lon).toArray());
        double lat = median(points.stream().mapToDouble(Point::lat).toArray());
        double[] d = points.stream().mapToDouble(p -> Math.hypot(p.lon() - lon, p.lat() - lat)).toArray();
        double[] sorted = d.clone();
        Arrays.sort(sorted);
        double limit = REACH * sorted[(int) Math.floor(0.95 * (sorted.length - 1))];
        List<Point> kept = new ArrayList<>();
        for (int i = 0; i < d.length; i++) if (d[i] <= limit) kept.add(points.get(i));
        return kept;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** The convex hull, counter-clockwise (Andrew's monotone chain); fewer than three distinct points come back as they are. */
    static List<Point> hull(List<Point> input) {
        List<Point> p = new ArrayList<>(input.stream().distinct().toList());
        p.sort(Comparator.comparingDouble(Point::lon).thenComparingDouble(Point::lat));
        if (p.size() < 3) return p;
        Point[] h = new Point[2 * p.size()];
        int k = 0;
        for (Point pt : p) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], pt) <= 0) k--;
            h[k++] = pt;
        }
        for (int i = p.size() - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(h[k - 2], h[k - 1], p.get(i)) <= 0) k--;
            h[k++] = p.get(i);
        }
        return new ArrayList<>(Arrays.asList(h).subList(0, k - 1));
    }

    private static double cross(Point o, Point a, Point b) {
        return (a.lon() - o.lon()) * (b.lat() - o.lat()) - (a.lat() - o.lat()) * (b.lon() - o.lon());
    }
}
