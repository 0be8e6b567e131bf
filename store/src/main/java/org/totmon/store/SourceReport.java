package org.totmon.store;

/**
 * The report a grouped claim or clustered event comes from. {@code nearDuplicateOf} is the earliest report it is a
 * near-copy of (a wire copy, a reprint), null when it copies none.
 */
public record SourceReport(String id, String outlet, String title, String url, String published, String nearDuplicateOf) {
    public boolean isCopy() {
        return nearDuplicateOf != null;
    }
}
