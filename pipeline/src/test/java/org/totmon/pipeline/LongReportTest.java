package org.totmon.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Extraction;
import org.totmon.model.Report;

/**
 * Annotation cost grows with report length, not its square: a generated report of 100,000 characters (the longest
 * that ingest takes by default; the project's own sentences repeated with other towns, dates and figures) is
 * annotated in bounded time. The bound here only catches a return to quadratic cost (100 KB took 32 s, 1 MB over 15
 * minutes); the measured times are in BENCHMARKS.md (bench/long-report.sh).
 */
public class LongReportTest {
    private static final List<String> SENTENCES = List.of(
            "On %d March 2023 the occupation authorities in Melitopol detained %d residents of the district.",
            "According to the regional administration, %d children were deported from Kherson in May %d.",
            "Окупанти затримали %d мешканців Бердянська %d квітня, повідомила обласна адміністрація.",
            "Оккупационные власти заявили, что %d жителей Мелитополя получили российские паспорта %d июня.",
            "The mayor said that shelling of Nikopol on %d July damaged %d houses.",
            "У Маріуполі %d травня відкрили фільтраційний табір, де утримують %d людей.");

    /** About {@code chars} characters of the project's own en/uk/ru sentences, towns, days and figures varied. */
    public static String generated(int chars) {
        StringBuilder text = new StringBuilder(chars + 200);
        int i = 0;
        while (text.length() < chars) {
            String s = SENTENCES.get(i % SENTENCES.size());
            text.append(String.format(s, 1 + i % 28, 10 + i % 900)).append(i % 7 == 6 ? "\n\n" : " ");
            i++;
        }
        return text.toString();
    }

    @Test
    void aReportAtTheSizeLimitIsAnnotatedInBoundedTime() {
        Pipeline pipeline = Pipeline.standard();
        for (int chars : new int[] {100_000}) {
            String text = generated(chars);
            Report report = new Report(Report.contentId(text), null, null, null, "2023-06-01", null, text);
            long t0 = System.nanoTime();
            Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> pipeline.process(report));
            System.out.printf("LongReportTest: %,d chars annotated in %.1f s (%d events, %d claims)%n",
                    chars, (System.nanoTime() - t0) / 1e9, x.events().size(), x.claims().size());
            assertFalse(x.events().isEmpty());
            assertTrue(x.times().size() > chars / 200, "dates found all through the text");
        }
    }
}
