package org.totmon.pipeline.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageAnnotatorTest {
    private final LanguageAnnotator detector = new LanguageAnnotator();

    @Test
    void tellsTheThreeLanguagesApartOnShortPosts() {
        assertEquals("en", detector.detect("Occupation authorities said the vote would take place in September."));
        assertEquals("uk", detector.detect("Окупанти оголосили про вибори у вересні. Мешканці їх ігнорують."));
        assertEquals("ru", detector.detect("Оккупационные власти объявили о выборах в сентябре. Жители их игнорируют."));
    }

    @Test
    void otherLanguagesAreOther() {
        assertEquals("other", detector.detect("Die Besatzungsbehörden kündigten für September eine Wahl an."));
        assertEquals("other", detector.detect("Władze okupacyjne ogłosiły wybory na wrzesień tego roku."));
    }

    @Test
    void tooShortToTell() {
        assertNull(detector.detect("OK 12"));
    }
}
