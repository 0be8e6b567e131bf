package org.totmon.cli;

/**
 * Progress on stderr: a bar redrawn in place on a terminal; to a file or pipe (a job run in the background, a log) a
 * line at most every {@link #LINE_EVERY_MS} ms, so that a long run is seen to move without filling the log.
 */
final class Progress {
    static final long LINE_EVERY_MS = 30_000;

    private final String label;
    private final long total;
    private final boolean terminal = System.console() != null;
    private final long started = System.currentTimeMillis();
    private long done;
    private long lastDraw;

    Progress(String label, long total) {
        this.label = label;
        this.total = total;
        this.lastDraw = started;
    }

    synchronized void step() {
        done++;
        long now = System.currentTimeMillis();
        if (terminal && (now - lastDraw > 100 || done == total)) {
            lastDraw = now;
            int width = 30;
            int filled = total == 0 ? width : (int) (width * done / total);
            System.err.printf("\r%s [%s%s] %d/%d", label, "#".repeat(filled), " ".repeat(width - filled), done, total);
        } else if (!terminal && now - lastDraw >= LINE_EVERY_MS) {
            lastDraw = now;
            System.err.printf("%s: %,d of %,d (%d%%), %.1f a second%n", label, done, total, total == 0 ? 100 : 100 * done / total,
                    done * 1000.0 / Math.max(1, now - started));
        }
    }

    synchronized void done() {
        if (terminal && done > 0) System.err.println();
        done = 0; // a second call draws nothing more
    }
}
