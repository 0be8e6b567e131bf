package org.totmon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.totmon.pipeline.ner.NameModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Retrains the Russian name model the pipeline ships, from the factRuEval-2016 corpus. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the Russian name model (PER/ORG/LOC) on factRuEval-2016's devset (MIT licence; keep its notice "
                + "with the model). The testset is left out so that it can score the model.")
public final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--factrueval", defaultValue = "../shared/data/ner-ru/factRuEval-2016", paramLabel = "DIR",
            description = "factRuEval-2016 folder holding devset/ (default: ${DEFAULT-VALUE}).")
    Path factRuEval;

    @Option(names = "--out", defaultValue = "pipeline/src/main/resources/org/totmon/pipeline/ner/ru-factrueval.bin", paramLabel = "FILE",
            description = "Where to write it (default: the resource the build ships, ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        NameModelTrainer.train(factRuEval, out);
        System.err.printf("train-ner: wrote %s (%d bytes) in %.0f s; rebuild the jar to ship it%n", out, Files.size(out),
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
