package org.totmon.linker;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.totmon.model.EventTypes;
import org.totmon.model.PlaceKind;

/**
 * Blocking for {@link EventClustering}: the keys under which a clustered mention is filed, and the keys a new mention
 * looks under, so that a store finds a mention's candidate clusters by index instead of reading every cluster of a
 * type. The one property that matters: whenever {@link EventClustering#compatible} accepts two mentions {@code a} and
 * {@code b}, {@code of(a).probes()} and {@code of(b).filed()} share a key. Keys may also bring incompatible clusters
 * (choose() drops them); they must never miss a compatible one. So a change to compatible() (event types that fit
 * together, places, date windows) is a change here too, and EventBlockingTest checks the property on sampled pairs.
 * <p>
 * Every key starts with the event type and a month (or {@code ongoing}, below): each month the mention's date, widened by
 * {@link EventClustering#DATE_WINDOW_DAYS} on both sides, touches (a year-precise date touches 14), or "undated".
 * Places give the rest, one pair of filed/probed keys per way two places can be compatible:
 * <ul>
 *   <li>the same name: filed and probed as {@code name:};</li>
 *   <li>one without a place: a mention without one probes {@code any} (every mention is filed there) and is filed as
 *       {@code none} (every mention probes it);</li>
 *   <li>a place in a region: filed as {@code in-region:} its admin1, probed by the region; a region is filed as
 *       {@code region:} (its name and its admin1), probed by whatever lies in it;</li>
 *   <li>a place in a country: likewise with {@code in-country:} and {@code country:};</li>
 *   <li>a country, for a type that crosses borders: filed and probed as {@code crossing-country}, since any two
 *       countries are then compatible;</li>
 *   <li>a site near a place ({@link PlaceRef#SITE_RADIUS_KM}): local places are filed under the grid cell of their
 *       coordinates ({@code local-cell:}, sites also as {@code site-cell:}); a site probes the local cells around its
 *       own, any local place the site cells around its own. A cell is {@link #CELL_DEGREES} on a side, wider than the
 *       radius at any latitude up to 60°, so two places within it lie in the same or neighbouring cells;</li>
 *   <li>a body of water near a settlement or region ({@link PlaceRef#WATER_REACH_KM}): likewise, on a wider grid
 *       ({@code water-cell:}, {@code reach-cell:}).</li>
 * </ul>
 * A mention of a movement as it goes on ({@link EventClustering#ongoing}), compatible with another whatever their
 * months, is filed and probed under one key of its type outside the months, {@code ongoing|country}.
 * <p>
 * Actors are filed and probed as {@code actor:} too: they add no compatible cluster, but a cluster found under more
 * of a mention's keys is the nearer candidate, and a store that caps the candidates reads those first.
 * <p>
 * Which candidates are read ({@link #nearest}) is part of what linking decides, so the store and the Spark job, which
 * must link alike, both take it from here.
 */
public final class EventBlocking {
    private EventBlocking() {}

    /** Clusters read per probe key at most (the newest, by id), and in all: see {@link #nearest}. */
    public static final int CANDIDATES_PER_KEY = 100;
    public static final int MAX_CANDIDATES = 50;

    /** {@code filed}: where a cluster holding the mention is found; {@code probes}: where the mention looks. */
    public record Keys(Set<String> filed, Set<String> probes) {
        public Keys {
            filed = Set.copyOf(filed);
            probes = Set.copyOf(probes);
        }
    }

    /** The side of a grid cell in degrees: 0.3° of longitude is more than 15 km up to latitude 60°. */
    static final double CELL_DEGREES = 0.3;

    public static Keys of(EventMention m) {
        Set<String> filed = new TreeSet<>();
        Set<String> probes = new TreeSet<>();
        for (String block : blocks(m)) {
            String prefix = block + "|";
            filed.add(prefix + "any");
            PlaceRef p = m.place();
            if (p == null) {
                filed.add(prefix + "none");
                probes.add(prefix + "any");
            } else {
                probes.add(prefix + "none");
                filed.add(prefix + "name:" + fold(p.name()));
                probes.add(prefix + "name:" + fold(p.name()));
                if (p.kind() == PlaceKind.REGION) {
                    for (String region : new String[] {p.name(), p.admin1()}) {
                        if (region == null) continue;
                        filed.add(prefix + "region:" + fold(region));
                        probes.add(prefix + "in-region:" + fold(region));
                    }
                }
                if (p.admin1() != null) {
                    filed.add(prefix + "in-region:" + fold(p.admin1()));
                    probes.add(prefix + "region:" + fold(p.admin1()));
                }
                cells(prefix, p, filed, probes);
                waterCells(prefix, p, filed, probes);
                if (p.kind() == PlaceKind.COUNTRY && EventTypes.crossesBorders(m.type())) {
                    filed.add(prefix + "crossing-country");
                    probes.add(prefix + "crossing-country");
                }
                if (p.country() != null) {
                    if (p.kind() == PlaceKind.COUNTRY) {
                        filed.add(prefix + "country:" + p.country());
                        probes.add(prefix + "in-country:" + p.country());
                    } else {
                        filed.add(prefix + "in-country:" + p.country());
                        probes.add(prefix + "country:" + p.country());
                    }
                }
            }
            for (String actor : m.actorKeys()) {
                filed.add(prefix + "actor:" + actor);
                probes.add(prefix + "actor:" + actor);
            }
        }
        if (EventClustering.ongoing(m)) {
            filed.add(ongoingBlock(m) + "|country");
            probes.add(ongoingBlock(m) + "|country");
        }
        return new Keys(filed, probes);
    }

    /**
     * The candidate clusters to read, of those found under a mention's probe keys ({@code hits}: cluster id → under
     * how many of its keys, each key giving its {@link #CANDIDATES_PER_KEY} newest): at most {@link #MAX_CANDIDATES},
     * the ones found under most keys first (the same place, actor and month), then the newest.
     */
    public static List<Long> nearest(Map<Long, Integer> hits) {
        return hits.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
    }

    /** A key's 64-bit FNV-1a hash, as a store indexes it: a collision only adds a candidate. */
    public static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The grid-cell keys of a local place (not a region, country or body of water) with coordinates: see the class comment. */
    private static void cells(String prefix, PlaceRef p, Set<String> filed, Set<String> probes) {
        if (!p.local() || p.lat() == null || p.lon() == null) return;
        boolean site = p.kind() == PlaceKind.OTHER;
        long x = (long) Math.floor(p.lon() / CELL_DEGREES), y = (long) Math.floor(p.lat() / CELL_DEGREES);
        filed.add(prefix + "local-cell:" + x + "," + y);
        if (site) filed.add(prefix + "site-cell:" + x + "," + y);
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) probes.add(prefix + (site ? "local-cell:" : "site-cell:") + (x + dx) + "," + (y + dy));
        }
    }

    /**
     * The wide grid-cell keys of a body of water and of the places that can be near it: a settlement or region is filed
     * under its cell ({@code reach-cell:}) and probes it ({@code water-cell:}); a body of water is filed and probes under
     * the cells around its own. A cell is {@link #WATER_CELL_DEGREES} on a side, wider than {@link PlaceRef#WATER_REACH_KM}
     * at any latitude up to 60°.
     */
    private static void waterCells(String prefix, PlaceRef p, Set<String> filed, Set<String> probes) {
        boolean water = p.kind() == PlaceKind.WATER;
        if (!(water || p.reachesWater()) || p.lat() == null || p.lon() == null) return;
        long x = (long) Math.floor(p.lon() / WATER_CELL_DEGREES), y = (long) Math.floor(p.lat() / WATER_CELL_DEGREES);
        if (!water) {
            filed.add(prefix + "reach-cell:" + x + "," + y);
            probes.add(prefix + "water-cell:" + x + "," + y);
            return;
        }
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                filed.add(prefix + "water-cell:" + (x + dx) + "," + (y + dy));
                probes.add(prefix + "reach-cell:" + (x + dx) + "," + (y + dy));
            }
        }
    }

    /** The side of a body of water's grid cell in degrees: 4° of longitude is more than 200 km up to latitude 60°. */
    static final double WATER_CELL_DEGREES = 4;

    /**
     * The type × month blocks the mention's keys lie in: every key of {@link #of} starts with one of them and "|", so
     * two mentions that share a key share a block, and mentions linked through chains of shared blocks can be
     * clustered apart from all others (the Spark job's partitions).
     */
    public static Set<String> blocks(EventMention m) {
        Set<String> out = new TreeSet<>();
        for (String bucket : buckets(m)) out.add(m.type() + "|" + bucket);
        if (EventClustering.ongoing(m)) out.add(ongoingBlock(m));
        return out;
    }

    /** The one block, of no month, of a type's mentions that tell a movement as it goes on. */
    private static String ongoingBlock(EventMention m) {
        return m.type() + "|ongoing";
    }

    /** The months (YYYY-MM) the mention's date, widened by the clustering window, touches; "undated" without a date. */
    static Set<String> buckets(EventMention m) {
        Set<String> out = new TreeSet<>();
        if (m.date() == null) {
            out.add("undated");
            return out;
        }
        LocalDate from = m.date().from().minusDays(EventClustering.DATE_WINDOW_DAYS);
        LocalDate to = m.date().to().plusDays(EventClustering.DATE_WINDOW_DAYS);
        for (YearMonth ym = YearMonth.from(from); !ym.isAfter(YearMonth.from(to)); ym = ym.plusMonths(1)) out.add(ym.toString());
        return out;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
