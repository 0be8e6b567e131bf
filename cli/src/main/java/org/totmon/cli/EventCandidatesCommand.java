package org.totmon.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.event.ClauseProposals;
import org.totmon.pipeline.event.EventAnnotator;
import org.totmon.pipeline.event.EventCandidate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes every event candidate of the reports with its features, or every clause the rules leave without an event with
 * a proposer's: the input, once labelled, of `train-events`.
 */
@Command(name = "event-candidates", mixinStandardHelpOptions = true,
        description = "Write the event candidates of a JSONL file of reports (benchmark input format), one JSON object a line: "
                + "the report's id, the candidate's kind, place, date and span, whether the hand-written conditions keep it "
                + "(rules_keep) and which drop it (drops), its features, and every place the rules' steps may give it with the "
                + "roads that reach it (place_options). Label each with \"event\" (bench/event_gate.py "
                + "does, by the scorer's matching) to train a gate with `train-events`. With --clauses, every clause instead: the "
                + "report's id, the clause's span, whether the rules find an event in it (rules_keep) and the cues a proposer weighs (features); "
                + "label each with the \"type\" of the gold event it tells, or null (bench/event_propose.py does), to train a "
                + "proposer with `train-events --mode PROPOSE`.")
public final class EventCandidatesCommand extends CandidatesCommand {
    private final EventAnnotator events = new EventAnnotator();

    @Option(names = "--clauses", description = "Write the clauses with a proposer's cues, instead of the candidates.")
    boolean clauses;

    @Override
    Pipeline pipeline() {
        return Pipeline.standard();
    }

    @Override
    List<ObjectNode> candidates(Document doc) {
        List<ObjectNode> out = new ArrayList<>();
        if (clauses) {
            for (ClauseProposals.Clause c : events.clauses(doc)) {
                ObjectNode o = JSON.createObjectNode().put("id", doc.report().id()).put("start", c.start()).put("end", c.end())
                        .put("rules_keep", c.rulesEvent());
                c.features().forEach(o.putArray("features")::add);
                out.add(o);
            }
            return out;
        }
        for (EventCandidate c : events.candidates(doc)) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", doc.report().id());
            o.put("kind", c.kind());
            o.put("place", c.place());
            o.put("date", c.date());
            o.put("start", c.start());
            o.put("end", c.end());
            o.put("headline", c.headline());
            o.put("rules_keep", c.rulesKeep());
            c.drops().forEach(o.putArray("drops")::add);
            c.features().forEach(o.putArray("features")::add);
            ArrayNode options = o.putArray("place_options");
            c.placeOptions().forEach(p -> {
                ObjectNode option = options.addObject().put("place", p.place());
                p.sources().forEach(option.putArray("sources")::add);
                p.features().forEach(option.putArray("features")::add);
            });
            out.add(o);
        }
        return out;
    }
}
