package org.totmon.pipeline.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Claim;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.clean.CreditAnnotator;
import org.totmon.pipeline.attribution.AttributionAnnotator;
import org.totmon.pipeline.attribution.OutletRegistry;
import org.totmon.pipeline.entity.ActorRegistry;
import org.totmon.pipeline.entity.EntityAnnotator;
import org.totmon.pipeline.entity.GivenNames;
import org.totmon.pipeline.modality.ModalityAnnotator;
import org.totmon.pipeline.text.ClauseAnnotator;
import org.totmon.pipeline.text.SentenceTokenAnnotator;
import org.totmon.pipeline.time.TimeAnnotator;

class ClaimAnnotatorTest {
    private static final String REGISTRY = String.join("\n",
            "Institute for the Study of War\tORGANIZATION\tthird_party\tresearch\tISW",
            "Ukrinform\tORGANIZATION\tukraine\tmedia\tУкрінформ",
            "TASS\tORGANIZATION\toccupation\tmedia\tТАСС",
            "Ivan Fedorov\tPERSON\tukraine\tofficial\tІван Федоров|Федоров");
    private static final SentenceTokenAnnotator SENTENCES = new SentenceTokenAnnotator();
    private static final ActorRegistry ACTORS = registry();
    private static final CreditAnnotator CREDITS = new CreditAnnotator(GivenNames.bundled());
    private static final EntityAnnotator ENTITIES = new EntityAnnotator(ACTORS, GivenNames.bundled());
    private static final AttributionAnnotator ATTRIBUTION = new AttributionAnnotator(ACTORS, OutletRegistry.bundled());
    private static final ClaimAnnotator CLAIMS = new ClaimAnnotator();
    private static final TimeAnnotator TIMES = new TimeAnnotator();
    private static final ModalityAnnotator MODALITY = new ModalityAnnotator();

    private static ActorRegistry registry() {
        try {
            return ActorRegistry.parse(new ByteArrayInputStream(REGISTRY.getBytes(StandardCharsets.UTF_8)), "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Claim> claims(String text, String lang, String outlet) {
        Document d = new Document(new Report(Report.contentId(text), null, outlet, null, "2024-03-01", lang, text));
        SENTENCES.annotate(d);
        CREDITS.annotate(d);
        ENTITIES.annotate(d);
        TIMES.annotate(d);
        new ClauseAnnotator().annotate(d);
        MODALITY.annotate(d);
        ATTRIBUTION.annotate(d);
        CLAIMS.annotate(d);
        for (Claim c : d.claims()) assertEquals(c.text(), text.substring(c.start(), c.end()));
        return d.claims();
    }

    private static List<Double> values(String text, String lang) {
        return claims(text, lang, null).stream().map(Claim::value).toList();
    }

    private static Claim only(String text, String lang, String outlet) {
        List<Claim> c = claims(text, lang, outlet);
        assertEquals(1, c.size(), c.toString());
        return c.get(0);
    }

    @Test
    void digitsWithAnySeparator() {
        assertEquals(List.of(3000.0, 4000.0, 1.5, 1204.5), values("They counted 3,000 cars, then 4 000 trucks, a ratio of 1.5 and a mean of 1,204.5 tonnes.", "en"));
        assertEquals(List.of(2.2), values("Втрати склали 2,2 відсотка.", "uk"));
    }

    @Test
    void numberWordsAndScales() {
        assertEquals(List.of(8.0, 24.0, 12.0, 1_500_000.0, 250.0), values("Eight trucks, two dozen tanks and a dozen drones were seen; "
                + "1.5 million people fled and two hundred and fifty stayed.", "en"));
        assertEquals(List.of(8.0, 25.0, 40.0, 2_200_000.0, 5000.0), values("Вісім вантажівок, двадцять п'ять танків і сорок дронів; "
                + "виїхали 2,2 млн людей, залишилися 5 тис. осіб.", "uk"));
        assertEquals(List.of(3.0, 2.0, 2000.0), values("Он забрал троих детей и две сумки, а всего уехали две тысячи человек.", "ru"));
    }

    @Test
    void vagueAmountsAreNotClaims() {
        assertEquals(List.of(), values("Hundreds of people and several hundred soldiers came, thousands and thousands more waited.", "en"));
        assertEquals(List.of(), values("Сотни тысяч людей уехали, тисячі людей залишилися, кілька сотень пішли.", "ru"));
    }

    @Test
    void percentsAndRanges() {
        Claim range = only("The party expects 70-80% of the vote.", "en", null);
        assertEquals(70.0, range.value());
        assertEquals(80.0, range.valueMax());
        assertEquals("range", range.qualifier());
        assertEquals("percent", range.unit());
        Claim words = only("Партія очікує від 70 до 80% голосів.", "uk", null);
        assertEquals(80.0, words.valueMax());
        Claim scaled = only("Between 1 and 2 million people left.", "en", null);
        assertEquals(1_000_000.0, scaled.value());
        assertEquals(2_000_000.0, scaled.valueMax());
        assertEquals(List.of(45.0), values("Turnout was 45 per cent.", "en"));
    }

    @Test
    void qualifiers() {
        List<String> q = claims("At least 5 died, more than 20 were hurt, nearly 300 fled, up to 40 hid and fewer than 10 stayed, "
                + "only 2 returned.", "en", null).stream().map(Claim::qualifier).toList();
        assertEquals(List.of("at_least", "more_than", "approx", "at_most", "less_than", "exact"), q);
        List<String> uk = claims("Не менше 5 загинули, понад 20 поранені, майже 300 виїхали, близько 40 сховалися.", "uk", null)
                .stream().map(Claim::qualifier).toList();
        assertEquals(List.of("at_least", "more_than", "approx", "approx"), uk);
        List<String> ru = claims("Не менее 5 погибли, более 20 ранены, почти 300 уехали, около 40 спрятались.", "ru", null)
                .stream().map(Claim::qualifier).toList();
        assertEquals(List.of("at_least", "more_than", "approx", "approx"), ru);
    }

    @Test
    void datesYearsAgesAndMetadataAreNotClaims() {
        assertEquals(List.of(), values("On February 24, 2022 and on 9 May the troops came back; in 2014 they first arrived.", "en"));
        assertEquals(List.of(), values("A man aged 45 and his 12-year-old son, a 30 years old woman.", "en"));
        assertEquals(List.of(), values("2 min read. 1,204 views. See No. 5 and Article 111 of Resolution 68/262.", "en"));
        assertEquals(List.of(), values("Call +380 44 123 4567 at 10:30 or after 4 p.m. near the 5th brigade's Su-25.", "en"));
        assertEquals(List.of(), values("7 червня 2024 року о 20:07 у 2022 році.", "uk"));
        assertEquals(List.of(), values("Его дочерям 14 и 11 лет.", "ru"));
        assertEquals(List.of(), values("731", "en"));
        assertEquals(List.of(), values("Засуджений за ч. 2 ст. 111 ККУ у 2022-2023 рр.", "uk"));
        assertEquals(List.of(), values("The two countries signed it in 2022-2023.", "en"));
        assertEquals(List.of(), values("One man stayed and one of the guards left.", "en"));
        assertEquals(List.of(1.0), values("At least one man stayed.", "en"));
        // Read as a year by the time layer, though a counted noun follows.
        assertEquals(List.of(40.0), values("У 2022 військові рф затримали 40 мешканців Мелітополя.", "uk"));
        assertEquals(List.of(2000.0), values("The flood left in 2000 people homeless.", "en"));
    }

    @Test
    void unitIsTheCountedNoun() {
        List<Claim> c = claims("They destroyed 60 pieces of equipment and 159 Russian soldiers, and $5 million was lost.", "en", null);
        assertEquals(List.of("pieces of equipment", "soldiers", "dollars"), c.stream().map(Claim::unit).toList());
        assertEquals(5_000_000.0, c.get(2).value());
        assertEquals("children", only("Окупанти вивезли 17 українських дітей.", "uk", null).unit());
    }

    @Test
    void claimantThroughRelays() {
        Claim c = only("Ukraine's General Staff said that 12 drones were shot down, Ukrinform reports.", "en", "example.com");
        assertTrue(c.claimant().endsWith("General Staff"), c.claimant());
        assertEquals(Side.UKRAINE, c.claimantSide());
        Claim citing = only("At least 40 homes burned, the agency reported, citing the Institute for the Study of War.", "en", null);
        assertEquals("Institute for the Study of War", citing.claimant());
        assertEquals(Side.THIRD_PARTY, citing.claimantSide());
        Claim according = only("According to the reports of the occupation administrations, only 900 people voted.", "en", null);
        assertEquals("occupation administrations", according.claimant());
        assertEquals(Side.OCCUPATION, according.claimantSide());
    }

    @Test
    void ownVoiceIsTheOutlet() {
        Claim c = only("The city, home to about 250,000 people, fell in March.", "en", "www.kyivindependent.com");
        assertEquals("The Kyiv Independent", c.claimant(), "the outlet registry knows the domain");
        assertEquals(Side.UKRAINE, c.claimantSide());
        assertEquals("approx", c.qualifier());
        Claim unknown = only("The city, home to about 250,000 people, fell in March.", "en", "www.stepnews.example");
        assertEquals("Stepnews", unknown.claimant(), "an outlet the registries do not know is named from its domain");
        assertEquals(Side.THIRD_PARTY, unknown.claimantSide());
    }

    @Test
    void pronounsTitlesAndQuotesFindTheSpeaker() {
        List<Claim> c = claims("“We found 43 sites,” said Jane Roe, the director of the Example Research Lab. "
                + "She said at least 6,000 children were moved.", "en", null);
        assertEquals(List.of("Jane Roe", "Jane Roe"), c.stream().map(Claim::claimant).toList());
        assertEquals(Side.THIRD_PARTY, c.get(0).claimantSide());
        Claim uk = only("Мер Мелітополя Іван Федоров повідомив про обшуки. Він зазначив, що затримали 25 людей.", "uk", null);
        assertEquals("Ivan Fedorov", uk.claimant());
        assertEquals(Side.UKRAINE, uk.claimantSide());
        Claim anaphoric = only("Almost 16,000 people were detained.\nThis was stated by Ukraine's ombudsman, the agency reports.", "en", null);
        assertEquals("Ukraine's ombudsman", anaphoric.claimant());
    }

    @Test
    void postposedSpeakerAfterAPreposition() {
        Claim c = only("Явка склала 87%, заявили в окупаційній адміністрації.", "uk", "example.ua");
        assertEquals("occupation administration", c.claimant());
        assertEquals(Side.OCCUPATION, c.claimantSide());
    }

    @Test
    void unnamedReports() {
        Claim c = only("Как сообщают, на форум собрались более 700 делегатов.", "ru", "example.ru");
        assertEquals("unnamed reports", c.claimant());
        assertEquals(Side.UNKNOWN, c.claimantSide());
    }

    @Test
    void hedges() {
        assertTrue(only("Kyiv claims its forces killed 100 soldiers.", "en", null).hedged());
        assertTrue(only("At least 3,000 people are said to be involved.", "en", null).hedged());
        assertTrue(only("Окупанти нібито вивезли 40 дітей.", "uk", null).hedged());
        assertTrue(only("Власти якобы вывезли 40 детей.", "ru", null).hedged());
        assertTrue(only("Officials said 1500 people voted. Most were bussed in. This figure is overestimated.", "en", null).hedged());
        assertFalse(only("The ministry said 20 people were hurt. Reporters could not verify which weapons were used.", "en", null).hedged());
        assertFalse(only("Nearly 12 officials have been killed, and others survived apparent attempts on their lives.", "en", null).hedged());
    }

    @Test
    void aDoubtLaterInTheSentenceOrAnAbsentConfirmationHedges() {
        assertTrue(only("A Russian-appointed official said 23 people were hurt; his figures could not be independently verified.", "en", null)
                .hedged());
        assertTrue(only("Военкор написал, что у Херсона уничтожены 14 лодок. Подтверждений этим данным нет.", "ru", null).hedged());
        assertTrue(only("Окупанти заявили, що проголосували 82% виборців. Спостерігачі назвали цю цифру вигаданою.", "uk", null).hedged());
        assertFalse(only("A Russian-appointed official said 23 people were hurt; the reasons could not be verified.", "en", null).hedged());
    }

    @Test
    void aRepeatedFigureIsOneClaim() {
        List<Claim> c = claims("The task is to reach at least 85% of residents.\nThe occupiers must reach at least 85%, the Ukrainian "
                + "intelligence notes.", "en", null);
        assertEquals(1, c.size());
        assertEquals(Side.UKRAINE, c.get(0).claimantSide());
        assertNull(c.get(0).valueMax());
    }

    @Test
    void oneFigureFromTwoNamedSourcesIsTwoClaims() {
        List<Claim> c = claims("Ukraine handed over nine Russian soldiers, the presidential office said. Russia received nine captured "
                + "soldiers, Interfax-Ukraine reported.", "en", null);
        assertEquals(2, c.size(), "each source names the figure in its own sentence");
        assertNotEquals(c.get(0).claimant(), c.get(1).claimant());
        List<Claim> restated = claims("Nine soldiers were handed over. Ukraine handed over nine soldiers, the presidential office said.", "en", null);
        assertEquals(1, restated.size(), "a figure first told without a source is the named source's");
    }

    @Test
    void sourcesCountedAreNoClaim() {
        assertEquals(List.of(), values("Two U.S. officials told the newspaper that talks stalled.", "en"));
    }

    @Test
    void officialsNamedOnlyByTitleTakeTheOutletsAuthorities() {
        String text = "Regional officials said a strike damaged 12 houses.";
        assertEquals(Side.UKRAINE, only(text, "en", "Reuters").claimantSide());
        assertEquals(Side.OCCUPATION, only(text, "en", "TASS").claimantSide());
        assertEquals(Side.THIRD_PARTY, only("German officials said Berlin would send 3 field hospitals.", "en", "Reuters").claimantSide());
    }

    @Test
    void occupationTitlesAndPlacesBoundToTheSource() {
        Claim head = only("The head of the occupation administration in Nova Kakhovka claimed that 300 residents got passports.", "en", "BBC");
        assertEquals("head of the occupation administration in Nova Kakhovka", head.claimant());
        assertEquals(Side.OCCUPATION, head.claimantSide());
        Claim mayor = only("Так званий «мер» Мелітополя заявив, що в місті відкрили 5 нових шкіл.", "uk", "Громадське");
        assertEquals(Side.OCCUPATION, mayor.claimantSide());
        assertEquals(Side.OCCUPATION, only("Врио губернатора сообщил, что в регион доставлено 40 тонн груза.", "ru", null).claimantSide());
        assertEquals(Side.OCCUPATION, only("RIA reported, citing the defence ministry in Moscow, that 25 drones were downed.", "en", "Reuters")
                .claimantSide());
    }

    @Test
    void unknownOutletNamedAsAStateBodySpeaksForUkraine() {
        assertEquals(Side.UKRAINE, only("Our drone operators hit 14 vehicles this week.", "en", "3rd Assault Brigade").claimantSide());
        assertEquals(Side.THIRD_PARTY, only("A strike destroyed 14 vehicles this week.", "en", "Daily Courier").claimantSide());
    }
}
