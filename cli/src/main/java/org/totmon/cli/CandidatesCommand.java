package org.totmon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What the commands that write a trained decision's candidates share: reports in, one candidate a JSON line out. */
abstract class CandidatesCommand implements Callable<Integer> {
    static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--in", required = true, paramLabel = "DOCS.jsonl", description = "Reports, one JSON object a line.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "CANDIDATES.jsonl", description = "Where to write one candidate a line.")
    Path out;

    @Spec
    CommandSpec spec;

    /** The pipeline that annotates the reports. */
    abstract Pipeline pipeline();

    /** The candidates of one annotated report. */
    abstract List<ObjectNode> candidates(Document doc);

    @Override
    public Integer call() throws Exception {
        String name = spec.name();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(in)) {
            err.println("totmon " + name + ": no such file: " + in);
            return 2;
        }
        List<Report> reports = new ArrayList<>();
        int rejected = BenchmarkDocs.read(in, reports::add, err);
        Pipeline pipeline = pipeline();
        Progress progress = new Progress(name, reports.size());
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Report r : reports) {
                for (ObjectNode o : candidates(pipeline.annotate(r))) {
                    w.write(JSON.writeValueAsString(o));
                    w.newLine();
                    written++;
                }
                progress.step();
            }
        } finally {
            progress.done();
        }
        err.printf("%s: %d candidates of %d reports written to %s%n", name, written, reports.size(), out);
        err.flush();
        return rejected > 0 ? 1 : 0;
    }
}
