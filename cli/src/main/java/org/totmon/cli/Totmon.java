package org.totmon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `totmon` command: every subcommand is a class of its own in this package. */
@Command(name = "totmon", mixinStandardHelpOptions = true, version = "TOT Monitor 0.1.0",
        description = "Turns published reports about the temporarily occupied territories into a checked record.",
        subcommands = {DemoCommand.class, ServeCommand.class, IngestCommand.class, WatchCommand.class, SearchCommand.class, ClaimsCommand.class,
                EventsCommand.class, ReindexCommand.class, RelinkCommand.class, ReannotateCommand.class, ExtractCommand.class, EvalCommand.class,
                BuildGazetteerCommand.class, BuildMapCommand.class, TrainNerCommand.class, EventCandidatesCommand.class, TrainEventsCommand.class, SideCandidatesCommand.class, TrainSidesCommand.class, AccountsCommand.class, AuditCommand.class,
                ExportGoldCommand.class, BenchReviewCommand.class, BenchQueryCommand.class, BenchFillCommand.class, CommandLine.HelpCommand.class})
public final class Totmon implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Totmon()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    // A user sees what went wrong, not a stack trace; TOTMON_DEBUG=1 shows it for a bug report.
                    cl.getErr().println("totmon " + cl.getCommandName() + ": " + message(e));
                    if (System.getenv("TOTMON_DEBUG") != null) e.printStackTrace(cl.getErr());
                    return 1;
                });
    }

    /** The messages along the cause chain, without repeats. */
    static String message(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (b.indexOf(m) < 0) b.append(b.length() == 0 ? "" : ": ").append(m);
        }
        return b.toString();
    }
}
