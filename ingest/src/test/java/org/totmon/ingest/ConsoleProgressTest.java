package org.totmon.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    private long now;
    private final StringWriter err = new StringWriter();

    private ConsoleProgress progress(boolean terminal) {
        return new ConsoleProgress(new PrintWriter(err), terminal, () -> now);
    }

    private void advanceSeconds(double seconds) {
        now += (long) (seconds * TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void withoutATerminalALongRunGetsAPlainLineNowAndThen() {
        now = 5_000_000_000_000L;
        ConsoleProgress p = progress(false);
        IngestSummary s = new IngestSummary();
        Rejection missing = new Rejection(Path.of("missing.txt"), 0, "no such file or directory");
        s.reject(missing);
        p.rejected(missing);
        p.advanced(0, s); // rejections of missing paths come before started()
        p.started(1000);
        for (int i = 1; i <= 100; i++) {
            s.countRead();
            s.countAdded();
            advanceSeconds(0.25);
            p.advanced(i * 10L, s);
        }
        p.finished(s);

        String[] lines = err.toString().split(System.lineSeparator());
        assertEquals(3, lines.length, err.toString());
        assertEquals("skipped missing.txt: no such file or directory", lines[0]);
        assertEquals("ingest: 40% of the input, 40 read, 40 new, 0 duplicate, 1 rejected", lines[1]);
        assertEquals("ingest: 80% of the input, 80 read, 80 new, 0 duplicate, 1 rejected", lines[2]);
        assertFalse(err.toString().contains("\r"), "no terminal control characters in a log");
    }

    @Test
    void onATerminalABarIsRedrawnInPlaceAndRejectionsGetTheirOwnLine() {
        ConsoleProgress p = progress(true);
        IngestSummary s = new IngestSummary();
        p.started(200);
        s.countRead();
        s.countAdded();
        advanceSeconds(1);
        p.advanced(100, s);
        Rejection r = new Rejection(Path.of("in.jsonl"), 7, "broken JSON: x");
        s.reject(r);
        p.rejected(r);
        p.finished(s);

        String out = err.toString();
        assertTrue(out.startsWith("\r[###############---------------] 50%  1 read, 1 new, 0 duplicate, 0 rejected"), out);
        assertTrue(out.contains("\r\033[Kskipped in.jsonl:7: broken JSON: x" + System.lineSeparator()), out);
        assertTrue(out.endsWith("1 read, 1 new, 0 duplicate, 1 rejected\033[K" + System.lineSeparator()), out);
    }
}
