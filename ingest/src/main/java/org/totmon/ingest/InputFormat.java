package org.totmon.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats a report can be read from. */
public enum InputFormat {
    TEXT, HTML, JSONL;

    /** The format a file name's extension stands for, if it is one we read. */
    public static Optional<InputFormat> forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> Optional.of(TEXT);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "jsonl", "ndjson" -> Optional.of(JSONL);
            default -> Optional.empty();
        };
    }

    /** Guesses the format of a file named on the command line whose extension says nothing. */
    static InputFormat sniff(String head) {
        String start = head.stripLeading();
        if (start.startsWith("{")) return JSONL;
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<html")) return HTML;
        return TEXT;
    }
}
