package org.totmon.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.totmon.pipeline.PipelineVersion;
import org.totmon.store.DatabaseServer;
import org.totmon.store.Store;
import picocli.CommandLine.Option;

/** Where the store is, shared by every command that opens it: the data directory, and a PostgreSQL server if one is given. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data",
            description = "Data directory holding the store (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:TOTMON_DB}",
            description = "Keep the reports in this PostgreSQL database instead of the H2 file in --data, e.g. "
                    + "jdbc:postgresql://localhost:5432/totmon; user and password from TOTMON_DB_USER and TOTMON_DB_PASSWORD. "
                    + "The search index stays in --data (default: the environment variable TOTMON_DB, else none).")
    String db;

    /** Opens the store, creating it if need be. */
    Store open() {
        return versioned(Store.open(dataDir, server()));
    }

    /** Opens the store, failing when there is none. */
    Store openExisting() {
        return versioned(Store.openExisting(dataDir, server()));
    }

    /** Every command extracts with the standard pipeline: the store records its version with what is added. */
    private static Store versioned(Store store) {
        store.setExtractorVersion(PipelineVersion.current());
        return store;
    }

    /** The server given, or null for the H2 file in the data directory. */
    private DatabaseServer server() {
        return db == null || db.isBlank() ? null
                : new DatabaseServer(db.strip(), System.getenv("TOTMON_DB_USER"), System.getenv("TOTMON_DB_PASSWORD"));
    }

    /** Where the reports are kept, for messages: the data directory, or the server's URL without its parameters. */
    String where() {
        return server() == null ? dataDir.toString() : server().displayUrl();
    }

    /** These options as arguments, for a command that runs another. */
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("--data", dataDir.toString()));
        if (db != null) args.addAll(List.of("--db", db));
        return args;
    }

    /** These options as the user would type them (the server's URL without its parameters, which may hold a password). */
    String hint() {
        return "--data " + dataDir + (server() == null ? "" : " --db " + where());
    }
}
