package org.totmon.store;

/**
 * Where a report came from: the id its source gave it, the file and the place in it (line, message, pages, WARC
 * record) it was read from, the input format ({@code telegram}, {@code pdf} …), for a forwarded post whom it was
 * forwarded from, and who or what stored it ({@code ingestedBy}: the API's account or {@code env:TOTMON_TOKEN}, the
 * command line's {@code cli:USER}; {@link Intake} sets it). Any may be null.
 */
public record Provenance(String externalId, String origin, String format, String forwardedFrom, String ingestedBy) {
    public static final Provenance NONE = new Provenance(null, null);

    public Provenance(String externalId, String origin) {
        this(externalId, origin, null, null);
    }

    public Provenance(String externalId, String origin, String format, String forwardedFrom) {
        this(externalId, origin, format, forwardedFrom, null);
    }

    /** This provenance, stored by {@code author}. */
    public Provenance by(String author) {
        return new Provenance(externalId, origin, format, forwardedFrom, author);
    }
}
