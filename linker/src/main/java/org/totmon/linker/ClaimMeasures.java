package org.totmon.linker;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.totmon.model.Claim;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.TimeMention;

/**
 * Finds the measure of each claim of a report from the report's own layers, by general rules:
 * <ul>
 *   <li>the unit: the unit of measurement the claim's unit names ({@code concepts.tsv}: percent, length, duration,
 *       money), else {@link #COUNT}: "1.5 million passports" and "passports issued to 1.5 million people" meet; a count
 *       of a part of the people ({@code part}: "five children" among the killed) is a unit of its own;</li>
 *   <li>what is counted ({@link #conceptOf}): the first measure of {@code concepts.tsv} its subject names (its own quote
 *       where the subject holds another figure too), else the one named nearest it in its clause, then in its
 *       sentence, then the first the sentence before names; the whole of "143 of 193"
 *       counts what its own words name; a claim naming none is keyed by the content-word stems of its subject, so only
 *       near-identical subjects meet;</li>
 *   <li>where ({@link #placeOf}): the settlement or region named nearest the figure in its clause, else its sentence
 *       (countries are skipped: "Russia" in a sentence is nearly always an actor, and a country-wide figure is the
 *       default; so are rivers and sites), none for a list of places; else its event's place or a region named just
 *       before; and the area of it the sentence names (a river's bank);</li>
 *   <li>the event (kept for the ledger and for disputes of unplaced measures, no part of the key): the event told
 *       nearest the figure in its sentence, else the nearest told before it;</li>
 *   <li>when: the date mention nearest the figure within its sentence, else the date of the dated event told nearest
 *       it in the report, else the report's publication date; its month is part of the key unless the concept is a
 *       running total.</li>
 * </ul>
 */
public final class ClaimMeasures {
    private ClaimMeasures() {}

    /**
     * The measured claims of one report; {@code eventIds} gives the id of the real-world event each event of the report
     * (by its position in the events layer) belongs to, or null.
     */
    public static List<MeasuredClaim> of(String reportId, String text, String published, Extraction x, Regions regions,
                                         IntFunction<Long> eventIds) {
        return ahead(reportId, text, published, x, regions).bind(eventIds);
    }

    /**
     * The measured claims of one report but their events' ids, which only linking the report's events tells: all the
     * rest is pure, so a thread that annotates can find it, and the one that links binds the ids.
     */
    public static Unbound ahead(String reportId, String text, String published, Extraction x, Regions regions) {
        List<MeasuredClaim> out = new ArrayList<>();
        int[] events = new int[x.claims().size()];
        boolean[] unplaced = new boolean[x.claims().size()];
        for (int i = 0; i < x.claims().size(); i++) {
            Claim c = x.claims().get(i);
            int[] sentence = FigureText.sentence(text, c.start(), c.end());
            String subject = c.subject() != null ? c.subject() : c.text() == null ? "" : c.text();
            String unit = c.unit() == null ? COUNT : Objects.requireNonNullElse(Concepts.BUNDLED.unitOf(c.unit()), COUNT);
            boolean percent = unit.equals(PERCENT);
            int[] clause = FigureText.clause(text, c.start(), c.end(), sentence);
            String concept = whole(text, x.claims(), c) ? wholeOf(c, subject)
                    : conceptOf(text, c, sharedSubject(text, x.times(), c, subject) ? text.substring(c.start(), c.end()) : subject,
                    clause, sentence, percent);
            // "52 killed, including five children": a count of a part of the people is a measure apart from the count
            // of all of them, unless what it counts is only ever of that part (deported children).
            String part = unit.equals(COUNT) && c.unit() != null ? Concepts.BUNDLED.partOf(c.unit()) : null;
            if (part != null && !part.equals(Concepts.BUNDLED.needs(concept))) unit = part;
            Set<String> stems = concept != null ? Set.of() : Words.contentStems(subject);
            int told = nearestEvent(text, x.events(), c, sentence, Set.of());
            // What the figure's sentence names, to choose among the events told before it; not needed for one told in it.
            Set<String> about = told >= 0 ? Set.of() : Concepts.BUNDLED.named(text.substring(sentence[0], sentence[1]));
            if (told < 0) told = nearestEvent(text, x.events(), c, new int[] {FigureText.sentencesBefore(text, sentence[0], CONTEXT_SENTENCES), sentence[0]}, about);
            // "в каждом регионе … проголосовали более 90%": a figure said of every region is of none alone.
            Where placed = Concepts.BUNDLED.everyPlace(text.substring(clause[0], clause[1])) ? new Where(null)
                    : placeOf(text, x, c, clause, sentence, told, concept, regions);
            unplaced[i] = placed == null;
            PlaceRef where = placed == null ? null : placed.place();
            // A figure told after its event ("The resolution passed. … 35 countries abstained.") is of that event.
            int event = told >= 0 ? told : nearestEvent(text, x.events(), c, new int[] {0, sentence[0]}, about);
            TimeMention time = nearestTime(x.times(), c, sentence);
            DateSpan date = time != null && DateSpan.parse(time.value()) != null ? DateSpan.parse(time.value()) : eventDate(x.events(), c);
            if (date == null) date = DateSpan.parse(published);
            String period = Concepts.BUNDLED.runningTotal(concept) || date == null ? null : date.from().toString().substring(0, 7);
            String area = areaOf(text, x.places(), sentence, where, regions);
            Measure m = new Measure(unit, concept, stems, where, area, period, event < 0 ? null : x.events().get(event).type(), null);
            out.add(new MeasuredClaim(reportId, i, c, m, date));
            events[i] = event;
        }
        for (int i = 0; i < out.size(); i++) if (unplaced[i]) out.set(i, placedAsRestated(out, unplaced, out.get(i)));
        return new Unbound(List.copyOf(out), events);
    }

    private static Disagreement.Figure figure(Claim c) {
        return new Disagreement.Figure(c.value(), c.valueMax(), c.qualifier(), null, null);
    }

    /** Where a figure is, once its text tells it: {@code place} null for a figure of no single place (every region, a list). */
    private record Where(PlaceRef place) {}

    /**
     * A figure whose text tells no place, where the report gives the same measure (what, unit, area) and an amount it
     * may be (ranges overlap) elsewhere in one place only: a report restating its figure ("almost 1,500 evacuated" in
     * the lead, "1,457 evacuated from the coast of Kherson" below) tells it of that place.
     */
    private static MeasuredClaim placedAsRestated(List<MeasuredClaim> all, boolean[] unplaced, MeasuredClaim c) {
        Measure m = c.measure();
        if (m.concept() == null) return c;
        Disagreement.Figure figure = figure(c.claim());
        PlaceRef only = null;
        for (int j = 0; j < all.size(); j++) {
            Measure o = all.get(j).measure();
            if (unplaced[j] || o.place() == null || !m.concept().equals(o.concept()) || !Objects.equals(m.unit(), o.unit())
                    || !Objects.equals(m.area(), o.area()) || !Disagreement.overlap(figure, figure(all.get(j).claim()))) continue;
            if (only != null && !only.same(o.place())) return c;
            only = o.place();
        }
        return only == null ? c : new MeasuredClaim(c.reportId(), c.ord(), c.claim(), new Measure(m.unit(), m.concept(), m.subjectStems(),
                only, m.area(), m.period(), m.eventType(), m.eventId()), c.date());
    }

    /**
     * A report's measured claims without their events' ids ({@code measure().eventId()} null), and the position in the
     * events layer of each one's event (-1: none).
     */
    public record Unbound(List<MeasuredClaim> claims, int[] events) {
        /** The measured claims with the ids {@code eventIds} gives their events, as {@link #of} gives them. */
        public List<MeasuredClaim> bind(IntFunction<Long> eventIds) {
            List<MeasuredClaim> out = new ArrayList<>(claims.size());
            for (int i = 0; i < claims.size(); i++) {
                MeasuredClaim c = claims.get(i);
                Measure m = c.measure();
                Long id = events[i] < 0 ? null : eventIds.apply(events[i]);
                out.add(id == null ? c : new MeasuredClaim(c.reportId(), c.ord(), c.claim(), new Measure(m.unit(), m.concept(),
                        m.subjectStems(), m.place(), m.area(), m.period(), m.eventType(), id), c.date()));
            }
            return out;
        }
    }

    /**
     * What the figure counts: the first measure its subject names, else the one named nearest it in its clause, else in
     * its sentence; a denominator ("93% of participants") only when none of them names anything else. A count whose
     * unit names what it counts ("four regions where residents were forced to vote") is of that, not of the people a
     * subject mentions in passing. A figure whose sentence names nothing ("More than 3,000 people on the square.") is
     * of what the sentence before it tells: the first measure it names, as for a subject ("reported the deaths of 89 in
     * a strike on a school building. Earlier it gave 63." counts the dead, not the building named last).
     */
    private static String conceptOf(String text, Claim c, String subject, int[] clause, int[] sentence, boolean percent) {
        List<Supplier<String>> named = List.of(
                () -> Concepts.BUNDLED.measureOf(subject, percent),
                () -> near(text, clause, c.start(), percent),
                () -> near(text, sentence, c.start(), percent));
        String denominator = null;
        for (Supplier<String> s : named) {
            String concept = s.get();
            if (concept != null && !Concepts.BUNDLED.denominator(concept)) return concept;
            if (denominator == null) denominator = concept;
        }
        String unitConcept = unitConcept(c);
        if (unitConcept != null && (denominator == null || !percent)) return unitConcept;
        if (denominator != null) return denominator;
        int before = FigureText.sentencesBefore(text, sentence[0], 1);
        return before < sentence[0] ? Concepts.BUNDLED.measureOf(text.substring(before, sentence[0]), percent) : null;
    }

    /**
     * The area of a region its sentence names, else the one the sentence before it names when nothing in between
     * moves elsewhere: "… evacuated from the right bank. As of 6 a.m., 1,457 people have been evacuated" counts the same
     * bank, unless the second sentence names a place the first did not (a place outside the first sentence's regions).
     */
    private static String areaOf(String text, List<Place> places, int[] sentence, PlaceRef where, Regions regions) {
        String own = Concepts.BUNDLED.areaOf(text.substring(sentence[0], sentence[1]));
        if (own != null) return own;
        int before = FigureText.sentencesBefore(text, sentence[0], 1);
        if (before >= sentence[0]) return null;
        String previous = Concepts.BUNDLED.areaOf(text.substring(before, sentence[0]));
        if (previous == null || where == null) return previous;
        boolean anyNamed = false;
        for (Place p : places) {
            if (!local(p) || p.mentions().stream().noneMatch(m -> m.start() >= before && m.end() <= sentence[0])) continue;
            anyNamed = true;
            PlaceRef there = PlaceRef.of(p, regions);
            if (where.compatible(there) || where.region().same(there.region())) return previous;
        }
        return anyNamed ? null : previous;
    }

    /**
     * Whether the claim's subject holds another figure too ("400 were killed and about 300 wounded" for both): it then
     * names what each of them counts, so it tells neither's, and each figure counts what its own quote names ("about
     * 300 wounded"), else what is named nearest it.
     */
    private static boolean sharedSubject(String text, List<TimeMention> times, Claim c, String subject) {
        int from = subject.isEmpty() ? -1 : text.lastIndexOf(subject, c.start());
        if (from < 0 || from + subject.length() < c.end()) return false;
        // Another figure: digits outside the claim's own quote and outside any date (a restated figure is no claim of its own).
        for (int i = from; i < from + subject.length(); i++) {
            int at = i;
            if (Character.isDigit(text.charAt(i)) && (at < c.start() || at >= c.end())
                    && times.stream().noneMatch(t -> at >= t.start() && at < t.end())) return true;
        }
        return false;
    }

    /** Whether the figure is the whole another figure is part of ("143 of 193"): the part's clause is not about it. */
    private static boolean whole(String text, List<Claim> claims, Claim c) {
        for (Claim o : claims) if (o != c && FigureText.partOf(text, o.start(), c.start())) return true;
        return false;
    }

    /** What a whole counts: what its unit or its own words name ("193 participants of the Assembly"), denominators too. */
    private static String wholeOf(Claim c, String subject) {
        String unit = unitConcept(c);
        return unit != null ? unit : Concepts.BUNDLED.measureOf(subject, false);
    }

    /** The measure the claim's unit names ("9 helicopters", "193 participants"), or null. */
    private static String unitConcept(Claim c) {
        return c.unit() == null ? null : Concepts.BUNDLED.measureOf(c.unit(), false);
    }

    /** The measure named nearest {@code at} within [span[0], span[1]) of the text. */
    private static String near(String text, int[] span, int at, boolean percent) {
        List<String> before = Words.of(text.substring(span[0], Math.max(span[0], Math.min(at, span[1]))));
        return Concepts.BUNDLED.measureNear(Words.of(text.substring(span[0], span[1])), before.size(), percent);
    }

    /** How many sentences before a figure's own an event or region told there still sets where the figure is. */
    private static final int CONTEXT_SENTENCES = 2;

    /**
     * Where the figure is: the settlement or region named nearest it in its clause, else in its sentence. A place that
     * stands in a list ("from the Donetsk, Luhansk and Kherson regions") makes the figure one of all of them, so of no
     * single place. A sentence that names no place ("He was abducted by 10 soldiers") is about where its event (told in
     * it or just before) happened, which the events layer resolves from the context; else about the region the
     * sentences just before it named (a settlement named there in passing, a dateline or a capital standing for its
     * state, says less); else the region of a site the sentence names ("houses flooded after the Kakhovka dam's
     * destruction"); else unknown (null). A figure counted by region ({@link Concepts#regional}) told of a city that names its region is the
     * region's.
     */
    private static Where placeOf(String text, Extraction x, Claim c, int[] clause, int[] sentence, int event, String concept,
                                 Regions regions) {
        if (Concepts.BUNDLED.nowhere(concept)) return new Where(null);
        Named named = nearestPlace(x.places(), c, clause);
        if (named == null) named = nearestPlace(x.places(), c, sentence);
        if (named != null) return new Where(inList(text, x.places(), named) ? null : where(named.place(), concept, regions));
        if (event >= 0) {
            Place p = placeNamed(x.places(), x.events().get(event).place());
            if (p != null) return new Where(where(p, concept, regions));
        }
        Place region = lastRegionBefore(x.places(), FigureText.sentencesBefore(text, sentence[0], CONTEXT_SENTENCES), sentence[0]);
        if (region != null) return new Where(where(region, concept, regions));
        Named site = nearest(x.places(), c, sentence, p -> p.kind() == PlaceKind.OTHER);
        PlaceRef siteRegion = site == null ? null : PlaceRef.of(site.place(), regions).region();
        return siteRegion == null || siteRegion.kind() != PlaceKind.REGION ? null : new Where(siteRegion);
    }

    /** The place as the measure keys it: a city that names its region stands for the region in what is counted by region. */
    private static PlaceRef where(Place place, String concept, Regions regions) {
        PlaceRef where = PlaceRef.of(place, regions);
        return Concepts.BUNDLED.regional(concept) && regions.namesItsRegion(place) ? where.region() : where;
    }

    private record Named(Place place, Mention mention) {}

    private static boolean local(Place p) {
        return p.kind() == PlaceKind.SETTLEMENT || p.kind() == PlaceKind.REGION;
    }

    /** Whether another place of the same kind is named in one list with {@code named}. */
    private static boolean inList(String text, List<Place> places, Named named) {
        for (Place p : places) {
            if (p == named.place() || p.kind() != named.place().kind()) continue;
            for (Mention m : p.mentions()) {
                if (FigureText.listed(text, named.mention().end(), m.start()) || FigureText.listed(text, m.end(), named.mention().start())) return true;
            }
        }
        return false;
    }

    /** The region named last in [from, to), or null. */
    private static Place lastRegionBefore(List<Place> places, int from, int to) {
        Place best = null;
        int bestStart = -1;
        for (Place p : places) {
            if (p.kind() != PlaceKind.REGION) continue;
            for (Mention m : p.mentions()) {
                if (m.start() >= from && m.end() <= to && m.start() > bestStart) {
                    best = p;
                    bestStart = m.start();
                }
            }
        }
        return best;
    }

    /** The unit the claims layer gives a share ("66%", "66 per cent", "66 відсотків"). */
    static final String PERCENT = "percent";

    /** The unit of a figure that counts something (people, passports, houses): what it counts is its concept. */
    public static final String COUNT = "count";

    private static int distance(int s, int e, Claim c) {
        if (e <= c.start()) return c.start() - e;
        if (s >= c.end()) return s - c.end();
        return 0;
    }

    private static boolean within(int s, int e, int[] sentence) {
        return s >= sentence[0] && e <= sentence[1];
    }

    private static Named nearestPlace(List<Place> places, Claim c, int[] span) {
        return nearest(places, c, span, ClaimMeasures::local);
    }

    private static Named nearest(List<Place> places, Claim c, int[] span, Predicate<Place> kind) {
        Named best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Place p : places) {
            if (!kind.test(p)) continue;
            for (Mention m : p.mentions()) {
                int d = distance(m.start(), m.end(), c);
                if (within(m.start(), m.end(), span) && d < bestDistance) {
                    best = new Named(p, m);
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** The settlement or region of the places layer with this name, or null. */
    private static Place placeNamed(List<Place> places, String name) {
        if (name == null) return null;
        for (Place p : places) {
            if (p.name().equals(name) && local(p)) return p;
        }
        return null;
    }

    /** The position of the nearest event in the layer; -1 when none. */
    /**
     * The event told in the span whose sentence names most of the concepts {@code about} names (the figure's
     * sentence: "143 nations supported the resolution, while 32 abstained" is of the vote, not of the debate told
     * between), then the nearest the figure; -1 when none.
     */
    private static int nearestEvent(String text, List<Event> events, Claim c, int[] sentence, Set<String> about) {
        int best = -1;
        int bestShared = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            // An event's evidence may run past the sentence; it counts when it overlaps it.
            if (e.end() <= sentence[0] || e.start() >= sentence[1]) continue;
            int shared = 0;
            if (!about.isEmpty()) {
                int[] told = FigureText.sentence(text, e.start(), e.end());
                for (String concept : Concepts.BUNDLED.named(text.substring(told[0], told[1]))) if (about.contains(concept)) shared++;
            }
            int d = distance(e.start(), e.end(), c);
            if (shared > bestShared || shared == bestShared && d < bestDistance) {
                best = i;
                bestShared = shared;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The date of the dated event told nearest the figure anywhere in the report, or null: a figure whose sentence
     * gives no date (a headline's "strike killed close to 600") counts within the time of what the report tells, not
     * on the day it was published, which may be weeks later.
     */
    private static DateSpan eventDate(List<Event> events, Claim c) {
        DateSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Event e : events) {
            DateSpan d = DateSpan.parse(e.date());
            if (d == null) continue;
            int distance = distance(e.start(), e.end(), c);
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static TimeMention nearestTime(List<TimeMention> times, Claim c, int[] sentence) {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeMention t : times) {
            int d = distance(t.start(), t.end(), c);
            if (within(t.start(), t.end(), sentence) && d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }
}
