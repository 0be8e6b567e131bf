package org.totmon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.totmon.ingest.BenchmarkDocs;
import org.totmon.model.Report;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.event.ClauseProposals;
import org.totmon.pipeline.event.EventAnnotator;
import org.totmon.pipeline.event.EventCandidate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
public final class EventCandidatesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--in", required = true, paramLabel = "DOCS.jsonl", description = "Reports, one JSON object a line.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "CANDIDATES.jsonl", description = "Where to write one candidate a line.")
    Path out;

    @Option(names = "--clauses", description = "Write the clauses with a proposer's cues, instead of the candidates.")
    boolean clauses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(in)) {
            err.println("totmon event-candidates: no such file: " + in);
            return 2;
        }
        List<Report> reports = new ArrayList<>();
        int rejected = BenchmarkDocs.read(in, reports::add, err);
        Pipeline pipeline = Pipeline.standard();
        EventAnnotator events = new EventAnnotator();
        Progress progress = new Progress("event-candidates", reports.size());
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Report r : reports) {
                Document doc = pipeline.annotate(r);
                if (clauses) {
                    for (ClauseProposals.Clause c : events.clauses(doc)) {
                        ObjectNode o = JSON.createObjectNode().put("id", r.id()).put("start", c.start()).put("end", c.end())
                                .put("rules_keep", c.rulesEvent());
                        c.features().forEach(o.putArray("features")::add);
                        w.write(JSON.writeValueAsString(o));
                        w.newLine();
                        written++;
                    }
                    progress.step();
                    continue;
                }
                for (EventCandidate c : events.candidates(doc)) {
                    ObjectNode o = JSON.createObjectNode();
                    o.put("id", r.id());
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
                    w.write(JSON.writeValueAsString(o));
                    w.newLine();
                    written++;
                }
                progress.step();
            }
        } finally {
            progress.done();
        }
        err.printf("event-candidates: %d " + (clauses ? "clauses" : "candidates") + " of %d reports written to %s%n", written, reports.size(), out);
        err.flush();
        return rejected > 0 ? 1 : 0;
    }
}
