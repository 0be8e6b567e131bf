package org.totmon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.totmon.linker.Regions;
import org.totmon.pipeline.place.GazetteerRegions;
import org.totmon.store.LinkCounts;
import org.totmon.store.Store;
import org.totmon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "relink", mixinStandardHelpOptions = true,
        description = {"Rebuilds the claim groups, event clusters and near-duplicate marks from the stored reports.",
                "Ingest links each new report as it comes; relink after the linking rules change. Reports are linked "
                        + "in the order they were stored, so the result equals what ingesting them gave."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the links were rebuilt", "2:wrong usage", "3:no store, or it could not be read or written"})
public final class RelinkCommand implements Callable<Integer> {

    @Mixin StoreOptions storeOptions;

    @Spec CommandSpec spec;

    private final Regions regions;

    public RelinkCommand() {
        this(GazetteerRegions.standard());
    }

    RelinkCommand(Regions regions) {
        this.regions = regions;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.openExisting()) {
            Progress progress = new Progress("relink", store.reportCount());
            long n;
            try {
                n = store.relink(regions, linked -> progress.step());
            } finally {
                progress.done();
            }
            LinkCounts c = store.linkCounts();
            out.printf("Linked %,d reports in %.1f s: %,d claim groups (%,d disputed), %,d events, %,d near-duplicate reports.%n",
                    n, (System.nanoTime() - started) / 1e9, c.claimGroups(), c.disputedGroups(), c.events(), c.nearDuplicates());
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("totmon relink: " + e.getMessage());
            return IngestCommand.EXIT_STORE_FAILED;
        }
    }
}
