package org.totmon.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.store.Store;
import org.totmon.store.StoredReport;

/**
 * What the pages need to know across reports, held in memory: each report's metadata (not its text) and the values
 * search facets on, and the entities and places by name, each with the report naming it. Events and claims are not
 * held: the pages read them from the store for the reports they show, so memory grows with the names in the store,
 * not with everything extracted from it. It follows the store: {@link #refresh()} reads the reports added since the
 * last call. Reads are lock-free over immutable snapshots; refreshes are serialised.
 */
final class Catalog {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc`\u00b4]");

    /** A stored report without its text and layers: metadata and what search facets on. */
    record ReportInfo(long seq, String id, String title, String url, String outlet, String published, String language,
                      Facets facets) {
        String label() {
            return title != null && !title.isBlank() ? title : id;
        }
    }

    /** A report's event types, claimant sides, place names and entity names, each distinct and sorted. */
    record Facets(List<String> types, List<String> sides, List<String> places, List<String> entities) {}

    /**
     * An event, the report telling it and the event's place in that report's list, its day or month (the event's
     * date, else the report's), and its place when resolved.
     */
    record EventRow(ReportInfo report, int ord, Event event, String when, Place place) {}

    record ClaimRow(ReportInfo report, Claim claim) {}

    record Found<T>(ReportInfo report, T item) {}

    private record Snapshot(List<ReportInfo> reports, Map<String, ReportInfo> byId, Map<String, List<Found<Entity>>> entities,
                            Map<String, List<Found<Place>>> places, Set<String> eventTypes) {}

    private final Store store;
    private volatile Snapshot snapshot = new Snapshot(List.of(), Map.of(), Map.of(), Map.of(), Set.of());

    private Catalog(Store store) {
        this.store = store;
    }

    static Catalog of(Store store) {
        Catalog c = new Catalog(store);
        c.refresh();
        return c;
    }

    /** Takes in the reports stored since the last refresh; only the names they add are copied, not every list. */
    synchronized void refresh() {
        Snapshot s = snapshot;
        long last = s.reports.isEmpty() ? 0 : s.reports.get(s.reports.size() - 1).seq();
        List<ReportInfo> added = new ArrayList<>();
        Map<String, List<Found<Entity>>> entities = new HashMap<>(s.entities);
        Map<String, List<Found<Place>>> places = new HashMap<>(s.places);
        Set<String> eventTypes = new TreeSet<>(s.eventTypes);
        Set<String> entitiesCopied = new HashSet<>(), placesCopied = new HashSet<>();
        store.forEachAfter(last, stored -> {
            ReportInfo r = info(stored);
            added.add(r);
            Extraction x = stored.extraction();
            for (Entity e : x.entities()) add(entities, key(e.name()), new Found<>(r, e), entitiesCopied);
            for (Place p : x.places()) add(places, placeId(p), new Found<>(r, p), placesCopied);
            for (Event e : x.events()) eventTypes.add(e.type());
        });
        if (added.isEmpty()) return;
        List<ReportInfo> reports = new ArrayList<>(s.reports);
        reports.addAll(added);
        Map<String, ReportInfo> byId = new HashMap<>(s.byId);
        for (ReportInfo r : added) byId.put(r.id(), r);
        snapshot = new Snapshot(List.copyOf(reports), Map.copyOf(byId), entities, places, Set.copyOf(eventTypes));
    }

    /** Adds to a name's list, copying that list once per refresh: lists a published snapshot holds never change. */
    private static <T> void add(Map<String, List<Found<T>>> m, String key, Found<T> found, Set<String> copied) {
        List<Found<T>> list = m.get(key);
        if (copied.add(key)) {
            list = list == null ? new ArrayList<>() : new ArrayList<>(list);
            m.put(key, list);
        }
        list.add(found);
    }

    private static ReportInfo info(StoredReport s) {
        var r = s.report();
        Extraction x = s.extraction();
        Facets facets = new Facets(distinct(x.events().stream().map(Event::type)),
                distinct(x.claims().stream().filter(c -> c.claimantSide() != null).map(c -> c.claimantSide().label())),
                distinct(x.places().stream().map(Place::name)), distinct(x.entities().stream().map(Entity::name)));
        return new ReportInfo(s.seq(), r.id(), r.title(), r.url(), r.outlet(), r.published(), language(s), facets);
    }

    /** Sorted, distinct, interned: the same names recur across thousands of reports. */
    private static List<String> distinct(Stream<String> values) {
        return values.filter(Objects::nonNull).map(String::intern).distinct().sorted().toList();
    }

    private static String language(StoredReport s) {
        String l = s.extraction().language();
        if (l == null || l.isBlank()) l = s.report().language();
        return l == null || l.isBlank() ? "und" : l.toLowerCase(Locale.ROOT);
    }

    /** The place an event names, looked up among the places of its own report. */
    static Place placeOf(Event e, List<Place> places) {
        if (e.place() == null) return null;
        String k = key(e.place());
        for (Place p : places) {
            if (key(p.name()).equals(k)) return p;
            for (Mention m : p.mentions()) if (key(m.text()).equals(k)) return p;
        }
        return null;
    }

    /** Names differing only in case, accents, apostrophes and spacing are one name. */
    static String key(String name) {
        String plain = APOSTROPHES.matcher(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** A place's id in URLs: its GeoNames id, else its name. */
    static String placeId(Place p) {
        return p.geonamesId() != null ? p.geonamesId().toString() : key(p.name());
    }

    List<ReportInfo> reports() {
        return snapshot.reports;
    }

    Optional<ReportInfo> report(String id) {
        return Optional.ofNullable(snapshot.byId.get(id));
    }

    /** Every report naming the entity (by any of its canonical spellings), oldest first. */
    List<Found<Entity>> entity(String name) {
        return byDate(snapshot.entities.getOrDefault(key(name), List.of()));
    }

    List<Found<Place>> place(String id) {
        String k = id.chars().allMatch(Character::isDigit) ? id : key(id);
        return byDate(snapshot.places.getOrDefault(k, List.of()));
    }

    /** Entities by the number of reports naming them, most first. */
    List<List<Found<Entity>>> entities() {
        return mostReported(snapshot.entities);
    }

    List<List<Found<Place>>> places() {
        return mostReported(snapshot.places);
    }

    private static <T> List<List<Found<T>>> mostReported(Map<String, List<Found<T>>> m) {
        List<List<Found<T>>> out = new ArrayList<>(m.values());
        out.sort(Comparator.<List<Found<T>>>comparingInt(List::size).reversed()
                .thenComparing(l -> l.get(0).item().toString()));
        return out;
    }

    private static <T> List<Found<T>> byDate(List<Found<T>> found) {
        List<Found<T>> out = new ArrayList<>(found);
        out.sort(Comparator.comparing((Found<T> f) -> f.report().published() == null ? "" : f.report().published()).thenComparing(f -> f.report().id()));
        return out;
    }

    /** The event types of the stored reports' events. */
    Set<String> eventTypes() {
        return snapshot.eventTypes;
    }

    /** The distinct spellings of a set of mentions with how often each occurs, most frequent first. */
    static Map<String, Integer> spellings(List<List<Mention>> mentionLists) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<Mention> l : mentionLists) for (Mention m : l) counts.merge(m.text(), 1, Integer::sum);
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
