package org.totmon.ingest;

import java.nio.file.Path;

/** An input that was skipped, and why. {@code line} is 1-based, or 0 when the whole file is meant. */
public record Rejection(Path file, int line, String reason) {

    /** The file, and the line when there is one: {@code docs.jsonl:3}. */
    public String where() {
        return line > 0 ? file + ":" + line : file.toString();
    }

    @Override
    public String toString() {
        return where() + ": " + reason;
    }
}
