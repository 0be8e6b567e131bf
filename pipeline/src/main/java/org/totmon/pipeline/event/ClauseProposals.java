package org.totmon.pipeline.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.totmon.linker.Concepts;
import org.totmon.model.TextSpan;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.ModalCue;
import org.totmon.pipeline.event.EventLexicon.Trigger;
import org.totmon.pipeline.event.TriggerHits.Hit;
import org.totmon.pipeline.rules.Tokens;
import org.totmon.pipeline.rules.Tokens.SpanType;

/**
 * Events no trigger tells: a clause the rules leave without an event is described by cues a model can generalise over
 * across wordings (its lemmas and lemma pairs, the concepts it names, its cue classes, which kinds of names, places and
 * times it holds, its modality, reported speech and position), and an {@link EventGate.Mode#PROPOSE} model trained on
 * annotated sets proposes the kind of event it tells, if any. The proposal is then an ordinary trigger occurrence of
 * that kind, so that its place, date and actors, and the conditions that drop it, are the rules', as for any event.
 * The trigger lexicon's own entries are no cue: trained on every clause, a model learns from them what the rules
 * already find, and proposes again what they rightly drop (BENCHMARKS.md, "Session 15, branch eventmodel").
 */
public final class ClauseProposals {
    private ClauseProposals() {}

    /**
     * A clause by its offsets, whether the rules find an event in it (where a proposer is never asked, though what such
     * clauses tell teaches it the words of each kind), and its cues: a row of a proposer's training data.
     */
    public record Clause(int start, int end, boolean rulesEvent, List<String> features) {}

    /** The cues of a clause. */
    static List<String> features(Document doc, CandidateFeatures.Clause c, TextSpan clause) {
        Tokens words = c.words();
        Set<String> f = new LinkedHashSet<>();
        f.add("lang=" + c.language());
        String previous = "^";
        for (int i = 0; i < words.size(); i++) {
            String lemma = CandidateFeatures.lemma(words, i);
            f.add("lemma=" + lemma);
            f.add("bigram=" + previous + "|" + lemma);
            previous = lemma;
            for (SpanType type : words.types(i)) f.add("has=" + type);
        }
        for (String concept : Concepts.BUNDLED.named(doc.text().substring(clause.start(), clause.end()))) f.add("concept=" + concept);
        for (String cue : c.cues()) f.add("cue=" + cue);
        for (ModalCue.Kind m : ModalCue.Kind.values()) if (c.modal().has(m)) f.add("modal=" + m);
        if (!c.sources().isEmpty()) f.add("speech");
        if (c.headline()) f.add("headline");
        f.add("sentence=" + CandidateFeatures.bucket(c.sentence()));
        f.add("clause=" + CandidateFeatures.bucket(c.index()));
        f.add("clause-words=" + CandidateFeatures.bucket(c.words().size() / 5));
        return new ArrayList<>(f);
    }

    /**
     * The trigger occurrence a proposer gives a clause with these cues: the proposed kind at the word whose lemma the
     * model weighs most for that kind (where the event's place and date are looked for nearest); none when the model
     * proposes nothing.
     */
    static List<Hit> proposed(EventGate gate, List<String> features, Tokens words) {
        EventKind kind = gate.proposal(features);
        if (kind == null || words.isEmpty()) return List.of();
        int best = 0;
        double most = -1;
        for (int i = 0; i < words.size(); i++) {
            double p = gate.probability(List.of("lemma=" + CandidateFeatures.lemma(words, i)), kind.name());
            if (p > most) {
                most = p;
                best = i;
            }
        }
        return List.of(new Hit(new Trigger(kind, null, true, null), best, best + 1));
    }
}
