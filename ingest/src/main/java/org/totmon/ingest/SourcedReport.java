package org.totmon.ingest;

import java.nio.file.Path;
import org.totmon.model.Report;

/**
 * A report as read from its input, with where it came from: {@code externalId} is the id the source gave it
 * (a JSONL record's "id", a Telegram export's chat and message id) or null; {@code line} is the 1-based line of a
 * JSON Lines record, 0 otherwise; {@code file} null for a report fetched from the web; {@code format} the input format (null when not read from a file); {@code place}
 * where in the file the report is when that is not a line ("message 17", "pages 1-4", a WARC record id), or null;
 * {@code forwardedFrom} who a forwarded Telegram post was first posted by, or null.
 */
public record SourcedReport(Report report, String externalId, Path file, int line, InputFormat format, String place,
                            String forwardedFrom) {

    public SourcedReport(Report report, String externalId, Path file, int line) {
        this(report, externalId, file, line, null, null, null);
    }

    /**
     * The file, and the line or place within it: {@code reports/docs.jsonl:12}, {@code result.json, message 17};
     * the place alone for a report read from the web ({@code file} null).
     */
    public String origin() {
        if (file == null) return place;
        if (line > 0) return file + ":" + line;
        return place == null ? file.toString() : file + ", " + place;
    }
}
