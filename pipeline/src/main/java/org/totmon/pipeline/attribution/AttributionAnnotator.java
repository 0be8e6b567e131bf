package org.totmon.pipeline.attribution;

import java.util.Set;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Attribution;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;
import org.totmon.pipeline.claim.Cues;
import org.totmon.pipeline.entity.ActorRegistry;

/**
 * The attribution layer: reported speech ("X said", "said X", "according to X", "як повідомляє X") with the speaker
 * each resolves to (an entity, the person a pronoun or title stands for, the body a reference such as "the mission"
 * or "відомство" points back to, the outlet), and quotations with the speaker of each, across sentences. Every
 * speaker has a side with its reason: a registry row, a role phrase, or the outlet. Claims read this layer for
 * their claimants, events to keep speakers out of their actors. Runs after sentences, tokens and entities;
 * thread-safe.
 */
public final class AttributionAnnotator implements Annotator {
    private final Cues cues;
    private final SourceFinder sources;
    private final Speakers speakers;
    private final SideCues sideCues;
    /** The trained side decision for speakers no registry knows, or null for the rules' alone. */
    private final SideModel sideModel;

    public AttributionAnnotator(ActorRegistry registry, OutletRegistry outlets) {
        this(new Claimants(registry, outlets, Cues.bundled()), null);
    }

    private AttributionAnnotator(Claimants claimants, SideModel sideModel) {
        this.cues = claimants.cues();
        this.sources = new SourceFinder(cues);
        this.speakers = new Speakers(cues, claimants, sources);
        this.sideCues = new SideCues(cues, claimants);
        this.sideModel = sideModel;
    }

    /** The same annotator with a trained side decision for speakers no registry knows. */
    public AttributionAnnotator withSideModel(SideModel model) {
        return new AttributionAnnotator(speakers.claimants(), model);
    }

    /** The speakers of an annotated report with the cues a trained side decision reads of each (what side-candidates writes). */
    public Map<String, SideCues.Speaker> speakers(Document doc) {
        return sideCues.speakers(doc, doc.attributions());
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BOILERPLATE, Layer.HEADLINE, Layer.LANGUAGE, Layer.TOKENS, Layer.LEMMAS, Layer.MODALITY, Layer.PLACE_MATCHES, Layer.PLACES, Layer.TIMES, Layer.ENTITIES);
    }

    @Override
    public Layer produces() {
        return Layer.ATTRIBUTION;
    }

    @Override
    public void annotate(Document doc) {
        ContentSentences content = ContentSentences.of(doc);
        Scene scene = new Scene(doc, content, speakers.claimants());
        Map<Resolved, Attribution> layer = new IdentityHashMap<>();
        IntPredicate timed = offset -> doc.times().stream().anyMatch(m -> m.start() <= offset && offset < m.end());
        for (int i = 0; i < content.size(); i++) {
            List<Resolved> here = new ArrayList<>();
            scene.sourcesBySentence.add(here);
            for (Source s : sources.find(content.tokens().get(i), i, timed)) {
                Resolved r = speakers.resolve(scene, s);
                if (r == null) continue;
                here.add(r);
                scene.allSources.add(r);
            }
            citedBodies(scene, here);
            for (Resolved r : here) layer.put(r, speech(content, r));
        }
        List<Attribution> out = new ArrayList<>(layer.values());
        Attribution own = ownVoice(scene);
        if (own != null) out.add(own);
        for (Quote q : quotes(scene)) out.add(layer.get(q.speaker()).asQuote(q.start(), q.end()));
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.cue(), b.cue()));
        doc.attributions().addAll(sideModel == null ? out : sideModel.apply(doc, out, sideCues));
    }

    /**
     * "сообщал ТАСС со ссылкой на экстренные службы": a state body that a medium of known side cites is that side's,
     * not the reporting outlet's authorities.
     */
    private static void citedBodies(Scene scene, List<Resolved> sentence) {
        Resolved relay = sentence.stream().filter(r -> r.source().relay() && r.side().known() && !r.side().home()).findFirst().orElse(null);
        if (relay == null) return;
        for (int i = 0; i < sentence.size(); i++) {
            Resolved r = sentence.get(i);
            if (r.source().relay() || !r.side().home()) continue;
            Resolved cited = new Resolved(r.source(), r.offset(), r.name(), new Sided(relay.side().side(),
                    "state body cited by " + relay.name() + ", whose side is by " + relay.side().reason()), r.hedging());
            sentence.set(i, cited);
            scene.allSources.set(scene.allSources.indexOf(r), cited);
        }
    }

    private static Attribution speech(ContentSentences content, Resolved r) {
        Source s = r.source();
        TextSpan sentence = content.spans().get(s.sentence());
        List<Token> t = content.tokens().get(s.sentence());
        int sourceStart = s.from() < t.size() ? t.get(s.from()).start() : sentence.end();
        int sourceEnd = s.to() > s.from() ? t.get(s.to() - 1).end() : sourceStart;
        return new Attribution(Attribution.Type.SPEECH, s.kind(), sentence.start(), sentence.end(), sourceStart, sourceEnd, r.offset(),
                r.name(), r.side().side(), r.side().reason(), r.hedging(), s.anaphoric(), s.clauseLocal(), s.opensParagraph(),
                s.closesParagraph(), s.relay());
    }

    /** The outlet, or when the report names none, the source it cites most: who says what nobody else in it says. */
    private Attribution ownVoice(Scene scene) {
        String name = scene.outlet;
        Sided side = scene.outletSide;
        if (name == null) {
            Map<String, Integer> counts = new HashMap<>();
            for (Resolved r : scene.allSources) if (r.source().kind() == Attribution.Kind.NAMED) counts.merge(r.name(), 1, Integer::sum);
            name = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (name == null) return null;
            side = speakers.claimants().ownVoice(name);
        }
        int end = scene.doc.text().length();
        return new Attribution(Attribution.Type.OWN_VOICE, Attribution.Kind.NAMED, 0, end, 0, 0, 0, name, side.side(), side.reason(),
                false, false, false, false, false, false);
    }

    private record Quote(int start, int end, Resolved speaker) {}

    /** Quotations with their speakers: the attribution just after the closing mark or just before the opening one. */
    private static List<Quote> quotes(Scene ctx) {
        String text = ctx.doc.text();
        List<Quote> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = switch (c) {
                case '“' -> '”';
                case '«' -> '»';
                case '„' -> '“';
                case '"' -> '"';
                default -> 0;
            };
            if (close == 0) {
                i++;
                continue;
            }
            int end = text.indexOf(close, i + 1);
            if (c == '„' && end < 0) end = text.indexOf('”', i + 1);
            if (end < 0) end = text.length();
            Resolved speaker = speaker(ctx, i, end);
            if (speaker != null) out.add(new Quote(i, end, speaker));
            i = end + 1;
        }
        return out;
    }

    private static Resolved speaker(Scene ctx, int start, int end) {
        for (int si = 0; si < ctx.sentences.size(); si++) {
            TextSpan s = ctx.sentences.get(si);
            if (s.contains(end) || s.end() == end) {
                for (Resolved r : ctx.sourcesBySentence.get(si)) if (r.offset() >= end) return r;
            }
        }
        Resolved before = null;
        for (int si = 0; si < ctx.sentences.size(); si++) {
            TextSpan s = ctx.sentences.get(si);
            if (!s.contains(start)) continue;
            for (Resolved r : ctx.sourcesBySentence.get(si)) if (r.offset() < start) before = r;
        }
        if (before != null || end - start < 60) return before;
        Resolved last = null;
        for (Resolved r : ctx.allSources) if (r.offset() < start && r.source().kind() != Attribution.Kind.IMPERSONAL) last = r;
        return last;
    }
}
