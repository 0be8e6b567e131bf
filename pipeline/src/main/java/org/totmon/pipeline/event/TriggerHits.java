package org.totmon.pipeline.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Mention;
import org.totmon.model.Modality;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.ModalCue.Kind;
import org.totmon.pipeline.event.EventLexicon.Cue;
import org.totmon.pipeline.event.EventLexicon.Trigger;
import org.totmon.pipeline.modality.ModalCues;
import org.totmon.pipeline.rules.TokenPattern;
import org.totmon.pipeline.rules.Tokens;
import org.totmon.pipeline.text.English;

/**
 * Finding an event's triggers in a clause: trigger phrases of the lexicon and verbs of seizing read by their
 * argument, without those negated, hypothetical, a standing state, part of a name or naming what a condemnation
 * condemns; and the cues of the clause (modality, remote, habitual). Part of {@link EventAnnotator}.
 */
final class TriggerHits {
    /** Auxiliaries that make an English participle passive ("was seized"). */
    private static final int ARGUMENT_WINDOW = 6;
    /** Kinds that, in a relative clause after a detention or an attack, tell what its victim did or does. */
    private static final Set<EventKind> DESCRIBES_VICTIM = Set.of(EventKind.RESISTANCE, EventKind.PASSPORTIZATION, EventKind.ELECTION,
            EventKind.GOVERNANCE, EventKind.INFORMATION_OP);
    /** A trigger this close (in words) to a condemnation names what is condemned ("called the detentions an act of terrorism"). */
    private static final int CONDEMNED_OBJECT_GAP = 4;

    private TriggerHits() {}

    /** A trigger found in a clause. */
    record Hit(Trigger trigger, int from, int to) {}

    /**
     * Every trigger occurrence in the clause that is not negated, not a standing state, not a possibility and not
     * part of a name, with verbs of seizing and of taking away read by their argument; of overlapping occurrences of
     * one kind the strong, then the longer one. A decree on passports or elections is of that kind (the topic), not
     * governance; right beside a condemnation, another kind names what is condemned ("called it a forced deportation").
     */
    static List<Hit> hits(Document doc, EventLexicon lexicon, ModalCues modal, TextSpan clause, List<Token> tokens, Tokens words) {
        List<Hit> all = new ArrayList<>();
        List<Hit> cancelled = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Trigger trigger : lexicon.triggersAt(words, i)) {
                int end = trigger.phrase().matchAt(words, i);
                if (end < 0) continue;
                // "детей не вернули": a negation in the phrase's gap negates its verb.
                if (admissible(doc, lexicon, modal, clause, tokens, words, i, end) && !modal.inside(Kind.NEGATION, i, end)) {
                    all.add(new Hit(sensed(doc, lexicon, tokens, words, trigger, i, end), i, end));
                }
                else cancelled.add(new Hit(trigger, i, end));
            }
        }
        // The noun of a cancelled phrase does not stand alone: "could try to hold another referendum", "did not hold elections".
        all.removeIf(h -> !h.trigger().strong() && cancelled.stream().anyMatch(c -> c.trigger().kind() == h.trigger().kind() && c.from() < h.to() && h.from() < c.to()));
        for (Cue cue : List.of(Cue.CAPTURE, Cue.CAPTURED)) {
            for (TokenPattern p : lexicon.cues(cue)) {
                for (int i = 0; i < words.size(); i++) {
                    int end = p.matchAt(words, i);
                    if (end < 0 || !admissible(doc, lexicon, modal, clause, tokens, words, i, end)) continue;
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
                out.add(new Hit(h.trigger().as(topicOf(topics), h.trigger().strong()), h.from(), h.to()));
            } else if (!(topic && isTopic(kind) && !h.trigger().strong() && kept.stream().anyMatch(k -> k.trigger().kind() == EventKind.GOVERNANCE))) {
                out.add(h);
            }
        }
        // "розклеїли листівки із закликом бойкотувати голосування": the leaflets are how; the call is what happened.
        out.removeIf(h -> h.trigger().sense() != null && EventWords.MEDIUM.contains(h.trigger().sense())
                && out.stream().anyMatch(k -> k.trigger().strong() && k.trigger().kind() != h.trigger().kind()));
        out.sort(Comparator.comparingInt(Hit::from));
        return out;
    }

    /** Where the first relative pronoun at or after {@code from} is, or the clause's length when there is none. */
    static int relativeAfter(EventLexicon lexicon, List<String> words, int from) {
        for (int i = from; i < words.size(); i++) {
            for (TokenPattern p : lexicon.cues(Cue.RELATIVE)) if (p.matchAt(words, i) >= 0) return i;
        }
        return words.size();
    }

    static boolean isTopic(EventKind kind) {
        return kind == EventKind.PASSPORTIZATION || kind == EventKind.ELECTION;
    }

    private static EventKind topicOf(List<Hit> hits) {
        return hits.stream().map(h -> h.trigger().kind()).filter(TriggerHits::isTopic).findFirst().orElseThrow();
    }

    private static boolean admissible(Document doc, EventLexicon lexicon, ModalCues modal, TextSpan clause, List<Token> tokens, List<String> words, int i, int end) {
        return !modal.rightBefore(Kind.NEGATION, i) && !modal.rightBefore(Kind.HYPOTHETICAL, i) && !state(lexicon, words, i)
                && !inName(doc, clause, tokens.get(i)) && !attributive(lexicon, words, i, end);
    }

    /** A deportation trigger whose object is one person is an abduction ("вивезли директора"). */
    private static Trigger sensed(Document doc, EventLexicon lexicon, List<Token> tokens, List<String> words, Trigger trigger, int from, int to) {
        if (trigger.kind() != EventKind.DEPORTATION || !trigger.strong()) return trigger;
        Cue arg = argument(doc, lexicon, tokens, words, from, to, false);
        return arg == Cue.PERSON ? trigger.as(EventKind.DETENTION, true) : trigger;
    }

    /** What seizing its argument is: a detention for people, combat for soldiers or places, nothing for goods. */
    private static EventKind captureKind(Document doc, EventLexicon lexicon, List<Token> tokens, List<String> words, int from, int to, boolean passive) {
        Cue arg = argument(doc, lexicon, tokens, words, from, to, passive);
        if (arg == Cue.PERSON || arg == Cue.PEOPLE) return EventKind.DETENTION;
        return arg == Cue.GOODS ? null : EventKind.COMBAT;
    }

    static boolean passive(List<String> words, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) if (English.isPassiveAuxiliary(words.get(k))) return true;
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

    static boolean punctuation(String word) {
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
        if (to - from != 1 || from == 0 || !English.hasParticipleEnding(words.get(from))) return false;
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

    static boolean background(EventLexicon lexicon, List<String> words, int triggerAt) {
        return before(lexicon, Cue.BACKGROUND, words, triggerAt);
    }

    private static boolean state(EventLexicon lexicon, List<String> words, int triggerAt) {
        for (TokenPattern p : lexicon.cues(Cue.STATE)) {
            for (int from = Math.max(0, triggerAt - 3); from <= triggerAt; from++) if (p.matchAt(words, from) >= triggerAt) return true;
        }
        return false;
    }

    static boolean has(EventLexicon lexicon, Cue cue, List<String> words) {
        for (TokenPattern p : lexicon.cues(cue)) if (p.find(words) != null) return true;
        return false;
    }

    static Modality modality(ModalCues modal) {
        if (modal.has(Kind.DENIED)) return Modality.DENIED;
        if (modal.has(Kind.PLANNED)) return Modality.PLANNED;
        if (modal.has(Kind.CLAIMED)) return Modality.CLAIMED;
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
}
