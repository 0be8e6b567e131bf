package org.totmon.ingest;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress on a console's error stream. On a terminal: a bar redrawn in place. Otherwise (a log, a pipe):
 * nothing for short runs, then a plain line now and then, so logs stay readable. Rejections are printed
 * as they happen either way.
 */
public final class ConsoleProgress implements ProgressListener {
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long PLAIN_LINE_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int BAR_WIDTH = 30;
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private long totalBytes;
    private long bytesDone;
    private long lastShown;
    private IngestSummary latest;

    /** {@code terminal}: whether {@code err} is an interactive terminal (the caller knows: System.console()). */
    public ConsoleProgress(PrintWriter err, boolean terminal) {
        this(err, terminal, System::nanoTime);
    }

    ConsoleProgress(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        // Rejections of missing paths arrive before started(); they must not look like a long run's first line.
        this.lastShown = clock.getAsLong();
    }

    @Override
    public void started(long totalBytes) {
        this.totalBytes = totalBytes;
        this.lastShown = clock.getAsLong();
    }

    @Override
    public void advanced(long bytesDone, IngestSummary soFar) {
        this.bytesDone = bytesDone;
        this.latest = soFar;
        long now = clock.getAsLong();
        if (now - lastShown < (terminal ? REDRAW_NANOS : PLAIN_LINE_NANOS)) return;
        lastShown = now;
        if (terminal) drawBar();
        else err.println("ingest: " + percent() + "% of the input, " + soFar.counts());
        err.flush();
    }

    @Override
    public void rejected(Rejection rejection) {
        if (terminal) err.print(CLEAR_LINE);
        err.println("skipped " + rejection);
        if (terminal && latest != null) drawBar();
        err.flush();
    }

    @Override
    public void finished(IngestSummary summary) {
        if (terminal) {
            latest = summary;
            drawBar();
            err.println();
            err.flush();
        }
    }

    private void drawBar() {
        int filled = (int) (BAR_WIDTH * fraction());
        err.print("\r[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + percent() + "%  "
                + (latest == null ? "" : latest.counts()) + "\033[K");
    }

    private double fraction() {
        return totalBytes <= 0 ? 1.0 : Math.min(1.0, (double) bytesDone / totalBytes);
    }

    private int percent() {
        return (int) Math.floor(100 * fraction());
    }
}
