package org.totmon.store;

/**
 * The report a grouped claim or clustered event comes from. {@code nearDuplicateOf} is the id of the report it copies
 * (then it is not an independent source), null for an original.
 */
public record SourceReport(String id, String outlet, String title, String url, String published, String nearDuplicateOf) {
    public boolean independent() {
        return nearDuplicateOf == null;
    }

    /** The report that stands for this one's set of near-duplicates: the original. */
    public String originalId() {
        return nearDuplicateOf == null ? id : nearDuplicateOf;
    }
}
