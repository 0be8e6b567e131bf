package org.totmon.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.BufferUtil;

/**
 * A request's long work (annotating posted reports) under a stated time limit ({@code serve --request-timeout}),
 * stopped when the limit passes or the client disconnects, so that a gone client does not keep a core busy. The work
 * runs in a worker thread while the request's thread watches the clock and the connection. It is stopped only where
 * it may be: inside the sections it marks {@link Stop#stoppable} (annotation, which the pipeline leaves between two
 * annotators when interrupted), never while it writes to the store, whose files an interrupt would close.
 */
final class RequestLimit {
    private static final long POLL_MILLIS = 100;
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "totmon-request-worker");
        t.setDaemon(true);
        return t;
    });

    /** The work was stopped: {@link #getMessage()} says why, for the client (who may still be there). */
    static final class Stopped extends RuntimeException {
        Stopped(String why) {
            super(why);
        }
    }

    /** What the work asks whether it should stop, and marks the sections where it may be interrupted. */
    static final class Stop {
        private volatile String why;
        private Thread interruptible;

        /** Throws {@link Stopped} once a stop was asked for. */
        void check() {
            if (why != null) throw new Stopped(why);
        }

        /** Runs {@code section} where a stop may interrupt it (and checks before and after). */
        <T> T stoppable(Supplier<T> section) {
            check();
            synchronized (this) {
                interruptible = Thread.currentThread();
            }
            try {
                return section.get();
            } finally {
                synchronized (this) {
                    interruptible = null;
                    Thread.interrupted();  // a stop that came as the section ended must not reach the store's writes
                }
                check();
            }
        }

        synchronized void stop(String reason) {
            if (why == null) why = reason;
            if (interruptible != null) interruptible.interrupt();
        }

        String why() {
            return why;
        }
    }

    private final Duration limit;

    RequestLimit(Duration limit) {
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    /** Runs {@code work} for the request {@code ctx}; throws {@link Stopped} when it was stopped, else returns what it returns. */
    <T> T run(Context ctx, Function<Stop, T> work) {
        Stop stop = new Stop();
        Future<T> future = WORKERS.submit(() -> work.apply(stop));
        long deadline = System.nanoTime() + limit.toNanos();
        boolean watching = true;
        while (true) {
            try {
                T result = future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                stop.check();  // stopped in a section that then ended without failing: still stopped
                return result;
            } catch (TimeoutException pending) {
                if (stop.why() == null && System.nanoTime() > deadline) {
                    stop.stop("the request took longer than the server's limit of " + limit.toSeconds() + " s (serve --request-timeout)");
                } else if (stop.why() == null && watching) {
                    Boolean gone = clientGone(ctx);
                    if (gone == null) watching = false;
                    else if (gone) stop.stop("the client disconnected");
                }
            } catch (ExecutionException e) {
                if (stop.why() != null) throw new Stopped(stop.why());
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                stop.stop("the server is stopping");
                Thread.currentThread().interrupt();
                throw new Stopped(stop.why());
            } catch (CancellationException e) {
                throw new Stopped("the request was cancelled");
            }
        }
    }

    /**
     * Whether the client closed its connection. Jetty does not read a connection while its request is handled, so
     * this reads one byte: the end of the stream means the client has gone. A client that sent more (a pipelined
     * request, which no common client sends after a POST) loses the connection after this response instead, and
     * is not watched any more: null.
     */
    private static Boolean clientGone(Context ctx) {
        Request base = Request.getBaseRequest(ctx.req());
        if (base == null || base.getHttpChannel() == null) return null;
        EndPoint endPoint = base.getHttpChannel().getEndPoint();
        if (!endPoint.isOpen() || endPoint.isInputShutdown()) return true;
        try {
            int read = endPoint.fill(BufferUtil.allocate(1));
            if (read == 0) return false;
            if (read < 0) return true;
            ctx.header("Connection", "close");
            return null;
        } catch (IOException e) {
            return true;
        }
    }
}
