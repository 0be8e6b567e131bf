package org.totmon.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.TestDocs;

class TokenizerTest {
    private static List<String> words(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void splitsPossessivesAndKeepsAbbreviations() {
        assertEquals(List.of("Russia", "’s", "National", "Guard", "met", "U.S.", "officials", "on", "Feb.", "24", "."),
                words("Russia’s National Guard met U.S. officials on Feb. 24."));
    }

    @Test
    void splitsWordsGluedByALostLineBreakButNotBrands() {
        assertEquals(List.of("in", "Kherson", "Residents", "read", "UkrinForm", "and", "StratCom"),
                words("in KhersonResidents read UkrinForm and StratCom"));
        assertEquals(List.of("the", "region", ".", "But", "then"), words("the region.But then"));
    }

    @Test
    void keepsCyrillicApostrophesAndHyphensInsideWords() {
        assertEquals(List.of("у", "Купʼянську", "та", "Лисичанську", "-", "Лозовій", "3,000"),
                words("у Купʼянську та Лисичанську - Лозовій 3,000"));
        // Typesetters join double surnames with a non-breaking hyphen (U+2011): still one word, never "Львова" (Lviv) alone.
        assertEquals(List.of("омбудсмен", "Львова\u2011Белова", "и", "Римского\u2010Корсакова"),
                words("омбудсмен Львова\u2011Белова и Римского\u2010Корсакова"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Mayor Ivan Fedorov’s office";
        for (Token t : Tokenizer.tokenize(text)) assertEquals(t.text(), text.substring(t.start(), t.end()));
    }

    @Test
    void sentencesBreakAtLinesAndGluedPeriods() {
        Document d = TestDocs.en("Headline without a period\nThe mayor spoke. He left the city.Then it rained.");
        new SentenceTokenAnnotator().annotate(d);
        List<String> sentences = d.sentences().stream().map(s -> d.text().substring(s.start(), s.end())).toList();
        assertEquals(List.of("Headline without a period", "The mayor spoke.", "He left the city.", "Then it rained."), sentences);
    }

    @Test
    void aShortFormBeforeANameEndsNoSentence() {
        assertEquals(List.of("The forum met in St. Petersburg in June.", "Dr. Smith left."),
                sentences(TestDocs.en("The forum met in St. Petersburg in June. Dr. Smith left.")));
        assertEquals(List.of("Концерт відбувся у палаці культури ім. Шевченка.", "Потім усі пішли на вул. Миру."),
                sentences(TestDocs.doc("Концерт відбувся у палаці культури ім. Шевченка. Потім усі пішли на вул. Миру.", "uk", "2024-05-01")));
        // A line break still ends one.
        assertEquals(List.of("Dr.", "Next"), sentences(TestDocs.en("Dr.\nNext")));
    }

    @Test
    void aTownsShortFormEndsNoSentenceUnlessANumberComesBefore() {
        assertEquals(List.of("Вирок ухвалив районний суд м. Запоріжжя у травні.", "Засуджений утік."),
                sentences(TestDocs.doc("Вирок ухвалив районний суд м. Запоріжжя у травні. Засуджений утік.", "uk", "2024-05-01")));
        assertEquals(List.of("Суд г. Москва вынес решение.", "Приговор вступил в силу."),
                sentences(TestDocs.doc("Суд г. Москва вынес решение. Приговор вступил в силу.", "ru", "2024-05-01")));
        // After a number the same short forms are a year and metres, and may end a sentence.
        assertEquals(List.of("Завод построили в 1956 г.", "Затем его расширили."),
                sentences(TestDocs.doc("Завод построили в 1956 г. Затем его расширили.", "ru", "2024-05-01")));
        assertEquals(List.of("Вода піднялася на 5 м.", "Мешканців евакуювали."),
                sentences(TestDocs.doc("Вода піднялася на 5 м. Мешканців евакуювали.", "uk", "2024-05-01")));
    }

    private static List<String> sentences(Document d) {
        new SentenceTokenAnnotator().annotate(d);
        return d.sentences().stream().map(s -> d.text().substring(s.start(), s.end())).toList();
    }
}
