package org.totmon.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.totmon.pipeline.attribution.SideModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Trains the claimant side model: maximum entropy over claimants' cues labelled with the annotated claims' sides. */
@Command(name = "train-sides", mixinStandardHelpOptions = true,
        description = "Train a model that decides the side of a speaker no registry knows, from labelled claim files, one per "
                + "annotated set (`side-candidates` output with \"side\" added; bench/side_model.py labels them). It overrules the "
                + "rules where it is at least as sure as a threshold, chosen on each set's claims as decided by a model trained on "
                + "the other sets. `extract --side-model FILE` runs with it.")
public final class TrainSidesCommand implements Callable<Integer> {
    @Parameters(arity = "2..*", paramLabel = "SET.jsonl", description = "Labelled claims, one file per set (at least two).")
    List<Path> sets;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Map<String, List<SideModel.Sample>> samples = SideModel.read(sets);
        SideModel model = SideModel.train(samples);
        model.write(out);
        System.err.printf("train-sides: threshold %.2f, from %d labelled claims of %d sets, written to %s%n", model.threshold(),
                samples.values().stream().mapToInt(List::size).sum(), samples.size(), out);
        return 0;
    }
}
