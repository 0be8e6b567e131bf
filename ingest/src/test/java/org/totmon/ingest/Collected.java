package org.totmon.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads paths as an ingest does and keeps what comes out, in order. */
final class Collected implements ReportReader.Listener {
    final List<SourcedReport> reports = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<Path> skipped = new ArrayList<>();
    long bytes;

    static Collected read(Path... paths) {
        return read(new ReportReader(ReportReader.DEFAULT_MAX_FILE_BYTES), paths);
    }

    static Collected read(ReportReader reader, Path... paths) {
        Collected c = new Collected();
        for (InputFile f : reader.expand(List.of(paths), c.rejections::add, c.skipped::add)) reader.read(f, c);
        return c;
    }

    @Override public void report(SourcedReport r) { reports.add(r); }
    @Override public void rejected(Rejection r) { rejections.add(r); }
    @Override public void advanced(long n) { bytes += n; }

    List<String> rejectionLines() {
        return rejections.stream().map(Rejection::toString).toList();
    }
}
