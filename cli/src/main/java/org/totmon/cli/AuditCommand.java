package org.totmon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.totmon.store.Store;
import org.totmon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The audit log of review writes, as JSON Lines. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Writes the audit log of every review write as JSON Lines, oldest first: id, at, author, item, action "
                + "(accept, reject, correct, retract, restore), before and after (status, version and the item's fields), reason."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written", "3:no store, or it could not be read"})
public final class AuditCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.openExisting()) {
            store.reviews().exportAudit(e -> out.println(e.toJson()));
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("totmon audit: " + e.getMessage());
            return IngestCommand.EXIT_STORE_FAILED;
        }
    }
}
