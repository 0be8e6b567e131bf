package org.totmon.pipeline.event;

import java.util.ArrayList;
import java.util.List;
import org.totmon.model.TextSpan;
import org.totmon.pipeline.ModalCue;
import org.totmon.pipeline.event.TriggerHits.Hit;
import org.totmon.pipeline.modality.ModalCues;
import org.totmon.pipeline.rules.Tokens;
import org.totmon.pipeline.rules.Tokens.SpanType;

/**
 * The cues an {@link EventGate} weighs for one trigger of a clause: many weak ones, none decisive by itself. What the
 * trigger is (kind, strength, sense, lemma), what the hand-written conditions say of it, the clause's modality and
 * reported speech, where it stands in the report, how near a place, a time and a name are, which other kinds the
 * clause tells, and the lemmas around it. Words enter only as the document's lemmas, never as lists of their own.
 */
final class CandidateFeatures {
    /** Lemmas this many tokens either side of the trigger are features by position; the clause's others as a bag. */
    private static final int WINDOW = 2;

    private CandidateFeatures() {}

    /** What a clause tells about every trigger in it, worked out by {@link EventAnnotator}. */
    record Clause(String language, Tokens words, List<Hit> hits, ModalCues modal, List<TextSpan> sources, int sentence, int index,
                  boolean headline, List<String> cues) {}

    /**
     * The features of one event of a trigger in its clause: the trigger's, the conditions that drop it (named, as the
     * rules decide), and where, when and by whom the event is placed, dated and done.
     */
    static List<String> of(Clause c, Hit hit, int at, List<String> drops, boolean ownPlace, boolean ownDate, EventMerge.Found event) {
        EventKind kind = hit.trigger().kind();
        List<String> f = new ArrayList<>();
        f.add("kind=" + kind);
        f.add("lang=" + c.language());
        f.add("kind+lang=" + kind + "|" + c.language());
        f.add(hit.trigger().strong() ? "strong" : "weak");
        if (hit.trigger().sense() != null) f.add("sense=" + hit.trigger().sense());
        for (int i = hit.from(); i < hit.to(); i++) {
            f.add("lemma=" + lemma(c.words(), i));
            f.add("kind+lemma=" + kind + "|" + lemma(c.words(), i));
        }
        f.add(drops.isEmpty() ? "rules=keep" : "rules=drop");
        for (String d : drops) f.add("drop=" + d);
        for (String cue : c.cues()) f.add("cue=" + cue);
        for (ModalCue.Kind m : ModalCue.Kind.values()) if (c.modal().has(m)) f.add("modal=" + m);
        if (c.modal().before(ModalCue.Kind.NEGATION, hit.from())) f.add("negation-before");
        if (!c.sources().isEmpty()) f.add("speech");
        if (EventAnnotator.within(c.sources(), at, at + 1)) f.add("in-source");
        if (c.headline()) f.add("headline");
        f.add("sentence=" + bucket(c.sentence()));
        f.add("clause=" + bucket(c.index()));
        f.add("clause-words=" + bucket(c.words().size() / 5));
        f.add("triggers=" + bucket(c.hits().size()));
        for (Hit other : c.hits()) {
            if (other.trigger().kind() != kind) f.add("other=" + other.trigger().kind());
        }
        for (SpanType type : SpanType.values()) f.add(type + "-distance=" + distance(c.words(), hit, type));
        for (int i = Math.max(0, hit.from() - WINDOW); i < hit.from(); i++) f.add("w" + (i - hit.from()) + "=" + lemma(c.words(), i));
        for (int i = hit.to(); i < Math.min(c.words().size(), hit.to() + WINDOW); i++) f.add("w+" + (i - hit.to() + 1) + "=" + lemma(c.words(), i));
        for (int i = 0; i < c.words().size(); i++) {
            if (i < hit.from() - WINDOW || i >= hit.to() + WINDOW) f.add("clause-lemma=" + lemma(c.words(), i));
        }
        f.add(event.place == null ? "place=none" : event.placeCarried ? "place=carried" : ownPlace ? "place=clause" : "place=sentence");
        if (event.country) f.add("place=country");
        f.add(ownDate ? "date=clause" : event.date != null ? "date=other" : "date=none");
        f.add("actors=" + Math.min(event.actors.size(), 2));
        return f;
    }

    /** The lemma of a word, or its shape where it is a number or a mark. */
    static String lemma(Tokens words, int i) {
        String w = words.get(i);
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) return "#";
        if (TriggerHits.punctuation(w)) return w;
        return words.lemmas(i)[0];
    }

    /** How many words lie between the trigger and the nearest token of a span type in the clause, bucketed; "none" without one. */
    private static String distance(Tokens words, Hit hit, SpanType type) {
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            if (!words.types(i).contains(type) || i >= hit.from() && i < hit.to()) continue;
            best = Math.min(best, i < hit.from() ? hit.from() - i : i - hit.to() + 1);
        }
        return best == Integer.MAX_VALUE ? "none" : bucket(best);
    }

    /** 0, 1, 2, 3-5, 6-10, more: counts and positions in a few classes, so that rare values still share weights. */
    static String bucket(int n) {
        if (n <= 2) return Integer.toString(n);
        return n <= 5 ? "3-5" : n <= 10 ? "6-10" : "11+";
    }
}
