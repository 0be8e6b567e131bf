package org.totmon.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Place;
import org.totmon.store.ClaimGroup;
import org.totmon.store.ClaimQuery;
import org.totmon.store.ClusteredEvent;
import org.totmon.store.EventQuery;
import org.totmon.store.LinkCounts;
import org.totmon.store.Store;
import org.totmon.store.StoreCounts;
import org.totmon.store.StoredReport;
import org.totmon.store.TimelineEvent;
import org.totmon.web.WebConfig;
import org.totmon.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Loads the project's sample reports into the store and says what the record now holds. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the sample reports shipped in samples/ into the store, print a summary of what was found, "
                + "then serve the workbench on it (as `totmon serve`) until stopped, unless --no-serve.")
public final class DemoCommand implements Callable<Integer> {
    private static final int TOP = 8;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample reports (default: samples/ of the installation).")
    Path samples;

    @Option(names = "--no-serve", description = "Load and summarise only; do not start the workbench afterwards.")
    boolean noServe;

    @Mixin ServeOptions serveOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = samples != null ? samples : Path.of(System.getProperty("totmon.home", ".")).resolve("samples");
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("totmon demo: no sample folder at " + dir + " (use --samples DIR)");
            return 2;
        }
        WebConfig config = serveOptions.config(); // first, so that a setting it refuses (a short token) stops the demo before it loads
        out.println("Loading the sample reports in " + dir + " into " + storeOptions.where() + " …");
        out.flush();
        List<String> ingest = new ArrayList<>(List.of(dir.toString()));
        ingest.addAll(storeOptions.arguments());
        int rc = new CommandLine(new IngestCommand()).execute(ingest.toArray(String[]::new));
        if (rc == IngestCommand.EXIT_STORE_FAILED) return rc;
        try (Store store = storeOptions.openExisting()) {
            summarize(store, out);
        }
        if (noServe) {
            out.printf("%nNext:%n");
            commands(out);
            out.printf("  ./totmon serve %s   the workbench at %s%n", storeOptions.hint(),
                    config.port() == 0 ? "the address it prints" : WebServer.url(config.host(), config.port()) + "/");
            out.flush();
            return rc;
        }
        // The hints come once the server is up, so they can give the address it really serves.
        int served = ServeCommand.serve(storeOptions, config, spec, "demo", url -> {
            out.printf("%nNext:%n  %s/   the workbench: search, map, timeline, claim ledger%n"
                    + "  After Ctrl-C (the workbench holds the store while it runs):%n", url);
            commands(out);
            out.flush();
        });
        return served != 0 ? served : rc;
    }

    private void commands(PrintWriter out) {
        String d = " " + storeOptions.hint();
        out.printf("  ./totmon search \"passports\"%s%n  ./totmon search \"election\" --place \"Zaporizhzhia Oblast\"%s%n"
                + "  ./totmon claims%s   the claim ledger (--disputed: only the figures the sides dispute)%n"
                + "  ./totmon events%s   the timeline: each real-world event once, with its independent sources%n"
                + "  ./totmon ingest YOUR-REPORTS/%s%n", d, d, d, d, d);
    }

    private static void summarize(Store store, PrintWriter out) {
        Map<String, Integer> languages = new TreeMap<>();
        Map<String, Set<String>> entityReports = new HashMap<>();
        Map<String, Set<String>> placeReports = new HashMap<>();
        Map<String, Integer> eventTypes = new TreeMap<>();
        Map<String, String> reportLanguages = new HashMap<>();
        List<String> claims = new java.util.ArrayList<>();
        store.forEach(r -> {
            languages.merge(String.valueOf(r.extraction().language()), 1, Integer::sum);
            reportLanguages.put(r.id(), String.valueOf(r.extraction().language()));
            for (Entity e : r.extraction().entities()) entityReports.computeIfAbsent(e.name() + " (" + e.type().name().toLowerCase() + ")", k -> new HashSet<>()).add(r.id());
            for (Place p : r.extraction().places()) placeReports.computeIfAbsent(p.name() + " (" + p.kind().label() + ")", k -> new HashSet<>()).add(r.id());
            for (Event e : r.extraction().events()) eventTypes.merge(e.type(), 1, Integer::sum);
            for (Claim c : r.extraction().claims()) claims.add(describe(r, c));
        });
        StoreCounts c = store.counts();
        out.printf("%nThe store holds %d reports (%s): %d entities, %d places, %d dates, %d claims, %d events.%n",
                c.reports(), languages, c.entities(), c.places(), c.times(), c.claims(), c.events());
        out.println("\nMost reported entities:");
        top(entityReports, out);
        out.println("\nMost reported places:");
        top(placeReports, out);
        out.println("\nEvents by type: " + eventTypes);
        LinkCounts links = store.linkCounts();
        out.printf("%nAcross reports: %d claim groups (%d disputed by the sides), %d real-world events, %d reports that copy another.%n",
                links.claimGroups(), links.disputedGroups(), links.events(), links.nearDuplicates());
        out.println("\nSome claims (figure, claimant, side):");
        claims.stream().limit(TOP).forEach(s -> out.println("  " + s));
        out.println("\nMeasures the sides dispute (./totmon claims --disputed):");
        List<ClaimGroup> disputed = store.ledger().groups(new ClaimQuery(null, null, null, true, 2, TOP));
        if (disputed.isEmpty()) out.println("  none");
        for (ClaimGroup g : disputed) out.printf("  %s: %s%n", ClaimsCommand.measure(g), g.disagreement());
        out.println("\nEvents told in more than one language (./totmon events):");
        int shown = 0;
        for (TimelineEvent e : store.timeline().events(EventQuery.all())) {
            Set<String> told = new TreeSet<>();
            for (ClusteredEvent m : e.mentions()) told.add(reportLanguages.get(m.report().id()));
            if (told.size() < 2 || shown++ == TOP) continue;
            out.printf("  %s %s%s: %d reports in %s%n", e.type(), e.date() != null ? e.date() : e.firstReported(),
                    e.place() == null ? "" : " in " + e.place(), e.reportCount(), String.join(", ", told));
        }
        if (shown == 0) out.println("  none");
    }

    private static String describe(StoredReport r, Claim c) {
        String value = c.valueMax() != null ? fmt(c.value()) + "–" + fmt(c.valueMax()) : fmt(c.value());
        return String.format("%s %s — %s (%s%s)", value, c.unit() == null ? "" : c.unit(), c.claimant(),
                c.claimantSide() == null ? "unknown" : c.claimantSide().label(), c.hedged() ? ", hedged" : "");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format("%,d", (long) v) : String.valueOf(v);
    }

    private static void top(Map<String, Set<String>> reportsByName, PrintWriter out) {
        reportsByName.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .forEach(e -> out.printf("  %-45s %d report%s%n", e.getKey(), e.getValue().size(), e.getValue().size() == 1 ? "" : "s"));
    }
}
