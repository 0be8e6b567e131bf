package org.totmon.pipeline.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Given names in Latin and Cyrillic script: the strongest sign that a capitalised pair of words is a person. */
public final class GivenNames {
    private static final String BUNDLED = "/org/totmon/pipeline/entity/given-names.tsv";
    /** Word key → the nominative form, so an inflected "Геннадія" can be named "Геннадій". */
    private final Map<String, String> nominative;

    private GivenNames(Map<String, String> nominative) {
        this.nominative = Map.copyOf(nominative);
    }

    public static GivenNames bundled() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = GivenNames.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("the given-name list " + BUNDLED + " is not on the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String name = line.split("\t", -1)[0].strip();
                if (!name.isEmpty()) names.putIfAbsent(NameKeys.word(name), name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GivenNames(names);
    }

    public boolean contains(String word) {
        return nominative.containsKey(NameKeys.word(word));
    }

    /** The nominative form of a given name in any case form, or null. */
    public String nominativeOf(String word) {
        return nominative.get(NameKeys.word(word));
    }
}
