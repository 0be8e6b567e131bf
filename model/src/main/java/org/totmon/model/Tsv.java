package org.totmon.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain tab-separated files the project's knowledge lives in (registries, lexicons, mappings): UTF-8, one row a
 * line, blank lines and lines starting with # ignored. A bad row is reported by source and line.
 */
public final class Tsv {
    /** One row, with where it came from. */
    public record Row(String source, int line, String[] fields) {
        public String field(int i) {
            return fields[i].strip();
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + line + ": " + message);
        }
    }

    private Tsv() {}

    public static List<Row> read(InputStream in, String source) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            rows.add(new Row(source, n, line.split("\t", -1)));
        }
        return rows;
    }

    /** A file shipped on the classpath; its absence is a broken build, not bad input. */
    public static List<Row> resource(Class<?> owner, String path) {
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " is not on the classpath");
            return read(in, path.substring(path.lastIndexOf('/') + 1) + " (bundled)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
