package org.totmon.pipeline.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;
import org.totmon.pipeline.NameCandidate;

/**
 * People and organisations. Known actors are found by their registry names (any case form, any spelling the
 * registry lists); other names by capitalisation and cues: a given name, a title before the name, a surname's
 * ending that agrees with the word before it, a speech verb or an apposition ("X said", "X, the head of"), an
 * organisation word ("Ministry", "Center", "Lab", "бригада"), a kind word before a name ("the movement X"), a
 * numbered unit ("219-ї окремої механізованої бригади"). Within the report, a surname alone or a shorter form of an
 * organisation's name joins the entity it abbreviates. Place names inside an entity's name ("Security Service
 * of Ukraine") are taken off the places layer. Runs after tokens and places.
 */
public final class EntityAnnotator implements Annotator {
    /** Below this mean token probability a model's name is left out (0.5 scored best on held-out factRuEval data). */
    private static final double MODEL_MIN_PROBABILITY = 0.5;
    private final ActorNames actorNames;
    private final OrganisationFinder organisations;
    private final CapitalisedNames capitalisedNames;
    private final Coreference coreference;

    public EntityAnnotator(ActorRegistry registry, GivenNames givenNames) {
        this.actorNames = new ActorNames(registry, givenNames);
        this.organisations = new OrganisationFinder(givenNames, actorNames);
        this.capitalisedNames = new CapitalisedNames(givenNames, actorNames);
        this.coreference = new Coreference(new CanonicalNames(givenNames), givenNames);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BOILERPLATE, Layer.CREDITS, Layer.LANGUAGE, Layer.TOKENS, Layer.NAME_CANDIDATES, Layer.PLACE_MATCHES);
    }

    @Override
    public Layer produces() {
        return Layer.ENTITIES;
    }

    @Override
    public void annotate(Document doc) {
        List<Token> tokens = doc.tokens();
        if (tokens.isEmpty()) return;
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = NameKeys.word(tokens.get(i).text());
        boolean[] usable = new boolean[tokens.size()];
        for (int i = 0; i < usable.length; i++) usable[i] = !doc.isBoilerplate(tokens.get(i).start(), tokens.get(i).end());
        for (TextSpan span : doc.credits()) {
            for (int i = 0; i < usable.length; i++) if (tokens.get(i).start() >= span.start() && tokens.get(i).end() <= span.end()) usable[i] = false;
        }
        Set<Integer> sentenceStarts = sentenceStarts(doc);
        Map<Integer, Integer> placeSpans = placeTokenSpans(doc);

        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        actorNames.find(doc, tokens, keys, usable, taken, found);
        organisations.findNamed(doc, tokens, keys, usable, taken, placeSpans, found);
        organisations.findCyrillic(doc, tokens, keys, usable, taken, placeSpans, found);
        organisations.findNumberedUnits(doc, tokens, keys, usable, taken, found);
        capitalisedNames.find(doc, tokens, keys, usable, taken, sentenceStarts, placeSpans, found);
        addModelNames(doc, tokens, keys, usable, placeSpans, found);
        List<Entity> entities = coreference.entities(doc, tokens, keys, usable, found);
        doc.entities().addAll(entities);
    }

    /**
     * Names a trained model proposed (Russian reports: the factRuEval model) where the rules found nothing: people
     * and organisations it is at least even-odds sure of, with a capital letter, clear of every name and place the
     * rules found. Measured on factRuEval's and NEREL's test splits (BENCHMARKS.md).
     */
    private void addModelNames(Document doc, List<Token> tokens, String[] keys, boolean[] usable, Map<Integer, Integer> placeSpans,
                               List<Found> found) {
        if (doc.nameCandidates().isEmpty()) return;
        boolean[] named = new boolean[tokens.size()];
        for (Found f : found) if (f.type() != null) for (int k = f.from(); k < f.to(); k++) named[k] = true;
        placeSpans.forEach((from, to) -> { for (int k = from; k < to; k++) named[k] = true; });
        Map<Integer, Integer> tokenAt = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) tokenAt.put(tokens.get(i).start(), i);
        for (NameCandidate c : doc.nameCandidates()) {
            if (c.kind() == NameCandidate.Kind.LOCATION || c.probability() < MODEL_MIN_PROBABILITY) continue;
            Integer from = tokenAt.get(c.start());
            if (from == null) continue;
            int to = from;
            while (to < tokens.size() && tokens.get(to).end() <= c.end()) to++;
            boolean clear = to > from && doc.text().substring(c.start(), c.end()).chars().anyMatch(Character::isUpperCase);
            for (int k = from; k < to && clear; k++) clear = usable[k] && !named[k];
            if (!clear) continue;
            int a = from, b = to;
            found.removeIf(f -> f.type() == null && f.from() >= a && f.to() <= b);
            EntityType type = c.kind() == NameCandidate.Kind.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION;
            found.add(new Found(from, to, type, actorNames.actor(keys, from, to)));
        }
    }

    private static Set<Integer> sentenceStarts(Document doc) {
        Set<Integer> starts = new HashSet<>();
        for (TextSpan s : doc.sentences()) starts.add(s.start());
        return starts;
    }

    /** Token index where a place mention starts → index past its end. */
    private static Map<Integer, Integer> placeTokenSpans(Document doc) {
        Map<Integer, Integer> byStartOffset = new HashMap<>();
        for (Place p : doc.placeMatches()) for (Mention m : p.mentions()) byStartOffset.put(m.start(), m.end());
        Map<Integer, Integer> out = new HashMap<>();
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Integer end = byStartOffset.get(tokens.get(i).start());
            if (end == null) continue;
            int j = i;
            while (j < tokens.size() && tokens.get(j).end() <= end) j++;
            out.put(i, j);
        }
        return out;
    }
}
