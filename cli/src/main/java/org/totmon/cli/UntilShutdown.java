package org.totmon.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Blocks a command until the process is asked to stop (Ctrl-C, SIGTERM), and holds the JVM's shutdown until the
 * command has closed what it opened (the server, the store) — up to a grace period, after which the process ends
 * anyway (losing nothing committed).
 */
final class UntilShutdown implements AutoCloseable {
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    /** For a server: closing it takes moments. */
    UntilShutdown() {
        this(Duration.ofSeconds(20));
    }

    UntilShutdown(Duration grace) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                closed.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "totmon-shutdown"));
    }

    void await() throws InterruptedException {
        stop.await();
    }

    /** Waits at most {@code timeout}; true when the process is asked to stop. */
    boolean await(Duration timeout) throws InterruptedException {
        return stop.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean stopping() {
        return stop.getCount() == 0;
    }

    /** Everything opened after this object has been closed; the JVM may exit. */
    @Override
    public void close() {
        closed.countDown();
    }
}
