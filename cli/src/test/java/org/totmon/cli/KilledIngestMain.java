package org.totmon.cli;

import picocli.CommandLine;

/**
 * The process {@link KilledIngestTest} kills: an ingest whose annotator announces each report on stdout before it
 * is stored and takes a few milliseconds over it, so the test can kill it midway. It commits every
 * {@link #COMMIT_EVERY} reports, so a kill meets commits in progress as well as annotations. Arguments: DATA_DIR INPUT.
 */
public final class KilledIngestMain {
    static final int COMMIT_EVERY = 10;

    private KilledIngestMain() {}

    public static void main(String[] args) {
        IngestCommand ingest = new IngestCommand(report -> {
            System.out.println("annotating");
            System.out.flush();
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TestAnnotator.annotate(report);
        });
        System.exit(new CommandLine(ingest).execute("--data", args[0], "--commit-every", String.valueOf(COMMIT_EVERY), args[1]));
    }
}
