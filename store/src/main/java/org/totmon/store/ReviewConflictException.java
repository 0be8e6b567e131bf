package org.totmon.store;

/** A review write made from an older version of the item's review than the stored one: refused, nothing changed. */
public final class ReviewConflictException extends RuntimeException {
    public ReviewConflictException(String message) {
        super(message);
    }
}
