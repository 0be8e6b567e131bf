package org.totmon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.place.GazetteerRegions;
import org.totmon.store.Store;
import org.totmon.store.StoreException;
import org.totmon.web.WebConfig;
import org.totmon.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Serves the workbench (pages and the HTTP API) over the store until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the analyst's workbench over the store: search, reports, entities, places, map, timeline, "
                + "claim ledger, and the JSON API under /api (described at /api/openapi.json).",
                "Listens on 127.0.0.1 unless --host says otherwise, and answers only requests that name it in their Host "
                        + "header (--allowed-host). Writes (POST /api/reports) need the token in the environment variable "
                        + "TOTMON_TOKEN (at least 16 characters) or a reviewer's or admin's account token (totmon accounts), "
                        + "sent as 'Authorization: Bearer ...'; five wrong tokens in a minute make an address wait."})
public final class ServeCommand implements Callable<Integer> {
    static final int EXIT_CANNOT_SERVE = 4;

    @Mixin StoreOptions storeOptions;

    @Mixin ServeOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        return serve(storeOptions, options.config(), spec, "serve", url -> {});
    }

    /** Starts the workbench, first linking (with progress shown) what the store has not linked yet. */
    private static WebServer startLinked(Store store, WebConfig config, PrintWriter err) {
        LinkedStore.linkPending(store, GazetteerRegions.standard(), err);
        return WebServer.start(store, report -> Pipeline.standard().process(report), GazetteerRegions.standard(), config);
    }

    /**
     * Opens the store and serves it until the process is stopped, telling {@code started} the address once it
     * serves; shared with {@code demo}.
     */
    static int serve(StoreOptions where, WebConfig config, CommandSpec spec, String command, Consumer<String> started) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (UntilShutdown shutdown = new UntilShutdown();
             Store store = where.open();
             WebServer server = startLinked(store, config, err)) {
            out.printf("%nServing %d reports at %s/ (writes %s). Ctrl-C stops.%n", store.reportCount(), server.url(),
                    config.token() == null ? "disabled: TOTMON_TOKEN is not set" : "need the TOTMON_TOKEN bearer token");
            out.flush();
            started.accept(server.url());
            shutdown.await();
            return 0;
        } catch (StoreException e) {
            err.println("totmon " + command + ": " + e.getMessage());
            err.flush();
            return IngestCommand.EXIT_STORE_FAILED;
        } catch (RuntimeException e) {
            // Javalin wraps a port already in use or an address that cannot be bound.
            err.println("totmon " + command + ": cannot serve on " + config.host() + ":" + config.port() + ": " + rootMessage(e));
            err.flush();
            return EXIT_CANNOT_SERVE;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
