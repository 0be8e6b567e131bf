package org.totmon.pipeline.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.event.PlaceCandidates.Located;

/**
 * Every place the steps of {@link EventPlaces} may give an event, each with the roads that reach it: a place named in
 * the clause or the sentence, the one a word such as "the city" stands for, an organisation's seat, a place named in
 * the sentences just before (the rules carry the last), the report's own place. What a chooser of the place picks
 * among, with the cues it weighs; the rules' choice is always one of them. Part of {@link EventAnnotator}.
 */
final class PlaceOptions {
    private PlaceOptions() {}

    /** What the options of one event are read against. */
    record Event(EventKind kind, int triggerAt, List<String> cues, String rulesPlace) {}

    /** A place as one road reaches it: where it is named (null for a seat or the report's place) and how. */
    private static final class Reached {
        final List<String> sources = new ArrayList<>();
        Located nearest;
        int sentencesBack;
    }

    /**
     * The options of an event in its clause, in order of the roads above; {@code seats} are the seats of the
     * organisations among its actors, {@code setAside} the causes and condemned acts whose places are not its.
     */
    static List<EventCandidate.PlaceOption> of(Document doc, EventLexicon lexicon, List<TextSpan> sentences, int si, TextSpan clause,
                           List<Token> tokens, List<String> words, List<String> seats, List<TextSpan> setAside, Event event) {
        Map<String, Reached> out = new LinkedHashMap<>();
        for (Located c : PlaceCandidates.candidates(doc, lexicon, sentences.get(si))) {
            boolean inClause = c.mention().start() >= clause.start() && c.mention().end() <= clause.end();
            String source = EventAnnotator.within(setAside, c.mention().start(), c.mention().end()) ? "set-aside" : inClause ? "clause" : "sentence";
            Reached r = add(out, c.place().name(), source);
            if (r.nearest == null || distance(c, event) < distance(r.nearest, event)) r.nearest = c;
        }
        PlaceAnaphors.antecedent(doc, lexicon, tokens, words).forEach(p -> add(out, p, "anaphor"));
        seats.forEach(p -> add(out, p, "seat"));
        for (int k = si - 1; k >= Math.max(0, si - EventPlaces.CONTEXT_SENTENCES); k--) {
            TextSpan s = sentences.get(k);
            if (doc.isBoilerplate(s.start(), s.end())) continue;
            for (Located c : PlaceCandidates.candidates(doc, lexicon, s)) {
                if (c.destinationOnly()) continue;
                Reached r = add(out, c.place().name(), "carried");
                if (r.sentencesBack == 0) r.sentencesBack = si - k;
            }
        }
        ReportPlace.of(doc, setAside).forEach(p -> add(out, p, "report"));
        List<EventCandidate.PlaceOption> options = new ArrayList<>();
        out.forEach((place, r) -> options.add(new EventCandidate.PlaceOption(place, List.copyOf(r.sources), features(doc, place, r, out.keySet(), event))));
        return options;
    }

    private static Reached add(Map<String, Reached> out, String place, String source) {
        Reached r = out.computeIfAbsent(place, p -> new Reached());
        if (!r.sources.contains(source)) r.sources.add(source);
        return r;
    }

    private static int distance(Located c, Event event) {
        return Math.abs(c.mention().start() - event.triggerAt());
    }

    /**
     * A chooser's cues for one option: its roads, whether the rules chose it, its kind of place, how it is named near
     * the trigger (the word before it, a locative or destination word, words between, before or after), how far back
     * it was carried, how often the report names it, whether another option lies in it or it in another, the event's
     * kind, language and clause cues. Words enter only as the document's lemmas.
     */
    private static List<String> features(Document doc, String place, Reached r, Iterable<String> all, Event event) {
        List<String> f = new ArrayList<>();
        PlaceKind kind = kindOf(doc, place);
        String k = event.kind().name();
        f.add("bias");
        f.add("chosen=" + place.equals(event.rulesPlace()));
        f.add("place-kind=" + kind);
        f.add("kind+place-kind=" + k + "|" + kind);
        f.add("lang=" + doc.language());
        f.add("first=" + r.sources.get(0));
        f.add("roads=" + String.join("+", r.sources));
        for (String s : r.sources) {
            f.add("road=" + s);
            f.add("kind+road=" + k + "|" + s);
            f.add("place-kind+road=" + kind + "|" + s);
            f.add("chosen+road=" + place.equals(event.rulesPlace()) + "|" + s);
        }
        for (String cue : event.cues()) f.add("cue+first=" + cue + "|" + r.sources.get(0));
        if (r.sentencesBack > 0) f.add("back=" + r.sentencesBack);
        if (r.nearest != null) {
            Mention m = r.nearest.mention();
            f.add(r.nearest.locative() ? "locative" : "no-locative");
            if (r.nearest.destination()) f.add("destination");
            f.add(m.start() < event.triggerAt() ? "before-trigger" : "after-trigger");
            int between = doc.tokensIn(Math.min(m.start(), event.triggerAt()), Math.max(m.start(), event.triggerAt())).size();
            f.add("words-between=" + CandidateFeatures.bucket(between));
            List<Token> before = doc.tokensIn(Math.max(0, m.start() - 40), m.start());
            if (!before.isEmpty()) {
                String prev = lemma(doc, before.get(before.size() - 1));
                f.add("prev=" + prev);
                f.add("kind+prev=" + k + "|" + prev);
            }
        }
        f.add("mentions=" + CandidateFeatures.bucket(mentions(doc, place)));
        for (String other : all) {
            if (other.equals(place)) continue;
            if (kind == PlaceKind.REGION && EventPlaces.settlementIn(other, place)) f.add("holds-another");
            if (kind == PlaceKind.SETTLEMENT && EventPlaces.settlementIn(place, other)) f.add("inside-another");
        }
        return f;
    }

    private static String lemma(Document doc, Token t) {
        String[] l = doc.lemmasOf(t);
        return l == null || l.length == 0 ? EventLexicon.fold(t.text()) : l[0];
    }

    private static PlaceKind kindOf(Document doc, String place) {
        Place p = EventPlaces.named(doc, place);
        return p == null ? PlaceKind.OTHER : p.kind();
    }

    private static int mentions(Document doc, String place) {
        Place p = EventPlaces.named(doc, place);
        return p == null ? 0 : p.mentions().size();
    }

    /**
     * Gives the candidate the place a trained chooser finds likeliest among its options, when there is a chooser and
     * the rules' choice is among them (a vote's region the rules derive is not). A place named in the clause or the
     * sentence, or by a word or an organisation there, is the event's own; any other is carried.
     */
    static void choose(EventGate chooser, EventCandidate c, Document doc) {
        if (chooser == null) return;
        List<EventCandidate.PlaceOption> options = c.placeOptions();
        if (options.stream().noneMatch(o -> o.place().equals(c.found.place))) return;
        EventCandidate.PlaceOption best = likeliest(chooser, options);
        if (best.place().equals(c.found.place)) return;
        c.found.place = best.place();
        c.found.placeCarried = best.sources().stream().noneMatch(OWN::contains);
        c.found.country = EventPlaces.country(doc, best.place());
    }

    /** The roads by which a place is the event's own rather than carried. */
    private static final List<String> OWN = List.of("clause", "sentence", "anaphor", "seat");

    /** The option a trained chooser ({@link EventGate#probability}) finds likeliest to be the event's place; null for none. */
    static EventCandidate.PlaceOption likeliest(EventGate chooser, List<EventCandidate.PlaceOption> options) {
        EventCandidate.PlaceOption best = null;
        double bestP = -1;
        for (EventCandidate.PlaceOption o : options) {
            double p = chooser.probability(o.features());
            if (p > bestP) {
                best = o;
                bestP = p;
            }
        }
        return best;
    }
}
