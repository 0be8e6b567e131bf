package org.totmon.pipeline.place;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.totmon.model.PlaceKind;
import org.totmon.pipeline.WordClasses;

/**
 * Writes the compact gazetteer resource from the GeoNames extracts in {@code ../shared/data/geonames-ua}
 * (see its SOURCE.md) and the curated {@code extra-places.tsv} beside this class.
 *
 * <p>Kept: Ukraine's oblasts and Crimea (ADM1), raions (ADM2), every city, town and admin seat, villages of
 * the occupied and front-line oblasts whose names are safe to match, the Russian, Belarusian and Moldovan
 * cities of the neighbour file (smaller ones only near the border), and Russia's regions. A Latin or Cyrillic
 * alternate name is kept only when its consonants agree with the place's own name, which drops GeoNames'
 * historical and nickname entries ("Stalino", "Олександрівка" for Donetsk) and foreign-language exonyms.
 *
 * <p>Kinds: a body of water (GeoNames feature class H, or a curated row of kind {@code water}) is written as kind
 * {@code water}, which the linker compares as a place near others rather than one containing them.
 *
 * <p>Output: gzip'd UTF-8 TSV, {@code #} comment lines (attribution first), then {@link Gazetteer#HEADER}
 * and one row per place; {@code names} is a {@code |}-list, a name may start with {@code !} (match exactly
 * as written) or {@code ~} (also in lower case). Rows are sorted by id, so a rebuild is byte-identical.
 */
public final class GazetteerBuilder {
    static final String EXTRAS = "extra-places.tsv";
    static final String ATTRIBUTION = "GeoNames (www.geonames.org), CC BY 4.0";

    private GazetteerBuilder() {}

    /** Writes the gazetteer; {@code totmon build-gazetteer} calls this. */
    public static void build(Path geonamesDir, Path outFile) throws IOException {
        new Run().build(geonamesDir, outFile);
    }

    private static final class Run {
        final Map<String, GazetteerRow> rows = new TreeMap<>();
        final PlaceSelection selection = new PlaceSelection();

        void build(Path dir, Path out) throws IOException {
            List<GeoNamesFeature> ua = GeoNamesFiles.readUkraine(dir.resolve("ua-places-latin-cyrillic.tsv"));
            List<GeoNamesFeature> neighbours = GeoNamesFiles.readGeonames(dir.resolve("neighbours-RU-BY-MD-cities500.txt"));
            Map<String, String[]> admin1 = GeoNamesFiles.readAdmin1(dir.resolve("admin1CodesASCII.UA-RU-BY-MD.txt"));
            List<String[]> extras = GeoNamesFiles.readExtras();
            Map<Long, String[]> extraById = new HashMap<>();
            for (String[] x : extras) if (!x[0].isEmpty()) extraById.put(Long.parseLong(x[0]), x);

            List<GeoNamesFeature> all = new ArrayList<>(ua);
            all.addAll(neighbours);
            for (GeoNamesFeature f : all) {
                boolean source = f.fclass().equals("P") && f.population() >= 20_000 || f.fcode().equals("ADM1");
                if (source) for (String n : f.cyrillic()) selection.addAdjectiveSource(n);
            }
            for (String[] x : extras) for (String n : GeoNamesFiles.split(x[7], "\\|")) selection.addAdjectiveSource(GazetteerRow.withoutFlag(n));
            for (GeoNamesFeature f : ua) {
                if (f.fclass().equals("P") && selection.keepUkrainianSettlement(f)) addSettlement(f);
                else if (f.fcode().equals("ADM2")) addRaion(f);
                else if (f.fcode().equals("ADM1") && !f.admin1().equals("12") && !f.admin1().equals("20")) addOblast(f, extraById);
                else if (extraById.containsKey(f.id())) addOther(f);
            }
            for (GeoNamesFeature f : neighbours) if (selection.keepNeighbour(f)) addSettlement(f);
            addRussianRegions(admin1, neighbours, extraById);
            nameRaions();
            applyExtras(extras);
            linkNamesakes();
            write(out);
        }

        // ---- rows -----------------------------------------------------------------------------------------

        GazetteerRow newRow(GeoNamesFeature f, PlaceKind kind, String canonical) {
            GazetteerRow r = new GazetteerRow();
            r.id = Long.toString(f.id());
            r.geonamesId = f.id();
            r.name = canonical;
            r.kind = kind;
            r.lat = f.lat();
            r.lon = f.lon();
            r.country = f.country();
            r.admin1 = f.country() + "." + f.admin1();
            r.admin2 = f.admin2();
            r.code = f.fcode();
            r.population = f.population();
            rows.put(r.id, r);
            return r;
        }

        void addSettlement(GeoNamesFeature f) {
            String canonical = selection.canonical(f);
            GazetteerRow r = newRow(f, PlaceKind.SETTLEMENT, canonical);
            boolean small = f.population() < PlaceSelection.CITY && !f.fcode().equals("PPLC") && !f.fcode().equals("PPLA");
            List<String> bases = List.of(PlaceText.skeleton(f.name()), PlaceText.skeleton(f.ascii()), PlaceText.skeleton(canonical));
            r.addName(canonical);
            for (String n : List.of(f.name(), f.ascii())) if (PlaceNameForms.isLatinName(n)) r.addName(n);
            for (String n : f.latin()) {
                if (PlaceNameForms.isLatinName(n) && PlaceNameForms.similarToAny(n, bases) && !(small && PlaceSelection.isUnsafeName(n))) r.addName(n);
            }
            for (String n : f.cyrillic()) {
                if (PlaceNameForms.isCyrillicName(n) && PlaceNameForms.similarToAny(n, bases) && !(small && (PlaceSelection.unsafeCyrillic(n) || selection.isDerivedAdjective(n)))) {
                    r.addName(n);
                    if (!f.country().equals("UA")) r.addName(PlaceNameForms.ukrainianSuffix(n));
                }
            }
        }


        /** A feature the curated file names: a body of water when GeoNames classes it as one (feature class H). */
        void addOther(GeoNamesFeature f) {
            GazetteerRow r = newRow(f, f.fclass().equals("H") ? PlaceKind.WATER : PlaceKind.OTHER, PlaceNameForms.wikiStyle(f.name()));
            r.addName(f.name());
        }

        void addRaion(GeoNamesFeature f) {
            GazetteerRow r = newRow(f, PlaceKind.OTHER, f.name());
            for (String n : f.allLatin()) {
                if (PlaceNameForms.isLatinName(n) && PlaceNameForms.containsWord(n, GazetteerWords.RAION_WORDS)) r.addName(n);
            }
            for (String n : f.cyrillic()) if (PlaceNameForms.isCyrillicName(n) && PlaceNameForms.containsWord(n, GazetteerWords.RAION_WORDS)) r.addName(n);
        }

        void addOblast(GeoNamesFeature f, Map<Long, String[]> extraById) {
            String[] x = extraById.get(f.id());
            String canonical = x != null && !x[1].isEmpty() ? x[1] : f.name();
            GazetteerRow r = newRow(f, PlaceKind.REGION, canonical);
            String base = PlaceNameForms.stripRegionWord(canonical);
            String baseSkeleton = PlaceText.skeleton(base);
            r.addName(canonical);
            for (String n : f.latin()) {
                if (!PlaceNameForms.isLatinName(n)) continue;
                if (PlaceNameForms.containsWord(n, GazetteerWords.REGION_WORDS)) {
                    if (PlaceText.similarSkeletons(PlaceText.skeleton(PlaceNameForms.stripRegionWord(n)), baseSkeleton)) r.addName(n);
                } else if (PlaceText.similarSkeletons(PlaceText.skeleton(n), baseSkeleton)) {
                    PlaceNameForms.addRegionForms(r, n);
                    r.addName(n);
                }
            }
            for (String n : f.cyrillic()) {
                if (!PlaceNameForms.isCyrillicName(n)) continue;
                String k = PlaceText.nameKey(n);
                boolean oblast = GazetteerWords.lastWordOf(k, GazetteerWords.OBLAST_WORDS);
                if (oblast || WordClasses.endsWithAny(k, GazetteerWords.REGION_NAME_ENDINGS)) r.addName(n);
                // UN and other international reports write the oblast in Ukrainian romanized: "Khersonska oblast".
                if (oblast) {
                    String latin = Translit.ukrainian(n);
                    r.addName(latin);
                    r.addName(latin.substring(0, latin.lastIndexOf(' ') + 1) + GazetteerWords.ROMANIZED_OBLAST_WORD);
                }
            }
            PlaceNameForms.addRegionForms(r, base);
        }

        void addRussianRegions(Map<String, String[]> admin1, List<GeoNamesFeature> neighbours, Map<Long, String[]> extraById) {
            for (String[] a : admin1.values()) {
                if (!a[0].startsWith("RU.") || a[0].equals("RU.48") || a[0].equals("RU.66")) continue;
                String code = a[0].substring(3);
                double lat = 0, lon = 0;
                int n = 0;
                for (GeoNamesFeature f : neighbours) {
                    if (f.country().equals("RU") && f.admin1().equals(code)) { lat += f.lat(); lon += f.lon(); n++; }
                }
                if (n == 0) continue;
                long id = Long.parseLong(a[3]);
                String[] x = extraById.get(id);
                String canonical = x != null && !x[1].isEmpty() ? x[1] : a[2].replace("'", "");
                GazetteerRow r = new GazetteerRow();
                r.id = Long.toString(id);
                r.geonamesId = id;
                r.name = canonical;
                r.kind = PlaceKind.REGION;
                r.lat = Math.round(lat / n * 100) / 100.0;
                r.lon = Math.round(lon / n * 100) / 100.0;
                r.country = "RU";
                r.admin1 = a[0];
                r.code = "ADM1";
                rows.put(r.id, r);
                r.addName(canonical);
                if (!canonical.equals(PlaceNameForms.stripRegionWord(canonical))) PlaceNameForms.addRegionForms(r, PlaceNameForms.stripRegionWord(canonical));
            }
        }

        /** Raions are named after their seat in English: "Melitopol Raion", also "Melitopol district". */
        void nameRaions() {
            Map<String, GazetteerRow> seats = new HashMap<>();
            for (GazetteerRow r : rows.values()) {
                if (r.country.equals("UA") && r.kind == PlaceKind.SETTLEMENT && Set.of("PPLC", "PPLA", "PPLA2").contains(r.code)) {
                    seats.merge(r.admin1 + "/" + r.admin2, r, (a, b) -> a.population >= b.population ? a : b);
                }
            }
            for (GazetteerRow r : rows.values()) {
                if (!r.code.equals("ADM2")) continue;
                GazetteerRow seat = seats.get(r.admin1 + "/" + r.admin2);
                String raionBase = PlaceText.skeleton(GazetteerWords.RAION_SUFFIX.matcher(r.name).replaceAll(""));
                if (seat != null && raionBase.startsWith(PlaceText.skeleton(seat.name).substring(0, Math.min(3, PlaceText.skeleton(seat.name).length())))) {
                    r.name = seat.name + " Raion";
                    for (String w : GazetteerWords.RAION_NAME_WORDS) r.addName(seat.name + " " + w);
                }
            }
        }

        void applyExtras(List<String[]> extras) {
            for (String[] x : extras) {
                GazetteerRow r = x[0].isEmpty() ? null : rows.get(x[0]);
                if (r != null && x[2].equals("-")) {
                    rows.remove(x[0]);
                    continue;
                }
                if (r == null) {
                    r = new GazetteerRow();
                    r.id = x[0].isEmpty() ? "x:" + slug(x[1]) : x[0];
                    r.geonamesId = x[0].isEmpty() ? null : Long.valueOf(x[0]);
                    r.country = "";
                    rows.put(r.id, r);
                }
                if (!x[1].isEmpty()) {
                    r.name = x[1];
                    r.addName(x[1]);
                }
                if (!x[2].isEmpty()) r.kind = PlaceKind.of(x[2]);
                if (!x[3].isEmpty()) r.lat = Double.parseDouble(x[3]);
                if (!x[4].isEmpty()) r.lon = Double.parseDouble(x[4]);
                if (!x[5].isEmpty()) r.country = x[5];
                if (!x[6].isEmpty()) r.population = Long.parseLong(x[6]);
                for (String n : GeoNamesFiles.split(x[7], "\\|")) {
                    if (n.startsWith("-")) r.removeName(n.substring(1));
                    else r.addName(n);
                }
            }
        }

        /** A settlement named like a region (Kherson, Belgorod) points at it, so context can choose. */
        void linkNamesakes() {
            List<GazetteerRow> capitals = new ArrayList<>();
            for (GazetteerRow r : rows.values()) if (r.kind == PlaceKind.SETTLEMENT && (r.code.equals("PPLA") || r.code.equals("PPLC"))) capitals.add(r);
            for (GazetteerRow region : rows.values()) {
                if (region.kind != PlaceKind.REGION || !region.code.equals("ADM1")) continue;
                String base = PlaceText.skeleton(PlaceNameForms.stripRegionWord(region.name));
                GazetteerRow best = null;
                for (GazetteerRow c : capitals) {
                    boolean sameArea = c.admin1.equals(region.admin1) || c.code.equals("PPLC") && c.country.equals(region.country);
                    if (sameArea && PlaceText.similarSkeletons(PlaceText.skeleton(c.name), base)
                            && (best == null || c.population > best.population)) best = c;
                }
                if (best != null) {
                    best.namesake = region.id;
                    Set<String> cityKeys = new LinkedHashSet<>();
                    for (String n : best.names.values()) cityKeys.add(PlaceText.nameKey(GazetteerRow.withoutFlag(n)));
                    String city = PlaceText.skeleton(best.name);
                    for (String n : List.copyOf(region.names.values())) {
                        String bare = GazetteerRow.withoutFlag(n);
                        if (cityKeys.contains(PlaceText.nameKey(bare))) {
                            region.removeName(bare);
                        } else if (PlaceNameForms.isBareRegionName(bare) && PlaceText.similarSkeletons(PlaceText.skeleton(bare), city)) {
                            region.removeName(bare);
                            best.addName(bare);
                        }
                    }
                    for (String n : List.copyOf(best.names.values())) {
                        if (!PlaceText.isCyrillic(n) && n.charAt(0) != Gazetteer.EXACT_CASE) PlaceNameForms.addRegionForms(region, GazetteerRow.withoutFlag(n));
                    }
                }
            }
        }

        void write(Path out) throws IOException {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream os = Files.newOutputStream(out);
                 GZIPOutputStream gz = new GZIPOutputStream(os);
                 Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
                w.write("# TOT Monitor gazetteer. Data: " + ATTRIBUTION + ", plus hand-curated entries (extra-places.tsv).\n");
                w.write("# GeoNames data is provided \"as is\" without warranty or any representation of accuracy, timeliness or completeness.\n");
                w.write("# Generated by org.totmon.pipeline.place.GazetteerBuilder; do not edit by hand.\n");
                w.write(Gazetteer.HEADER + "\n");
                for (GazetteerRow r : rows.values()) {
                    if (r.names.isEmpty() || r.kind == null) continue;
                    w.write(String.join("\t", r.id, r.geonamesId == null ? "" : r.geonamesId.toString(), r.name,
                            r.kind.label(), coord(r.lat), coord(r.lon), r.country, r.admin1,
                            r.population == 0 ? "" : Long.toString(r.population), r.namesake,
                            String.join("|", r.names.values())));
                    w.write('\n');
                }
            }
        }
    }

    private static String coord(double v) {
        return String.format(Locale.ROOT, "%.5f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String slug(String s) {
        return PlaceText.nameKey(s).replace(' ', '-');
    }
}
