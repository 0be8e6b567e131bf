package org.totmon.cli;

/** A progress bar on a terminal's stderr; silent when output goes to a file or pipe. */
final class Progress {
    private final String label;
    private final long total;
    private final boolean terminal = System.console() != null;
    private long done;
    private long lastDraw;

    Progress(String label, long total) {
        this.label = label;
        this.total = total;
    }

    synchronized void step() {
        done++;
        long now = System.currentTimeMillis();
        if (terminal && (now - lastDraw > 100 || done == total)) {
            lastDraw = now;
            int width = 30;
            int filled = total == 0 ? width : (int) (width * done / total);
            System.err.printf("\r%s [%s%s] %d/%d", label, "#".repeat(filled), " ".repeat(width - filled), done, total);
        }
    }

    synchronized void done() {
        if (terminal && done > 0) System.err.println();
        done = 0; // a second call draws nothing more
    }
}
