package org.totmon.pipeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.totmon.model.EventTypes;
import org.totmon.model.Modality;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;

/**
 * Merging the mentions of one happening within a report into one event. Part of {@link EventAnnotator}.
 */
final class EventMerge {
    private EventMerge() {}

    /** An event before merging. */
    static final class Found {
        final EventKind kind;
        final int start, end;
        String place, date;
        /** The place was carried from the sentences before, not named with the event. */
        boolean placeCarried;
        /** The event is told of a list of regions: it has no single place, and no other's place is its. */
        boolean several;
        final Set<String> actors;
        final Modality modality;
        /** The sentence and the clause in it, by index: clauses of one sentence tell distinct happenings. */
        final int sentence, clause;
        /** The clause names a place, a date or an actor of its own, rather than borrowing the sentence's. */
        final boolean anchored;
        /** The clause speaks of a decree ("decree", "указом"). */
        boolean decree;
        /** The clause gives a share of votes ("96% voted in favour"). */
        boolean result;
        /** The trigger's sense ({@link EventLexicon.Trigger#sense}), or null. */
        String sense;
        /** The place is a country. */
        boolean country;

        Found(EventKind kind, int start, int end, String place, boolean placeCarried, String date, Set<String> actors, Modality modality,
              int sentence, int clause, boolean anchored) {
            this.anchored = anchored;
            this.kind = kind;
            this.sentence = sentence;
            this.clause = clause;
            this.start = start;
            this.end = end;
            this.place = place;
            this.placeCarried = placeCarried;
            this.date = date;
            this.actors = actors;
            this.modality = modality;
        }
    }

    /**
     * Folds mentions of one happening into the first: same kind, not from two clauses of one sentence unless the later
     * clause names nothing of its own ("tried to advance near Robotyne; the assault was repelled"), places equal,
     * one unknown or carried from context, or a body of water and a town or region near it ({@code nearWater}: is the
     * first a body of water and the second near it?), dates compatible (in one clause any: a clause tells one happening of a
     * kind, though its second trigger may lie nearer another date, "condemned the vote held over the weekend, calling
     * it null and void"), actors shared or one side without actors. Tellings of a movement as it goes on ({@link
     * #ongoing}) are one event whatever states and months they name, dated by the earliest. The first keeps its evidence and takes the
     * other's place and date where they are better (named rather than carried, more precise).
     */
    static List<Found> merge(List<Found> found, BiPredicate<String, String> nearWater) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            Found same = null;
            for (Found o : out) {
                boolean sameClause = o.sentence == f.sentence && o.clause == f.clause;
                boolean ongoing = ongoing(o, f);
                if (o.kind == f.kind && (sameClause || sensesAgree(o, f)) && (o.sentence != f.sentence || sameClause || !f.anchored)
                        && (placesAgree(o, f) || onWater(o, f, nearWater) || ongoing) && (sameClause || datesAgree(o.date, f.date) || ongoing)
                        && (f.kind == EventKind.CONDEMNATION ? speakersAgree(o.actors, f.actors) : actorsAgree(o.actors, f.actors))) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(f);
                continue;
            }
            if (unknownPlace(same) && (f.several || f.place != null && (same.place == null || !f.placeCarried))) {
                same.place = f.place;
                same.placeCarried = f.placeCarried;
                same.several = f.several;
            }
            // A movement's tellings: the earliest month says since when it goes on ("since the beginning of 2022").
            if (ongoing(same, f) ? f.date != null && (same.date == null || f.date.compareTo(same.date) < 0)
                    : same.date == null || (f.date != null && f.date.length() > same.date.length())) {
                same.date = f.date;
            }
            same.actors.addAll(f.actors);
        }
        return out;
    }

    /** Of one kind, and of one sense where the kind's mentions are told apart by it. */
    static boolean sameKind(Found a, Found b) {
        return a.kind == b.kind && sensesAgree(a, b);
    }

    /**
     * A decree told vaguely ("a decree signed last week takes the policy a step further": no actor, no place of its
     * own) that the report tells elsewhere by its topic ("the decree signed on April 27 sets out that residents who do
     * not take Russian citizenship …") at a compatible date: one decree, an event of the topic's kind only.
     */
    static boolean toldByTopic(Found g, List<Found> all) {
        if (g.kind != EventKind.GOVERNANCE || !g.decree || !g.actors.isEmpty() || (g.place != null && !g.placeCarried) || g.date == null) return false;
        return all.stream().anyMatch(t -> t != g && TriggerHits.isTopic(t.kind) && t.decree && t.date != null && datesAgree(g.date, t.date) && placesAgree(g, t));
    }

    /**
     * An act told over a list of regions ("announced the results of the referendums in Zaporizhzhia and Kherson
     * oblasts") where the report also tells it in each of them at a compatible date: the list sums up those events and
     * is no happening of its own.
     */
    static boolean toldRegionByRegion(Found g, List<Found> all, List<Place> places) {
        if (!g.several) return false;
        Set<String> listed = new TreeSet<>();
        for (Place p : places) {
            if (p.kind() == PlaceKind.REGION && p.mentions().stream().anyMatch(m -> m.start() >= g.start && m.end() <= g.end)) listed.add(p.name());
        }
        return listed.size() > 1 && listed.stream().allMatch(region -> all.stream().anyMatch(t -> t != g && sameKind(t, g) && !t.several
                && region.equals(t.place) && datesAgree(g.date, t.date)));
    }

    /**
     * A vote's result in a town ("In Melitopol, 96% voted in favour") where the report also tells the vote of the town's
     * region at a compatible date: the occupation's referendums are held by region, and the town's figure is part of
     * the region's vote, not a vote of its own.
     */
    static boolean partOfRegionalVote(Found g, List<Found> all) {
        if (g.kind != EventKind.ELECTION || !g.result || g.place == null || g.placeCarried || g.several) return false;
        return all.stream().anyMatch(t -> t != g && t.kind == EventKind.ELECTION && t.place != null && !t.placeCarried
                && datesAgree(g.date, t.date) && EventPlaces.settlementIn(g.place, t.place));
    }

    /**
     * Mentions of a kind that gathers unlike acts (the catch-all; governance: a currency, a decree, a declaration of
     * independence) in two clauses tell one happening only when their triggers' senses agree or one has none.
     */
    private static boolean sensesAgree(Found a, Found b) {
        return !EventTypes.bySense(a.kind.name()) || a.sense == null || b.sense == null || a.sense.equals(b.sense);
    }

    /**
     * Both tell a movement that goes on for months ({@link EventTypes#ongoing}: children taken from Ukraine to Russia)
     * as such: placed in a state, the one left or the one reached, or nowhere, and dated no closer than a month ("в
     * січні 2023 року повідомляла", the month a report tells it in).
     */
    private static boolean ongoing(Found a, Found b) {
        return a.kind == b.kind && EventTypes.ongoing(a.kind.name()) && statewide(a) && statewide(b);
    }

    private static boolean statewide(Found f) {
        return !f.several && (f.place == null || f.country) && (f.date == null || f.date.length() < "YYYY-MM-DD".length());
    }

    /**
     * Both named with the event, one a body of water and the other a settlement or region near it ({@code nearWater}
     * tests the water first): "evacuated from the right bank of the Dnieper" and "evacuated from Kherson".
     */
    private static boolean onWater(Found a, Found b, BiPredicate<String, String> nearWater) {
        return !unknownPlace(a) && !unknownPlace(b) && !a.several && !b.several
                && (nearWater.test(a.place, b.place) || nearWater.test(b.place, a.place));
    }

    private static boolean placesAgree(Found a, Found b) {
        return unknownPlace(a) || unknownPlace(b) || a.several == b.several && Objects.equals(a.place, b.place);
    }

    /** No place named with the event: none at all, or one carried from the sentences before. */
    private static boolean unknownPlace(Found f) {
        return !f.several && (f.place == null || f.placeCarried);
    }

    /** Both unknown, or compatible; an undated mention is an earlier or ongoing happening, not a dated one. */
    private static boolean datesAgree(String a, String b) {
        if (a == null || b == null) return a == null && b == null;
        return a.startsWith(b) || b.startsWith(a);
    }

    /** A condemnation's first actor is who condemns; the others are often whom it names ("called Putin's visit cynical"). */
    private static boolean speakersAgree(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.iterator().next().equals(b.iterator().next());
    }

    private static boolean actorsAgree(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }
}
