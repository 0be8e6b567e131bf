package org.totmon.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs an ingest: reads every input, hands each report to a {@link Sink} (which annotates and stores it) and keeps
 * the tally. Bad input is rejected and reading goes on; an exception from the sink other than {@link Rejected}
 * (the store failing) ends the run, leaving what was stored before it.
 */
public final class Ingester {

    public enum Outcome { NEW, DUPLICATE }

    /** Where reports go. */
    public interface Sink {
        Outcome accept(SourcedReport report) throws Rejected;
    }

    /** This one report cannot be taken (its annotation failed, say); the run goes on. */
    public static final class Rejected extends Exception {
        public Rejected(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final ReportReader reader;

    public Ingester(ReportReader reader) {
        this.reader = reader;
    }

    public IngestSummary run(List<Path> paths, Sink sink, ProgressListener progress) {
        IngestSummary summary = new IngestSummary();
        Tracker tracker = new Tracker(summary, sink, progress);
        List<InputFile> files = reader.expand(paths, tracker::rejected, summary::skip);
        progress.started(files.stream().mapToLong(InputFile::size).sum());
        try {
            for (InputFile file : files) reader.read(file, tracker);
        } finally {
            progress.finished(summary);
        }
        return summary;
    }

    private static final class Tracker implements ReportReader.Listener {
        private final IngestSummary summary;
        private final Sink sink;
        private final ProgressListener progress;
        private long bytesDone;

        Tracker(IngestSummary summary, Sink sink, ProgressListener progress) {
            this.summary = summary;
            this.sink = sink;
            this.progress = progress;
        }

        @Override
        public void report(SourcedReport report) {
            summary.countRead();
            try {
                if (sink.accept(report) == Outcome.NEW) summary.countAdded();
                else summary.countDuplicate();
            } catch (Rejected e) {
                rejected(new Rejection(report.file(), report.line(), e.getMessage()));
                return;
            }
            progress.advanced(bytesDone, summary);
        }

        @Override
        public void rejected(Rejection rejection) {
            summary.reject(rejection);
            progress.rejected(rejection);
            progress.advanced(bytesDone, summary);
        }

        @Override
        public void advanced(long bytes) {
            bytesDone += bytes;
        }
    }
}
