package org.totmon.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A tab-separated table shipped as a class-path resource: one row a line, blank lines and '#' comments skipped. */
public final class TsvResource {
    private TsvResource() {}

    /**
     * The rows of {@code resource} (relative to {@code owner}'s package unless it starts with '/'), each field stripped;
     * a row {@code valid} refuses stops the load with the resource, line and {@code expected} form named.
     */
    public static List<String[]> rows(Class<?> owner, String resource, Predicate<String[]> valid, String expected) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
                if (!valid.test(f)) throw new IllegalStateException(resource + ": line " + n + " is not " + expected + ": " + line);
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
