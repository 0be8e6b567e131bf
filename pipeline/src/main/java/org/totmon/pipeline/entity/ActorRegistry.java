package org.totmon.pipeline.entity;

import java.io.IOException;
import java.io.InputStream;
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
import org.totmon.model.Tsv;

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
        return of(Tsv.resource(ActorRegistry.class, BUNDLED));
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
        return of(Tsv.read(in, source));
    }

    private static ActorRegistry of(List<Tsv.Row> rows) {
        List<Actor> out = new ArrayList<>();
        for (Tsv.Row row : rows) {
            String[] f = row.fields();
            if (f.length < 4) throw row.error("expected canonical, type, side, category[, aliases] separated by tabs");
            String canonical = row.field(0);
            if (canonical.isEmpty()) throw row.error("empty canonical name");
            EntityType type;
            Side side;
            try {
                type = EntityType.valueOf(row.field(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("type must be PERSON or ORGANIZATION, not '" + f[1] + "'");
            }
            try {
                side = Side.of(f[2]);
            } catch (IllegalArgumentException e) {
                throw row.error("side must be occupation, ukraine, third_party or unknown, not '" + f[2] + "'");
            }
            List<String> aliases = f.length > 4
                    ? Arrays.stream(f[4].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            out.add(new Actor(canonical, type, side, row.field(3), aliases));
        }
        return new ActorRegistry(out);
    }
}
