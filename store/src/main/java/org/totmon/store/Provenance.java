package org.totmon.store;

/** Where a report came from: the id its source gave it and the file (and line) it was read from; either may be null. */
public record Provenance(String externalId, String origin) {
    public static final Provenance NONE = new Provenance(null, null);
}
