package org.totmon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.totmon.linker.Regions;
import org.totmon.model.Extraction;
import org.totmon.model.Report;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.place.GazetteerRegions;
import org.totmon.store.Store;
import org.totmon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reannotate", mixinStandardHelpOptions = true,
        description = {"Extracts again the stored reports that an older pipeline extracted, then links all reports again.",
                "Each report is replaced in its own transaction, so an interrupted run loses nothing: run it again and it "
                        + "goes on with the reports still older, then finishes the linking."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every report is of this pipeline's version and linked (or --limit was reached)", "2:wrong usage",
                "3:no store, or it could not be read or written"})
public final class ReannotateCommand implements Callable<Integer> {

    @Mixin StoreOptions storeOptions;

    @Option(names = "--limit", paramLabel = "N", description = "Re-extract at most N reports in this run, and link only when none is left.")
    Long limit;

    @Spec CommandSpec spec;

    private final Function<Report, Extraction> extractor;
    private final Regions regions;

    public ReannotateCommand() {
        this(report -> Pipeline.standard().process(report), GazetteerRegions.standard());
    }

    ReannotateCommand(Function<Report, Extraction> extractor, Regions regions) {
        this.extractor = extractor;
        this.regions = regions;
    }

    /** Stops a run at its limit. */
    private static final class LimitReached extends RuntimeException {
        LimitReached() {
            super(null, null, false, false);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit != null && limit < 0) {
            err.println("totmon reannotate: --limit must be 0 or more");
            return 2;
        }
        try (Store store = storeOptions.openExisting()) {
            long older = store.olderExtractionCount();
            long todo = limit == null ? older : Math.min(older, limit);
            long[] done = {0};
            if (older > 0) {
                err.printf("Extracting again %,d of %,d reports an older pipeline extracted (this one is %s)…%n",
                        todo, older, store.extractorVersion());
                err.flush();
                // The links are dropped first and rebuilt last, so that an interrupted run leaves none that is stale.
                store.forgetLinks();
                Progress progress = new Progress("reannotate", todo);
                try {
                    store.forEachOlder(stored -> {
                        if (done[0] == todo) throw new LimitReached();
                        store.replaceExtraction(stored, extractor.apply(stored.report()));
                        done[0]++;
                        progress.step();
                    });
                } catch (LimitReached stop) {
                    // the rest waits for the next run
                } finally {
                    progress.done();
                }
            }
            long left = store.olderExtractionCount();
            if (left > 0) {
                out.printf("Extracted %,d reports again; %,d are still of an older pipeline: run reannotate again.%n", done[0], left);
                out.flush();
                return 0;
            }
            LinkedStore.linkPending(store, regions, err);
            out.printf("Extracted %,d reports again; all %,d stored reports are of this pipeline (%s) and linked.%n",
                    done[0], store.reportCount(), store.extractorVersion());
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("totmon reannotate: " + e.getMessage());
            return IngestCommand.EXIT_STORE_FAILED;
        }
    }
}
