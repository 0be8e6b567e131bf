package org.totmon.pipeline.event;

import org.totmon.model.Modality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.totmon.linker.Concepts;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.EventTypes;
import org.totmon.model.Mention;
import org.totmon.model.TextSpan;
import org.totmon.model.TimeMention;
import org.totmon.model.Token;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Attribution;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;
import org.totmon.pipeline.ModalCue;
import org.totmon.pipeline.References;
import org.totmon.pipeline.event.EventLexicon.Cue;
import org.totmon.pipeline.event.EventMerge.Found;
import org.totmon.pipeline.event.PlaceCandidates.Located;
import org.totmon.pipeline.event.TriggerHits.Hit;
import org.totmon.pipeline.modality.ModalCues;
import org.totmon.pipeline.rules.Tokens;

/**
 * Events in English, Ukrainian and Russian reports, by trigger phrases per kind and language ({@link EventLexicon}),
 * clause by clause (a sentence, or its parts between semicolons or before ", and", ", but", ", а"); every trigger
 * occurrence is a candidate.
 * <ul>
 * <li>Precision first: the headline (read through the body: it stands only for a happening of a kind the body does not tell), a question, boilerplate, a negated trigger, a standing
 * state ("temporarily occupied", "the annexed regions"), a possibility ("may be deported"), a reference to an earlier
 * happening without a place or time of its own ("after the counteroffensive") or a trigger inside a name gives no event; a
 * weak trigger (a noun such as "elections") needs a place, a time or a named actor in its clause, not counting the
 * source of a statement, and counts only where no strong trigger is ("condemned the elections" is a condemnation).
 * An event with neither a place named in its sentence, a date nor an actor is dropped.</li>
 * <li>Sense by argument: a verb of seizing is a detention when it takes a person, no event when it takes goods, else
 * combat; taking one person away is a detention, not a deportation. A decree about passports or elections is of that
 * kind, not governance. Right beside a condemnation, another kind names what is condemned, not a new event.</li>
 * <li>Statements: who says something and when ("Human Rights Watch said on Tuesday", "according to the mayor") is
 * the source, not the actor or date of what is said nor an anchor for it, except for a condemnation, which is the
 * statement.</li>
 * <li>Date: the time mention in the clause nearest the trigger, else in the sentence, never a birth year; else the publication month, since a report tells recent news, unless the clause marks the event as earlier
 * ("previously", "since").</li>
 * <li>Place: in the clause, else the one a word such as "the city", "області" or "the plant" in the clause stands for
 * (the last place of its kind named before), else in the sentence, the best mention by locative word ("in Melitopol"), specificity and
 * nearness to the trigger; a country only after a locative word; a seat of government ("Kyiv", "Moscow") only after
 * one, since bare it stands for the government ("Kyiv called the vote void"); never a mention inside a name, a
 * compound ("Moscow-installed") or a person's surname; a second place joined by "and" gives a second event; else the
 * seat of an organisation named in the clause, else in the sentence ({@link OrganisationSeats}); else the last place
 * named in the two sentences before (a carried place), except for a condemnation; else the report's ({@link ReportPlace}),
 * except for a decree of no regional office.</li>
 * <li>Actors: the entities named in the clause.</li>
 * <li>One event per distinct happening: mentions of one kind are merged into the first when they are not in two
 * clauses of one sentence, their places agree (equal, unknown or carried), their dates are compatible (or both
 * unknown) and their actors do not differ. A decree told vaguely (no actor, no place of its own) and elsewhere by its
 * topic (passports, elections) at a compatible date is the topic's event only.</li>
 * </ul>
 * Each trigger occurrence is first a {@link EventCandidate} naming the conditions above that drop it; an
 * {@link EventGate} decides which candidates are events (by default the conditions alone), before merging.
 * Denied events are kept with modality {@link Modality#DENIED}. Runs after sentences, tokens, places, times and
 * entities. Thread-safe: it holds only immutable lexicons and a gate and chooser that are only read. The steps live beside it:
 * {@link TriggerHits} (triggers in a clause), {@link ClauseSpans} (sources and causes), {@link PlaceCandidates} and
 * {@link EventPlaces} (where), {@link EventDates} (when), {@link EventActors} (by whom), {@link CandidateFeatures} (what
 * a gate weighs), {@link PlaceOptions} (the places a trained chooser picks among, when one is given), {@link EventMerge}
 * (one event per happening).
 */
public final class EventAnnotator implements Annotator {
    /** At most this many tokens in a section heading. */
    private static final int HEADING_TOKENS = 8;

    private final Map<String, EventLexicon> lexicons;
    private final AcledMapping acled;
    private final EventGate gate;
    /** A trained chooser of an event's place among {@link PlaceOptions}, or null for the rules' choice. */
    private final EventGate chooser;

    /** The bundled lexicons of en, uk and ru and the bundled ACLED mapping; the hand-written conditions decide. */
    public EventAnnotator() {
        this(EventGate.RULES);
    }

    /** The bundled lexicons and ACLED mapping, with a gate that decides which candidates are events. */
    public EventAnnotator(EventGate gate) {
        this(gate, null);
    }

    public EventAnnotator(Map<String, EventLexicon> lexicons, AcledMapping acled) {
        this(lexicons, acled, EventGate.RULES);
    }

    public EventAnnotator(Map<String, EventLexicon> lexicons, AcledMapping acled, EventGate gate) {
        this(lexicons, acled, gate, null);
    }

    /** The bundled lexicons and mapping, a gate, and a trained chooser of the place ({@code train-events} over place options). */
    public EventAnnotator(EventGate gate, EventGate chooser) {
        this(Map.of("en", EventLexicon.bundled("en"), "uk", EventLexicon.bundled("uk"), "ru", EventLexicon.bundled("ru")),
                AcledMapping.bundled(), gate, chooser);
    }

    private EventAnnotator(Map<String, EventLexicon> lexicons, AcledMapping acled, EventGate gate, EventGate chooser) {
        this.lexicons = Map.copyOf(lexicons);
        this.acled = acled;
        this.gate = gate;
        this.chooser = chooser;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BOILERPLATE, Layer.HEADLINE, Layer.LANGUAGE, Layer.TOKENS, Layer.LEMMAS, Layer.CLAUSES, Layer.MODALITY, Layer.PLACES,
                Layer.PLACE_MATCHES, Layer.TIMES, Layer.ENTITIES, Layer.ATTRIBUTION);
    }

    @Override
    public Layer produces() {
        return Layer.EVENTS;
    }

    @Override
    public void annotate(Document doc) {
        for (DetectedEvent d : detect(doc)) doc.events().add(d.event());
    }

    /** Every event in the report, denied ones included, in text order. */
    public List<DetectedEvent> detect(Document doc) {
        List<Found> found = new ArrayList<>();
        List<Found> inHeadline = new ArrayList<>();
        for (EventCandidate c : candidates(doc)) if (gate.keep(c)) (c.headline() ? inHeadline : found).add(c.found);
        BiPredicate<String, String> nearWater = (water, place) -> EventPlaces.nearWater(doc, water, place);
        List<Found> merged = EventMerge.merge(found, nearWater);
        // The headline is read through the body: it stands for a happening only where the body tells none of its kind.
        merged.addAll(0, EventMerge.merge(inHeadline.stream().filter(h -> merged.stream().noneMatch(b -> EventMerge.sameKind(b, h))).toList(), nearWater));
        merged.removeIf(g -> EventMerge.toldByTopic(g, merged));
        List<Found> regional = List.copyOf(merged);
        merged.removeIf(g -> EventMerge.partOfRegionalVote(g, regional) || EventMerge.toldRegionByRegion(g, regional, doc.places()));
        List<DetectedEvent> out = new ArrayList<>();
        for (Found f : merged) {
            String text = doc.text().substring(f.start, f.end);
            AcledMapping.Category category = acled.categorize(f.kind, text);
            Event event = new Event(f.kind.name(), text, f.date, f.place, List.copyOf(f.actors), f.modality,
                    category.eventType(), category.subEventType(), f.start, f.end,
                    EventPlaces.placeId(doc, f.place), References.entityIds(doc.entities(), f.actors), f.several,
                    EventTypes.bySense(f.kind.name()) ? f.sense : null);
            out.add(new DetectedEvent(event, f.kind, f.modality, category));
        }
        return out;
    }

    /**
     * Every trigger occurrence of the report outside boilerplate as a candidate event, in text order, with the
     * hand-written conditions that drop it and the features a trained gate weighs; before one happening's mentions are
     * merged. With a {@link EventGate.Mode#PROPOSE} gate, also the events it proposes in clauses the rules leave without one.
     */
    public List<EventCandidate> candidates(Document doc) {
        return candidates(doc, null);
    }

    /** Every clause outside boilerplate, whether the rules find an event in it, and the cues a proposer weighs: what it is trained on. */
    public List<ClauseProposals.Clause> clauses(Document doc) {
        List<ClauseProposals.Clause> out = new ArrayList<>();
        candidates(doc, out::add);
        return out;
    }

    private List<EventCandidate> candidates(Document doc, Consumer<ClauseProposals.Clause> seen) {
        EventLexicon lexicon = lexicons.get(doc.language());
        if (lexicon == null) return List.of();
        List<EventCandidate> out = new ArrayList<>();
        List<TextSpan> sentences = doc.sentences();
        int headlineEnd = doc.headline().isEmpty() ? 0 : doc.headline().get(0).end();
        List<TextSpan> allClauses = doc.clauses();
        int firstClause = 0;
        for (int si = 0; si < sentences.size(); si++) {
            TextSpan sentence = sentences.get(si);
            while (firstClause < allClauses.size() && allClauses.get(firstClause).start() < sentence.start()) firstClause++;
            if (doc.isBoilerplate(sentence.start(), sentence.end())) continue;
            List<String> drops = new ArrayList<>();
            if (isQuestion(doc, sentence)) drops.add("question");
            if (heading(doc, sentence)) drops.add("heading");
            List<TextSpan> clauses = clausesIn(allClauses, firstClause, sentence);
            for (int ci = 0; ci < clauses.size(); ci++) {
                out.addAll(inClause(doc, lexicon, sentences, si, clauses.get(ci), ci, sentence.end() <= headlineEnd, drops, seen, null));
            }
        }
        return out;
    }

    /**
     * A section heading in a long report ("7.2. Cases of forced transfer", "Consequences of the destruction of the
     * dam"): a short line of its own without closing punctuation or a date. Like a headline, it names a topic the
     * section tells, not a happening.
     */
    private static boolean heading(Document doc, TextSpan sentence) {
        String text = doc.text();
        String s = text.substring(sentence.start(), sentence.end()).strip();
        int lineStart = text.lastIndexOf('\n', Math.max(0, sentence.start() - 1)) + 1;
        int lineEnd = text.indexOf('\n', sentence.end());
        // A numbered heading may be split after its number ("7.2.").
        boolean ownLine = text.substring(Math.min(lineStart, sentence.start()), sentence.start()).matches("[\\d.\\s]*")
                && text.substring(sentence.end(), lineEnd < 0 ? text.length() : lineEnd).isBlank();
        if (!ownLine || s.isEmpty() || ".!?:;…\"»”".indexOf(s.charAt(s.length() - 1)) >= 0) return false;
        if (doc.tokensIn(sentence.start(), sentence.end()).size() > HEADING_TOKENS) return false;
        return doc.times().stream().noneMatch(t -> sentence.overlaps(t.start(), t.end()));
    }

    /** The clauses of a sentence, the first of which is at {@code from} (the clause layer lists them in text order). */
    private static List<TextSpan> clausesIn(List<TextSpan> clauses, int from, TextSpan sentence) {
        int to = from;
        while (to < clauses.size() && clauses.get(to).end() <= sentence.end()) to++;
        return clauses.subList(from, to);
    }

    private static boolean isQuestion(Document doc, TextSpan sentence) {
        return doc.text().substring(sentence.start(), sentence.end()).stripTrailing().endsWith("?");
    }

    /**
     * The candidates of a clause: of its trigger occurrences, or of {@code proposed} ones; {@code seen}, when given, is
     * told of the clause and its cues.
     */
    private List<EventCandidate> inClause(Document doc, EventLexicon lexicon, List<TextSpan> sentences, int si, TextSpan clause, int ci,
                                          boolean headline, List<String> sentenceDrops, Consumer<ClauseProposals.Clause> seen, List<Hit> proposed) {
        List<Token> tokens = doc.tokensIn(clause.start(), clause.end());
        Tokens words = Tokens.of(doc, tokens);
        ModalCues modal = ModalCues.in(doc, tokens);
        List<Hit> hits = proposed != null ? proposed : TriggerHits.hits(doc, lexicon, modal, clause, tokens, words);
        boolean proposing = proposed == null && (seen != null || gate.mode() == EventGate.Mode.PROPOSE);
        if (hits.isEmpty() && !proposing) return List.of();
        TextSpan sentence = sentences.get(si);
        List<TextSpan> sources = ClauseSpans.sources(doc, lexicon, clause, tokens, words);
        List<TextSpan> causes = ClauseSpans.causes(lexicon, tokens, words, hits);
        List<Located> inClause = PlaceCandidates.candidates(doc, lexicon, clause);
        List<Located> anchors = inClause.stream().filter(c -> !c.destinationOnly()).toList();
        // A strong trigger told as the cause or background ("flooded because of the dam's destruction") leaves the weak ones.
        boolean anyStrong = hits.stream().anyMatch(h -> h.trigger().strong() && !TriggerHits.background(lexicon, words, h.from()));
        Modality modality = TriggerHits.modality(modal);
        boolean remote = TriggerHits.has(lexicon, Cue.REMOTE, words);
        boolean habitual = TriggerHits.has(lexicon, Cue.HABITUAL, words);
        boolean decree = TriggerHits.has(lexicon, Cue.DECREE, words);
        boolean result = TriggerHits.has(lexicon, Cue.RESULT, words);
        // "в каждом регионе за вхождение в Россию проголосовали": told of every region, so of none alone.
        boolean everyPlace = Concepts.BUNDLED.everyPlace(doc.text().substring(clause.start(), clause.end()));
        TextSpan evidence = trimmed(doc, clause);
        List<String> cues = new ArrayList<>();
        if (remote) cues.add("remote");
        if (habitual) cues.add("habitual");
        if (decree) cues.add("decree");
        if (result) cues.add("result");
        if (everyPlace) cues.add("every-place");
        CandidateFeatures.Clause told = new CandidateFeatures.Clause(doc.language(), words, hits, modal, sources, si, ci, headline, cues);
        List<EventCandidate> out = new ArrayList<>();
        for (Hit hit : hits) {
            EventKind kind = hit.trigger().kind();
            // The hand-written conditions, named: the rules drop a candidate that meets any of them.
            List<String> drops = new ArrayList<>(sentenceDrops);
            // "denied shelling the convoy, calling the accusation a provocation": a denial, not a condemnation.
            if (kind == EventKind.CONDEMNATION && modality == Modality.DENIED) drops.add("denied-condemnation");
            // A condemnation is the statement itself: its source is its actor, its date the statement's.
            List<TextSpan> aside = kind == EventKind.CONDEMNATION ? List.of() : sources;
            if (!hit.trigger().strong() && anyStrong) drops.add("weak-beside-strong");
            if (!hit.trigger().strong() && !hasAnchor(doc, clause, anchors, aside)) drops.add("weak-unanchored");
            int at = tokens.get(hit.from()).start();
            int after = hit.to() < tokens.size() ? tokens.get(hit.to()).start() : clause.end();
            if (TriggerHits.background(lexicon, words, hit.from()) && !anchorRightAfter(doc, inClause, after)) drops.add("background");
            if (kind != EventKind.CONDEMNATION && modal.before(ModalCue.Kind.FRAME, hit.from())) drops.add("frame");
            // What a condemnation names ("called the strike on Zaporizhzhia a terrorist act") happened where it did; the statement did not.
            List<TextSpan> condemned = new ArrayList<>(kind == EventKind.CONDEMNATION ? List.of(new TextSpan(at, after)) : List.of());
            // "flooded due to the destruction of the Kakhovka dam": the dam is where the cause happened, not the flood.
            for (TextSpan c : causes) if (at < c.start() || at >= c.end()) condemned.add(c);
            Located subject = doc.language().equals("en") && TriggerHits.passive(words, hit.from()) ? EventPlaces.subject(anchors, at) : null;
            boolean toDestination = hit.trigger().sense() != null && EventWords.TO_DESTINATION.contains(hit.trigger().sense());
            List<String> places = subject != null ? List.of(subject.place().name())
                    : kind == EventKind.DEPORTATION && EventPlaces.fromInstitution(lexicon, tokens, words, inClause)
                    ? EventPlaces.contextPlace(doc, lexicon, sentences, si)
                    : List.of();
            if (places.isEmpty()) {
                places = EventPlaces.places(doc, lexicon, kind, toDestination, outside(EventPlaces.mainClause(lexicon, tokens, words, inClause, hit), condemned), at, after);
            }
            if (places.isEmpty() && kind != EventKind.CONDEMNATION) places = PlaceAnaphors.antecedent(doc, lexicon, tokens, words);
            Set<String> actors = EventActors.of(doc, clause, aside, kind != EventKind.CONDEMNATION);
            if (everyPlace) places = EventPlaces.SEVERAL_REGIONS;
            boolean ownPlace = !places.isEmpty();
            if (places.isEmpty()) {
                places = EventPlaces.places(doc, lexicon, kind, toDestination, outside(PlaceCandidates.candidates(doc, lexicon, sentence), condemned), at, after);
            }
            // Before a place carried from earlier sentences: the seat of an organisation of the clause's actors, else of
            // the sentence's (a list can cut the clause from its subject: "the head of the Kherson administration's
            // department of youth, and sport, X, was killed").
            if (places.isEmpty() && kind != EventKind.CONDEMNATION) places = OrganisationSeats.of(doc, clause, actors, aside);
            if (places.isEmpty() && kind != EventKind.CONDEMNATION) places = OrganisationSeats.of(doc, sentence, EventActors.of(doc, sentence, aside, true), aside);
            boolean carried = places.isEmpty();
            if (carried && kind != EventKind.CONDEMNATION) places = EventPlaces.contextPlace(doc, lexicon, sentences, si);
            // A decree of no regional office ("Putin signed a decree") reaches the whole state: not the report's place.
            boolean stateWide = decree && !TriggerHits.has(lexicon, Cue.REGIONAL_OFFICE, words);
            if (places.isEmpty() && carried && kind != EventKind.CONDEMNATION && !stateWide) places = ReportPlace.of(doc, condemned);
            if (kind == EventKind.ELECTION && result && !carried && places != EventPlaces.SEVERAL_REGIONS) {
                places = EventPlaces.withResultPlaces(doc, lexicon, sentence, places);
            }
            if (kind == EventKind.ELECTION && result && places != EventPlaces.SEVERAL_REGIONS) {
                places = places.stream().map(EventPlaces::votingRegion).distinct().toList();
            }
            String date = EventDates.date(doc, lexicon, clause, at, aside);
            boolean ownDate = date != null;
            if (date == null) date = EventDates.date(doc, lexicon, sentence, at, aside);
            // "abducted the mayor, an adviser said on Friday evening": news followed by its source is as old as the
            // statement; not so what a statement goes on to report ("HRW said on Tuesday that residents had been
            // detained"), nor a movement that goes on ("has deported 20,000 children, the ombudsman said on Monday").
            if (date == null && !remote && !aside.isEmpty() && !EventTypes.ongoing(kind.name())) {
                date = EventDates.date(doc, lexicon, sentence, at, aside.stream().filter(a -> a.start() < at).toList());
            }
            if (date == null && !remote) date = EventDates.publicationMonth(doc.published());
            if (habitual && !ownDate && !ownPlace) drops.add("habitual");
            if ((places.isEmpty() || carried) && date == null && actors.isEmpty()) drops.add("unanchored");
            boolean anchored = ownPlace || ownDate || !actors.isEmpty();
            for (String place : places.isEmpty() ? Collections.<String>singletonList(null) : places) {
                Found f = new Found(kind, evidence.start(), evidence.end(), place, carried, date, new LinkedHashSet<>(actors), modality, si, ci, anchored);
                f.decree = decree;
                f.result = result;
                f.sense = hit.trigger().sense();
                f.several = places == EventPlaces.SEVERAL_REGIONS;
                f.country = EventPlaces.country(doc, place);
                // Worked out only when a trained gate or chooser asks: the rules alone need none of it.
                EventCandidate c = new EventCandidate(f, headline, drops, () -> CandidateFeatures.of(told, hit, at, drops, ownPlace, ownDate, f),
                        () -> PlaceOptions.of(doc, lexicon, sentences, si, clause, tokens, words, EventActors.seats(doc, clause, sentence, actors, aside), condemned,
                                new PlaceOptions.Event(kind, at, cues, place)));
                if (places.size() == 1 && place != null) PlaceOptions.choose(chooser, c, doc);
                out.add(c);
            }
        }
        boolean evented = out.stream().anyMatch(EventCandidate::rulesKeep);
        if (!proposing || evented && seen == null) return out;
        // A clause the rules leave without an event: a trained proposer may tell the kind of one no trigger names.
        List<String> features = ClauseProposals.features(doc, told, clause);
        if (seen != null) seen.accept(new ClauseProposals.Clause(clause.start(), clause.end(), evented, features));
        List<Hit> proposal = evented ? List.of() : ClauseProposals.proposed(gate, features, words);
        if (!proposal.isEmpty()) out.addAll(inClause(doc, lexicon, sentences, si, clause, ci, headline, sentenceDrops, null, proposal));
        return out;
    }

    /**
     * A place or a time named within a few words after an offset: a reference to an earlier happening that says where
     * or when ("after the liberation of Kupiansk", "following the attack on the night of October 16-17").
     */
    private static boolean anchorRightAfter(Document doc, List<Located> candidates, int offset) {
        for (Located c : candidates) if (c.mention().start() >= offset && doc.tokensIn(offset, c.mention().start()).size() <= 4) return true;
        for (TimeMention t : doc.times()) {
            if (t.start() < offset) continue;
            int between = doc.tokensIn(offset, t.start()).size();
            // A day of its own a little further on ("used its veto in a Security Council meeting on September 30") dates a
            // happening, where a month or year may only be the background's time.
            if (between <= 4 || between <= 8 && t.value() != null && t.value().length() == 10) return true;
        }
        return false;
    }

    static boolean within(List<TextSpan> spans, int start, int end) {
        for (TextSpan s : spans) if (s.start() <= start && s.end() >= end) return true;
        return false;
    }

    private static List<Located> outside(List<Located> candidates, List<TextSpan> spans) {
        return candidates.stream().filter(c -> !within(spans, c.mention().start(), c.mention().end())).toList();
    }

    /** A place, a time or a named actor in the clause, outside the source of a statement. */
    private static boolean hasAnchor(Document doc, TextSpan clause, List<Located> places, List<TextSpan> aside) {
        for (TimeMention t : doc.times()) if (clause.overlaps(t.start(), t.end()) && !within(aside, t.start(), t.end())) return true;
        if (!outside(places, aside).isEmpty()) return true;
        for (Entity e : doc.entities()) {
            for (Mention m : e.mentions()) if (clause.overlaps(m.start(), m.end()) && !within(aside, m.start(), m.end())) return true;
        }
        return false;
    }

    /** The clause without surrounding spaces, bullets and dashes. */
    private static TextSpan trimmed(Document doc, TextSpan clause) {
        String text = doc.text();
        int s = clause.start(), e = clause.end();
        while (s < e && (Character.isWhitespace(text.charAt(s)) || "•-–—*".indexOf(text.charAt(s)) >= 0)) s++;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) e--;
        return new TextSpan(s, Math.max(s, e));
    }
}
