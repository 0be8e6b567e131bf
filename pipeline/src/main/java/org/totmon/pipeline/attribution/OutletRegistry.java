package org.totmon.pipeline.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.model.Tsv;

/**
 * The outlets whose reports the project reads (shipped as {@code outlets.tsv}): by name in three scripts and by web
 * domain, each with its side and kind, so that a report's own voice gets the side of whoever publishes it.
 */
public final class OutletRegistry {
    public static final String BUNDLED = "/org/totmon/pipeline/attribution/outlets.tsv";
    static final Set<String> KINDS = Set.of("russian_state", "occupation", "ukrainian_state", "ukrainian", "russian_independent",
            "russian_private", "international");

    /** One outlet: its name, side, kind, web domains and other names. */
    public record Outlet(String name, Side side, String kind, List<String> domains, List<String> aliases) {}

    private final List<Outlet> outlets;
    private final Map<String, Outlet> byName = new HashMap<>();
    private final Map<String, Outlet> byDomain = new HashMap<>();

    private OutletRegistry(List<Outlet> outlets) {
        this.outlets = List.copyOf(outlets);
        for (Outlet o : outlets) {
            byName.putIfAbsent(Claimants.key(o.name()), o);
            for (String a : o.aliases()) byName.putIfAbsent(Claimants.key(a), o);
            for (String d : o.domains()) byDomain.putIfAbsent(d, o);
        }
    }

    public List<Outlet> outlets() { return outlets; }

    public static OutletRegistry bundled() {
        return of(Tsv.resource(OutletRegistry.class, BUNDLED));
    }

    /** The bundled registry extended by a user's file: its rows are added, and one with a shipped name replaces that row. */
    public static OutletRegistry bundledWith(Path userFile) throws IOException {
        try (InputStream in = Files.newInputStream(userFile)) {
            return bundled().extendedBy(parse(in, userFile.toString()));
        }
    }

    public OutletRegistry extendedBy(OutletRegistry other) {
        Map<String, Outlet> names = new LinkedHashMap<>();
        // The user's rows come first, so their names and domains win over the shipped rows' aliases too.
        for (Outlet o : other.outlets) names.put(o.name(), o);
        for (Outlet o : outlets) names.putIfAbsent(o.name(), o);
        return new OutletRegistry(new ArrayList<>(names.values()));
    }

    /** Reads a registry; a malformed row is an error naming the source and line. */
    public static OutletRegistry parse(InputStream in, String source) throws IOException {
        return of(Tsv.read(in, source));
    }

    private static OutletRegistry of(List<Tsv.Row> rows) {
        List<Outlet> out = new ArrayList<>();
        for (Tsv.Row row : rows) {
            String[] f = row.fields();
            if (f.length < 4 || f.length > 5) throw row.error("expected name, side, kind, domains[, names] separated by tabs");
            String name = row.field(0);
            if (name.isEmpty()) throw row.error("empty outlet name");
            Side side;
            try {
                side = Side.of(f[1]);
            } catch (IllegalArgumentException e) {
                throw row.error("side must be occupation, ukraine, third_party or unknown, not '" + f[1] + "'");
            }
            String kind = row.field(2);
            if (!KINDS.contains(kind)) throw row.error("kind must be one of " + String.join(", ", KINDS.stream().sorted().toList()) + ", not '" + kind + "'");
            List<String> domains = list(row.field(3)).stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
            for (String d : domains) if (!d.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) throw row.error("not a web domain: '" + d + "'");
            out.add(new Outlet(name, side, kind, domains, f.length > 4 ? list(row.field(4)) : List.of()));
        }
        return new OutletRegistry(out);
    }

    private static List<String> list(String field) {
        return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The outlet of that name or alias (in any of its scripts), or null. */
    public Outlet byName(String name) {
        return name == null ? null : byName.get(Claimants.key(name));
    }

    /** The outlet of a web domain or address ("www.tass.com", "https://ria.ru/2022…"): its longest known suffix, or null. */
    public Outlet byDomain(String address) {
        String host = host(address);
        while (host != null && host.contains(".")) {
            Outlet o = byDomain.get(host);
            if (o != null) return o;
            host = host.substring(host.indexOf('.') + 1);
        }
        return null;
    }

    /** The report's outlet: its {@code outlet} field as a name or a domain, else its URL's domain; null if unknown. */
    public Outlet of(Report report) {
        Outlet o = byName(report.outlet());
        if (o == null && report.outlet() != null && !report.outlet().isBlank()) o = byDomain(report.outlet());
        if (o == null) o = byDomain(report.url());
        return o;
    }

    static String host(String address) {
        if (address == null || address.isBlank()) return null;
        String a = address.strip().toLowerCase(Locale.ROOT);
        if (a.contains(" ")) return null;
        try {
            String host = a.contains("://") ? URI.create(a).getHost() : a.split("[/?#]", 2)[0];
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null; // a malformed address names no outlet
        }
    }
}
