package org.totmon.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.totmon.ingest.InputFile;
import org.totmon.ingest.InputFormat;
import org.totmon.ingest.Rejection;
import org.totmon.ingest.ReportReader;
import org.totmon.ingest.SourcedReport;
import org.totmon.linker.Regions;
import org.totmon.model.Extraction;
import org.totmon.model.Report;
import org.totmon.store.Provenance;
import org.totmon.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * For query benchmarks only: stores the reports of a JSON Lines file with their text and language but nothing
 * extracted (no entities, places, times, claims or events), in batches, without running the pipeline, so a large
 * store for search benchmarks costs a fraction of an {@code ingest}. Its search index holds every report's words, so
 * a search over it reads and ranks what it would over a store of that size (less the name keys and the facets), but
 * its ledger, timeline and profile pages are empty and say nothing about those pages' speed.
 */
@Command(name = "bench-fill", mixinStandardHelpOptions = true, hidden = true,
        description = "Stores reports (JSON Lines) with their text only, nothing extracted: a large store for search benchmarks.")
public final class BenchFillCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "The reports.")
    Path input;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500", description = "Reports stored per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin StoreOptions storeOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Store.Addition> pending = new ArrayList<>();
        long[] stored = {0}, rejected = {0};
        long started = System.nanoTime();
        try (Store store = storeOptions.open()) {
            new ReportReader(ReportReader.DEFAULT_MAX_FILE_BYTES * 100).read(new InputFile(input, InputFormat.JSONL, Files.size(input)),
                    new ReportReader.Listener() {
                        @Override
                        public void report(SourcedReport r) {
                            pending.add(new Store.Addition(r.report(), bare(r.report()), Provenance.NONE));
                            if (pending.size() >= batch) stored[0] += flush(store, pending);
                        }

                        @Override
                        public void rejected(Rejection r) {
                            rejected[0]++;
                            spec.commandLine().getErr().println("totmon bench-fill: " + r.where() + ": " + r.reason());
                        }
                    });
            stored[0] += flush(store, pending);
        }
        out.printf("Stored %,d reports (%,d rejected) in %.1f s.%n", stored[0], rejected[0], (System.nanoTime() - started) / 1e9);
        out.flush();
        return 0;
    }

    private static Extraction bare(Report r) {
        return new Extraction(r.id(), r.language(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static long flush(Store store, List<Store.Addition> pending) {
        long n = store.addAndLink(pending, Regions.NONE).stream().filter(r -> r.added()).count();
        pending.clear();
        return n;
    }
}
