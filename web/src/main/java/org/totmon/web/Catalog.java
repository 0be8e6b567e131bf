package org.totmon.web;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.store.EntityNames;
import org.totmon.store.Store;
import org.totmon.store.ReportNames;

/**
 * What the pages need to know across reports, held in memory: each report's metadata (not its text) and the values
 * search facets on, and the entities and places by name, each with the report naming it. Events and claims are not
 * held: the pages read them from the store for the reports they show, so memory grows with the names in the store,
 * not with everything extracted from it. It follows the store: {@link #refresh()} reads the reports added since the
 * last call. Reads are lock-free over immutable snapshots; refreshes are serialised.
 */
final class Catalog {

    /** A stored report without its text and layers: metadata and what search facets on. */
    record ReportInfo(long seq, String id, String title, String url, String outlet, String published, String language,
                      Facets facets) {
        String label() {
            return title != null && !title.isBlank() ? title : id;
        }

        /** By seq alone (equal reports have equal seqs): the record's own hash went through every facet list, and a profile hashes thousands. */
        @Override
        public int hashCode() {
            return Long.hashCode(seq);
        }
    }

    /**
     * A report's event types, claimant sides, place names and entity names, each distinct and sorted, and each list's
     * numbers in the catalog's {@link FacetValues} (what search counts).
     */
    record Facets(List<String> types, List<String> sides, List<String> places, List<String> entities, int[] typeIds, int[] sideIds,
                  int[] placeIds, int[] entityIds) {
        static Facets of(FacetValues values, List<String> types, List<String> sides, List<String> places, List<String> entities) {
            return new Facets(types, sides, places, entities, values.ids(types), values.ids(sides), values.ids(places), values.ids(entities));
        }

        /** By the values: the numbers follow from them. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Facets f && types.equals(f.types) && sides.equals(f.sides) && places.equals(f.places) && entities.equals(f.entities);
        }

        @Override
        public int hashCode() {
            return Objects.hash(types, sides, places, entities);
        }
    }

    /**
     * An event, the report telling it and the event's place in that report's list, its day or month (the event's
     * date, else the report's), and its place when resolved.
     */
    record EventRow(ReportInfo report, int ord, Event event, String when, Place place) {}

    record ClaimRow(ReportInfo report, Claim claim) {}

    record Found<T>(ReportInfo report, T item) {}

    /**
     * One name's finds as its page reads them, sorted once for a snapshot rather than per request: the finds by date
     * (then report id), the distinct reports in that order with the index of each one's first find, its spellings
     * with their counts, the keys of its names and spellings, and (places) the ids of its places.
     */
    record Named<T>(List<Found<T>> found, List<ReportInfo> reports, int[] starts, Map<String, Integer> spellings, Set<String> keys,
                    Set<String> ids, List<Found<T>> source) {
        boolean isEmpty() {
            return found.isEmpty();
        }

        T first() {
            return found.get(0).item();
        }

        /** The finds of the reports {@code from} (inclusive) to {@code to} (exclusive) of {@link #reports}. */
        List<Found<T>> foundIn(int from, int to) {
            return found.subList(from < reports.size() ? starts[from] : found.size(), to < reports.size() ? starts[to] : found.size());
        }

        static <T> Named<T> of(List<Found<T>> unsorted, Function<Found<T>, String> name, Function<Found<T>, List<Mention>> mentions,
                               Function<T, String> id) {
            return of(unsorted, null, name, mentions, id);
        }

        /**
         * As {@link #of(List, Function, Function, Function)}; when {@code before} (the same name's, an earlier snapshot's)
         * was made from the first finds of {@code unsorted} (a list of a name only grows, at its end), only the finds
         * added since are sorted and merged into its order: after each write, the most named place's finds were all
         * sorted again (most of its page's CPU at 100,000 reports with a writer).
         */
        static <T> Named<T> of(List<Found<T>> unsorted, Named<T> before, Function<Found<T>, String> name, Function<Found<T>, List<Mention>> mentions,
                               Function<T, String> id) {
            boolean extended = before != null && startsWith(unsorted, before.source());
            // Extended: the names, ids, spellings and keys of the finds added since join before's, whose keys (a
            // transliteration each) were most of the CPU of a much named entity's page after each write.
            List<Found<T>> added = extended ? unsorted.subList(before.source().size(), unsorted.size()) : unsorted;
            List<Found<T>> found = extended ? merged(before.found(), byDate(added)) : byDate(unsorted);
            List<ReportInfo> reports = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                Found<T> f = found.get(i);
                // A report's finds are next to each other: the order is by its date and id.
                if (reports.isEmpty() || !reports.get(reports.size() - 1).id().equals(f.report().id())) {
                    reports.add(f.report());
                    starts.add(i);
                }
            }
            Set<String> names = new HashSet<>(), ids = extended ? new HashSet<>(before.ids()) : new HashSet<>();
            for (Found<T> f : added) {
                names.add(name.apply(f));
                if (id != null) ids.add(id.apply(f.item()));
            }
            Map<String, Integer> addedSpellings = Catalog.spellings(added.stream().map(mentions).toList());
            Map<String, Integer> spellings = extended ? Catalog.spellings(before.spellings(), addedSpellings) : addedSpellings;
            Set<String> keys = extended ? new HashSet<>(before.keys()) : new HashSet<>();
            for (String n : names) keys.add(key(n));
            for (String n : addedSpellings.keySet()) keys.add(key(n));
            return new Named<>(found, List.copyOf(reports), starts.stream().mapToInt(Integer::intValue).toArray(), spellings, keys, ids, unsorted);
        }

        /** Whether {@code list} begins with the very finds of {@code prefix}. */
        private static <T> boolean startsWith(List<Found<T>> list, List<Found<T>> prefix) {
            if (prefix.size() > list.size()) return false;
            for (int i = 0; i < prefix.size(); i++) if (list.get(i) != prefix.get(i)) return false;
            return true;
        }

        /** Two lists in {@link #BY_DATE} order as one, the first's finds before the second's where they tie (as a stable sort of both). */
        private static <T> List<Found<T>> merged(List<Found<T>> first, List<Found<T>> second) {
            List<Found<T>> out = new ArrayList<>(first.size() + second.size());
            int i = 0, j = 0;
            while (i < first.size() && j < second.size()) {
                out.add(BY_DATE.compare(second.get(j), first.get(i)) < 0 ? second.get(j++) : first.get(i++));
            }
            out.addAll(first.subList(i, first.size()));
            out.addAll(second.subList(j, second.size()));
            return out;
        }
    }

    /** Names read in a snapshot; a map of at most {@link #NAMED_CACHE}, emptied when full. */
    private static final int NAMED_CACHE = 2_000;

    /** {@code last}: the seq of the last report taken in. */
    private record Snapshot(long last, Map<String, List<Found<Entity>>> entities,
                            Map<String, List<Found<Place>>> places, Set<String> eventTypes, ConcurrentHashMap<String, Named<Place>> namedPlaces,
                            Map<String, Named<Place>> earlierPlaces) {}

    /** The entities grouped under the names people's merges and splits put in force, for one snapshot and one set of names. */
    private record Resolved(Snapshot snapshot, EntityNames names, Map<String, List<Found<Entity>>> entities, ConcurrentHashMap<String, Named<Entity>> named,
                            Map<String, Named<Entity>> earlier) {}

    /**
     * A name's finds, sorted once a snapshot: requests for a name not sorted yet wait for the one sorting it rather than
     * each sort it again (after a write, eight clients on the most named entity made eight sorts of its finds).
     */
    private static <T> Named<T> cached(ConcurrentHashMap<String, Named<T>> cache, String key, java.util.function.Supplier<Named<T>> make) {
        Named<T> n = cache.get(key);
        if (n != null) return n;
        if (cache.size() >= NAMED_CACHE) cache.clear();
        return cache.computeIfAbsent(key, k -> make.get());
    }

    private final Store store;
    /**
     * The reports by id, only ever added to, and shared by every snapshot rather than copied into each: a copy of a
     * map of every report at each write grew with the store. A reader of an older snapshot may find a report its
     * snapshot does not hold yet, which no page minds.
     */
    private final Map<String, ReportInfo> byId = new ConcurrentHashMap<>();
    /** The numbers of the reports' facet values, shared by every snapshot (numbers only grow). */
    private final FacetValues facetValues = new FacetValues();
    private volatile Snapshot snapshot = new Snapshot(0, Map.of(), Map.of(), Set.of(), new ConcurrentHashMap<>(), Map.of());
    private volatile Resolved resolved;

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
        long[] last = {s.last};
        Map<String, List<Found<Entity>>> entities = new HashMap<>(s.entities);
        Map<String, List<Found<Place>>> places = new HashMap<>(s.places);
        Set<String> eventTypes = new TreeSet<>(s.eventTypes);
        Set<String> entitiesCopied = new HashSet<>(), placesCopied = new HashSet<>();
        store.forEachNamesAfter(s.last, stored -> {
            ReportInfo r = info(stored);
            byId.put(r.id(), r);
            last[0] = stored.seq();
            for (Entity e : stored.entities()) add(entities, key(e.name()), new Found<>(r, interned(e)), entitiesCopied);
            for (Place p : stored.places()) add(places, placeId(p), new Found<>(r, interned(p)), placesCopied);
            eventTypes.addAll(stored.eventTypes());
        });
        if (last[0] == s.last) return;
        snapshot = new Snapshot(last[0], entities, places, Set.copyOf(eventTypes), new ConcurrentHashMap<>(), latest(s.earlierPlaces, s.namedPlaces));
    }

    /**
     * Each name's finds as last read, in a snapshot before (older ones replaced by newer): where a new snapshot's start
     * from (Named.of sorts only the finds added since), also for names not read in the snapshot just before it (with a
     * writer, several snapshots can pass between two requests for a name). At most {@link #NAMED_CACHE}.
     */
    private static <T> Map<String, Named<T>> latest(Map<String, Named<T>> older, Map<String, Named<T>> newer) {
        if (older.size() + newer.size() > NAMED_CACHE) return Map.copyOf(newer);
        Map<String, Named<T>> out = new HashMap<>(older);
        out.putAll(newer);
        return out;
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

    private ReportInfo info(ReportNames r) {
        Facets facets = Facets.of(facetValues, distinct(r.eventTypes().stream()), distinct(r.claimSides().stream()),
                distinct(r.places().stream().map(Place::name)), distinct(r.entities().stream().map(Entity::name)));
        return new ReportInfo(r.seq(), r.id(), r.title(), r.url(), intern(r.outlet()), intern(r.published()), language(r).intern(), facets);
    }

    /*
     * The names and mention texts held for every find, each one string however many reports repeat it: the same few
     * thousand names make most of the finds, and a string each was most of what the catalog held a report.
     */
    private static Entity interned(Entity e) {
        return new Entity(e.name().intern(), e.type(), interned(e.mentions()));
    }

    private static Place interned(Place p) {
        return new Place(p.name().intern(), p.kind(), p.lat(), p.lon(), p.geonamesId(), interned(p.mentions()));
    }

    private static List<Mention> interned(List<Mention> mentions) {
        return mentions.stream().map(m -> new Mention(intern(m.text()), m.start(), m.end())).toList();
    }

    private static String intern(String s) {
        return s == null ? null : s.intern();
    }

    /** Sorted, distinct, interned: the same names recur across thousands of reports. */
    private static List<String> distinct(Stream<String> values) {
        return values.filter(Objects::nonNull).map(String::intern).distinct().sorted().toList();
    }

    private static String language(ReportNames r) {
        String l = r.language();
        if (l == null || l.isBlank()) l = r.declaredLanguage();
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
        return EntityNames.key(name);
    }

    /** A place's id in URLs: its GeoNames id, else its name. */
    static String placeId(Place p) {
        return p.geonamesId() != null ? p.geonamesId().toString() : key(p.name());
    }

    /** What the reports' facets are numbered in. */
    FacetValues facetValues() {
        return facetValues;
    }

    Optional<ReportInfo> report(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Every report naming the entity (by any of its canonical spellings, and the names merged into it), oldest first,
     * each entity under the name in force; a name merged into another finds that one.
     */
    Named<Entity> entity(String name) {
        Resolved r = resolved();
        String k = key(r.names.merged(name));
        return cached(r.named, k, () -> Named.of(r.entities.getOrDefault(k, List.of()), r.earlier.get(k), f -> f.item().name(), f -> f.item().mentions(), null));
    }

    /** The entity names in force now (people's merges and splits). */
    EntityNames names() {
        return resolved().names;
    }

    /**
     * The entities by the key of the name in force. Only the machine names a merge or split touches are regrouped,
     * once per change of the store's reports or of the names; the other lists are shared with the snapshot.
     */
    private Resolved resolved() {
        Snapshot s = snapshot;
        EntityNames names = store.entityNames();
        Resolved r = resolved;
        if (r != null && r.snapshot == s && r.names == names) return r;
        Map<String, List<Found<Entity>>> out = s.entities;
        if (!names.isEmpty()) {
            Map<String, List<Found<Entity>>> grouped = new HashMap<>(s.entities);
            List<List<Found<Entity>>> regrouped = new ArrayList<>();
            for (Map.Entry<String, List<Found<Entity>>> e : s.entities.entrySet()) {
                if (names.touches(e.getKey())) regrouped.add(e.getValue());
            }
            regrouped.forEach(l -> l.forEach(f -> grouped.remove(key(f.item().name()))));
            Set<String> copied = new HashSet<>();
            for (List<Found<Entity>> l : regrouped) {
                for (Found<Entity> f : l) {
                    String name = names.resolve(f.report().id(), f.item().name());
                    Found<Entity> as = name.equals(f.item().name()) ? f : new Found<>(f.report(), new Entity(name, f.item().type(), f.item().mentions()));
                    add(grouped, key(name), as, copied);
                }
            }
            out = grouped;
        }
        r = new Resolved(s, names, out, new ConcurrentHashMap<>(), r == null ? Map.of() : latest(r.earlier, r.named));
        resolved = r;
        return r;
    }

    Named<Place> place(String id) {
        Snapshot s = snapshot;
        String k = id.chars().allMatch(Character::isDigit) ? id : key(id);
        return cached(s.namedPlaces, k, () -> Named.of(s.places.getOrDefault(k, List.of()), s.earlierPlaces.get(k), f -> f.item().name(), f -> f.item().mentions(),
                Catalog::placeId));
    }

    /** Entities by the number of reports naming them, most first. */
    List<List<Found<Entity>>> entities() {
        return mostReported(resolved().entities);
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

    /** A name's finds in date order (undated first), then by report id. */
    private static final Comparator<Found<?>> BY_DATE = Comparator.comparing((Found<?> f) -> f.report().published() == null ? "" : f.report().published())
            .thenComparing(f -> f.report().id());

    private static <T> List<Found<T>> byDate(List<Found<T>> found) {
        List<Found<T>> out = new ArrayList<>(found);
        out.sort(BY_DATE);
        return out;
    }

    /** What the catalog holds now, compared by identity: another object once it took in more reports. */
    Object version() {
        return snapshot;
    }

    /** The event types of the stored reports' events. */
    Set<String> eventTypes() {
        return snapshot.eventTypes;
    }

    /** The distinct spellings of a set of mentions with how often each occurs, most frequent first. */
    static Map<String, Integer> spellings(List<List<Mention>> mentionLists) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<Mention> l : mentionLists) for (Mention m : l) counts.merge(m.text(), 1, Integer::sum);
        return byCount(counts);
    }

    /** Two {@link #spellings} counts added up, in the same order. */
    static Map<String, Integer> spellings(Map<String, Integer> before, Map<String, Integer> added) {
        Map<String, Integer> counts = new HashMap<>(before);
        added.forEach((k, n) -> counts.merge(k, n, Integer::sum));
        return byCount(counts);
    }

    private static Map<String, Integer> byCount(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
