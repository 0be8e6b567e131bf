package org.totmon.ingest;

/** Hears how an ingest run goes, to show it to a person. Called from the ingesting thread only. */
public interface ProgressListener {
    /** Before the first file: how many bytes of input there are in all. */
    void started(long totalBytes);

    /** After each report or rejection: bytes of input read so far and the counts. */
    void advanced(long bytesDone, IngestSummary soFar);

    /** An input was skipped; say so now, naming it. */
    void rejected(Rejection rejection);

    /** The run is over, normally or not. */
    void finished(IngestSummary summary);

    ProgressListener NONE = new ProgressListener() {
        @Override public void started(long totalBytes) {}
        @Override public void advanced(long bytesDone, IngestSummary soFar) {}
        @Override public void rejected(Rejection rejection) {}
        @Override public void finished(IngestSummary summary) {}
    };
}
