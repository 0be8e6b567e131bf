package org.totmon.ingest;

/** Input that cannot become a report; the message says what is wrong in words a user can act on. */
final class BadInputException extends Exception {
    BadInputException(String message) {
        super(message);
    }
}
