package org.totmon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totmon.ingest.ConsoleProgress;
import org.totmon.ingest.IngestSummary;
import org.totmon.ingest.Ingester;
import org.totmon.ingest.ReportReader;
import org.totmon.ingest.SourcedReport;
import org.totmon.linker.Regions;
import org.totmon.model.Extraction;
import org.totmon.model.Report;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.place.GazetteerRegions;
import org.totmon.store.IngestResult;
import org.totmon.store.Intake;
import org.totmon.store.Provenance;
import org.totmon.store.Store;
import org.totmon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
                "Reads reports, annotates them and adds them to the store.",
                "Reads plain text (.txt; header lines Title:, Published:, Source: or URL:, Outlet: at its top fill "
                        + "the report's fields), HTML (.html, main text only), JSON Lines (.jsonl, one "
                        + "{\"id\",\"url\",\"outlet\",\"title\",\"published\",\"language\",\"text\"} a line), "
                        + "Telegram Desktop exports (result.json of a channel or chat: each message a report), RSS and "
                        + "Atom feeds (each item a report), PDF, DOCX and ODT documents, and WARC web archives (each "
                        + "HTML page a report). A file's type is told from its content, not only its name; any other type "
                        + "is rejected, naming it. Directories are read recursively. A report already stored (same text, "
                        + "or the same Telegram message) counts as a duplicate and is left alone, so an interrupted ingest "
                        + "can simply be run again.",
                "Each new report is linked to the stored ones as it is added: its claims join the claim groups "
                        + "(totmon claims), its events the event clusters (totmon events), and a near-copy of a stored "
                        + "report is marked as such.",
                "Input that cannot be read is skipped with a message naming the file and line."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was stored or already there", "1:some input was rejected",
                "2:wrong usage", "3:the store could not be opened or written",
                "143:stopped by SIGTERM (130: Ctrl-C) before the end of the input; what was stored is kept"})
public final class IngestCommand implements Callable<Integer> {
    static final int EXIT_REJECTED = 1;
    static final int EXIT_STORE_FAILED = 3;
    private static final int MAX_LISTED_REJECTIONS = 20;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
    List<Path> paths;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "50MB", converter = ByteSize.class,
            description = "Files larger than this are refused unread: bytes, or with KB, MB or GB (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(names = "--max-report-chars", paramLabel = "N", defaultValue = "" + ReportReader.DEFAULT_MAX_REPORT_CHARS,
            description = "Reports whose text is longer than this many characters are refused before annotation, which "
                    + "takes time in proportion to length (default: ${DEFAULT-VALUE}, about 15,000 words).")
    int maxReportChars;

    @Option(names = "--check", description = "Read and check the input, and say what would be rejected, without "
            + "annotating or storing anything (the store is not opened).")
    boolean check;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that annotate reports while another stores "
            + "and links them in input order (default: one per core, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "100", description = "Reports stored and linked per "
            + "transaction, at most (default: ${DEFAULT-VALUE}; fewer when the input is slow to come). One commit for "
            + "several reports is faster and keeps the store file small while it grows; a killed ingest loses the reports "
            + "of its last transaction, which running it again stores.")
    int commitEvery;

    @Spec CommandSpec spec;

    private final Function<Report, Extraction> annotator;
    private final Regions regions;

    public IngestCommand() {
        // Looked up when the first report arrives, so `--help` and bad usage do not load the pipeline's models.
        this(report -> Pipeline.standard().process(report), GazetteerRegions.standard());
    }

    /** With another annotator than the standard pipeline and no gazetteer behind the linking (tests). */
    IngestCommand(Function<Report, Extraction> annotator) {
        this(annotator, Regions.NONE);
    }

    IngestCommand(Function<Report, Extraction> annotator, Regions regions) {
        this.annotator = annotator;
        this.regions = regions;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxReportChars < 1) throw new ParameterException(spec.commandLine(), "--max-report-chars must be at least 1, not " + maxReportChars);
        if (threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        if (commitEvery < 1) throw new ParameterException(spec.commandLine(), "--commit-every must be at least 1, not " + commitEvery);
        Ingester ingester = new Ingester(new ReportReader(maxFileBytes, maxReportChars));
        if (check) {
            IngestSummary summary = ingester.run(paths, r -> Ingester.Outcome.NEW, new ConsoleProgress(err, System.console() != null));
            out.print(summary.render(MAX_LISTED_REJECTIONS, false));
            out.flush();
            return summary.rejectedCount() > 0 ? EXIT_REJECTED : 0;
        }
        Store opened;
        try {
            opened = storeOptions.open();
        } catch (StoreException e) {
            return storeFailed(err, e.getMessage());
        }
        // Ctrl-C or SIGTERM ends the run after the batch being stored and the reports prepared so far are stored, and the
        // store is closed before the process exits (the summary says so). A minute's grace: a batch of reports stored and
        // linked on a machine busy with other work can take tens of seconds.
        try (UntilShutdown shutdown = new UntilShutdown(Duration.ofMinutes(1)); Store store = opened) {
            // Reports a killed ingest stored but did not link are linked first, each in its own transaction.
            LinkedStore.linkPending(store, regions, err);
            IngestSummary summary = ingester.run(paths, staged(intake(store)), new ConsoleProgress(err, System.console() != null),
                    threads, commitEvery, shutdown::stopping);
            out.print(summary.render(MAX_LISTED_REJECTIONS));
            out.flush();
            return summary.rejectedCount() > 0 ? EXIT_REJECTED : 0;
        } catch (StoreException e) {
            return storeFailed(err, e.getMessage() + " (the reports stored before this are kept; run again to go on)");
        }
    }

    private static int storeFailed(PrintWriter err, String message) {
        err.println("totmon ingest: " + message);
        err.flush();
        return EXIT_STORE_FAILED;
    }

    /**
     * Annotates, stores and links reports into {@code store} as ingest does; {@code totmon watch} stores its items so too.
     * Each report records who stored it: the user running the command ({@code cli:NAME}).
     */
    Intake intake(Store store) {
        return new Intake(store, annotator, regions, "cli:" + System.getProperty("user.name"));
    }

    /** The same path as {@link #accept}, in two steps: annotating on several threads, then storing several reports at once. */
    private static Ingester.StagedSink<Store.Addition> staged(Intake intake) {
        return new Ingester.StagedSink<>() {
            @Override
            public Store.Addition prepare(SourcedReport r) throws Ingester.Rejected {
                try {
                    return intake.prepare(item(r));
                } catch (Intake.Refused e) {
                    throw new Ingester.Rejected(e.getMessage(), e);
                }
            }

            @Override
            public List<Ingester.Outcome> store(List<Store.Addition> prepared) {
                return intake.store(prepared).stream().map(IngestCommand::outcome).toList();
            }
        };
    }

    private static Intake.Item item(SourcedReport r) {
        Provenance provenance = new Provenance(r.externalId(), r.origin(), r.format() == null ? null : r.format().label(), r.forwardedFrom());
        return new Intake.Item(r.report(), provenance, r.line());
    }

    private static Ingester.Outcome outcome(IngestResult result) {
        return result.added() ? Ingester.Outcome.NEW : Ingester.Outcome.DUPLICATE;
    }

    /** The same path as the API's ({@link Intake}), one report at a time: a refused report is named and the run goes on. */
    static Ingester.Outcome accept(Intake intake, SourcedReport r) throws Ingester.Rejected {
        try {
            return outcome(intake.add(item(r)));
        } catch (Intake.Refused e) {
            throw new Ingester.Rejected(e.getMessage(), e);
        }
    }

    /** "50MB", "512k", "1G" or a number of bytes. */
    static final class ByteSize implements ITypeConverter<Long> {
        private static final Pattern FORM = Pattern.compile("(\\d{1,12})\\s*([kmg]?)b?", Pattern.CASE_INSENSITIVE);

        @Override
        public Long convert(String value) {
            Matcher m = FORM.matcher(value.strip());
            if (!m.matches()) throw new TypeConversionException("'" + value + "' is not a size such as 50MB, 512KB or 1048576");
            long n = Long.parseLong(m.group(1));
            long bytes = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "k" -> n << 10;
                case "m" -> n << 20;
                case "g" -> n << 30;
                default -> n;
            };
            if (bytes <= 0) throw new TypeConversionException("the size must be positive: " + value);
            return bytes;
        }
    }
}
