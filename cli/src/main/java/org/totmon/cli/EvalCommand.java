package org.totmon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Extracts the benchmark's reports and prints the benchmark scorer's report by language. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run extract on a benchmark set and score it with the benchmark's score.py (needs python3).")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--docs", defaultValue = "../shared/eval/dev/docs.jsonl", paramLabel = "DOCS.jsonl", description = "Benchmark input (default: ${DEFAULT-VALUE}).")
    Path docs;

    @Option(names = "--gold", defaultValue = "../shared/eval/dev/gold.jsonl", paramLabel = "GOLD.jsonl", description = "Gold annotations (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--scorer", paramLabel = "score.py", description = "The scorer (default: score.py one folder above the gold file).")
    Path scorer;

    @Option(names = "--errors", paramLabel = "N", description = "Also list up to N misses and false hits per layer.")
    int errors;

    @Option(names = "--keep", paramLabel = "OUT.jsonl", description = "Keep the extraction in this file.")
    Path keep;

    @Override
    public Integer call() throws Exception {
        for (Path p : List.of(docs, gold)) if (!Files.isRegularFile(p)) throw new IOException("no such file: " + p);
        Path score = scorer != null ? scorer : gold.toAbsolutePath().getParent().getParent().resolve("score.py");
        if (!Files.isRegularFile(score)) throw new IOException("no scorer at " + score + " (use --scorer)");
        Path out = keep != null ? keep : Files.createTempFile("totmon-eval", ".jsonl");
        try {
            int rc = new CommandLine(new ExtractCommand()).execute("--in", docs.toString(), "--out", out.toString());
            if (rc != 0) return rc;
            Process p = new ProcessBuilder("python3", score.toString(), gold.toString(), out.toString(), "--docs", docs.toString(),
                    "--errors", String.valueOf(errors)).inheritIO().start();
            return p.waitFor();
        } finally {
            if (keep == null) Files.deleteIfExists(out);
        }
    }
}
