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
    void russianWithoutItsOwnLettersIsToldByItsWords() {
        assertEquals("ru", detector.detect("Власти заявили, что свет дадут к вечеру."));
        assertEquals("uk", detector.detect("Люди бояться виходити з дому. Вулиці порожні."));
    }

    @Test
    void aQuoteInTheOtherLanguageDoesNotDecide() {
        assertEquals("uk", detector.detect("Він сказав: «Мы здесь навсегда, это наша земля». Але місто так не вважає."));
        assertEquals("ru", detector.detect("Он сказал: «Ми тут назавжди, це наша земля». Но город так не считает."));
    }

    @Test
    void belarusianAndBulgarianAreOther() {
        assertEquals("other", detector.detect("Улады заявілі, што святло дадуць да вечара."));
        assertEquals("other", detector.detect("В града няма газ и хората готвят храна на огън."));
    }

    @Test
    void tooShortToTell() {
        assertNull(detector.detect("OK 12"));
    }
}
