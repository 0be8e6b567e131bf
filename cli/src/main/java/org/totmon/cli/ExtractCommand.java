package org.totmon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.totmon.ingest.BenchmarkDocs;
import org.totmon.ingest.ExtractionJson;
import org.totmon.model.Extraction;
import org.totmon.model.Report;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.attribution.SideModel;
import org.totmon.pipeline.event.EventGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the pipeline over reports in the benchmark's input format and writes its output format; the store is not touched. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities, places, times, claims and events from a JSONL file of reports "
                + "(benchmark input format) into a JSONL file (benchmark output format). Does not touch the store.")
public final class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--in", required = true, paramLabel = "DOCS.jsonl", description = "Reports, one JSON object a line: id, url, outlet, title, published, language, text.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.jsonl", description = "Where to write one extraction a line.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--link", description = "Also link the reports across each other, read as one collection in publication "
            + "order, as ingest followed by `claims` and `events` does: each event gets its \"cluster\", each claim its "
            + "\"group\" and \"disputed\" (the linking benchmark's format). Uses a temporary store, deleted afterwards.")
    boolean link;

    @Option(names = "--event-model", paramLabel = "FILE", description = "Decide which event candidates are events with this "
            + "trained gate (`totmon train-events`) instead of the hand-written conditions alone.")
    Path eventModel;

    @Option(names = "--place-model", paramLabel = "FILE", description = "Choose each event's place among the places the rules "
            + "consider with this trained chooser (`totmon train-events` over place options; bench/place_rank.py) instead of the rules.")
    Path placeModel;

    @Option(names = "--side-model", paramLabel = "FILE", description = "Decide the side of each speaker no registry knows with this "
            + "trained model (`totmon train-sides`) instead of the rules alone; the registries stay authoritative where they know the name.")
    Path sideModel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(in)) {
            err.println("totmon extract: no such file: " + in);
            return 2;
        }
        List<Report> reports = new ArrayList<>();
        int rejected = BenchmarkDocs.read(in, reports::add, err);
        Pipeline pipeline = eventModel == null && placeModel == null && sideModel == null ? Pipeline.standard()
                : Pipeline.withModels(eventModel == null ? EventGate.RULES : EventGate.read(eventModel),
                        placeModel == null ? null : EventGate.read(placeModel), sideModel == null ? null : SideModel.read(sideModel));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        Progress progress = new Progress("extract", reports.size());
        int failed = 0;
        try {
            List<Future<Extraction>> results = new ArrayList<>();
            for (Report r : reports) results.add(pool.submit(() -> pipeline.process(r)));
            // A report the pipeline fails on is named and left out; the others are written.
            List<Report> annotated = new ArrayList<>();
            List<Future<Extraction>> extracted = new ArrayList<>();
            List<ObjectNode> written = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                try {
                    written.add(ExtractionJson.toJson(results.get(i).get()));
                    annotated.add(reports.get(i));
                    extracted.add(results.get(i));
                } catch (ExecutionException e) {
                    failed++;
                    err.println("totmon extract: " + in + ": report " + reports.get(i).id() + " left out, it could not be annotated"
                            + (e.getCause().getMessage() == null ? "" : ": " + e.getCause().getMessage()));
                }
                progress.step();
            }
            progress.done();
            if (link) CollectionLinks.annotate(annotated, extracted, written, err);
            Path tmp = out.resolveSibling(out.getFileName() + ".partial");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (ObjectNode n : written) {
                    w.write(JSON.writeValueAsString(n));
                    w.newLine();
                }
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (ExecutionException e) {
            throw new IllegalStateException("linking failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            progress.done();
        }
        err.printf("extract: %d reports written to %s%s%s%n", reports.size() - failed, out,
                rejected > 0 ? ", " + rejected + " lines rejected" : "", failed > 0 ? ", " + failed + " reports left out" : "");
        err.flush();
        return rejected > 0 || failed > 0 ? 1 : 0;
    }

}
