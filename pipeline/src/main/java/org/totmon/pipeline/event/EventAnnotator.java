package org.totmon.pipeline.event;

import org.totmon.model.Modality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.PublicationDate;
import org.totmon.model.TextSpan;
import org.totmon.model.TimeMention;
import org.totmon.model.Token;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.event.EventLexicon.Cue;
import org.totmon.pipeline.event.EventLexicon.Phrase;
import org.totmon.pipeline.event.EventLexicon.Trigger;

/**
 * Events in English, Ukrainian and Russian reports, by trigger phrases per kind and language ({@link EventLexicon}),
 * clause by clause (a sentence, or the part of it between semicolons); every trigger occurrence is a candidate.
 * <ul>
 * <li>Precision first: the headline (read through the body), a question, boilerplate, a negated trigger, a standing
 * state ("temporarily occupied") or a trigger inside a name (an entity's, a quoted title) gives no event; a weak
 * trigger (a noun such as "elections") needs a place, a time or a named actor in its clause and counts only where no
 * strong trigger is ("condemned the elections" is a condemnation, not an election).</li>
 * <li>Date: the time mention in the clause nearest the trigger, else in the sentence; else the publication month,
 * since a report tells recent news, unless the clause marks the event as earlier ("previously", "since").</li>
 * <li>Place: in the clause, else the sentence, the best mention by locative word ("in Melitopol"), specificity and
 * nearness to the trigger, a country only after a locative word; a second place joined by "and" gives a second
 * event; else the last place named in the two sentences before (a carried place).</li>
 * <li>Actors: the entities named in the clause.</li>
 * <li>One event per distinct happening: mentions of one kind are merged into the first when their places agree
 * (equal, unknown or carried), their dates are compatible (or both unknown) and their actors do not differ.</li>
 * </ul>
 * Denied events are left out of the document's events (the model's event has no modality yet) but returned by
 * {@link #detect}. Runs after sentences, tokens, places, times and entities. Thread-safe: it holds only immutable
 * lexicons.
 */
public final class EventAnnotator implements Annotator {
    private static final int CONTEXT_SENTENCES = 2;
    /** The title may follow a dateline or a blank line or two. */
    private static final int HEADLINE_LINES = 4;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "і", "й", "та", "и");

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
        final Set<String> actors;
        final Modality modality;

        Found(EventKind kind, int start, int end, String place, boolean placeCarried, String date, Set<String> actors, Modality modality) {
            this.kind = kind;
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
        int headlineEnd = headlineEnd(doc);
        for (int si = 0; si < sentences.size(); si++) {
            TextSpan sentence = sentences.get(si);
            if (doc.isBoilerplate(sentence.start(), sentence.end()) || isQuestion(doc, sentence) || sentence.end() <= headlineEnd) continue;
            for (TextSpan clause : clauses(doc, sentence)) {
                found.addAll(inClause(doc, lexicon, sentences, si, clause));
            }
        }
        List<Found> merged = merge(found);
        List<DetectedEvent> out = new ArrayList<>();
        for (Found f : merged) {
            String text = doc.text().substring(f.start, f.end);
            AcledMapping.Category category = acled.categorize(f.kind, text);
            Event event = new Event(f.kind.name(), text, f.date, f.place, List.copyOf(f.actors), f.modality,
                    category.eventType(), category.subEventType(), f.start, f.end);
            out.add(new DetectedEvent(event, f.kind, f.modality, category));
        }
        return out;
    }

    /**
     * Where the headline ends when the text opens with the report's title: a headline sums up what the body tells,
     * in words too general to anchor an event, so it is read only through the body. 0 when there is none.
     */
    private static int headlineEnd(Document doc) {
        String title = doc.report().title();
        String text = doc.text();
        if (title == null || title.isBlank()) return 0;
        int start = 0;
        for (int line = 0; line < HEADLINE_LINES && start < text.length(); line++) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (text.substring(start, end).strip().equals(title.strip())) return end;
            start = end + 1;
        }
        return 0;
    }

    private static boolean isQuestion(Document doc, TextSpan sentence) {
        return doc.text().substring(sentence.start(), sentence.end()).stripTrailing().endsWith("?");
    }

    /** The parts of a sentence between semicolons. */
    private static List<TextSpan> clauses(Document doc, TextSpan sentence) {
        List<TextSpan> out = new ArrayList<>();
        int s = sentence.start();
        for (Token t : doc.tokensIn(sentence.start(), sentence.end())) {
            if (t.text().equals(";")) {
                if (t.start() > s) out.add(new TextSpan(s, t.start()));
                s = t.end();
            }
        }
        if (sentence.end() > s) out.add(new TextSpan(s, sentence.end()));
        return out;
    }

    private List<Found> inClause(Document doc, EventLexicon lexicon, List<TextSpan> sentences, int si, TextSpan clause) {
        List<Token> tokens = doc.tokensIn(clause.start(), clause.end());
        List<String> words = tokens.stream().map(t -> EventLexicon.fold(t.text())).toList();
        List<Hit> hits = hits(doc, lexicon, clause, tokens, words);
        if (hits.isEmpty()) return List.of();
        boolean anyStrong = hits.stream().anyMatch(h -> h.trigger().strong());
        boolean anchored = hasAnchor(doc, clause);
        TextSpan sentence = sentences.get(si);
        Modality modality = modality(lexicon, words);
        Set<String> actors = actors(doc, clause);
        TextSpan evidence = trimmed(doc, clause);
        List<Found> out = new ArrayList<>();
        for (Hit hit : hits) {
            if (!hit.trigger().strong() && (anyStrong || !anchored)) continue;
            int at = tokens.get(hit.from()).start();
            List<String> places = places(doc, lexicon, clause, at);
            if (places.isEmpty()) places = places(doc, lexicon, sentence, at);
            boolean carried = places.isEmpty();
            if (carried) places = contextPlace(doc, lexicon, sentences, si);
            String date = date(doc, clause, at);
            if (date == null) date = date(doc, sentence, at);
            if (date == null && !has(lexicon, Cue.REMOTE, words)) date = publicationMonth(doc.published());
            for (String place : places.isEmpty() ? Collections.<String>singletonList(null) : places) {
                out.add(new Found(hit.trigger().kind(), evidence.start(), evidence.end(), place, carried, date,
                        new LinkedHashSet<>(actors), modality));
            }
        }
        return out;
    }

    /**
     * Every trigger occurrence in the clause that is not negated, not a standing state and not part of a name; of
     * overlapping occurrences of one kind, the strong or else the longer one.
     */
    private static List<Hit> hits(Document doc, EventLexicon lexicon, TextSpan clause, List<Token> tokens, List<String> words) {
        List<Hit> all = new ArrayList<>();
        for (Trigger trigger : lexicon.triggers()) {
            for (int i = 0; i < words.size(); i++) {
                int end = trigger.phrase().matchAt(words, i);
                if (end < 0 || negated(lexicon, words, i) || state(lexicon, words, i) || inName(doc, clause, tokens.get(i))) continue;
                all.add(new Hit(trigger, i, end));
            }
        }
        all.sort(Comparator.comparing((Hit h) -> !h.trigger().strong()).thenComparing(h -> h.from() - h.to()));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            boolean overlaps = kept.stream().anyMatch(k -> k.trigger().kind() == h.trigger().kind() && k.from() < h.to() && h.from() < k.to());
            if (!overlaps) kept.add(h);
        }
        kept.sort(Comparator.comparingInt(Hit::from));
        return kept;
    }

    /** Whether a trigger word is part of a name: an entity's ("Center of National Resistance") or a quoted title. */
    private static boolean inName(Document doc, TextSpan clause, Token word) {
        for (Entity e : doc.entities()) {
            for (Mention m : e.mentions()) if (m.start() <= word.start() && m.end() >= word.end()) return true;
        }
        return inQuotedTitle(doc, clause, word.start());
    }

    private static boolean negated(EventLexicon lexicon, List<String> words, int triggerAt) {
        for (Phrase neg : lexicon.cues(Cue.NEGATION)) {
            for (int from = Math.max(0, triggerAt - 4); from < triggerAt; from++) {
                int end = neg.matchAt(words, from);
                if (end == triggerAt || end == triggerAt - 1) return true;
            }
        }
        return false;
    }

    private static boolean state(EventLexicon lexicon, List<String> words, int triggerAt) {
        for (Phrase p : lexicon.cues(Cue.STATE)) {
            for (int from = Math.max(0, triggerAt - 3); from <= triggerAt; from++) if (p.matchAt(words, from) >= triggerAt) return true;
        }
        return false;
    }

    private static boolean has(EventLexicon lexicon, Cue cue, List<String> words) {
        for (Phrase p : lexicon.cues(cue)) if (p.find(words) != null) return true;
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

    /** A place, a time or a named actor in the clause. */
    private static boolean hasAnchor(Document doc, TextSpan clause) {
        for (TimeMention t : doc.times()) if (clause.overlaps(t.start(), t.end())) return true;
        for (Place p : doc.places()) for (Mention m : p.mentions()) if (clause.overlaps(m.start(), m.end())) return true;
        for (Entity e : doc.entities()) for (Mention m : e.mentions()) if (clause.overlaps(m.start(), m.end())) return true;
        return false;
    }

    private static Set<String> actors(Document doc, TextSpan clause) {
        List<Map.Entry<Integer, String>> named = new ArrayList<>();
        for (Entity e : doc.entities()) {
            e.mentions().stream().filter(m -> clause.overlaps(m.start(), m.end())).mapToInt(Mention::start).min()
                    .ifPresent(at -> named.add(Map.entry(at, e.name())));
        }
        named.sort(Map.Entry.comparingByKey());
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<Integer, String> n : named) out.add(n.getValue());
        return out;
    }

    private static int specificity(PlaceKind kind) {
        return switch (kind) {
            case SETTLEMENT, OTHER -> 3;
            case REGION -> 2;
            case COUNTRY -> 1;
        };
    }

    /** A place mention that may say where an event happened. */
    private record Located(Place place, Mention mention, boolean locative) {}

    /**
     * The places an event in {@code span} happens in: the best mention by locative word, specificity and nearness
     * to the trigger, and a second place joined to it by "and" ("in Berdiansk and Luhansk"); empty when none.
     */
    private static List<String> places(Document doc, EventLexicon lexicon, TextSpan span, int triggerAt) {
        List<Located> candidates = candidates(doc, lexicon, span);
        Located best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Located c : candidates) {
            int distance = doc.tokensIn(Math.min(c.mention().start(), triggerAt), Math.max(c.mention().start(), triggerAt)).size();
            double score = (c.locative() ? 2 : 0) + specificity(c.place().kind()) - distance / 5.0;
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        if (best == null) return List.of();
        List<String> out = new ArrayList<>(List.of(best.place().name()));
        Located joined = joinedTo(doc, candidates, best);
        if (joined != null && !out.contains(joined.place().name())) out.add(joined.place().name());
        return out;
    }

    /**
     * The mentions in the span that can be an event's place: not inside a name ("Kyiv Post"), not a possessive
     * ("Moscow's proxies"), and a country only after a locative word, since a country named bare is mostly an actor
     * ("Russia is holding elections").
     */
    private static List<Located> candidates(Document doc, EventLexicon lexicon, TextSpan span) {
        List<Located> out = new ArrayList<>();
        for (Place p : doc.places()) {
            for (Mention m : p.mentions()) {
                if (m.start() < span.start() || m.end() > span.end() || insideEntity(doc, m) || possessive(doc, m)) continue;
                boolean locative = locative(doc, lexicon, span, m);
                if (p.kind() == PlaceKind.COUNTRY && !locative) continue;
                out.add(new Located(p, m, locative));
            }
        }
        return out;
    }

    private static boolean possessive(Document doc, Mention m) {
        List<Token> after = doc.tokensIn(m.end(), Math.min(doc.text().length(), m.end() + 2));
        return !after.isEmpty() && after.get(0).start() == m.end() && EventLexicon.fold(after.get(0).text()).equals("'s");
    }

    /** A candidate of the same kind right after "and" following {@code first}. */
    private static Located joinedTo(Document doc, List<Located> candidates, Located first) {
        List<Token> next = doc.tokensIn(first.mention().end(), Math.min(doc.text().length(), first.mention().end() + 8));
        if (next.isEmpty() || !CONJUNCTIONS.contains(EventLexicon.fold(next.get(0).text()))) return null;
        for (Located c : candidates) {
            if (c.place().kind() == first.place().kind() && c.mention().start() > next.get(0).start()
                    && doc.tokensIn(next.get(0).end(), c.mention().start()).isEmpty()) {
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

    /** Whether a locative phrase ends right before the place mention. */
    private static boolean locative(Document doc, EventLexicon lexicon, TextSpan span, Mention place) {
        List<Token> before = doc.tokensIn(span.start(), place.start());
        List<String> words = new ArrayList<>(before.subList(Math.max(0, before.size() - 5), before.size()).stream()
                .map(t -> EventLexicon.fold(t.text())).toList());
        if (!words.isEmpty() && words.get(words.size() - 1).equals("the")) words.remove(words.size() - 1); // "territory of the Russian Federation"
        for (Phrase p : lexicon.cues(Cue.LOCATIVE)) {
            for (int i = 0; i < words.size(); i++) if (p.matchAt(words, i) == words.size()) return true;
        }
        return false;
    }

    /** The last place named in the sentences just before, read back to front. */
    private static List<String> contextPlace(Document doc, EventLexicon lexicon, List<TextSpan> sentences, int si) {
        for (int k = si - 1; k >= Math.max(0, si - CONTEXT_SENTENCES); k--) {
            TextSpan s = sentences.get(k);
            if (doc.isBoilerplate(s.start(), s.end())) continue;
            Located last = null;
            for (Located c : candidates(doc, lexicon, s)) {
                if (last == null || c.mention().start() > last.mention().start()) last = c;
            }
            if (last != null) return List.of(last.place().name());
        }
        return List.of();
    }

    private static String date(Document doc, TextSpan span, int triggerAt) {
        TimeMention best = null;
        for (TimeMention t : doc.times()) {
            if (t.start() < span.start() || t.end() > span.end()) continue;
            if (best == null || Math.abs(t.start() - triggerAt) < Math.abs(best.start() - triggerAt)) best = t;
        }
        return best == null ? null : best.value();
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
     * Folds mentions of one happening into the first: same kind, places equal or one unknown or carried from
     * context, dates compatible, actors shared or one side without actors. The first keeps its evidence and takes
     * the other's place and date where they are better (named rather than carried, more precise).
     */
    private static List<Found> merge(List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            Found same = null;
            for (Found o : out) {
                if (o.kind == f.kind && placesAgree(o, f) && datesAgree(o.date, f.date) && actorsAgree(o.actors, f.actors)) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(f);
                continue;
            }
            if (f.place != null && (same.place == null || (same.placeCarried && !f.placeCarried))) {
                same.place = f.place;
                same.placeCarried = f.placeCarried;
            }
            if (same.date == null || (f.date != null && f.date.length() > same.date.length())) same.date = f.date;
            same.actors.addAll(f.actors);
        }
        return out;
    }

    private static boolean placesAgree(Found a, Found b) {
        return a.place == null || b.place == null || a.placeCarried || b.placeCarried || a.place.equals(b.place);
    }

    /** Both unknown, or compatible; an undated mention is an earlier or ongoing happening, not a dated one. */
    private static boolean datesAgree(String a, String b) {
        if (a == null || b == null) return a == null && b == null;
        return a.startsWith(b) || b.startsWith(a);
    }

    private static boolean actorsAgree(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }
}
