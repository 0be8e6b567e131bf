package org.totmon.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

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

    /**
     * Where reports go in two steps: {@link #prepare} (annotation: pure) on several threads at once, then
     * {@link #store} on one thread, in input order, several reports at a time.
     */
    public interface StagedSink<P> {
        /** The report ready to store; null when it is stored already (a duplicate). Called on several threads at once. */
        P prepare(SourcedReport report) throws Rejected;

        /** Stores {@code prepared} in this order, all or none; for each, whether it was new. */
        List<Outcome> store(List<P> prepared);
    }

    /**
     * In a staged run, how many reports reading may run ahead of storing, besides the batch being stored, at least: bounds
     * the memory prepared reports take, and what a killed run had prepared but not stored. See {@link #ahead}.
     */
    public static final int AHEAD = 32;

    /**
     * How many reports reading runs ahead of storing, besides the batch being stored, when storing takes {@code batch}
     * at a time: a whole batch at least, so the preparing threads work on the next batch all the while the current
     * one is stored (with fewer, they stopped once that many were ready and the storing thread then waited for the
     * rest, so preparing and storing took turns).
     */
    public static int ahead(int batch) {
        return Math.max(AHEAD, batch);
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

    /**
     * As {@link #run(List, Sink, ProgressListener)}, with the reading, the preparing and the storing overlapped: one
     * thread reads, {@code threads} prepare, and the calling thread stores, in input order, up to {@code batch}
     * reports at a time (fewer when the next report is not ready within a second, so a slow input does not keep
     * prepared reports from the store). Tallies, rejections and progress are told in input order, a report counted
     * once its batch is stored. Once {@code stop} says so (the user asked the process to end), the reports prepared so
     * far are stored and the run ends before the end of its input, marked {@link IngestSummary#stopped()}.
     */
    public <P> IngestSummary run(List<Path> paths, StagedSink<P> sink, ProgressListener progress, int threads, int batch,
                                 BooleanSupplier stop) {
        IngestSummary summary = new IngestSummary();
        Tracker tracker = new Tracker(summary, null, progress);
        List<InputFile> files = reader.expand(paths, tracker::rejected, summary::skip);
        progress.started(files.stream().mapToLong(InputFile::size).sum());
        try (Pipelined<P> pipelined = new Pipelined<>(sink, tracker, threads, batch, stop)) {
            pipelined.run(files);
        } finally {
            progress.finished(summary);
        }
        return summary;
    }

    /** The three stages of a staged run, and what passes between them. */
    private final class Pipelined<P> implements AutoCloseable {
        private static final long FLUSH_WAIT_MS = 1_000;

        /** A read report being prepared, a rejection, a failure of the reading thread, or the end of the input. */
        private record Entry<P>(SourcedReport report, Future<P> prepared, Rejection rejection, RuntimeException failure,
                                boolean end, long bytesDone) {}

        private record Ready<P>(SourcedReport report, P prepared, long bytesDone) {}

        private final StagedSink<P> sink;
        private final Tracker tracker;
        private final int batch;
        private final BooleanSupplier stop;
        private final ExecutorService pool;
        private final BlockingQueue<Entry<P>> queue;
        private final List<Ready<P>> pending = new ArrayList<>();
        private volatile boolean stopped;
        private Thread reading;

        Pipelined(StagedSink<P> sink, Tracker tracker, int threads, int batch, BooleanSupplier stop) {
            this.sink = sink;
            this.tracker = tracker;
            this.batch = Math.max(1, batch);
            this.stop = stop;
            this.queue = new ArrayBlockingQueue<>(ahead(this.batch));
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
                Thread t = new Thread(r, "totmon-prepare-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        void run(List<InputFile> files) {
            reading = new Thread(() -> read(files), "totmon-read");
            reading.setDaemon(true);
            reading.start();
            try {
                store();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while storing", e);
            }
        }

        private void read(List<InputFile> files) {
            long[] bytesDone = {0};
            ReportReader.Listener listener = new ReportReader.Listener() {
                @Override
                public void report(SourcedReport report) {
                    if (!stopped) put(new Entry<>(report, pool.submit(() -> sink.prepare(report)), null, null, false, bytesDone[0]));
                }

                @Override
                public void rejected(Rejection rejection) {
                    if (!stopped) put(new Entry<>(null, null, rejection, null, false, bytesDone[0]));
                }

                @Override
                public void advanced(long bytes) {
                    bytesDone[0] += bytes;
                }
            };
            try {
                for (InputFile file : files) {
                    if (stopped) return;
                    reader.read(file, listener);
                }
                put(new Entry<>(null, null, null, null, true, bytesDone[0]));
            } catch (RuntimeException e) {
                put(new Entry<>(null, null, null, e, false, bytesDone[0]));
            }
        }

        private void put(Entry<P> entry) {
            try {
                queue.put(entry);
            } catch (InterruptedException e) {
                // The storing side has stopped (the store failed); nothing more is wanted.
                stopped = true;
            }
        }

        private void store() throws InterruptedException {
            while (true) {
                if (stop.getAsBoolean()) {
                    flush();
                    tracker.summary.stop();
                    return;
                }
                // Waits at most a flush wait, so that a request to stop is seen while the input is slow to come.
                Entry<P> e = queue.poll(FLUSH_WAIT_MS, TimeUnit.MILLISECONDS);
                if (e == null) {
                    flush();
                    continue;
                }
                if (e.end()) {
                    flush();
                    return;
                }
                if (e.failure() != null) {
                    flush();
                    throw e.failure();
                }
                if (e.rejection() != null) {
                    tracker.bytesDone = e.bytesDone();
                    tracker.rejected(e.rejection());
                    continue;
                }
                P prepared;
                try {
                    prepared = awaited(e.prepared());
                } catch (ExecutionException x) {
                    tracker.bytesDone = e.bytesDone();
                    if (x.getCause() instanceof Rejected r) {
                        tracker.summary.countRead();
                        tracker.rejected(new Rejection(e.report().file(), e.report().line(), r.getMessage()));
                        continue;
                    }
                    if (x.getCause() instanceof RuntimeException r) throw r;
                    if (x.getCause() instanceof Error r) throw r;
                    throw new IllegalStateException(x.getCause());
                }
                if (prepared == null) {
                    tracker.bytesDone = e.bytesDone();
                    tracker.counted(Outcome.DUPLICATE);
                    continue;
                }
                pending.add(new Ready<>(e.report(), prepared, e.bytesDone()));
                if (pending.size() >= batch) flush();
            }
        }

        /** What {@code f} gives, storing the reports ready so far first when it takes longer than a flush wait. */
        private P awaited(Future<P> f) throws InterruptedException, ExecutionException {
            if (!pending.isEmpty() && !f.isDone()) {
                try {
                    return f.get(FLUSH_WAIT_MS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException t) {
                    flush();
                }
            }
            return f.get();
        }

        private void flush() {
            if (pending.isEmpty()) return;
            List<Outcome> outcomes = sink.store(pending.stream().map(Ready::prepared).toList());
            for (int i = 0; i < pending.size(); i++) {
                tracker.bytesDone = pending.get(i).bytesDone();
                tracker.counted(outcomes.get(i));
            }
            pending.clear();
        }

        /** Stops the reading and preparing threads, whatever became of the run, before the caller closes the store. */
        @Override
        public void close() {
            stopped = true;
            pool.shutdownNow();
            if (reading != null) {
                reading.interrupt();
                queue.clear();
                try {
                    reading.join();
                    pool.awaitTermination(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
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
            Outcome outcome;
            try {
                outcome = sink.accept(report);
            } catch (Rejected e) {
                summary.countRead();
                rejected(new Rejection(report.file(), report.line(), e.getMessage()));
                return;
            }
            counted(outcome);
        }

        void counted(Outcome outcome) {
            summary.countRead();
            if (outcome == Outcome.NEW) summary.countAdded();
            else summary.countDuplicate();
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
