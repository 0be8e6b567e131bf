package org.totmon.pipeline.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.totmon.model.PlaceKind;

/** The GeoNames extracts and the curated {@code extra-places.tsv} the gazetteer is built from, read and checked by file and line. */
final class GeoNamesFiles {
    private GeoNamesFiles() {}

    static List<GeoNamesFeature> readUkraine(Path file) throws IOException {
        List<GeoNamesFeature> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("geonameid\tname\tasciiname\tfeature_class")) {
                throw new IOException(file + ":1: unexpected header");
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split("\t", -1);
                if (f.length != 19) throw new IOException(file + ":" + n + ": expected 19 fields, found " + f.length);
                try {
                    out.add(new GeoNamesFeature(Long.parseLong(f[0]), f[1], f[2], f[3], f[4], f[5], f[6], f[8],
                            Double.parseDouble(f[12]), Double.parseDouble(f[13]), parseLong(f[14]),
                            split(f[17], "\\|"), split(f[18], "\\|")));
                } catch (NumberFormatException e) {
                    throw new IOException(file + ":" + n + ": bad number: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    static List<GeoNamesFeature> readGeonames(Path file) throws IOException {
        List<GeoNamesFeature> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split("\t", -1);
                if (f.length != 19) throw new IOException(file + ":" + n + ": expected 19 fields, found " + f.length);
                List<String> cyr = new ArrayList<>(), lat = new ArrayList<>();
                for (String a : split(f[3], ",")) (PlaceText.isCyrillic(a) ? cyr : lat).add(a);
                try {
                    out.add(new GeoNamesFeature(Long.parseLong(f[0]), f[1], f[2], f[6], f[7], f[8], f[10], f[11],
                            Double.parseDouble(f[4]), Double.parseDouble(f[5]), parseLong(f[14]), cyr, lat));
                } catch (NumberFormatException e) {
                    throw new IOException(file + ":" + n + ": bad number: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    static Map<String, String[]> readAdmin1(Path file) throws IOException {
        Map<String, String[]> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String[] f = line.split("\t", -1);
            if (f.length != 4) throw new IOException(file + ":" + n + ": expected 4 fields, found " + f.length);
            out.put(f[0], f);
        }
        return out;
    }

    /** Rows of extra-places.tsv: geonames_id, name, kind, lat, lon, country, population, names. */
    static List<String[]> readExtras() throws IOException {
        List<String[]> out = new ArrayList<>();
        InputStream in = GazetteerBuilder.class.getResourceAsStream(GazetteerBuilder.EXTRAS);
        if (in == null) throw new IOException(GazetteerBuilder.EXTRAS + " missing from the classpath");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            boolean header = false;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (!header) {
                    if (!line.equals("geonames_id\tname\tkind\tlat\tlon\tcountry\tpopulation\tnames")) {
                        throw new IOException(GazetteerBuilder.EXTRAS + ":" + n + ": bad header");
                    }
                    header = true;
                    continue;
                }
                if (f.length != 8) throw new IOException(GazetteerBuilder.EXTRAS + ":" + n + ": expected 8 fields, found " + f.length);
                try {
                    if (!f[0].isEmpty()) Long.parseLong(f[0]);
                    if (!f[3].isEmpty()) Double.parseDouble(f[3]);
                    if (!f[4].isEmpty()) Double.parseDouble(f[4]);
                    if (!f[6].isEmpty()) Long.parseLong(f[6]);
                    if (!f[2].isEmpty() && !f[2].equals("-")) PlaceKind.of(f[2]);
                } catch (IllegalArgumentException e) {
                    throw new IOException(GazetteerBuilder.EXTRAS + ":" + n + ": bad field: " + e.getMessage(), e);
                }
                if (f[0].isEmpty() && (f[1].isEmpty() || f[2].isEmpty() || f[3].isEmpty() || f[4].isEmpty())) {
                    throw new IOException(GazetteerBuilder.EXTRAS + ":" + n + ": a place without geonames_id needs name, kind, lat and lon");
                }
                out.add(f);
            }
        }
        return out;
    }

    private static long parseLong(String s) {
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }

    static List<String> split(String s, String regex) {
        if (s.isEmpty()) return List.of();
        return Arrays.asList(s.split(regex));
    }
}
