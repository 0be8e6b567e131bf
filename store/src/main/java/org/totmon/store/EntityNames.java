package org.totmon.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;

/**
 * The names people gave entities across the record, in force at one moment (an immutable snapshot of V17's
 * {@code entity_alias} and of reviewers' renaming of a report's entity): a machine name merged into another entity in
 * every report, or given another name in one report (a split, or a correction of the entity's name). An entity across reports is its {@linkplain #key name key}, as the entity pages group it;
 * {@link #resolve} gives the name a machine name in a report stands for now, and the {@code apply} methods the
 * claims' claimants, events' actors and entities of a report under those names.
 */
public final class EntityNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc`\u00b4]");
    /** The report id of a merge's alias: it holds in every report. */
    static final String EVERY_REPORT = "*";
    /** Merges are refused when they would form a cycle, so a chain ends; this bounds it regardless. */
    private static final int MAX_CHAIN = 64;

    /** One alias row: the machine name (and its key), where it holds, the name it stands for, and the change that made it. */
    record Alias(String nameKey, String reportId, String name, String canonical, long changeId) {}

    public static final EntityNames NONE = new EntityNames(-1, List.of());

    private final long version;
    private final Map<String, Alias> merged = new HashMap<>();
    private final Map<String, Alias> split = new HashMap<>();
    private final Set<String> touched = new HashSet<>();

    EntityNames(long version, List<Alias> aliases) {
        this.version = version;
        for (Alias a : aliases) {
            if (a.reportId().equals(EVERY_REPORT)) merged.put(a.nameKey(), a);
            else split.put(a.reportId() + '\n' + a.nameKey(), a);
            touched.add(a.nameKey());
            touched.add(key(a.canonical()));
        }
    }

    /** Names differing only in case, accents, apostrophes and spacing are one name. */
    public static String key(String name) {
        String plain = APOSTROPHES.matcher(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    long version() {
        return version;
    }

    /** Whether no merge or split is in force. */
    public boolean isEmpty() {
        return merged.isEmpty() && split.isEmpty();
    }

    /** Whether a merge or split names this name (by key), as the merged, split or resulting entity. */
    public boolean touches(String name) {
        return name != null && touched.contains(key(name));
    }

    /** The name {@code name} stands for in report {@code reportId}: its own per-report name, then what it was merged into. */
    public String resolve(String reportId, String name) {
        if (name == null || isEmpty()) return name;
        String out = name;
        Alias own = split.get(reportId + '\n' + key(name));
        if (own != null) out = own.canonical();
        return merged(out);
    }

    /** The entity {@code name} joined, in every report (followed through merges), or the name itself. */
    public String merged(String name) {
        if (name == null) return null;
        String out = name;
        for (int i = 0; i < MAX_CHAIN; i++) {
            Alias m = merged.get(key(out));
            if (m == null) break;
            out = m.canonical();
        }
        return out;
    }

    /** The alias that merged {@code name} away (by key), or null when it is an entity of its own. */
    Alias mergeOf(String name) {
        return merged.get(key(name));
    }

    /** The names merged (directly or through others) into the entity {@code name}, sorted; not the name itself. */
    public List<String> mergedInto(String name) {
        String k = key(merged(name));
        Set<String> out = new TreeSet<>();
        for (Alias a : merged.values()) if (key(merged(a.name())).equals(k)) out.add(a.name());
        return List.copyOf(out);
    }

    /** The reports where a split gave some machine name the name {@code name} (by key). */
    public Set<String> reportsSplitInto(String name) {
        String k = key(name);
        Set<String> out = new HashSet<>();
        for (Alias a : split.values()) if (key(merged(a.canonical())).equals(k)) out.add(a.reportId());
        return out;
    }

    /**
     * What a search for reports naming {@code entity} looks for under the names in force: the entity and the names
     * merged into it, the reports a split gave its name, and not the reports a split took it from; null when no merge
     * or split touches it (the index's names are the names in force).
     */
    public SearchScope scope(String entity) {
        if (!touches(entity) && !touches(merged(entity))) return null;
        String canonical = merged(entity);
        String k = key(canonical);
        Set<String> names = new TreeSet<>(mergedInto(canonical));
        names.add(canonical);
        Set<String> away = new HashSet<>();
        for (Alias a : split.values()) {
            if (key(merged(a.name())).equals(k) && !key(merged(a.canonical())).equals(k)) away.add(a.reportId());
        }
        Set<String> into = reportsSplitInto(canonical);
        away.removeAll(into);
        return new SearchScope(Set.copyOf(names), Set.copyOf(into), Set.copyOf(away));
    }

    /** The names a search for an entity matches, and the reports it adds and leaves out besides ({@link #scope}). */
    public record SearchScope(Set<String> names, Set<String> reports, Set<String> without) {}

    /** A claim with its claimant under the name it stands for in its report. */
    public Claim apply(String reportId, Claim k) {
        String c = resolve(reportId, k.claimant());
        if (c == null || c.equals(k.claimant())) return k;
        return new Claim(k.text(), k.value(), k.valueMax(), k.qualifier(), k.unit(), k.subject(), c, k.claimantSide(), k.hedged(),
                k.start(), k.end(), k.claimantId(), k.sideReason());
    }

    /** An event with its actors under the names they stand for in its report (two that became one are listed once). */
    public Event apply(String reportId, Event e) {
        if (isEmpty() || e.actors().isEmpty()) return e;
        List<String> actors = new ArrayList<>(new java.util.LinkedHashSet<>(e.actors().stream().map(a -> resolve(reportId, a)).toList()));
        if (actors.equals(e.actors())) return e;
        return new Event(e.type(), e.text(), e.date(), e.place(), actors, e.modality(), e.acledEventType(), e.acledSubEventType(),
                e.start(), e.end(), null, List.of(), e.severalRegions(), e.sense());
    }

    /** The entities under the names they stand for in report {@code reportId}, two that became one joined with all their mentions. */
    public List<Entity> apply(String reportId, List<Entity> entities) {
        if (isEmpty()) return entities;
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Entity e : entities) {
            String name = resolve(reportId, e.name());
            out.merge(e.type() + "|" + key(name), new Entity(name, e.type(), e.mentions()), (a, b) -> {
                List<Mention> all = new ArrayList<>(a.mentions());
                all.addAll(b.mentions());
                return new Entity(a.name(), a.type(), all);
            });
        }
        return List.copyOf(out.values());
    }

    /** The extraction with its entities, claimants and actors under the names people gave them. */
    public Extraction apply(Extraction x) {
        if (isEmpty()) return x;
        String id = x.reportId();
        return new Extraction(id, x.language(), x.boilerplate(), apply(id, x.entities()), x.places(), x.times(),
                x.claims().stream().map(k -> apply(id, k)).toList(), x.events().stream().map(e -> apply(id, e)).toList());
    }
}
