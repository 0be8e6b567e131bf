package org.totmon.pipeline.event;

import org.totmon.model.Modality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.PublicationDate;
import org.totmon.model.TextSpan;
import org.totmon.model.TimeMention;
import org.totmon.model.Token;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Attribution;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;
import org.totmon.pipeline.References;
import org.totmon.pipeline.event.EventLexicon.Cue;
import org.totmon.pipeline.event.EventLexicon.Trigger;
import org.totmon.pipeline.place.Gazetteer;
import org.totmon.pipeline.rules.TokenPattern;
import org.totmon.pipeline.rules.Tokens;

/**
 * Events in English, Ukrainian and Russian reports, by trigger phrases per kind and language ({@link EventLexicon}),
 * clause by clause (a sentence, or its parts between semicolons or before ", and", ", but", ", а"); every trigger
 * occurrence is a candidate.
 * <ul>
 * <li>Precision first: the headline (read through the body), a question, boilerplate, a negated trigger, a standing
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
 * last place named in the two sentences before (a carried place), except for a condemnation.</li>
 * <li>Actors: the entities named in the clause.</li>
 * <li>One event per distinct happening: mentions of one kind are merged into the first when they are not in two
 * clauses of one sentence, their places agree (equal, unknown or carried), their dates are compatible (or both
 * unknown) and their actors do not differ. A decree told vaguely (no actor, no place of its own) and elsewhere by its
 * topic (passports, elections) at a compatible date is the topic's event only.</li>
 * </ul>
 * Denied events are kept with modality {@link Modality#DENIED}. Runs after sentences, tokens, places, times and
 * entities. Thread-safe: it holds only immutable lexicons.
 */
public final class EventAnnotator implements Annotator {
    private static final int CONTEXT_SENTENCES = 2;
    /** At most this many tokens in a section heading. */
    private static final int HEADING_TOKENS = 8;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "і", "й", "та", "и");
    /** Seats of government: named bare they stand for the government ("Kyiv said", "Moscow-installed"). */
    private static final Set<String> SEATS = Set.of("Kyiv", "Moscow", "Kremlin", "Moscow Kremlin", "Washington", "Minsk", "Brussels");
    /** Auxiliaries that make an English participle passive ("was seized"). */
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are", "be", "got", "get");
    private static final int ARGUMENT_WINDOW = 6;
    /** Words an origin word may stand before its place ("from the occupied part of ..."). */
    private static final int ORIGIN_REACH = 4;
    /** Words between a trigger and a place that is its object ("recaptured the village of Neskuchne"). */
    private static final int OBJECT_REACH = 3;
    /** At most so many words (a comma, "in the") between a place and the region that locates it. */
    private static final int LOCATING_GAP = 3;
    /** Kinds that, in a relative clause after a detention or an attack, tell what its victim did or does. */
    private static final Set<EventKind> DESCRIBES_VICTIM = Set.of(EventKind.RESISTANCE, EventKind.PASSPORTIZATION, EventKind.ELECTION,
            EventKind.GOVERNANCE, EventKind.INFORMATION_OP);
    /** A trigger this close (in words) to a condemnation names what is condemned ("called the detentions an act of terrorism"). */
    private static final int CONDEMNED_OBJECT_GAP = 4;
    /** Words in the (English) canonical name of a place that a word such as "the plant" or "станція" can stand for. */
    private static final Set<String> PLANT_NAMES = Set.of("plant", "station");

    private final Map<String, EventLexicon> lexicons;
    private final AcledMapping acled;

    /** The bundled lexicons of en, uk and ru and the bundled ACLED mapping. */
    public EventAnnotator() {
        this(Map.of("en", EventLexicon.bundled("en"), "uk", EventLexicon.bundled("uk"), "ru", EventLexicon.bundled("ru")),
                AcledMapping.bundled());
    }

    public EventAnnotator(Map<String, EventLexicon> lexicons, AcledMapping acled) {
        this.lexicons = Map.copyOf(lexicons);
        this.acled = acled;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BOILERPLATE, Layer.HEADLINE, Layer.LANGUAGE, Layer.TOKENS, Layer.LEMMAS, Layer.CLAUSES, Layer.PLACES,
                Layer.TIMES, Layer.ENTITIES, Layer.ATTRIBUTION);
    }

    @Override
    public Layer produces() {
        return Layer.EVENTS;
    }

    @Override
    public void annotate(Document doc) {
        for (DetectedEvent d : detect(doc)) doc.events().add(d.event());
    }

    /** A trigger found in a clause. */
    private record Hit(Trigger trigger, int from, int to) {}

    /** An event before merging. */
    private static final class Found {
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

    /** Every event in the report, denied ones included, in text order. */
    public List<DetectedEvent> detect(Document doc) {
        EventLexicon lexicon = lexicons.get(doc.language());
        if (lexicon == null) return List.of();
        List<Found> found = new ArrayList<>();
        List<TextSpan> sentences = doc.sentences();
        int headlineEnd = doc.headline().isEmpty() ? 0 : doc.headline().get(0).end();
        List<TextSpan> allClauses = doc.clauses();
        int firstClause = 0;
        for (int si = 0; si < sentences.size(); si++) {
            TextSpan sentence = sentences.get(si);
            while (firstClause < allClauses.size() && allClauses.get(firstClause).start() < sentence.start()) firstClause++;
            if (doc.isBoilerplate(sentence.start(), sentence.end()) || isQuestion(doc, sentence) || sentence.end() <= headlineEnd
                    || heading(doc, sentence)) continue;
            List<TextSpan> clauses = clausesIn(allClauses, firstClause, sentence);
            for (int ci = 0; ci < clauses.size(); ci++) found.addAll(inClause(doc, lexicon, sentences, si, clauses.get(ci), ci));
        }
        List<Found> merged = merge(found);
        merged.removeIf(g -> toldByTopic(g, merged));
        List<DetectedEvent> out = new ArrayList<>();
        for (Found f : merged) {
            String text = doc.text().substring(f.start, f.end);
            AcledMapping.Category category = acled.categorize(f.kind, text);
            Event event = new Event(f.kind.name(), text, f.date, f.place, List.copyOf(f.actors), f.modality,
                    category.eventType(), category.subEventType(), f.start, f.end,
                    placeId(doc, f.place), References.entityIds(doc.entities(), f.actors));
            out.add(new DetectedEvent(event, f.kind, f.modality, category));
        }
        return out;
    }

    /**
     * An election or referendum told of a city that names its region ("87 percent of those in Kherson") is the
     * region's: the occupation holds its votes by region, and the city stands for it. A capital stands for its
     * government ("В Киеве выборы назвали фикцией").
     */
    private static String votingRegion(String place) {
        if (place == null || SEATS.contains(place)) return place;
        Gazetteer gazetteer = Gazetteer.standard();
        for (Gazetteer.Entry e : gazetteer.lookup(place)) {
            if (e.kind() == PlaceKind.SETTLEMENT && e.name().equals(place) && e.namesake() != null) return gazetteer.byId(e.namesake()).name();
        }
        return place;
    }

    /** The GeoNames id of the event's place: the report's place of that name, else the region an election stands for. */
    private static Long placeId(Document doc, String place) {
        Long id = References.geonamesId(doc.places(), place);
        if (id != null || place == null) return id;
        return Gazetteer.standard().lookup(place).stream().filter(e -> e.name().equals(place)).map(Gazetteer.Entry::geonamesId)
                .filter(Objects::nonNull).findFirst().orElse(null);
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


    private List<Found> inClause(Document doc, EventLexicon lexicon, List<TextSpan> sentences, int si, TextSpan clause, int ci) {
        List<Token> tokens = doc.tokensIn(clause.start(), clause.end());
        Tokens words = Tokens.of(doc, tokens);
        List<Hit> hits = hits(doc, lexicon, clause, tokens, words);
        if (hits.isEmpty()) return List.of();
        TextSpan sentence = sentences.get(si);
        List<TextSpan> sources = sources(doc, lexicon, clause, tokens, words);
        List<Located> inClause = candidates(doc, lexicon, clause);
        List<Located> anchors = inClause.stream().filter(c -> !c.destinationOnly()).toList();
        boolean anyStrong = hits.stream().anyMatch(h -> h.trigger().strong());
        Modality modality = modality(lexicon, words);
        boolean remote = has(lexicon, Cue.REMOTE, words);
        boolean habitual = has(lexicon, Cue.HABITUAL, words);
        boolean decree = has(lexicon, Cue.DECREE, words);
        TextSpan evidence = trimmed(doc, clause);
        List<Found> out = new ArrayList<>();
        for (Hit hit : hits) {
            EventKind kind = hit.trigger().kind();
            // "denied shelling the convoy, calling the accusation a provocation": a denial, not a condemnation.
            if (kind == EventKind.CONDEMNATION && modality == Modality.DENIED) continue;
            // A condemnation is the statement itself: its source is its actor, its date the statement's.
            List<TextSpan> aside = kind == EventKind.CONDEMNATION ? List.of() : sources;
            if (!hit.trigger().strong() && (anyStrong || !hasAnchor(doc, clause, anchors, aside))) continue;
            int at = tokens.get(hit.from()).start();
            int after = hit.to() < tokens.size() ? tokens.get(hit.to()).start() : clause.end();
            if (background(lexicon, words, hit.from()) && !anchorRightAfter(doc, inClause, after)) continue;
            if (kind != EventKind.CONDEMNATION && framed(lexicon, words, hit.from())) continue;
            // What a condemnation names ("called the strike on Zaporizhzhia a terrorist act") happened where it did; the statement did not.
            List<TextSpan> condemned = kind == EventKind.CONDEMNATION ? List.of(new TextSpan(at, after)) : List.of();
            Located subject = doc.language().equals("en") && passive(words, hit.from()) ? subject(anchors, at) : null;
            List<String> places = subject != null ? List.of(subject.place().name())
                    : kind == EventKind.DEPORTATION && fromInstitution(lexicon, tokens, words, inClause) ? contextPlace(doc, lexicon, sentences, si)
                    : List.of();
            if (places.isEmpty()) places = places(doc, lexicon, kind, outside(mainClause(lexicon, tokens, words, inClause, hit), condemned), at, after);
            if (places.isEmpty() && kind != EventKind.CONDEMNATION) places = antecedent(doc, lexicon, tokens, words);
            boolean ownPlace = !places.isEmpty();
            if (places.isEmpty()) places = places(doc, lexicon, kind, outside(candidates(doc, lexicon, sentence), condemned), at, after);
            boolean carried = places.isEmpty();
            if (carried && kind != EventKind.CONDEMNATION) places = contextPlace(doc, lexicon, sentences, si);
            if (kind == EventKind.ELECTION && places != SEVERAL_REGIONS) places = places.stream().map(EventAnnotator::votingRegion).toList();
            String date = date(doc, lexicon, clause, at, aside);
            boolean ownDate = date != null;
            if (date == null) date = date(doc, lexicon, sentence, at, aside);
            if (date == null && !remote) date = publicationMonth(doc.published());
            if (habitual && !ownDate && !ownPlace) continue;
            Set<String> actors = actors(doc, clause, aside, kind != EventKind.CONDEMNATION);
            if ((places.isEmpty() || carried) && date == null && actors.isEmpty()) continue;
            boolean anchored = ownPlace || ownDate || !actors.isEmpty();
            for (String place : places.isEmpty() ? Collections.<String>singletonList(null) : places) {
                Found f = new Found(kind, evidence.start(), evidence.end(), place, carried, date, new LinkedHashSet<>(actors), modality, si, ci, anchored);
                f.decree = decree;
                f.several = places == SEVERAL_REGIONS;
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Every trigger occurrence in the clause that is not negated, not a standing state, not a possibility and not
     * part of a name, with verbs of seizing and of taking away read by their argument; of overlapping occurrences of
     * one kind the strong, then the longer one. A decree on passports or elections is of that kind (the topic), not
     * governance; right beside a condemnation, another kind names what is condemned ("called it a forced deportation").
     */
    private static List<Hit> hits(Document doc, EventLexicon lexicon, TextSpan clause, List<Token> tokens, Tokens words) {
        List<Hit> all = new ArrayList<>();
        List<Hit> cancelled = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Trigger trigger : lexicon.triggersAt(words, i)) {
                int end = trigger.phrase().matchAt(words, i);
                if (end < 0) continue;
                if (admissible(doc, lexicon, clause, tokens, words, i)) all.add(new Hit(sensed(doc, lexicon, tokens, words, trigger, i, end), i, end));
                else cancelled.add(new Hit(trigger, i, end));
            }
        }
        // The noun of a cancelled phrase does not stand alone: "could try to hold another referendum", "did not hold elections".
        all.removeIf(h -> !h.trigger().strong() && cancelled.stream().anyMatch(c -> c.trigger().kind() == h.trigger().kind() && c.from() < h.to() && h.from() < c.to()));
        for (Cue cue : List.of(Cue.CAPTURE, Cue.CAPTURED)) {
            for (TokenPattern p : lexicon.cues(cue)) {
                for (int i = 0; i < words.size(); i++) {
                    int end = p.matchAt(words, i);
                    if (end < 0 || !admissible(doc, lexicon, clause, tokens, words, i) || attributive(lexicon, words, i, end)) continue;
                    EventKind kind = captureKind(doc, lexicon, tokens, words, i, end, cue == Cue.CAPTURED || passive(words, i));
                    if (kind != null) all.add(new Hit(new Trigger(kind, p, true), i, end));
                }
            }
        }
        all.sort(Comparator.comparing((Hit h) -> !h.trigger().strong()).thenComparing(h -> h.from() - h.to()));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            if (kept.stream().noneMatch(k -> k.trigger().kind() == h.trigger().kind() && k.from() < h.to() && h.from() < k.to())) kept.add(h);
        }
        // Of two kinds over one stretch the longer strong phrase tells what happened: "отразили атаки" is combat, not an
        // attack; "появились листовки" resistance, not a leaflet drop. A protest stays a happening of its own whatever
        // is done to it ("dispersed the rally with stun grenades").
        kept.removeAll(kept.stream().filter(h -> h.trigger().kind() != EventKind.RESISTANCE && kept.stream().anyMatch(k -> k.trigger().strong() && k.trigger().kind() != h.trigger().kind()
                && k.from() <= h.from() && h.to() <= k.to() && k.to() - k.from() > h.to() - h.from())).toList());
        // A topic noun names the topic even where the verb before it is negated ("не оформившие российское гражданство").
        List<Hit> topics = new ArrayList<>(kept);
        cancelled.stream().filter(c -> !c.trigger().strong()).forEach(topics::add);
        boolean topic = topics.stream().anyMatch(h -> isTopic(h.trigger().kind()));
        int relative = relativeAfter(lexicon, words, kept.stream().mapToInt(Hit::to).min().orElse(words.size()));
        List<Hit> out = new ArrayList<>();
        for (Hit h : kept) {
            EventKind kind = h.trigger().kind();
            // "detained two teachers who refused ...", "torched the car of an official who ran passportization": the
            // relative clause tells why a person was detained or attacked, or who they are, not a further happening.
            if (h.from() > relative && DESCRIBES_VICTIM.contains(kind)
                    && kept.stream().anyMatch(k -> k.to() <= relative && (k.trigger().kind() == EventKind.DETENTION || k.trigger().kind() == EventKind.ATTACK))) {
                continue;
            }
            if (kind != EventKind.CONDEMNATION && kept.stream().anyMatch(k -> k.trigger().kind() == EventKind.CONDEMNATION
                    && Math.max(k.from() - h.to(), h.from() - k.to()) <= CONDEMNED_OBJECT_GAP)) continue;
            if (topic && kind == EventKind.GOVERNANCE) {
                out.add(new Hit(new Trigger(topicOf(topics), h.trigger().phrase(), h.trigger().strong()), h.from(), h.to()));
            } else if (!(topic && isTopic(kind) && !h.trigger().strong() && kept.stream().anyMatch(k -> k.trigger().kind() == EventKind.GOVERNANCE))) {
                out.add(h);
            }
        }
        out.sort(Comparator.comparingInt(Hit::from));
        return out;
    }

    /**
     * The candidates without those in a relative clause after the trigger that describes a place ("fighting continued
     * in the Donetsk region, where Russian forces have been attacking around Bakhmut" happens in the region; the
     * relative clause tells about it). A relative clause about something else may say where the event is ("a forum
     * of the movement, which is held in Melitopol") and stays.
     */
    private static List<Located> mainClause(EventLexicon lexicon, List<Token> tokens, List<String> words, List<Located> candidates, Hit hit) {
        int opening = relativeOpening(lexicon, words, hit.from());
        if (opening >= 0) candidates = candidates.stream().filter(c -> c.mention().start() > tokens.get(opening).start()).toList();
        int relative = relativeAfter(lexicon, words, hit.to());
        if (relative < 2 || relative >= words.size() || !words.get(relative - 1).equals(",")) return candidates;
        int comma = tokens.get(relative - 1).start();
        if (candidates.stream().noneMatch(c -> c.mention().end() == tokens.get(relative - 2).end())) return candidates;
        return candidates.stream().filter(c -> c.mention().end() <= comma).toList();
    }

    /**
     * The place a passive trigger tells of: the clause's first place when it comes before the trigger without a
     * locative word, its subject ("The Kakhovka Dam, downstream of the plant, was destroyed"; "Overnight, the
     * Antonivskyi Bridge, near Kherson, was blown up"). Null when there is none.
     */
    private static Located subject(List<Located> candidates, int triggerAt) {
        Located first = candidates.stream().min(Comparator.comparingInt((Located c) -> c.mention().start())).orElse(null);
        return first != null && first.mention().end() <= triggerAt && !first.locative() ? first : null;
    }

    /**
     * Where the relative clause that holds the trigger opens (", которых ранее вывезли из Херсонской области в Крым"):
     * the last relative pronoun after a comma before it, with no comma between; -1 when the trigger is in no such
     * clause. The places before it are the main clause's ("в Украину вернули"), not the trigger's.
     */
    private static int relativeOpening(EventLexicon lexicon, List<String> words, int triggerAt) {
        for (int i = triggerAt - 1; i >= 1; i--) {
            if (words.get(i).equals(",")) return -1;
            int at = i;
            if (words.get(i - 1).equals(",") && lexicon.cues(Cue.RELATIVE).stream().anyMatch(p -> p.matchAt(words, at) >= 0)) return i;
        }
        return -1;
    }

    /** Where the first relative pronoun at or after {@code from} is, or the clause's length when there is none. */
    private static int relativeAfter(EventLexicon lexicon, List<String> words, int from) {
        for (int i = from; i < words.size(); i++) {
            for (TokenPattern p : lexicon.cues(Cue.RELATIVE)) if (p.matchAt(words, i) >= 0) return i;
        }
        return words.size();
    }

    private static boolean isTopic(EventKind kind) {
        return kind == EventKind.PASSPORTIZATION || kind == EventKind.ELECTION;
    }

    private static EventKind topicOf(List<Hit> hits) {
        return hits.stream().map(h -> h.trigger().kind()).filter(EventAnnotator::isTopic).findFirst().orElseThrow();
    }

    private static boolean admissible(Document doc, EventLexicon lexicon, TextSpan clause, List<Token> tokens, List<String> words, int i) {
        return !before(lexicon, Cue.NEGATION, words, i) && !before(lexicon, Cue.HYPOTHETICAL, words, i) && !state(lexicon, words, i)
                && !inName(doc, clause, tokens.get(i)) && !attributive(lexicon, words, i, i + 1);
    }

    /** A deportation trigger whose object is one person is an abduction ("вивезли директора"). */
    private static Trigger sensed(Document doc, EventLexicon lexicon, List<Token> tokens, List<String> words, Trigger trigger, int from, int to) {
        if (trigger.kind() != EventKind.DEPORTATION || !trigger.strong()) return trigger;
        Cue arg = argument(doc, lexicon, tokens, words, from, to, false);
        return arg == Cue.PERSON ? new Trigger(EventKind.DETENTION, trigger.phrase(), true) : trigger;
    }

    /** What seizing its argument is: a detention for people, combat for soldiers or places, nothing for goods. */
    private static EventKind captureKind(Document doc, EventLexicon lexicon, List<Token> tokens, List<String> words, int from, int to, boolean passive) {
        Cue arg = argument(doc, lexicon, tokens, words, from, to, passive);
        if (arg == Cue.PERSON || arg == Cue.PEOPLE) return EventKind.DETENTION;
        return arg == Cue.GOODS ? null : EventKind.COMBAT;
    }

    private static boolean passive(List<String> words, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) if (PASSIVE.contains(words.get(k))) return true;
        return false;
    }

    /**
     * The class of a verb's argument: the words after it (before it for a passive) up to a punctuation mark, nearest
     * first; a person's name is a person.
     */
    private static Cue argument(Document doc, EventLexicon lexicon, List<Token> tokens, List<String> words, int from, int to, boolean passive) {
        List<Integer> window = new ArrayList<>();
        if (passive) {
            for (int k = from - 1; k >= Math.max(0, from - ARGUMENT_WINDOW) && !punctuation(words.get(k)); k--) window.add(k);
        } else {
            for (int k = to; k < Math.min(words.size(), to + ARGUMENT_WINDOW) && !punctuation(words.get(k)); k++) window.add(k);
        }
        for (int k : window) {
            if (inPerson(doc, tokens.get(k))) return Cue.PERSON;
            for (Cue c : List.of(Cue.PERSON, Cue.PEOPLE, Cue.MILITARY, Cue.GOODS)) {
                for (TokenPattern p : lexicon.cues(c)) if (p.matchAt(words, k) > k) return c;
            }
        }
        return null;
    }

    private static boolean punctuation(String word) {
        return word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0));
    }

    private static boolean inPerson(Document doc, Token t) {
        for (Entity e : doc.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            for (Mention m : e.mentions()) if (m.start() <= t.start() && m.end() >= t.end()) return true;
        }
        return false;
    }

    /** A one-word participle after a determiner or a number describes its noun: "the annexed regions", "nine captured". */
    private static boolean attributive(EventLexicon lexicon, List<String> words, int from, int to) {
        if (to - from != 1 || from == 0 || !words.get(from).endsWith("ed")) return false;
        String prev = words.get(from - 1);
        return Character.isDigit(prev.charAt(0)) || lexicon.cues(Cue.DETERMINER).stream().anyMatch(p -> p.matchAt(words, from - 1) == from);
    }

    /** Whether a trigger word is part of a name: an entity's ("Center of National Resistance") or a quoted title. */
    private static boolean inName(Document doc, TextSpan clause, Token word) {
        for (Entity e : doc.entities()) {
            for (Mention m : e.mentions()) if (m.start() <= word.start() && m.end() >= word.end()) return true;
        }
        return inQuotedTitle(doc, clause, word.start());
    }

    /** Whether a cue of the kind ends right before the trigger, or one word before it. */
    private static boolean before(EventLexicon lexicon, Cue cue, List<String> words, int triggerAt) {
        for (TokenPattern p : lexicon.cues(cue)) {
            for (int from = Math.max(0, triggerAt - 4); from < triggerAt; from++) {
                int end = p.matchAt(words, from);
                if (end == triggerAt || end == triggerAt - 1) return true;
            }
        }
        return false;
    }

    /** Whether a {@link Cue#FRAME} phrase ends before the trigger in its clause. */
    private static boolean framed(EventLexicon lexicon, List<String> words, int triggerAt) {
        for (TokenPattern p : lexicon.cues(Cue.FRAME)) {
            for (int from = 0; from < triggerAt; from++) {
                int end = p.matchAt(words, from);
                if (end > 0 && end <= triggerAt) return true;
            }
        }
        return false;
    }

    private static boolean background(EventLexicon lexicon, List<String> words, int triggerAt) {
        return before(lexicon, Cue.BACKGROUND, words, triggerAt);
    }

    /**
     * A place or a time named within a few words after an offset: a reference to an earlier happening that says where
     * or when ("after the liberation of Kupiansk", "following the attack on the night of October 16-17").
     */
    private static boolean anchorRightAfter(Document doc, List<Located> candidates, int offset) {
        for (Located c : candidates) if (c.mention().start() >= offset && doc.tokensIn(offset, c.mention().start()).size() <= 4) return true;
        for (TimeMention t : doc.times()) if (t.start() >= offset && doc.tokensIn(offset, t.start()).size() <= 4) return true;
        return false;
    }

    /**
     * The spans that name the source of a statement: from a verb of saying back to the comma before it (or the
     * clause's start), with a time right after the verb ("Human Rights Watch said on Tuesday"); and from a source
     * phrase to the next comma ("according to the General Staff").
     */
    private static List<TextSpan> sources(Document doc, EventLexicon lexicon, TextSpan clause, List<Token> tokens, List<String> words) {
        List<TextSpan> out = new ArrayList<>();
        for (TokenPattern p : lexicon.cues(Cue.SPEECH)) {
            for (int i = 0; i < words.size(); i++) {
                int end = p.matchAt(words, i);
                if (end < 0) continue;
                int from = i;
                while (from > 0 && !words.get(from - 1).equals(",")) from--;
                int stop = tokens.get(end - 1).end();
                for (TimeMention t : doc.times()) {
                    if (t.start() >= stop && t.end() <= clause.end() && doc.tokensIn(stop, t.start()).size() <= 1) stop = t.end();
                }
                out.add(new TextSpan(tokens.get(from).start(), stop));
            }
        }
        for (TokenPattern p : lexicon.cues(Cue.SOURCE)) {
            for (int i = 0; i < words.size(); i++) {
                if (p.matchAt(words, i) < 0) continue;
                int to = i + 1;
                while (to < words.size() && !words.get(to).equals(",")) to++;
                out.add(new TextSpan(tokens.get(i).start(), tokens.get(to - 1).end()));
            }
        }
        return out;
    }

    private static boolean within(List<TextSpan> spans, int start, int end) {
        for (TextSpan s : spans) if (s.start() <= start && s.end() >= end) return true;
        return false;
    }

    private static List<Located> outside(List<Located> candidates, List<TextSpan> spans) {
        return candidates.stream().filter(c -> !within(spans, c.mention().start(), c.mention().end())).toList();
    }

    private static boolean state(EventLexicon lexicon, List<String> words, int triggerAt) {
        for (TokenPattern p : lexicon.cues(Cue.STATE)) {
            for (int from = Math.max(0, triggerAt - 3); from <= triggerAt; from++) if (p.matchAt(words, from) >= triggerAt) return true;
        }
        return false;
    }

    private static boolean has(EventLexicon lexicon, Cue cue, List<String> words) {
        for (TokenPattern p : lexicon.cues(cue)) if (p.find(words) != null) return true;
        return false;
    }

    private static Modality modality(EventLexicon lexicon, List<String> words) {
        if (has(lexicon, Cue.DENIED, words)) return Modality.DENIED;
        if (has(lexicon, Cue.PLANNED, words)) return Modality.PLANNED;
        if (has(lexicon, Cue.CLAIMED, words)) return Modality.CLAIMED;
        return Modality.FACT;
    }

    private static final String OPENING_QUOTES = "«“„\"";
    private static final String CLOSING_QUOTES = "»”\"";

    /**
     * Whether the offset lies inside a short quoted name that begins with a capital and has no punctuation of
     * speech at its end: «Мы вместе с Россией», "Free Elections" (a movement, a programme, a title).
     */
    private static boolean inQuotedTitle(Document doc, TextSpan clause, int at) {
        String text = doc.text();
        int open = -1;
        for (int i = at - 1; i >= clause.start(); i--) {
            char c = text.charAt(i);
            if (CLOSING_QUOTES.indexOf(c) >= 0 && c != '"') return false;
            if (OPENING_QUOTES.indexOf(c) >= 0) {
                open = i;
                break;
            }
        }
        if (open < 0) return false;
        int close = -1;
        for (int i = at; i < clause.end(); i++) {
            if (CLOSING_QUOTES.indexOf(text.charAt(i)) >= 0) {
                close = i;
                break;
            }
        }
        if (close < 0) return false;
        String inner = text.substring(open + 1, close).strip();
        if (inner.isEmpty() || !Character.isUpperCase(inner.codePointAt(0))) return false;
        if (".,!?:".indexOf(inner.charAt(inner.length() - 1)) >= 0) return false;
        return doc.tokensIn(open + 1, close).size() <= 8;
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

    /**
     * The entities named in the clause outside the source of a statement; unless the event is the statement itself (a
     * condemnation), none that the attribution layer found speaking there, nor the report's outlet: who tells of an
     * event did not, by telling, do it.
     */
    private static Set<String> actors(Document doc, TextSpan clause, List<TextSpan> aside, boolean withoutSpeakers) {
        List<Map.Entry<Integer, String>> named = new ArrayList<>();
        for (Entity e : doc.entities()) {
            if (withoutSpeakers && isOutlet(doc, e)) continue;
            e.mentions().stream().filter(m -> clause.overlaps(m.start(), m.end()) && !within(aside, m.start(), m.end())
                            && !(withoutSpeakers && spoken(doc, m))).mapToInt(Mention::start).min()
                    .ifPresent(at -> named.add(Map.entry(at, e.name())));
        }
        named.sort(Map.Entry.comparingByKey());
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<Integer, String> n : named) out.add(n.getValue());
        return out;
    }

    /** Whether the mention names a speaker of the attribution layer. */
    private static boolean spoken(Document doc, Mention m) {
        for (Attribution a : doc.attributions()) {
            if (a.type() == Attribution.Type.SPEECH && a.sourceStart() < a.sourceEnd() && m.start() < a.sourceEnd() && m.end() > a.sourceStart()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the entity is the outlet that publishes the report (its own voice, when the report names an outlet). */
    private static boolean isOutlet(Document doc, Entity e) {
        if (doc.report().outlet() == null && doc.report().url() == null) return false;
        for (Attribution a : doc.attributions()) {
            if (a.type() == Attribution.Type.OWN_VOICE && e.name().equalsIgnoreCase(a.speaker())) return true;
        }
        return false;
    }

    private static int specificity(PlaceKind kind) {
        return switch (kind) {
            case SETTLEMENT, OTHER -> 3;
            case REGION -> 2;
            case COUNTRY -> 1;
        };
    }

    /** A place mention that may say where an event happened. */
    private record Located(Place place, Mention mention, boolean locative, boolean destination) {
        /** A country named only as where people are taken: a deportation's place, no anchor or place of anything else. */
        boolean destinationOnly() {
            return place.kind() == PlaceKind.COUNTRY && !locative;
        }
    }

    /**
     * The places an event happens in, of the candidates: the best mention by locative word, specificity and nearness
     * to the trigger, and a second settlement joined to it by "and" ("in Berdiansk and Luhansk": two sites, two
     * events); regions so joined are one act's scope ("in Kherson and Zaporizhzhia oblasts"), not two events. Empty
     * when none; {@link #SEVERAL_REGIONS} for a list of regions, except the origins of a deportation. A deportation within the country happens where people are taken from ("вивезли
     * дітей з Олешок до Криму", "from the occupied part of Zaporizhzhia Oblast"); across a state border, in the state
     * they are taken to or held in ("to Russia", "на територію Росії"), as the law tells deportation from transfer. A place that is the trigger's object ("liberated the
     * village of Neskuchne", "звільнили Роботине") counts as one after a locative word.
     */
    private static List<String> places(Document doc, EventLexicon lexicon, EventKind kind, List<Located> candidates, int triggerAt, int triggerEnd) {
        Located best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Located c : candidates) {
            boolean country = c.place().kind() == PlaceKind.COUNTRY;
            if (c.destinationOnly() && kind != EventKind.DEPORTATION) continue;
            // A statement is made where it is said to be made ("in The Hague"), not where what it names happened.
            if (kind == EventKind.CONDEMNATION && !c.locative()) continue;
            if (locatesAnother(doc, lexicon, candidates, c)) continue;
            int distance = doc.tokensIn(Math.min(c.mention().start(), triggerAt), Math.max(c.mention().start(), triggerAt)).size();
            boolean origin = kind == EventKind.DEPORTATION && origin(doc, lexicon, c.mention());
            boolean abroad = kind == EventKind.DEPORTATION && country && !origin && (c.locative() || c.destination());
            boolean object = object(doc, triggerEnd, c.mention());
            double score = (c.locative() || object || origin || abroad ? 2 : 0) + (origin ? 2 : 0) + (abroad ? 4 : 0)
                    + specificity(c.place().kind()) - distance / 5.0;
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        if (best == null) return List.of();
        List<String> out = new ArrayList<>(List.of(best.place().name()));
        // Of a deportation's origins ("from the Kherson and Kharkiv oblasts") the first named stands for the list.
        if (best.place().kind() == PlaceKind.REGION) return kind != EventKind.DEPORTATION && inRegionList(doc, candidates, best) ? SEVERAL_REGIONS : out;
        for (Located joined : listedAfter(doc, candidates, best)) if (!out.contains(joined.place().name())) out.add(joined.place().name());
        return out;
    }

    /**
     * Whether the region only says where another place named right before it lies ("Каховської ГЕС в Херсонській
     * області", "Nova Kakhovka, in the Kherson region"): that place, not the region, is where the event is.
     */
    private static boolean locatesAnother(Document doc, EventLexicon lexicon, List<Located> candidates, Located region) {
        if (region.place().kind() != PlaceKind.REGION || !region.locative()) return false;
        for (Located c : candidates) {
            if (c.place().kind() == PlaceKind.REGION || c.place().kind() == PlaceKind.COUNTRY || c.mention().end() > region.mention().start()) continue;
            List<Token> between = doc.tokensIn(c.mention().end(), region.mention().start());
            if (between.size() <= LOCATING_GAP && between.stream().map(t -> EventLexicon.fold(t.text()))
                    .allMatch(w -> w.equals(",") || w.equals("the") || lexicon.cues(Cue.LOCATIVE).stream().anyMatch(p -> p.matchAt(List.of(w), 0) == 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The places of an act over a list of regions ("referendums in the Donetsk, Luhansk and Kherson oblasts"): one event
     * with no single place, which is neither the first region's nor one carried from elsewhere.
     */
    private static final List<String> SEVERAL_REGIONS = Collections.singletonList(null);

    private static boolean inRegionList(Document doc, List<Located> candidates, Located region) {
        if (!listedAfter(doc, candidates, region).isEmpty()) return true;
        for (Located c : candidates) {
            if (c != region && c.place().kind() == PlaceKind.REGION && listedAfter(doc, candidates, c).contains(region)) return true;
        }
        return false;
    }

    /**
     * The mentions in the span that can be an event's place: not inside a name ("Kyiv Post", "Geneva Conventions"),
     * not a possessive ("Moscow's proxies") or a compound ("Moscow-installed"), not a person's surname, and a country
     * or a seat of government only after a locative word, since named bare it is mostly an actor ("Russia is holding
     * elections", "Kyiv called the vote void").
     */
    private static List<Located> candidates(Document doc, EventLexicon lexicon, TextSpan span) {
        List<Located> out = new ArrayList<>();
        for (Place p : doc.places()) {
            for (Mention m : p.mentions()) {
                if (m.start() < span.start() || m.end() > span.end() || dateline(doc, m) || insideEntity(doc, m)
                        || (possessive(doc, m) && p.kind() != PlaceKind.REGION) || compound(doc, m)
                        || surname(doc, m) || (doc.language().equals("en") && beforeName(doc, m)) || after(doc, lexicon, Cue.REFERENCE, span, m)) continue;
                boolean locative = after(doc, lexicon, Cue.LOCATIVE, span, m);
                boolean destination = after(doc, lexicon, Cue.DESTINATION, span, m);
                if (p.kind() == PlaceKind.COUNTRY && !locative && !destination) continue;
                if (SEATS.contains(p.name()) && !locative && !afterOf(doc, span, m)) continue;
                out.add(new Located(p, m, locative, destination));
            }
        }
        return out;
    }

    /**
     * A wire dateline ("МЕЛИТОПОЛЬ, 11 сентября. /ТАСС/.", "KYIV, Sept 28 (Reuters)"): a capitalised place opening a
     * line, right before a comma. It says where the report was filed, not where what it tells happened.
     */
    private static boolean dateline(Document doc, Mention m) {
        String text = doc.text();
        int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
        return text.substring(lineStart, m.start()).isBlank() && m.text().equals(m.text().toUpperCase(Locale.ROOT))
                && m.end() < text.length() && text.charAt(m.end()) == ',';
    }

    private static boolean possessive(Document doc, Mention m) {
        List<Token> after = doc.tokensIn(m.end(), Math.min(doc.text().length(), m.end() + 2));
        return !after.isEmpty() && after.get(0).start() == m.end() && EventLexicon.fold(after.get(0).text()).equals("'s");
    }

    /** A place right after "of": "the mayor of Kyiv" names the city, not its government. */
    private static boolean afterOf(Document doc, TextSpan span, Mention m) {
        List<Token> before = doc.tokensIn(span.start(), m.start());
        return !before.isEmpty() && EventLexicon.fold(before.get(before.size() - 1).text()).equals("of");
    }

    /** A place written as the first part of a compound: "Moscow-installed", "Kremlin-backed". */
    private static boolean compound(Document doc, Mention m) {
        String text = doc.text();
        return m.end() + 1 < text.length() && text.charAt(m.end()) == '-' && Character.isLetter(text.charAt(m.end() + 1));
    }

    /** A place name that is the surname of a person the report names ("Батурин" after "Олега Батурина"). */
    private static boolean surname(Document doc, Mention m) {
        String place = EventLexicon.fold(m.text());
        if (place.contains(" ")) return false;
        for (Entity e : doc.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            for (Mention pm : e.mentions()) {
                String[] parts = pm.text().split("\\s+");
                String last = EventLexicon.fold(parts[parts.length - 1]);
                if (parts.length > 1 && last.length() >= 4 && Math.abs(last.length() - place.length()) <= 2
                        && (last.startsWith(place) || place.startsWith(last))) return true;
            }
        }
        return false;
    }

    /** An English place name followed by a capitalised word that is no place: part of a name ("Geneva Conventions"). */
    private static boolean beforeName(Document doc, Mention m) {
        List<Token> next = doc.tokensIn(m.end(), Math.min(doc.text().length(), m.end() + 30));
        // "in Skadovsk I handed": the pronoun is capitalised but names nothing.
        if (next.isEmpty() || next.get(0).start() != m.end() + 1 || !next.get(0).isCapitalized() || next.get(0).text().equals("I")) return false;
        for (Place p : doc.places()) for (Mention o : p.mentions()) if (o.start() <= next.get(0).start() && o.end() >= next.get(0).end()) return false;
        return true;
    }

    /**
     * The candidates of the same kind listed right after {@code first} up to and including one after "and": "in
     * Berdiansk and Luhansk", "Степногірськ, Малу Токмачку та Комишуваху", "Kherson, Mykolaiv, and Odesa". Without
     * "and" a comma joins no list ("in Melitopol, Zaporizhzhia Oblast"): empty.
     */
    private static List<Located> listedAfter(Document doc, List<Located> candidates, Located first) {
        List<Located> out = new ArrayList<>();
        Located last = first;
        while (true) {
            List<Token> next = doc.tokensIn(last.mention().end(), Math.min(doc.text().length(), last.mention().end() + 12));
            if (next.isEmpty()) return List.of();
            int gap = 0;
            boolean and = CONJUNCTIONS.contains(EventLexicon.fold(next.get(0).text()));
            if (!and && next.get(0).text().equals(",")) {
                gap = 1;
                and = next.size() > 1 && CONJUNCTIONS.contains(EventLexicon.fold(next.get(1).text()));
                if (and) gap = 2;
            } else if (and) {
                gap = 1;
            }
            if (gap == 0) return List.of();
            Located item = adjacent(doc, candidates, last, next.get(gap - 1));
            if (item == null) return List.of();
            out.add(item);
            if (and) return out;
            last = item;
        }
    }

    /** The candidate of {@code first}'s kind that begins right after the token. */
    private static Located adjacent(Document doc, List<Located> candidates, Located first, Token before) {
        for (Located c : candidates) {
            if (c.place().kind() == first.place().kind() && c.mention().start() > before.start()
                    && doc.tokensIn(before.end(), c.mention().start()).isEmpty()) {
                return c;
            }
        }
        return null;
    }

    private static boolean insideEntity(Document doc, Mention place) {
        for (Entity e : doc.entities()) {
            for (Mention m : e.mentions()) if (m.start() <= place.start() && m.end() >= place.end()) return true;
        }
        return false;
    }

    /**
     * Whether the place is where something comes from: an origin word before it, with at most a few words of its
     * phrase between ("з окупованої частини Запорізької області") and no other locative word or punctuation.
     */
    private static boolean origin(Document doc, EventLexicon lexicon, Mention place) {
        List<Token> before = doc.tokensIn(Math.max(0, place.start() - 60), place.start());
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - ORIGIN_REACH); k--) {
            List<String> word = List.of(EventLexicon.fold(before.get(k).text()));
            if (lexicon.cues(Cue.ORIGIN).stream().anyMatch(p -> p.matchAt(word, 0) == 1)) return true;
            if (punctuation(word.get(0)) || lexicon.cues(Cue.LOCATIVE).stream().anyMatch(p -> p.matchAt(word, 0) == 1)) return false;
        }
        return false;
    }

    /**
     * Whether the clause names where people are taken from by an institution alone ("вивезли з закладу 15 вихованців до
     * Криму", "removed from the orphanage"): an origin word, at most one word, an institution, and no place right after it.
     */
    private static boolean fromInstitution(EventLexicon lexicon, List<Token> tokens, List<String> words, List<Located> inClause) {
        for (int i = 0; i < words.size(); i++) {
            int at = i;
            if (lexicon.cues(Cue.ORIGIN).stream().noneMatch(p -> p.matchAt(words, at) == at + 1)) continue;
            for (int j = i + 1; j <= Math.min(i + 2, words.size() - 1); j++) {
                int noun = j;
                if (lexicon.cues(Cue.INSTITUTION).stream().noneMatch(p -> p.matchAt(words, noun) > noun)) continue;
                int reach = tokens.get(Math.min(words.size() - 1, noun + 3)).end();
                return inClause.stream().noneMatch(c -> c.mention().start() > tokens.get(noun).start() && c.mention().start() < reach);
            }
        }
        return false;
    }

    /** A place right after the trigger, or after "the village of": what the verb acts on. */
    private static boolean object(Document doc, int triggerEnd, Mention place) {
        if (place.start() < triggerEnd) return false;
        List<Token> between = doc.tokensIn(triggerEnd, place.start());
        return between.isEmpty() || (between.size() <= OBJECT_REACH && EventLexicon.fold(between.get(between.size() - 1).text()).equals("of")
                && between.stream().noneMatch(t -> punctuation(t.text())));
    }

    /** Whether a phrase of the cue (locative, destination) ends right before the place mention. */
    private static boolean after(Document doc, EventLexicon lexicon, Cue cue, TextSpan span, Mention place) {
        List<Token> before = doc.tokensIn(span.start(), place.start());
        List<String> words = new ArrayList<>(before.subList(Math.max(0, before.size() - 5), before.size()).stream()
                .map(t -> EventLexicon.fold(t.text())).toList());
        if (!words.isEmpty() && words.get(words.size() - 1).equals("the")) words.remove(words.size() - 1); // "territory of the Russian Federation"
        for (TokenPattern p : lexicon.cues(cue)) {
            for (int i = 0; i < words.size(); i++) if (p.matchAt(words, i) == words.size()) return true;
        }
        return false;
    }

    /**
     * The place a word such as "the city", "в області" or "the plant" in the clause stands for: the last place of its
     * kind named before it in the report, however far back, rather than whatever place the sentences just before
     * name ("the city" after a sentence about Crimea is still Melitopol). A plant or station is a place whose name
     * says so ("Zaporizhzhia Nuclear Power Plant"), not a reservoir or a bridge. Empty when the clause has no such word
     * or nothing of its kind was named before.
     */
    private static List<String> antecedent(Document doc, EventLexicon lexicon, List<Token> tokens, List<String> words) {
        for (Cue cue : List.of(Cue.SETTLEMENT_ANAPHOR, Cue.REGION_ANAPHOR, Cue.PLANT_ANAPHOR)) {
            for (TokenPattern p : lexicon.cues(cue)) {
                for (int i = 0; i < words.size(); i++) {
                    if (p.matchAt(words, i) < 0) continue;
                    Place found = lastBefore(doc, tokens.get(i).start(), cue);
                    if (found != null) return List.of(found.name());
                }
            }
        }
        return List.of();
    }

    private static Place lastBefore(Document doc, int offset, Cue cue) {
        Place last = null;
        int lastAt = -1;
        for (Place p : doc.places()) {
            if (!refersTo(p, cue)) continue;
            for (Mention m : p.mentions()) {
                if (m.end() <= offset && m.start() > lastAt && !insideEntity(doc, m)) {
                    last = p;
                    lastAt = m.start();
                }
            }
        }
        return last;
    }

    private static boolean refersTo(Place p, Cue anaphor) {
        return switch (anaphor) {
            case SETTLEMENT_ANAPHOR -> p.kind() == PlaceKind.SETTLEMENT;
            case REGION_ANAPHOR -> p.kind() == PlaceKind.REGION;
            default -> p.kind() == PlaceKind.OTHER && PLANT_NAMES.stream().anyMatch(w -> p.name().toLowerCase(Locale.ROOT).contains(w));
        };
    }

    /** The last place named in the sentences just before, read back to front. */
    private static List<String> contextPlace(Document doc, EventLexicon lexicon, List<TextSpan> sentences, int si) {
        for (int k = si - 1; k >= Math.max(0, si - CONTEXT_SENTENCES); k--) {
            TextSpan s = sentences.get(k);
            if (doc.isBoilerplate(s.start(), s.end())) continue;
            Located last = null;
            for (Located c : candidates(doc, lexicon, s)) {
                if (c.destinationOnly()) continue;
                if (last == null || c.mention().start() > last.mention().start()) last = c;
            }
            if (last != null) return List.of(last.place().name());
        }
        return List.of();
    }

    /** The time mention in the span nearest the trigger, outside the source of a statement and never a birth year. */
    private static String date(Document doc, EventLexicon lexicon, TextSpan span, int triggerAt, List<TextSpan> aside) {
        TimeMention best = null;
        for (TimeMention t : doc.times()) {
            if (t.start() < span.start() || t.end() > span.end() || within(aside, t.start(), t.end()) || birth(doc, lexicon, t)) continue;
            if (best == null || Math.abs(t.start() - triggerAt) < Math.abs(best.start() - triggerAt)) best = t;
        }
        return best == null ? null : best.value();
    }

    /** A year next to "born", "року народження", "г. р.". */
    private static boolean birth(Document doc, EventLexicon lexicon, TimeMention t) {
        List<String> before = doc.tokensIn(Math.max(0, t.start() - 40), t.start()).stream().map(k -> EventLexicon.fold(k.text())).toList();
        List<String> after = doc.tokensIn(t.end(), Math.min(doc.text().length(), t.end() + 40)).stream().map(k -> EventLexicon.fold(k.text())).toList();
        for (TokenPattern p : lexicon.cues(Cue.BIRTH)) {
            if (!after.isEmpty() && p.matchAt(after, 0) > 0) return true;
            for (int i = Math.max(0, before.size() - 6); i < before.size(); i++) {
                if (p.matchAt(before, i) == before.size()) return true;
            }
        }
        // "born in 2002 and 2003": the second year follows the first.
        for (TimeMention o : doc.times()) {
            if (o != t && o.end() <= t.start() && doc.tokensIn(o.end(), t.start()).size() <= 2 && birth(doc, lexicon, o)) return true;
        }
        return false;
    }

    private static String publicationMonth(PublicationDate published) {
        if (!published.known()) return null;
        if (published.month() == null) return String.format("%04d", published.year());
        return String.format("%04d-%02d", published.year(), published.month());
    }

    /** The clause without surrounding spaces, bullets and dashes. */
    private static TextSpan trimmed(Document doc, TextSpan clause) {
        String text = doc.text();
        int s = clause.start(), e = clause.end();
        while (s < e && (Character.isWhitespace(text.charAt(s)) || "•-–—*".indexOf(text.charAt(s)) >= 0)) s++;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) e--;
        return new TextSpan(s, Math.max(s, e));
    }

    /**
     * Folds mentions of one happening into the first: same kind, not from two clauses of one sentence unless the later
     * clause names nothing of its own ("tried to advance near Robotyne; the assault was repelled"), places equal
     * or one unknown or carried from context, dates compatible (in one clause any: a clause tells one happening of a
     * kind, though its second trigger may lie nearer another date, "condemned the vote held over the weekend, calling
     * it null and void"), actors shared or one side without actors. The first keeps its evidence and takes the
     * other's place and date where they are better (named rather than carried, more precise).
     */
    private static List<Found> merge(List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            Found same = null;
            for (Found o : out) {
                boolean sameClause = o.sentence == f.sentence && o.clause == f.clause;
                if (o.kind == f.kind && (o.sentence != f.sentence || sameClause || !f.anchored) && placesAgree(o, f) && (sameClause || datesAgree(o.date, f.date))
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
            if (same.date == null || (f.date != null && f.date.length() > same.date.length())) same.date = f.date;
            same.actors.addAll(f.actors);
        }
        return out;
    }

    /**
     * A decree told vaguely ("a decree signed last week takes the policy a step further": no actor, no place of its
     * own) that the report tells elsewhere by its topic ("the decree signed on April 27 sets out that residents who do
     * not take Russian citizenship …") at a compatible date: one decree, an event of the topic's kind only.
     */
    private static boolean toldByTopic(Found g, List<Found> all) {
        if (g.kind != EventKind.GOVERNANCE || !g.decree || !g.actors.isEmpty() || (g.place != null && !g.placeCarried) || g.date == null) return false;
        return all.stream().anyMatch(t -> t != g && isTopic(t.kind) && t.decree && t.date != null && datesAgree(g.date, t.date) && placesAgree(g, t));
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
