package org.totmon.pipeline.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.totmon.model.EntityType;
import org.totmon.model.Side;

/**
 * The actors of this field, read from a plain TSV file (canonical, type, side, category, aliases separated by |).
 * The project ships one; users extend it with their own file, whose rows replace shipped rows of the same
 * canonical name.
 */
public final class ActorRegistry {
    public static final String BUNDLED = "/org/totmon/pipeline/entity/actors.tsv";
    private final List<Actor> actors;

    private ActorRegistry(List<Actor> actors) {
        this.actors = List.copyOf(actors);
    }

    public List<Actor> actors() { return actors; }

    public static ActorRegistry bundled() {
        try (InputStream in = ActorRegistry.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("the actor registry " + BUNDLED + " is not on the classpath");
            return parse(in, "actors.tsv (bundled)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled registry extended by a user's file. */
    public static ActorRegistry bundledWith(Path userFile) throws IOException {
        try (InputStream in = Files.newInputStream(userFile)) {
            return bundled().extendedBy(parse(in, userFile.toString()));
        }
    }

    public ActorRegistry extendedBy(ActorRegistry other) {
        Map<String, Actor> byName = new LinkedHashMap<>();
        for (Actor a : actors) byName.put(a.canonical(), a);
        for (Actor a : other.actors) byName.put(a.canonical(), a);
        return new ActorRegistry(new ArrayList<>(byName.values()));
    }

    /** Reads a registry; a malformed row is an error naming the source and line. */
    public static ActorRegistry parse(InputStream in, String source) throws IOException {
        List<Actor> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 4) throw new IllegalArgumentException(source + ":" + n + ": expected canonical, type, side, category[, aliases] separated by tabs");
            String canonical = f[0].strip();
            if (canonical.isEmpty()) throw new IllegalArgumentException(source + ":" + n + ": empty canonical name");
            EntityType type;
            Side side;
            try {
                type = EntityType.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + n + ": type must be PERSON or ORGANIZATION, not '" + f[1] + "'");
            }
            try {
                side = Side.of(f[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + n + ": side must be occupation, ukraine, third_party or unknown, not '" + f[2] + "'");
            }
            List<String> aliases = f.length > 4
                    ? Arrays.stream(f[4].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            out.add(new Actor(canonical, type, side, f[3].strip(), aliases));
        }
        return new ActorRegistry(out);
    }
}
