package org.totmon.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an ingest run did: reports read, and of those how many were new or already stored; inputs rejected, each
 * with its reason; text files in a folder passed over for not being named as reports (notes.md). Filled in by {@link Ingester} as it goes.
 */
public final class IngestSummary {
    private int read;
    private int added;
    private int duplicates;
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<Path> skippedFiles = new ArrayList<>();
    private boolean stopped;

    /** Reports read from the input, whatever became of them. */
    public int read() { return read; }
    public int added() { return added; }
    public int duplicates() { return duplicates; }
    public int rejectedCount() { return rejections.size(); }
    public List<Rejection> rejections() { return Collections.unmodifiableList(rejections); }
    public List<Path> skippedFiles() { return Collections.unmodifiableList(skippedFiles); }
    /** The run ended on the user's request before the end of its input. */
    public boolean stopped() { return stopped; }

    void countRead() { read++; }
    void countAdded() { added++; }
    void countDuplicate() { duplicates++; }
    void reject(Rejection r) { rejections.add(r); }
    void skip(Path p) { skippedFiles.add(p); }
    void stop() { stopped = true; }

    /** One line of counts, as progress displays show it. */
    public String counts() {
        return String.format("%,d read, %,d new, %,d duplicate, %,d rejected", read, added, duplicates, rejections.size());
    }

    /** The end-of-run summary: the counts, then each rejection with its reason (at most {@code maxListed}). */
    public String render(int maxListed) {
        return render(maxListed, true);
    }

    /** As {@link #render(int)}; {@code stored} false for a run that only read and checked its input. */
    public String render(int maxListed, boolean stored) {
        StringBuilder sb = new StringBuilder();
        String reports = read == 1 ? "report" : "reports";
        if (stored) sb.append(String.format("Read %,d %s: %,d new, %,d duplicate. Rejected %,d.%n", read, reports, added, duplicates, rejections.size()));
        else sb.append(String.format("Checked %,d %s; nothing stored. Rejected %,d.%n", read, reports, rejections.size()));
        for (int i = 0; i < Math.min(maxListed, rejections.size()); i++) {
            sb.append("  rejected ").append(rejections.get(i)).append(System.lineSeparator());
        }
        if (rejections.size() > maxListed) {
            sb.append(String.format("  ... and %,d more rejected%n", rejections.size() - maxListed));
        }
        if (stopped) {
            sb.append("Stopped on request before the end of the input. What was stored is kept: run the same command again to go on"
                    + " (the reports already stored count as duplicates).").append(System.lineSeparator());
        }
        if (!skippedFiles.isEmpty()) {
            sb.append(String.format("Skipped %,d text %s not named .txt, .html or .jsonl (e.g. %s).%n", skippedFiles.size(),
                    skippedFiles.size() == 1 ? "file" : "files", skippedFiles.get(0)));
        }
        return sb.toString();
    }
}
