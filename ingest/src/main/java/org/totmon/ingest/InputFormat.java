package org.totmon.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats a report can be read from; {@link #label} is what provenance and messages call it. */
public enum InputFormat {
    TEXT("text"), HTML("html"), JSONL("jsonl"), TELEGRAM("telegram"), FEED("feed"), PDF("pdf"), DOCX("docx"),
    ODT("odt"), WARC("warc");

    private final String label;

    InputFormat(String label) {
        this.label = label;
    }

    /** The short name stored with each report read from this format: {@code telegram}, {@code pdf} … */
    public String label() {
        return label;
    }

    /**
     * The format a file name's extension stands for, if it is one we read. Only extensions that say it all are
     * here; a {@code .json} or {@code .xml} file is looked into ({@link FileType}) to tell a Telegram export or a
     * feed from other JSON or XML.
     */
    public static Optional<InputFormat> forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc.gz")) return Optional.of(WARC);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> Optional.of(TEXT);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "jsonl", "ndjson" -> Optional.of(JSONL);
            case "rss", "atom" -> Optional.of(FEED);
            case "pdf" -> Optional.of(PDF);
            case "docx" -> Optional.of(DOCX);
            case "odt" -> Optional.of(ODT);
            case "warc" -> Optional.of(WARC);
            default -> Optional.empty();
        };
    }
}
