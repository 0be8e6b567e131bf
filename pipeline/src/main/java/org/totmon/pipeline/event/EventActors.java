package org.totmon.pipeline.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Entity;
import org.totmon.model.Mention;
import org.totmon.model.TextSpan;
import org.totmon.pipeline.Attribution;
import org.totmon.pipeline.Document;

/** Who does what a clause tells, and where their organisations sit. Part of {@link EventAnnotator}. */
final class EventActors {
    private EventActors() {}

    /**
     * The entities named in the clause outside the source of a statement; unless the event is the statement itself (a
     * condemnation), none that the attribution layer found speaking there, nor the report's outlet: who tells of an
     * event did not, by telling, do it.
     */
    static Set<String> of(Document doc, TextSpan clause, List<TextSpan> aside, boolean withoutSpeakers) {
        List<Map.Entry<Integer, String>> named = new ArrayList<>();
        for (Entity e : doc.entities()) {
            if (withoutSpeakers && isOutlet(doc, e)) continue;
            e.mentions().stream().filter(m -> clause.overlaps(m.start(), m.end()) && !EventAnnotator.within(aside, m.start(), m.end())
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

    /** The seats of the organisations among the clause's actors, then the sentence's ({@link OrganisationSeats}). */
    static List<String> seats(Document doc, TextSpan clause, TextSpan sentence, Set<String> actors, List<TextSpan> aside) {
        List<String> out = new ArrayList<>(OrganisationSeats.of(doc, clause, actors, aside));
        out.addAll(OrganisationSeats.of(doc, sentence, of(doc, sentence, aside, true), aside));
        return out;
    }
}
