package org.totmon.web;

/** A request that cannot be served, with the status to answer and, for bad input, the line it is on (0: none). */
final class ApiError extends RuntimeException {
    final int status;
    final int line;

    ApiError(int status, String message) {
        this(status, message, 0);
    }

    ApiError(int status, String message, int line) {
        super(message);
        this.status = status;
        this.line = line;
    }
}
