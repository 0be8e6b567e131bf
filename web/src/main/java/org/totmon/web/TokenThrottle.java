package org.totmon.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows token guessing: after {@link #MAX_FAILURES} wrong tokens from one address within {@link #WINDOW_MILLIS},
 * that address's writes are refused (429) until the window has passed, right token or not. Addresses are forgotten
 * when their window ends, so the memory it takes is bounded by the addresses guessing at once.
 */
final class TokenThrottle {
    static final int MAX_FAILURES = 5;
    static final long WINDOW_MILLIS = 60_000;
    /** More addresses than this at once are forgotten wholesale rather than let the map grow without bound. */
    private static final int MAX_TRACKED = 10_000;

    private record Window(long start, int failures) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    TokenThrottle() {
        this(System::currentTimeMillis);
    }

    TokenThrottle(LongSupplier clock) {
        this.clock = clock;
    }

    /** Seconds the address must wait before trying again; 0 when it may try now. */
    long waitSeconds(String address) {
        Window w = current(address);
        if (w == null || w.failures() < MAX_FAILURES) return 0;
        return Math.max(1, (w.start() + WINDOW_MILLIS - clock.getAsLong() + 999) / 1000);
    }

    void failed(String address) {
        if (windows.size() >= MAX_TRACKED) windows.clear();
        long now = clock.getAsLong();
        windows.compute(address, (a, w) -> w == null || now - w.start() >= WINDOW_MILLIS ? new Window(now, 1) : new Window(w.start(), w.failures() + 1));
    }

    private Window current(String address) {
        Window w = windows.get(address);
        if (w != null && clock.getAsLong() - w.start() >= WINDOW_MILLIS) {
            windows.remove(address, w);
            return null;
        }
        return w;
    }
}
