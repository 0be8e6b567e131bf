package org.totmon.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.totmon.pipeline.event.EventGate;
import org.totmon.pipeline.event.EventGateTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Trains the event gate: a maximum-entropy model over event candidates labelled by the scorer's matching. */
@Command(name = "train-events", mixinStandardHelpOptions = true,
        description = "Train a gate that decides which event candidates are events, from labelled candidate files, one per "
                + "annotated set (`event-candidates` output with \"event\" added; bench/event_gate.py labels them). The "
                + "threshold is chosen on each set's candidates as scored by a model trained on the other sets (for a proposer, "
                + "the lowest whose held-out proposals are right at the issue's precision goal, 0.75, or more).")
public final class TrainEventsCommand implements Callable<Integer> {
    @Parameters(arity = "2..*", paramLabel = "SET.jsonl", description = "Labelled candidates, one file per set (at least two).")
    List<Path> sets;

    @Option(names = "--mode", defaultValue = "GATE", paramLabel = "MODE", description = "GATE: the model may only drop what the "
            + "rules keep; ALONE: the model decides over every candidate, the rules' conditions being features; PROPOSE: over labelled "
            + "clauses (`event-candidates --clauses`), a proposer of events where the rules keep none (default: ${DEFAULT-VALUE}).")
    EventGate.Mode mode;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the gate.")
    Path out;

    @Option(names = "--threshold", paramLabel = "P", description = "Keep a candidate at this probability or more, instead of "
            + "the threshold chosen on held-out scores.")
    Double threshold;

    @Option(names = "--curve", description = "Also print, for each threshold, the candidates kept, precision, recall and F1 over "
            + "the held-out scores, and how well those scores rank events among the candidates the rules keep.")
    boolean curve;

    @Override
    public Integer call() throws Exception {
        Map<String, List<EventGateTrainer.Sample>> samples = EventGateTrainer.readSets(sets);
        if (curve) {
            List<EventGateTrainer.Scored> scored = EventGateTrainer.heldOut(samples, mode);
            System.out.printf("held-out ranking of events among the candidates the rules keep (ROC area): %.3f%n",
                    EventGateTrainer.rankingAmongKept(scored));
            System.out.println("threshold\tkept\tright\tP\tR\tF1");
            for (EventGateTrainer.Point p : EventGateTrainer.curve(scored, mode)) {
                System.out.printf("%.2f\t%d\t%d\t%.3f\t%.3f\t%.3f%n", p.threshold(), p.kept(), p.right(), p.precision(), p.recall(), p.f1());
            }
        }
        EventGate gate = threshold == null ? EventGateTrainer.train(samples, mode) : EventGateTrainer.train(samples, mode, threshold);
        gate.write(out);
        System.err.printf("train-events: %s gate, threshold %.2f, from %d candidates of %d sets, written to %s%n", gate.mode(),
                gate.threshold(), samples.values().stream().mapToInt(List::size).sum(), samples.size(), out);
        return 0;
    }
}
