package org.totmon.pipeline.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.totmon.model.Report;
import org.totmon.model.TextSpan;
import org.totmon.model.TimeMention;
import org.totmon.pipeline.Document;

class TimeAnnotatorTest {
    private static final TimeAnnotator ANNOTATOR = new TimeAnnotator();

    /** The mentions found, as "span=value; span=value"; the text at each mention's offsets is its span. */
    private static String times(String published, String language, String text) {
        Document doc = new Document(new Report("t", null, null, null, published, language, text));
        ANNOTATOR.annotate(doc);
        for (TimeMention t : doc.times()) assertEquals(t.text(), text.substring(t.start(), t.end()));
        return doc.times().stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2022-06-06 | A grenade attack on a command post (May 18th) was reported.  | May 18th=2022-05-18
            -          | The decree was signed on 28 November 2023 in Melitopol.        | 28 November 2023=2023-11-28
            -          | Officials met on Nov. 28, 2023, behind closed doors.           | Nov. 28, 2023=2023-11-28
            -          | It was the 3rd of March 2024 when they left.                   | 3rd of March 2024=2024-03-03
            2022-03-21 | Russian troops entered the city on Feb. 24.                    | Feb. 24=2022-02-24
            2024-01-10 | The shelling of December 30 killed two.                        | December 30=2023-12-30
            2023-10-18 | After the strike on the night of October 16-17, planes burned. | October 16-17=2023-10-17
            2023-11    | Intelligence said this on Tuesday, November 28.                | Tuesday, November 28=2023-11-28
            -          | Posted 20:07 07.09.2023 by the editors.                        | 07.09.2023=2023-09-07
            -          | Updated 2023-09-07 after a correction.                         | 2023-09-07=2023-09-07
            2023-06    | They are preparing for fake elections in September.            | September=2023-09
            2022-08-30 | Several proxies have been killed since March.                  | March=2022-03
            2024-01-10 | Passports were handed out in December.                         | December=2023-12
            2023-06-15 | The memorandum dates from last May.                            | last May=2023-05
            2023-06-15 | The vote is planned for next May and for mid-July.             | next May=2024-05; mid-July=2023-07
            2023-06-15 | The curfew was lifted in September 2022.                       | September 2022=2022-09
            2023-06-15 | Crimea was seized in 2014.                                     | 2014=2014
            2023-06-15 | On 12 March 1868 residents were moved to Crimea.               | 12 March=2023-03-12
            2023-06-15 | In March 1868 residents left the city.                         | March=2023-03
            2023-06-15 | In 2021 the village had 1868 people.                           | 2021=2021
            2024-03-01 | In 2022 soldiers of the occupation detained forty residents.   | 2022=2022
            2024-03-01 | У 2022 військові рф затримали сорок мешканців.                 | 2022=2022
            2023-06-15 | 12 березня 1868 мешканців вивезли до Криму.                    | 12 березня=2023-03-12
            2023-06-15 | У 2022 році в селі жили 1868 мешканців.                        | 2022 році=2022
            2023-06-15 | 15 мая 1868 жителей были вывезены.                             | 15 мая=2023-05-15
            2023-06-15 | В мае 1868 человек покинули город.                             | мае=2023-05
            2025-05-09 | Detained since the beginning of 2022, or since 2014.           | the beginning of 2022=2022; 2014=2014
            2025-05-09 | The occupation lasted between 2014 and 2022.                   | 2014=2014; 2022=2022
            2025-05-09 | Russia held the peninsula in 2014-2022.                        | 2014=2014; 2022=2022
            2023-09-10 | Russia is holding elections this weekend.                      | this weekend=2023-09-09
            2023-09-13 | Polls opened over the weekend in Kherson.                      | over the weekend=2023-09-09
            2023-03-22 | A warrant was issued last week, a camp opened last year.       | last week=2023-03; last year=2022
            2023-11    | They plan to hold elections next year.                         | next year=2024
            2022-06-06 | The incident happened late last month.                         | late last month=2022-05
            2022-03-21 | Earlier this month, 400 people were detained.                  | Earlier this month=2022-03
            2025-05-09 | As of today, 16,000 people are held.                           | today=2025-05-09
            2025-05-09 | Yesterday a car exploded; tomorrow the court sits.             | Yesterday=2025-05-08; tomorrow=2025-05-10
            2023-06-15 | The 2024 election was announced two days ago.               | 2024=2024; two days ago=2023-06-13
            2023-06-15 | Він зник три роки тому, а місяць назад його бачили.           | три роки тому=2020
            2022-08-30 | Forces advanced on Monday, a report said Tuesday.              | Monday=2022-08-29; Tuesday=2022-08-30
            2022-08-30 | Talks resume next Tuesday, after last Tuesday's failure.       | next Tuesday=2022-09-06; last Tuesday=2022-08-23
            2023-11-29 | Федоров повідомив, що 28 листопада окупанти провели обшуки.     | 28 листопада=2023-11-28
            2022-05-09 | Про це сьогодні, 9 травня, повідомив мер.                      | сьогодні, 9 травня=2022-05-09
            2022-05-09 | Вчора окупанти провели пресконференцію.                        | Вчора=2022-05-08
            2023-03-22 | Минулого тижня суд видав ордер.                                | Минулого тижня=2023-03
            2023-11    | Окупанти оголосили про це у вересні.                           | вересні=2023-09
            -          | У червні 2022 року він підписав протокол.                      | червні 2022 року=2022-06
            -          | 7 червня 2024 року здійснено замах.                            | 7 червня 2024 року=2024-06-07
            2023-05-02 | Торік окупанти роздавали паспорти, наступного року обіцяють вибори. | Торік=2022; наступного року=2024
            2023-11-29 | У вівторок у місті пролунали вибухи.                           | вівторок=2023-11-28
            2022-03-01 | Вторгнення почалося 24 лютого.                                 | 24 лютого=2022-02-24
            2022-08-08 | Референдумы пройдут в начале сентября 2022 года.               | начале сентября 2022 года=2022-09
            2023-11-20 | Решение приняли в сентябре, а 9 мая прошёл парад.              | сентябре=2023-09; 9 мая=2023-05-09
            2023-03-23 | В прошлом месяце и в прошлом году детей вывезли в Крым.        | прошлом месяце=2023-02; прошлом году=2022
            2023-03-23 | В среду детей вернули, вчера их встретили родители.            | среду=2023-03-22; вчера=2023-03-22
            2023-03-23 | В следующем году и на следующей неделе обещают обмен.          | следующем году=2024; следующей неделе=2023-03
            2023-09-11 | Итоги объявили к вечеру воскресенья.                          | воскресенья=2023-09-10
            2024-06-05 | Вибухи пролунали вранці суботи.                               | суботи=2024-06-01
            2024-04-10 | 5 квітня 11 дітей повернули додому.                            | 5 квітня=2024-04-05
            2024-04-10 | 5 апреля 11 детей вернули домой.                               | 5 апреля=2024-04-05
            2023-05-20 | 11 березня 2022 року мера викрали. Його звільнили 16 березня.   | 11 березня 2022 року=2022-03-11; 16 березня=2022-03-16
            2023-05-20 | In March 2022 troops came. The mayor was freed on March 16.   | March 2022=2022-03; March 16=2022-03-16
            2023-05-20 | Troops came in 2014. The mayor was freed on March 16.        | 2014=2014; March 16=2023-03-16
            """)
    void findsAndResolves(String published, String text, String expected) {
        assertEquals(expected, times(published, "en", text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The occupation has lasted for more than three years.
            Over the last year and the next month prices rose.
            The report came out in about a month.
            Boys aged 14 to 17 undergo training; a 10-year-old was taken.
            The depot detonated before 4 a.m. and burned until 11 am.
            Page 2 of 10
            0
            Some 2,014 people and 2000 soldiers were counted.
            They killed 2014 soldiers and held 1999 civilians.
            Troops may march on the city.
            Prime Minister Theresa May said so, Russia Today reported.
            Black Friday sales and every Monday meetings continued.
            "Today we are in Tokmak, tomorrow we will be in Berdiansk!"
            Окупанти вже тиждень збирають голоси, три роки поспіль.
            Він не забув лютого ворога; понад 2000 людей вийшли.
            By 1868 residents had left the town.
            The flood left in 2000 people homeless.
            З 1868 мешканців лишилось сорок.
            С 1868 жителей взяли подписи.
            В среде военных растёт недовольство.
            Двух дочерей 14 и 11 лет отправили на 7-10 дней. Осенью их не вернули.
            """)
    void leavesOutWhatIsNoCalendarTime(String text) {
        assertEquals("", times("2023-06-15", "en", text));
    }

    @Test
    void resolvesOnlyWhatThePublicationDatePermits() {
        String text = "Yesterday, on Monday, officials said that in April and last month, and next year, on 5 May 2022 too.";
        assertEquals("5 May 2022=2022-05-05", times(null, "en", text));
        assertEquals("April=2023-04; last month=2023-05; next year=2024; 5 May 2022=2022-05-05", times("2023-06", "en", text));
        assertEquals("April=2023-04; next year=2024; 5 May 2022=2022-05-05", times("2023", "en", text));
    }

    @Test
    void aPeriodOfDaysWithinAMonthIsThatMonth() {
        assertEquals("з 23 по 27 вересня=2022-09", times("2022-10-12", "uk", "Псевдореферендум проходив з 23 по 27 вересня."));
        assertEquals("с 23 по 27 сентября 2022 года=2022-09", times("2023-01-10", "ru", "Голосование проходило с 23 по 27 сентября 2022 года."));
        assertEquals("from 23 to 27 September=2022-09; October 16-17=2022-10-17",
                times("2022-10-20", "en", "Voting ran from 23 to 27 September; on the night of October 16-17 drones hit."), "a night over two days is its last");
        assertEquals("3 May=2022-05-03", times("2022-05-10", "en", "Between 5 and 12 people were hurt on 3 May."), "a range of counts is no period");
        assertEquals("11 марта 2022 года=2022-03-11; с 23 по 27 августа=2022-08", times("2025-03-28", "ru",
                "11 марта 2022 года военные захватили мэра. Референдумы проходили с 23 по 27 августа."),
                "a period of a year guessed from the publication takes the year named before it, as a day does");
    }

    @Test
    void birthYearsAreAgesNotTimes() {
        assertEquals("March 2022=2022-03", times("2022-03-17", "en", "Russia received nine soldiers born in 2002 and 2003 in March 2022."));
        assertEquals("2022 году=2022", times("2022-03-17", "ru", "Все пленные были 2002-2003 годов рождения. Обмен состоялся в 2022 году."));
        assertEquals("2023 році=2023", times("2023-06-07", "uk", "Затримали чоловіка 1985 року народження. Це сталося у 2023 році."));
        assertEquals("5 May 1990=1990-05-05; 2014=2014; 2022=2022",
                times("2023-06-07", "en", "He was born on 5 May 1990; the war began in 2014 and 2022."), "a day of birth is a date; years listed alone stay");
    }

    @Test
    void slashDatesFollowTheLanguage() {
        assertEquals("09/07/2023=2023-09-07", times(null, "en", "Signed 09/07/2023."));
        assertEquals("09/07/2023=2023-07-09", times(null, "uk", "Підписано 09/07/2023."));
        assertEquals("25/07/2023=2023-07-25", times(null, "en", "Signed 25/07/2023."));
    }

    @Test
    void skipsBoilerplate() {
        String text = "Troops left on 5 May 2022.\nCopyright 2024. Updated 7 June 2024.";
        Document doc = new Document(new Report("t", null, null, null, "2024-06-08", "en", text));
        doc.boilerplate().add(new TextSpan(text.indexOf("Copyright"), text.length()));
        ANNOTATOR.annotate(doc);
        assertEquals(List.of(new TimeMention("5 May 2022", "2022-05-05", 15, 25)), doc.times());
    }
}
