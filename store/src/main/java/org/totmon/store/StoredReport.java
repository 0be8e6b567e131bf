package org.totmon.store;

import java.time.Instant;
import org.totmon.model.Extraction;
import org.totmon.model.Report;

/** A report as stored: the report, its extraction, where it came from, and when and in what order it was added. */
public record StoredReport(long seq, Report report, Extraction extraction, Provenance provenance, Instant ingestedAt) {
    public String id() {
        return report.id();
    }
}
