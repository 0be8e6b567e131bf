package org.totmon.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The build step behind the map's offline layers, {@code static/borders.geojson} and {@code static/oblasts.geojson}:
 * <ul>
 * <li>borders: the countries around Ukraine from Natural Earth's 1:50m admin-0 countries (public domain) as the npm
 * package {@code world-atlas} 2.0.2 ships them ({@code countries-50m.json}, TopoJSON), cut to the map's area. Natural
 * Earth draws Crimea inside Russia; it is drawn inside Ukraine here, as the UN General Assembly (resolution 68/262)
 * and this record hold;</li>
 * <li>oblasts: each first-level division drawn as the part of Ukraine nearer to its own GeoNames populated places than
 * to any other division's (a Voronoi diagram of the places, its cells dissolved by division and cut to the border).
 * The outlines tile the country without overlapping; they are approximations, not legal borders.</li>
 * </ul>
 * Run by {@code totmon build-map} (README, "The map's offline layers").
 */
public final class OutlineBuilder {
    /** The map's area: Ukraine and its neighbours' nearer parts. */
    static final Envelope AREA = new Envelope(16, 46, 41, 56.5);
    /** Crimea and Sevastopol, to take Natural Earth's polygon there out of Russia. */
    private static final Envelope CRIMEA = new Envelope(32.4, 36.7, 44.3, 46.3);
    /** One place per cell of this size (degrees) per division is enough for the diagram and keeps it small. */
    private static final double GRID = 0.03;
    private static final double SIMPLIFY = 0.01;
    private static final GeometryFactory GEO = new GeometryFactory();
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutlineBuilder() {}

    /**
     * Writes {@code borders.geojson} and {@code oblasts.geojson} into {@code out} from a GeoNames folder (UA.txt,
     * admin1CodesASCII*.txt) and world-atlas's {@code countries-50m.json}; returns what it wrote, in words.
     */
    public static String build(Path geonames, Path countries50m, Path out) throws IOException {
        JsonNode topo;
        try {
            topo = JSON.readTree(countries50m.toFile());
        } catch (IOException e) {
            throw new IOException(countries50m + " is not a readable TopoJSON file: " + e.getMessage(), e);
        }
        if (topo == null || !topo.path("objects").has("countries") || !topo.has("transform")) {
            throw new IOException(countries50m + " is not world-atlas's countries TopoJSON (no quantized \"countries\" object)");
        }
        Map<String, Geometry> countries = countries(topo);
        Geometry ukraine = countries.get("Ukraine");
        if (ukraine == null) throw new IOException(countries50m + " has no country named Ukraine");
        ObjectNode borders = featureCollection("Borders and coastline: Natural Earth 1:50m admin-0 countries (public domain), from the npm package "
                + "world-atlas 2.0.2; cut to the map's area by TOT Monitor, Crimea drawn in Ukraine (UN GA resolution 68/262).");
        countries.forEach((name, g) -> feature(borders, g, Map.of("name", name)));
        Files.writeString(out.resolve("borders.geojson"), borders.toString() + "\n", StandardCharsets.UTF_8);

        Path dir = geonames;
        Map<String, String> names = admin1Names(dir);
        Map<String, List<Coordinate>> places = places(dir.resolve("UA.txt"), names.keySet());
        List<String> codes = new ArrayList<>(places.keySet());
        Geometry[] oblasts = oblasts(places, codes, ukraine);
        ObjectNode fc = featureCollection("Oblast outlines derived by TOT Monitor: a Voronoi diagram of GeoNames populated places "
                + "(www.geonames.org, CC BY 4.0) dissolved by first-level division and cut to Natural Earth's border (public domain). Approximate; not borders.");
        for (int i = 0; i < codes.size(); i++) {
            if (oblasts[i].isEmpty()) continue;
            Point label = largest(oblasts[i]).getInteriorPoint();
            ObjectNode props = feature(fc, oblasts[i], Map.of("admin1", codes.get(i), "name", names.get(codes.get(i))));
            props.putArray("label").add(round(label.getX())).add(round(label.getY()));
        }
        Files.writeString(out.resolve("oblasts.geojson"), fc.toString() + "\n", StandardCharsets.UTF_8);
        return "wrote " + out.resolve("borders.geojson") + " (" + countries.size() + " countries) and "
                + out.resolve("oblasts.geojson") + " (" + codes.size() + " divisions)";
    }

    /**
     * Each division's Voronoi cells dissolved and cut to the country, then simplified together as one coverage (so
     * neighbours keep a shared edge: no gaps, no overlaps). In {@code codes} order.
     */
    static Geometry[] oblasts(Map<String, List<Coordinate>> places, List<String> codes, Geometry country) {
        List<Coordinate> all = new ArrayList<>();
        Map<Coordinate, String> owner = new java.util.HashMap<>();
        for (String code : codes) {
            for (Coordinate c : places.get(code)) {
                if (owner.putIfAbsent(c, code) == null) all.add(c);
            }
        }
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(all);
        voronoi.setClipEnvelope(AREA);
        Geometry cells = voronoi.getDiagram(GEO);
        Map<String, List<Geometry>> byCode = new TreeMap<>();
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i);
            String code = owner.get((Coordinate) cell.getUserData());
            if (code != null) byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(cell);
        }
        Geometry[] out = new Geometry[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            List<Geometry> own = byCode.getOrDefault(codes.get(i), List.of());
            out[i] = own.isEmpty() ? GEO.createPolygon() : polygonal(CascadedPolygonUnion.union(own).intersection(country));
        }
        Geometry[] simple = CoverageSimplifier.simplify(out, SIMPLIFY);
        GeometryPrecisionReducer reducer = new GeometryPrecisionReducer(new PrecisionModel(1000));
        for (int i = 0; i < simple.length; i++) simple[i] = reducer.reduce(simple[i]);
        return simple;
    }

    /** The countries of the TopoJSON object {@code countries} that reach into the map's area, by name, cut to it. */
    static Map<String, Geometry> countries(JsonNode topo) {
        JsonNode transform = topo.get("transform");
        double sx = transform.get("scale").get(0).asDouble(), sy = transform.get("scale").get(1).asDouble();
        double tx = transform.get("translate").get(0).asDouble(), ty = transform.get("translate").get(1).asDouble();
        List<Coordinate[]> arcs = new ArrayList<>();
        for (JsonNode arc : topo.get("arcs")) {
            Coordinate[] pts = new Coordinate[arc.size()];
            long x = 0, y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                pts[i] = new Coordinate(x * sx + tx, y * sy + ty);
            }
            arcs.add(pts);
        }
        Geometry area = GEO.toGeometry(AREA);
        Map<String, Geometry> out = new TreeMap<>();
        List<Polygon> crimea = new ArrayList<>();
        for (JsonNode g : topo.get("objects").get("countries").get("geometries")) {
            String name = g.path("properties").path("name").asText();
            List<Polygon> polygons = new ArrayList<>();
            if (g.path("type").asText().equals("Polygon")) polygons.add(polygon(g.get("arcs"), arcs));
            else if (g.path("type").asText().equals("MultiPolygon")) for (JsonNode p : g.get("arcs")) polygons.add(polygon(p, arcs));
            List<Polygon> kept = new ArrayList<>();
            for (Polygon p : polygons) {
                if (!p.getEnvelopeInternal().intersects(AREA)) continue;
                if (name.equals("Russia") && CRIMEA.contains(p.getEnvelopeInternal())) crimea.add(p);
                else kept.add(p);
            }
            if (!kept.isEmpty()) out.put(name, GEO.createMultiPolygon(kept.toArray(Polygon[]::new)).buffer(0).intersection(area));
        }
        Geometry ua = out.get("Ukraine");
        if (ua != null && !crimea.isEmpty()) {
            crimea.add(0, (Polygon) largest(ua));
            List<Geometry> parts = new ArrayList<>(crimea);
            for (int i = 0; i < ua.getNumGeometries(); i++) if (ua.getGeometryN(i) != crimea.get(0)) parts.add(ua.getGeometryN(i));
            out.put("Ukraine", CascadedPolygonUnion.union(parts));
        }
        out.replaceAll((name, g) -> TopologyPreservingSimplifier.simplify(g, SIMPLIFY / 2));
        return out;
    }

    /** The polygons of {@code g} alone: a cut along a border can leave lines and points beside them. */
    private static Geometry polygonal(Geometry g) {
        List<Polygon> polygons = new ArrayList<>();
        PolygonExtracter.getPolygons(g, polygons);
        return GEO.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static Polygon polygon(JsonNode rings, List<Coordinate[]> arcs) {
        List<LinearRing> built = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<Coordinate> pts = new ArrayList<>();
            for (JsonNode a : ring) {
                int i = a.asInt();
                Coordinate[] arc = arcs.get(i < 0 ? ~i : i);
                for (int k = 0; k < arc.length; k++) {
                    Coordinate c = arc[i < 0 ? arc.length - 1 - k : k];
                    if (k > 0 || pts.isEmpty()) pts.add(c);
                }
            }
            if (!pts.get(0).equals2D(pts.get(pts.size() - 1))) pts.add(pts.get(0));
            if (pts.size() >= 4) built.add(GEO.createLinearRing(pts.toArray(Coordinate[]::new)));
        }
        return GEO.createPolygon(built.get(0), built.subList(1, built.size()).toArray(LinearRing[]::new));
    }

    private static Geometry largest(Geometry g) {
        Geometry best = g.getGeometryN(0);
        for (int i = 1; i < g.getNumGeometries(); i++) if (g.getGeometryN(i).getArea() > best.getArea()) best = g.getGeometryN(i);
        return best;
    }

    private static Map<String, String> admin1Names(Path dir) throws IOException {
        Map<String, String> names = new TreeMap<>();
        try (var files = Files.list(dir)) {
            Path admin1 = files.filter(f -> f.getFileName().toString().startsWith("admin1CodesASCII")).findFirst()
                    .orElseThrow(() -> new IOException("no admin1CodesASCII*.txt in " + dir));
            for (String line : Files.readAllLines(admin1, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length >= 3 && f[0].startsWith("UA.")) names.put(f[0].substring(3), f[2]);
            }
        }
        return names;
    }

    /** The populated places (feature class P) of each division, one per grid cell. */
    static Map<String, List<Coordinate>> places(Path file, Set<String> codes) throws IOException {
        Map<String, List<Coordinate>> out = new TreeMap<>();
        Set<String> taken = new HashSet<>();
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                String[] f = line.split("\t", -1);
                if (f.length <= 10 || !f[6].equals("P") || !codes.contains(f[10])) return;
                double lat = Double.parseDouble(f[4]), lon = Double.parseDouble(f[5]);
                if (!taken.add(f[10] + ":" + Math.round(lon / GRID) + ":" + Math.round(lat / GRID))) return;
                out.computeIfAbsent(f[10], k -> new ArrayList<>()).add(new Coordinate(lon, lat));
            });
        }
        return out;
    }

    private static ObjectNode featureCollection(String attribution) {
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        fc.put("attribution", attribution);
        fc.putArray("features");
        return fc;
    }

    /** Adds {@code g} as a feature with {@code props}; returns its properties. */
    private static ObjectNode feature(ObjectNode fc, Geometry g, Map<String, String> props) {
        ObjectNode f = ((ArrayNode) fc.get("features")).addObject();
        f.put("type", "Feature");
        ObjectNode p = f.putObject("properties");
        props.forEach(p::put);
        ObjectNode geometry = f.putObject("geometry");
        geometry.put("type", "MultiPolygon");
        ArrayNode polys = geometry.putArray("coordinates");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof Polygon poly) || poly.isEmpty()) continue;
            ArrayNode rings = polys.addArray();
            ring(rings.addArray(), poly.getExteriorRing().getCoordinates());
            for (int h = 0; h < poly.getNumInteriorRing(); h++) ring(rings.addArray(), poly.getInteriorRingN(h).getCoordinates());
        }
        return p;
    }

    private static void ring(ArrayNode out, Coordinate[] cs) {
        for (Coordinate c : cs) out.addArray().add(round(c.x)).add(round(c.y));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
