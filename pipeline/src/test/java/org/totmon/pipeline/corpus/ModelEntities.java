package org.totmon.pipeline.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.NameCandidate;
import org.totmon.pipeline.NameCandidate.Kind;
import org.totmon.pipeline.entity.NameKeys;
import org.totmon.pipeline.entity.Romanizer;

/**
 * A trial of wiring the name model into the entity layer, for measurement only: the model's person and organisation
 * candidates that have a capital letter (a bare "администрации" is a descriptor, not a name) and overlap no entity and
 * no place the pipeline found become extra entities, one per name key (a lone surname joins the full name it ends),
 * named by the romanized text of their first mention.
 */
final class ModelEntities {
    record Setting(Set<Kind> kinds, double minProbability) {
        @Override
        public String toString() {
            return kinds.stream().map(k -> k.name().substring(0, 3)).sorted().toList() + " p>=" + minProbability;
        }
    }

    private ModelEntities() {}

    static List<Entity> extra(Document doc, List<NameCandidate> candidates, Setting setting) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (NameCandidate c : candidates) {
            if (!setting.kinds().contains(c.kind()) || c.probability() < setting.minProbability() || taken(doc, c)) continue;
            String text = doc.text().substring(c.start(), c.end());
            if (text.chars().noneMatch(Character::isUpperCase)) continue;
            String key = key(text);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(text, c.start(), c.end()));
            kinds.putIfAbsent(key, c.kind());
        }
        mergeSurnames(byKey, kinds);
        List<Entity> out = new ArrayList<>();
        byKey.forEach((key, mentions) -> out.add(new Entity(Romanizer.romanize(mentions.get(0).text()),
                kinds.get(key) == Kind.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION, mentions)));
        return out;
    }

    private static boolean taken(Document doc, NameCandidate c) {
        for (Entity e : doc.entities()) for (Mention m : e.mentions()) if (m.start() < c.end() && c.start() < m.end()) return true;
        for (Place p : doc.places()) for (Mention m : p.mentions()) if (m.start() < c.end() && c.start() < m.end()) return true;
        return false;
    }

    private static String key(String text) {
        StringBuilder b = new StringBuilder();
        for (String w : text.split("[\\s«»\"„“”]+")) if (!w.isEmpty()) b.append(b.length() == 0 ? "" : " ").append(NameKeys.word(w));
        return b.toString();
    }

    /** "Шольц" after "Олаф Шольц" is the same person: a one-word person key joins the longer person key it ends. */
    private static void mergeSurnames(Map<String, List<Mention>> byKey, Map<String, Kind> kinds) {
        for (String single : List.copyOf(byKey.keySet())) {
            if (kinds.get(single) != Kind.PERSON || single.contains(" ")) continue;
            for (String full : byKey.keySet()) {
                if (kinds.get(full) == Kind.PERSON && full.endsWith(" " + single)) {
                    byKey.get(full).addAll(byKey.remove(single));
                    break;
                }
            }
        }
    }
}
