package org.totmon.cli;

import java.util.concurrent.Callable;
import org.totmon.store.Store;
import org.totmon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuilds the search index (DIR/index) from the stored reports.",
                "Rarely needed: opening the store already repairs an index that is missing or behind."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the index was rebuilt", "2:wrong usage", "3:no store, or it could not be read or indexed"})
public final class ReindexCommand implements Callable<Integer> {

    @Mixin StoreOptions storeOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try (Store store = storeOptions.openExisting()) {
            long n = store.reindex();
            spec.commandLine().getOut().printf("Reindexed %,d reports in %.1f s.%n", n, (System.nanoTime() - started) / 1e9);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("totmon reindex: " + e.getMessage());
            return IngestCommand.EXIT_STORE_FAILED;
        }
    }
}
