package org.totmon.linker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
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
 *   <li>the same event type;</li>
 *   <li>compatible dates (each mention's own date, else its report's publication date): one contains the other
 *       (2023-09 and 2023-09-10) or they lie within {@link #DATE_WINDOW_DAYS} days, or both tell a movement as it goes
 *       on ({@link #ongoing}); two mentions without any date are compatible, a dated and an undated one are not;</li>
 *   <li>compatible places: the same place, one inside the other (a settlement in its oblast, anything in its
 *       country), or at least one of them without a place; an act over several regions is no event of one place; for
 *       a type that crosses borders ({@code event-types.tsv}: deportation), two countries (the one left, the one
 *       reached);</li>
 *   <li>corroboration, by what does not depend on the language a report is written in where it can: a shared actor
 *       (resolved entities, named alike in every script); or both telling a movement as it goes on ({@link #ongoing});
 *       or evidence naming one topic or {@link #SHARED_CONCEPTS}
 *       concepts of the field in common ({@code concepts.tsv}: "референдум" and "referendum" are one); or, for a type that is not
 *       routine ({@code event-types.tsv}), the same named place below the country; or evidence texts whose
 *       content-word stems overlap by at least {@link #TEXT_SIMILARITY} (Jaccard; one language); or the same named
 *       place with both dates given to the day by the events themselves to the same day (a day apart is too loose in a
 *       city shelled daily).</li>
 * </ol>
 * A new mention joins the existing cluster holding most of the mentions it matches (the oldest cluster on a tie),
 * provided that its type, date and place are compatible with every mention of that cluster (so a chain of reports a
 * few days apart never stretches one event over weeks) and that the cluster holds no other event of its report (the
 * annotator has already told that report's events apart, or merged them); else it starts a cluster. Clusters never merge or split afterwards, so adding reports one by one gives the same
 * clusters as adding them all in the same order.
 */
public final class EventClustering {
    private EventClustering() {}

    public static final int DATE_WINDOW_DAYS = 3;
    public static final double TEXT_SIMILARITY = 0.25;
    public static final int SHARED_CONCEPTS = 2;

    public static boolean sameEvent(EventMention a, EventMention b) {
        return compatible(a, b) && corroborated(a, b);
    }

    /** Rules 1–3: nothing rules out that the two tell of one event. */
    static boolean compatible(EventMention a, EventMention b) {
        if (!a.type().equals(b.type())) return false;
        if ((a.date() == null) != (b.date() == null)) return false;
        if (a.date() != null && !a.date().compatible(b.date(), DATE_WINDOW_DAYS) && !(ongoing(a) && ongoing(b))) return false;
        if (a.event().severalRegions() != b.event().severalRegions() && (a.place() != null || b.place() != null)) return false;
        if (a.place() == null || b.place() == null || a.place().compatible(b.place())) return true;
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
        if (!Collections.disjoint(a.actors(), b.actors())) return true;
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
     * The cluster {@code m} joins among {@code candidates} (cluster id → all its mentions); empty when it starts one.
     */
    public static OptionalLong choose(EventMention m, Map<Long, List<EventMention>> candidates) {
        long best = -1;
        int bestMatches = 0;
        for (Map.Entry<Long, List<EventMention>> c : new TreeMap<>(candidates).entrySet()) {
            if (!c.getValue().stream().allMatch(other -> compatible(m, other) && !other.reportId().equals(m.reportId()))) continue;
            int matches = 0;
            for (EventMention other : c.getValue()) if (corroborated(m, other)) matches++;
            if (matches > bestMatches) {
                best = c.getKey();
                bestMatches = matches;
            }
        }
        return bestMatches == 0 ? OptionalLong.empty() : OptionalLong.of(best);
    }

    /**
     * What a cluster's mentions say together: the most precise date the events themselves give, the most specific
     * place, the earliest publication date, the modality most mentions give (a fact over a claim over a plan over a
     * denial on a tie), the ACLED categories of the earliest dated mention, every actor.
     */
    public static Summary summarize(Collection<EventMention> mentions) {
        if (mentions.isEmpty()) throw new IllegalArgumentException("a cluster has at least one mention");
        List<EventMention> ms = new ArrayList<>(mentions);
        ms.sort(Comparator.comparing(EventMention::reportId).thenComparingInt(EventMention::ord));
        DateSpan date = null;
        DateSpan firstReported = null;
        PlaceRef place = null;
        Set<String> actors = new TreeSet<>();
        Set<String> reports = new TreeSet<>();
        for (EventMention m : ms) {
            if (m.datedByEvent()) date = DateSpan.morePrecise(date, m.date());
            DateSpan published = DateSpan.parse(m.published());
            if (published != null && (firstReported == null || published.from().isBefore(firstReported.from()))) firstReported = published;
            if (m.place() != null && (place == null || m.place().specificity() > place.specificity())) place = m.place();
            actors.addAll(m.actors());
            reports.add(m.reportId());
        }
        Map<Modality, Integer> modalities = new EnumMap<>(Modality.class);
        for (EventMention m : ms) modalities.merge(m.event().modality(), 1, Integer::sum);
        // EnumMap iterates in declaration order (fact first), and max keeps the first of equal counts.
        Modality modality = null;
        for (Map.Entry<Modality, Integer> e : modalities.entrySet()) {
            if (modality == null || e.getValue() > modalities.get(modality)) modality = e.getKey();
        }
        EventMention first = ms.stream().min(Comparator.comparing((EventMention m) -> m.date() == null ? null : m.date().from(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(EventMention::reportId)).orElseThrow();
        return new Summary(first.type(), date, firstReported, place, modality, first.event().acledEventType(),
                first.event().acledSubEventType(), List.copyOf(actors), reports.size());
    }

    /** {@code date} is null when no mention dates the event itself; {@code reports} counts distinct reports. */
    public record Summary(String type, DateSpan date, DateSpan firstReported, PlaceRef place, Modality modality,
                          String acledEventType, String acledSubEventType, List<String> actors, int reports) {}
}
