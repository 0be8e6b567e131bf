package org.totmon.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceBoundariesTest {
    private static final List<String> TEXTS = List.of(
            "Kherson is a city on the Dnipro. It was occupied in March 2022! Was it retaken in November? Yes.\n\nA new paragraph",
            "Мелітополь — місто в Запорізькій області. Його окупували 25 лютого 2022 р. Мер Іван Федоров залишився в місті.",
            "В Мелитополе сказали: «Выборы пройдут в сентябре». Так ли это... Посмотрим.",
            "No full stop at all",
            "",
            "Dr. Smith said so. The U.N. mission (IAEA) visited Enerhodar.   Then it left.");

    /** Every answer, and the position after it, as the JDK's sentence iterator gives them, under random calls. */
    @Test
    void answersAsTheIteratorItWraps() {
        Random random = new Random(7);
        for (String text : TEXTS) {
            BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
            BreakIterator ours = new SentenceBoundaries(BreakIterator.getSentenceInstance(Locale.ROOT));
            jdk.setText(text);
            ours.setText(text);
            for (int k = 0; k < 2000; k++) {
                int offset = random.nextInt(text.length() + 1);
                int call = random.nextInt(8);
                int expected = call(jdk, call, offset), actual = call(ours, call, offset);
                assertEquals(expected, actual, "call " + call + " at " + offset + " of \"" + text + "\"");
                assertEquals(jdk.current(), ours.current(), "position after call " + call + " at " + offset);
            }
        }
    }

    private static int call(BreakIterator it, int call, int offset) {
        return switch (call) {
            case 0 -> it.following(offset);
            case 1 -> it.preceding(offset);
            case 2 -> it.next();
            case 3 -> it.previous();
            case 4 -> it.first();
            case 5 -> it.last();
            case 6 -> it.isBoundary(offset) ? 1 : 0;
            default -> it.next(2);
        };
    }

    @Test
    void refusesAnOffsetOutsideTheText() {
        BreakIterator ours = new SentenceBoundaries(BreakIterator.getSentenceInstance(Locale.ROOT));
        ours.setText("One. Two.");
        assertThrows(IllegalArgumentException.class, () -> ours.following(10));
        assertThrows(IllegalArgumentException.class, () -> ours.preceding(-1));
    }
}
