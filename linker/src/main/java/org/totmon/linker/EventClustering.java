package org.totmon.linker;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.totmon.model.EventTypes;
import org.totmon.model.Modality;
import org.totmon.model.PlaceKind;

/**
 * Which mentions tell of the same real-world event. Two mentions match when all of these hold:
 * <ol>
 *   <li>the same event type, and the same sense where both have one (aid delivered and villages flooded are both
 *       OTHER);</li>
 *   <li>compatible dates (each mention's own date, else its report's publication date): one contains the other
 *       (2023-09 and 2023-09-10) or, where one is a day, they lie within {@link #DATE_WINDOW_DAYS} days (two months
 *       must overlap), or both tell a movement as it goes
 *       on ({@link #ongoing}); two mentions without any date are compatible, a dated and an undated one are not;</li>
 *   <li>compatible places: the same place, one inside the other (a settlement in its oblast, anything in its
 *       country), a body of water and a settlement or region near it ({@link PlaceRef#WATER_REACH_KM}), or at least one
 *       of them without a place; an act over several regions is no event of one place; for
 *       a type that crosses borders ({@code event-types.tsv}: deportation), two countries (the one left, the one
 *       reached); for a type that befalls one person (a detention), any places where both name the same person;</li>
 *   <li>corroboration, by what does not depend on the language a report is written in where it can: a shared actor
 *       (resolved entities, named alike in every script, compared by the consonant skeletons of their names so that two
 *       languages' spellings of one name agree); or both telling a movement as it goes on ({@link #ongoing});
 *       or evidence naming one topic or {@link #SHARED_CONCEPTS}
 *       concepts of the field in common ({@code concepts.tsv}: "референдум" and "referendum" are one); or, for a type that is not
 *       routine ({@code event-types.tsv}), the same named place below the country; or evidence texts whose
 *       content-word stems overlap by at least {@link #TEXT_SIMILARITY} (Jaccard; one language); or the same named
 *       place with both dates given to the day by the events themselves to the same day (a day apart is too loose in a
 *       city shelled daily).</li>
 * </ol>
 * A cluster is compared through its anchors, the first {@link #ANCHORS} mentions that joined it: a new mention joins
 * the existing cluster whose anchors it matches most (the oldest cluster on a tie), provided that its type, date and
 * place are compatible with every anchor (so a chain of reports a few days apart never stretches one event over weeks)
 * and that the cluster holds no other event of its report (the annotator has already told that report's events apart,
 * or merged them); else it starts a cluster. The anchors fix what a cluster is about, and they keep the cost of a
 * comparison bounded however many reports tell the event. Clusters never merge or split afterwards, so adding reports
 * one by one gives the same clusters as adding them all in the same order.
 */
public final class EventClustering {
    private EventClustering() {}

    public static final int DATE_WINDOW_DAYS = 3;
    public static final double TEXT_SIMILARITY = 0.25;
    public static final int SHARED_CONCEPTS = 2;
    /** Mentions a cluster is compared through: more than the reports of any one story in the benchmark tell. */
    public static final int ANCHORS = 20;

    public static boolean sameEvent(EventMention a, EventMention b) {
        return compatible(a, b) && corroborated(a, b);
    }

    /** Rules 1–3: nothing rules out that the two tell of one event. */
    static boolean compatible(EventMention a, EventMention b) {
        if (!a.type().equals(b.type())) return false;
        if (a.event().sense() != null && b.event().sense() != null && !a.event().sense().equals(b.event().sense())) return false;
        if ((a.date() == null) != (b.date() == null)) return false;
        if (a.date() != null && !a.date().compatible(b.date(), DATE_WINDOW_DAYS) && !(ongoing(a) && ongoing(b))) return false;
        if (a.event().severalRegions() != b.event().severalRegions() && (a.place() != null || b.place() != null)) return false;
        if (a.place() == null || b.place() == null || a.place().compatible(b.place())) return true;
        if (EventTypes.personal(a.type()) && !Collections.disjoint(a.personKeys(), b.personKeys())) return true;
        return EventTypes.crossesBorders(a.type()) && a.place().kind() == PlaceKind.COUNTRY && b.place().kind() == PlaceKind.COUNTRY;
    }

    /**
     * A mention of the movement as it goes on: of an ongoing type, placed in a country (the state left or reached, no
     * town or region of one happening) and dated to a month or a year, which is when the report tells of it.
     */
    static boolean ongoing(EventMention m) {
        return EventTypes.ongoing(m.type()) && m.place() != null && m.place().kind() == PlaceKind.COUNTRY
                && m.date() != null && !m.date().isDay();
    }

    /** Rule 4, for compatible mentions. */
    private static boolean corroborated(EventMention a, EventMention b) {
        boolean bothPlaced = a.place() != null && b.place() != null;
        if (!Collections.disjoint(a.actorKeys(), b.actorKeys())) return true;
        if (ongoing(a) && ongoing(b)) return true;
        if (shared(a.concepts(), b.concepts()) >= SHARED_CONCEPTS || sharesTopic(a, b)) return true;
        if (bothPlaced && !EventTypes.routine(a.type()) && a.place().same(b.place()) && a.place().kind() != PlaceKind.COUNTRY) return true;
        if (Words.jaccard(a.evidenceStems(), b.evidenceStems()) >= TEXT_SIMILARITY) return true;
        return bothPlaced && a.place().same(b.place()) && a.datedByEvent() && b.datedByEvent()
                && a.date().isDay() && a.date().equals(b.date());
    }

    /** A topic ({@code concepts.tsv}: a referendum, a dam, a theatre) both evidence texts name. */
    private static boolean sharesTopic(EventMention a, EventMention b) {
        for (String c : a.concepts()) if (b.concepts().contains(c) && Concepts.BUNDLED.topic(c)) return true;
        return false;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) if (b.contains(x)) n++;
        return n;
    }

    /**
     * The cluster {@code m} joins among {@code candidates} (cluster id → its anchors, in the order they joined), none of
     * {@code taken} (the clusters already holding an event of its report); empty when it starts one.
     */
    public static OptionalLong choose(EventMention m, Map<Long, List<EventMention>> candidates, Set<Long> taken) {
        long best = -1;
        int bestMatches = 0;
        for (Map.Entry<Long, List<EventMention>> c : new TreeMap<>(candidates).entrySet()) {
            if (taken.contains(c.getKey()) || !c.getValue().stream().allMatch(other -> compatible(m, other))) continue;
            int matches = 0;
            for (EventMention other : c.getValue()) if (corroborated(m, other)) matches++;
            if (matches > bestMatches) {
                best = c.getKey();
                bestMatches = matches;
            }
        }
        return bestMatches == 0 ? OptionalLong.empty() : OptionalLong.of(best);
    }

    /** Whether a mention joining a cluster of {@code anchors} anchors becomes one: the cluster has fewer than {@link #ANCHORS}. */
    public static boolean anchors(int anchors) {
        return anchors < ANCHORS;
    }

    /**
     * What a cluster's mentions say together: the most precise date the events themselves give, the most specific
     * place, the earliest publication date, the modality most mentions give (a fact over a claim over a plan over a
     * denial on a tie), the ACLED categories of the earliest dated mention, every actor. Of equals, the mention first
     * by report id and position in its report counts.
     */
    public static Summary summarize(Collection<EventMention> mentions) {
        if (mentions.isEmpty()) throw new IllegalArgumentException("a cluster has at least one mention");
        Summarizer s = new Summarizer();
        for (EventMention m : mentions) s.add(m);
        return s.summary();
    }

    /** The order in which a cluster's mentions are told apart on ties: by report id, then position in the report. */
    private static final Comparator<EventMention> FIRST = Comparator.comparing(EventMention::reportId).thenComparingInt(EventMention::ord);

    /** The order of {@link Summary#acledEventType}'s mention: the earliest event date (undated last), then {@link #FIRST}. */
    private static final Comparator<EventMention> EARLIEST = Comparator.comparing((EventMention m) -> m.date() == null ? null : m.date().from(),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(FIRST);

    /**
     * {@link #summarize} one mention at a time, in any order, at a cost that does not grow with the cluster: linking
     * sums up a cluster again for each mention it adds, and a cluster dated only by a year can hold thousands.
     */
    public static final class Summarizer {
        private EventMention dated;
        private EventMention firstPublished;
        private DateSpan firstReported;
        private EventMention placed;
        private EventMention first;
        private final Set<String> actors = new TreeSet<>();
        private final Set<String> reports = new HashSet<>();
        /** Reports counted in a {@link State} this one was made from, none of them among {@link #reports}. */
        private int earlierReports;
        private final Map<Modality, Integer> modalities = new EnumMap<>(Modality.class);

        public Summarizer() {}

        /**
         * Goes on from a {@link #state}: what a summarizer of the same mentions would give, provided that the mentions
         * added next are of other reports (a cluster holds one event of a report).
         */
        public Summarizer(State s) {
            dated = s.dated();
            firstPublished = s.firstPublished();
            firstReported = firstPublished == null ? null : DateSpan.parse(firstPublished.published());
            placed = s.placed();
            first = s.first();
            actors.addAll(s.actors());
            earlierReports = s.reports();
            modalities.putAll(s.modalities());
        }

        /** What it holds, to be kept and gone on from: the mentions that win each part of the summary, and counts. */
        public State state() {
            return new State(dated, firstPublished, placed, first, Set.copyOf(actors), earlierReports + reports.size(), Map.copyOf(modalities));
        }

        public void add(EventMention m) {
            if (m.datedByEvent() && m.date() != null && (dated == null || wins(days(m.date()), days(dated.date()), m, dated))) dated = m;
            DateSpan published = DateSpan.parse(m.published());
            if (published != null && (firstReported == null || wins(published.from().toEpochDay(), firstReported.from().toEpochDay(), m, firstPublished))) {
                firstReported = published;
                firstPublished = m;
            }
            if (m.place() != null && (placed == null || wins(-m.place().specificity(), -placed.place().specificity(), m, placed))) placed = m;
            if (first == null || EARLIEST.compare(m, first) < 0) first = m;
            actors.addAll(m.actors());
            reports.add(m.reportId());
            modalities.merge(m.event().modality(), 1, Integer::sum);
        }

        /** Whether {@code m}, of rank {@code rank}, takes the place of {@code held}, of rank {@code heldRank} (lower ranks first). */
        private static boolean wins(long rank, long heldRank, EventMention m, EventMention held) {
            return rank < heldRank || rank == heldRank && FIRST.compare(m, held) < 0;
        }

        private static long days(DateSpan d) {
            return ChronoUnit.DAYS.between(d.from(), d.to());
        }

        public Summary summary() {
            if (first == null) throw new IllegalStateException("a cluster has at least one mention");
            // EnumMap iterates in declaration order (fact first), and max keeps the first of equal counts.
            Modality modality = null;
            for (Map.Entry<Modality, Integer> e : modalities.entrySet()) {
                if (modality == null || e.getValue() > modalities.get(modality)) modality = e.getKey();
            }
            return new Summary(first.type(), dated == null ? null : dated.date(), firstReported, placed == null ? null : placed.place(),
                    modality, first.event().acledEventType(), first.event().acledSubEventType(), List.copyOf(actors),
                    earlierReports + reports.size());
        }
    }

    /** A {@link Summarizer}'s state: the mention each part of the summary comes from (null where none), and counts. */
    public record State(EventMention dated, EventMention firstPublished, EventMention placed, EventMention first, Set<String> actors,
                        int reports, Map<Modality, Integer> modalities) {}

    /** {@code date} is null when no mention dates the event itself; {@code reports} counts distinct reports. */
    public record Summary(String type, DateSpan date, DateSpan firstReported, PlaceRef place, Modality modality,
                          String acledEventType, String acledSubEventType, List<String> actors, int reports) {}
}
