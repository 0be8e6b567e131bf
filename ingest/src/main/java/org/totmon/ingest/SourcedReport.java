package org.totmon.ingest;

import java.nio.file.Path;
import org.totmon.model.Report;

/**
 * A report as read from its input, with where it came from: {@code externalId} is the id the source gave it
 * (a JSONL record's "id") or null; {@code line} is the 1-based line of a JSON Lines record, 0 for a whole file.
 */
public record SourcedReport(Report report, String externalId, Path file, int line) {

    /** The file, and the line for JSON Lines: {@code reports/docs.jsonl:12}. */
    public String origin() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
