package org.totmon.store;

/**
 * Where a report came from: the id its source gave it, the file and the place in it (line, message, pages, WARC
 * record) it was read from, the input format ({@code telegram}, {@code pdf} …) and, for a forwarded post, whom it
 * was forwarded from. Any may be null.
 */
public record Provenance(String externalId, String origin, String format, String forwardedFrom) {
    public static final Provenance NONE = new Provenance(null, null);

    public Provenance(String externalId, String origin) {
        this(externalId, origin, null, null);
    }
}
