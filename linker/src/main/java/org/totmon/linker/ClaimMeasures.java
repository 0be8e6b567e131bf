package org.totmon.linker;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
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
 *       money), else {@link #COUNT}: "1.5 million passports" and "passports issued to 1.5 million people" meet;</li>
 *   <li>what is counted: the first measure of {@code concepts.tsv} its subject names ("passports", "turnout",
 *       "killed"), else the first its sentence names, else what its unit names; a claim naming none is keyed by the content-word stems of its subject,
 *       so only near-identical subjects meet;</li>
 *   <li>where: the settlement or region mentioned nearest the figure within its sentence (countries are skipped:
 *       "Russia" in a sentence is nearly always an actor, and a country-wide figure is the default; so are rivers and
 *       sites: a figure "along the Dnipro" is about the settlements there);</li>
 *   <li>the event (kept for the ledger, no part of the key): the event whose evidence is nearest the figure within
 *       its sentence: its type and the real-world event it belongs to;</li>
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
        List<MeasuredClaim> out = new ArrayList<>();
        for (int i = 0; i < x.claims().size(); i++) {
            Claim c = x.claims().get(i);
            int[] sentence = sentence(text, c.start(), c.end());
            String subject = c.subject() != null ? c.subject() : c.text() == null ? "" : c.text();
            String unit = c.unit() == null ? COUNT : Objects.requireNonNullElse(Concepts.BUNDLED.unitOf(c.unit()), COUNT);
            boolean percent = unit.equals(PERCENT);
            String unitConcept = c.unit() == null ? null : Concepts.BUNDLED.measureOf(c.unit(), false);
            String concept = Concepts.BUNDLED.measureOf(subject, percent);
            // The subject is a window of a few words around the figure: what it counts may be named earlier in the
            // sentence ("the real turnout in the elections in X on 10 September was below 20 percent").
            if (concept == null) {
                List<String> before = Words.of(text.substring(sentence[0], Math.max(sentence[0], c.start())));
                concept = Concepts.BUNDLED.measureNear(Words.of(text.substring(sentence[0], sentence[1])), before.size(), percent);
            }
            // "four regions where residents were forced to vote" counts regions: a unit naming what is counted beats
            // the people a subject mentions in passing.
            if (concept == null || unitConcept != null && !percent && Concepts.BUNDLED.denominator(concept)) concept = unitConcept;
            Set<String> stems = concept != null ? Set.of() : Words.contentStems(subject);
            int event = nearestEvent(x.events(), c, sentence);
            Place place = nearestPlace(x.places(), c, sentence);
            // A sentence that names no place ("He was abducted by 10 soldiers") is about where its event happened,
            // which the events layer resolves from the context.
            if (place == null && event >= 0) place = placeNamed(x.places(), x.events().get(event).place());
            TimeMention time = nearestTime(x.times(), c, sentence);
            DateSpan date = time != null && DateSpan.parse(time.value()) != null ? DateSpan.parse(time.value()) : eventDate(x.events(), c);
            if (date == null) date = DateSpan.parse(published);
            String period = Concepts.BUNDLED.runningTotal(concept) || date == null ? null : date.from().toString().substring(0, 7);
            Measure m = new Measure(unit, concept, stems, place == null ? null : PlaceRef.of(place, regions),
                    period, event < 0 ? null : x.events().get(event).type(), event < 0 ? null : eventIds.apply(event));
            out.add(new MeasuredClaim(reportId, i, c, m, date));
        }
        return out;
    }

    /** The unit the claims layer gives a share ("66%", "66 per cent", "66 відсотків"). */
    static final String PERCENT = "percent";

    /** The unit of a figure that counts something (people, passports, houses): what it counts is its concept. */
    public static final String COUNT = "count";

    /** The sentence around [start, end): from after the last . ! ? (followed by a space) or line break before it to the next. */
    static int[] sentence(String text, int start, int end) {
        int from = Math.min(start, text.length());
        while (from > 0 && !endsSentence(text, from - 1)) from--;
        int to = Math.max(end, from);
        while (to < text.length() && !endsSentence(text, to)) to++;
        return new int[] {from, Math.min(text.length(), to + 1)};
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') return true;
        return (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static int distance(int s, int e, Claim c) {
        if (e <= c.start()) return c.start() - e;
        if (s >= c.end()) return s - c.end();
        return 0;
    }

    private static boolean within(int s, int e, int[] sentence) {
        return s >= sentence[0] && e <= sentence[1];
    }

    private static Place nearestPlace(List<Place> places, Claim c, int[] sentence) {
        Place best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Place p : places) {
            if (p.kind() != PlaceKind.SETTLEMENT && p.kind() != PlaceKind.REGION) continue;
            for (Mention m : p.mentions()) {
                int d = distance(m.start(), m.end(), c);
                if (within(m.start(), m.end(), sentence) && d < bestDistance) {
                    best = p;
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
            if (p.name().equals(name) && (p.kind() == PlaceKind.SETTLEMENT || p.kind() == PlaceKind.REGION)) return p;
        }
        return null;
    }

    /** The position of the nearest event in the layer; -1 when none. */
    private static int nearestEvent(List<Event> events, Claim c, int[] sentence) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            // An event's evidence may run past the sentence; it counts when it overlaps it.
            if (e.end() <= sentence[0] || e.start() >= sentence[1]) continue;
            int d = distance(e.start(), e.end(), c);
            if (d < bestDistance) {
                best = i;
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
