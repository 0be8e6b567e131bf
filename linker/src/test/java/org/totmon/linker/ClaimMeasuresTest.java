package org.totmon.linker;

import static org.junit.jupiter.api.Assertions.*;
import static org.totmon.linker.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.PlaceKind;
import org.totmon.model.Side;

class ClaimMeasuresTest {
    private static MeasuredClaim only(String text, String published, List<org.totmon.model.Place> places,
                                      List<org.totmon.model.TimeMention> times, org.totmon.model.Claim claim) {
        List<MeasuredClaim> ms = ClaimMeasures.of("r", text, published, extraction("r", places, times, List.of(claim), List.of()), ZAPORIZHZHIA, event -> null);
        assertEquals(1, ms.size());
        return ms.get(0);
    }

    @Test
    void theSameMeasureInOtherWordsAndAnotherLanguageHasOneKey() {
        String en = "Occupation governor Yevhen Balytskyi said 1.5 million Russian passports had been issued in Zaporizhzhia Oblast.";
        String uk = "Розвідка заявила, що в Запорізькій області видали лише 300 тисяч паспортів.";
        MeasuredClaim a = only(en, "2023-06-01", List.of(place(en, "Zaporizhzhia Oblast", PlaceKind.REGION)), List.of(),
                claim(en, "1.5 million Russian passports", 1_500_000, "exact", "passports", "1.5 million Russian passports had been issued",
                        "Yevhen Balytskyi", Side.OCCUPATION));
        MeasuredClaim b = only(uk, "2023-06-02", List.of(place(uk, "Zaporizhzhia Oblast", PlaceKind.REGION, "Запорізькій області")), List.of(),
                claim(uk, "300 тисяч паспортів", 300_000, "exact", "паспортів", "видали лише 300 тисяч паспортів", "Розвідка", Side.UKRAINE));

        assertEquals("count|passports|zaporizhzhia oblast|-", a.measure().key());
        assertEquals(a.measure().key(), b.measure().key());
        assertEquals("Zaporizhzhia Oblast", a.measure().place().admin1());
        assertEquals("2023-06-01", a.date().value(), "no date in the sentence: the report's");
    }

    @Test
    void aFigureRestatedWithoutItsPlaceIsOfThePlaceItsReportGivesIt() {
        String text = "Almost 1,500 people were evacuated, officials said. Later they said 1,457 people had been evacuated from "
                + "Kherson. Another 300 people were evacuated.";
        var claims = List.of(
                claim(text, "Almost 1,500 people", 1500, "approx", "people", "Almost 1,500 people were evacuated", null, Side.UKRAINE),
                claim(text, "1,457 people", 1457, "exact", "people", "1,457 people had been evacuated from Kherson", null, Side.UKRAINE),
                claim(text, "300 people", 300, "exact", "people", "Another 300 people were evacuated", null, Side.UKRAINE));
        List<MeasuredClaim> ms = ClaimMeasures.of("r", text, "2023-06-07",
                extraction("r", List.of(place(text, "Kherson", PlaceKind.SETTLEMENT)), List.of(), claims, List.of()), ZAPORIZHZHIA, event -> null);
        assertEquals(ms.get(1).measure().key(), ms.get(0).measure().key(), "the same amount, told again of no place");
        assertNull(ms.get(2).measure().place(), "another amount, of no place its report names");
    }

    @Test
    void differentThingsCountedOrPlacesAreDifferentMeasures() {
        String text = "In Melitopol 40 residents were detained on 10 September 2023. In Enerhodar 12 residents were killed.";
        var places = List.of(place(text, "Melitopol", PlaceKind.SETTLEMENT), place(text, "Enerhodar", PlaceKind.SETTLEMENT));
        var claims = List.of(
                claim(text, "40 residents", 40, "exact", "residents", "40 residents were detained", null, Side.UKRAINE),
                claim(text, "12 residents", 12, "exact", "residents", "12 residents were killed", null, Side.UKRAINE));
        List<MeasuredClaim> ms = ClaimMeasures.of("r", text, "2023-09-12",
                extraction("r", places, List.of(time(text, "10 September 2023", "2023-09-10")), claims, List.of()), ZAPORIZHZHIA, event -> null);

        assertEquals("count|detained|melitopol|-", ms.get(0).measure().key());
        assertEquals("count|killed|enerhodar|2023-09", ms.get(1).measure().key(), "a toll of one month, not a running total");
        assertEquals("2023-09-10", ms.get(0).date().value(), "the date in the claim's sentence");
        assertEquals("2023-09-12", ms.get(1).date().value(), "the other sentence's date is not this claim's");
    }

    @Test
    void aConceptNamedEarlierInTheSentenceAndTheMonthCountTheEventIsKeptBeside() {
        String text = "Ivan Fedorov said the real turnout in the elections in Zaporizhzhia Oblast was below 20 percent.";
        var claim = claim(text, "below 20 percent", 20, "less_than", "percent", "Zaporizhzhia Oblast was below 20 percent",
                "Ivan Fedorov", Side.UKRAINE);
        var election = event(text, "the elections in Zaporizhzhia Oblast", "ELECTION", null, "Zaporizhzhia Oblast", List.of());
        Measure m = ClaimMeasures.of("r", text, "2023-09-12", extraction("r",
                List.of(place(text, "Zaporizhzhia Oblast", PlaceKind.REGION)), List.of(), List.of(claim), List.of(election)),
                ZAPORIZHZHIA, event -> event == 0 ? 12L : null).get(0).measure();
        assertEquals("percent|turnout|zaporizhzhia oblast|2023-09", m.key());
        assertEquals("ELECTION", m.eventType());
        assertEquals(12L, m.eventId(), "the real-world event, for the ledger");
        assertNull(ClaimMeasures.of("r", text, null, extraction("r", List.of(), List.of(), List.of(claim), List.of()), ZAPORIZHZHIA,
                event -> null).get(0).measure().period(), "no date, no month");
    }

    @Test
    void oneMeasureReadsAlikeInUkrainianAndEnglish() {
        String uk = "Мер Іван Федоров заявив, що у псевдореферендумі в Запорізькій області взяли участь лише 0,5% мешканців.";
        String en = "The occupation commission said turnout in Zaporizhzhia Oblast reached 66.43 percent.";
        Measure a = ClaimMeasures.of("a", uk, "2022-09-27", extraction("a", List.of(place(uk, "Zaporizhzhia Oblast", PlaceKind.REGION, "Запорізькій області")),
                List.of(), List.of(claim(uk, "0,5%", 0.5, "exact", "percent", "взяли участь лише 0,5% мешканців", "Іван Федоров", Side.UKRAINE)),
                List.of()), ZAPORIZHZHIA, event -> null).get(0).measure();
        Measure b = ClaimMeasures.of("b", en, "2022-09-26", extraction("b", List.of(place(en, "Zaporizhzhia Oblast", PlaceKind.REGION)),
                List.of(), List.of(claim(en, "66.43 percent", 66.43, "exact", "percent", "turnout in Zaporizhzhia Oblast reached 66.43 percent",
                        "commission", Side.OCCUPATION)), List.of()), ZAPORIZHZHIA, event -> null).get(0).measure();
        assertEquals("turnout", a.concept(), "a share of residents who took part is the turnout");
        assertEquals(a.key(), b.key());
    }

    @Test
    void aRunningTotalIsOneMeasureAcrossMonths() {
        String text = "Ukraine has verified 13,899 children deported to Russia.";
        var claim = claim(text, "13,899 children", 13899, "exact", "children", "13,899 children deported to Russia", "Ukraine", Side.UKRAINE);
        String jan = ClaimMeasures.of("r", text, "2023-01-10", extraction("r", List.of(), List.of(), List.of(claim), List.of()), ZAPORIZHZHIA,
                event -> null).get(0).measure().key();
        String mar = ClaimMeasures.of("r", text, "2023-03-17", extraction("r", List.of(), List.of(), List.of(claim), List.of()), ZAPORIZHZHIA,
                event -> null).get(0).measure().key();
        assertEquals(jan, mar);
    }

    @Test
    void ukrainianChildrenHeldInRussiaAreCountedAsDeported() {
        String held = "The ombudsman called the report that 19,500 Ukrainian children are in Russia fake.";
        String deported = "Ukraine has verified 16,000 children deported to Russia.";
        MeasuredClaim a = only(held, "2024-04-24", List.of(), List.of(), claim(held, "19,500 Ukrainian children", 19500, "exact", "children",
                "19,500 Ukrainian children are in Russia", "Maria Lvova-Belova", Side.OCCUPATION));
        MeasuredClaim b = only(deported, "2023-03-17", List.of(), List.of(), claim(deported, "16,000 children", 16000, "exact", "children",
                "16,000 children deported to Russia", "Ukraine", Side.UKRAINE));
        assertEquals("deported_children", a.measure().concept());
        assertEquals(b.measure().key(), a.measure().key());
    }

    @Test
    void aFigureAfterItsEventsIsOfTheOneWhoseSentenceNamesWhatItCounts() {
        String text = "The General Assembly voted on Wednesday to condemn the annexations and supported a resolution. "
                + "It had held an emergency meeting since Monday to debate the resolution. In all, 143 nations supported it, while 32 abstained.";
        var vote = event(text, "The General Assembly voted on Wednesday to condemn the annexations", "CONDEMNATION", "2022-10-12", null, List.of());
        var debate = event(text, "It had held an emergency meeting since Monday to debate the resolution", "CONDEMNATION", "2022-10-10", null, List.of());
        var claim = claim(text, "32 abstained", 32, "exact", null, "while 32 abstained", "The National", Side.THIRD_PARTY);
        MeasuredClaim m = ClaimMeasures.of("r", text, "2022-10-12", extraction("r", List.of(), List.of(), List.of(claim), List.of(vote, debate)),
                ZAPORIZHZHIA, event -> 100L + event).get(0);
        assertEquals(100L, m.measure().eventId(), "the vote, which its sentence tells as supported, not the debate told nearer");
    }

    @Test
    void aFigureSaidOfEveryRegionIsOfNoneAlone() {
        String text = "Kherson Oblast's commission is still counting. In each region more than 90 percent voted to join Russia.";
        var places = List.of(place(text, "Kherson Oblast", PlaceKind.REGION));
        MeasuredClaim every = only(text, "2022-09-27", places, List.of(), claim(text, "more than 90 percent", 90, "more_than", "percent",
                "more than 90 percent voted to join Russia", "commission", Side.OCCUPATION));
        assertNull(every.measure().place(), "not the region named the sentence before");
        String one = "Kherson Oblast's commission is still counting. There more than 90 percent voted to join Russia.";
        MeasuredClaim there = only(one, "2022-09-27", List.of(place(one, "Kherson Oblast", PlaceKind.REGION)), List.of(), claim(one,
                "more than 90 percent", 90, "more_than", "percent", "more than 90 percent voted to join Russia", "commission", Side.OCCUPATION));
        assertEquals("Kherson Oblast", there.measure().place().name());
    }

    @Test
    void aCountOfRegionsLiesInNoPlaceTheSentenceNames() {
        String text = "The assembly condemned the annexation of four Ukrainian regions and told Moscow to reverse course.";
        var places = List.of(place(text, "Moscow", PlaceKind.SETTLEMENT));
        MeasuredClaim m = only(text, "2022-10-12", places, List.of(), claim(text, "four Ukrainian regions", 4, "exact", "regions",
                "annexation of four Ukrainian regions", "The National", Side.THIRD_PARTY));
        assertEquals("count|regions|-|2022-10", m.measure().key());
    }

    @Test
    void aSubjectNamingNoKnownConceptIsKeyedByItsWordsNotItsFigure() {
        String a = "The text was endorsed by 143 of the delegations.";
        String b = "The text was endorsed by 141 of the delegations.";
        MeasuredClaim x = only(a, null, List.of(), List.of(), claim(a, "143", 143, "exact", null, "The text was endorsed by 143 of the delegations", null, Side.THIRD_PARTY));
        MeasuredClaim y = only(b, null, List.of(), List.of(), claim(b, "141", 141, "exact", null, "The text was endorsed by 141 of the delegations", null, Side.THIRD_PARTY));
        assertNull(x.measure().concept());
        assertEquals(x.measure().key(), y.measure().key());
        assertFalse(x.measure().key().contains("143"));
    }

    @Test
    void everyFigureForOneMeasureIsInOneGroupWhoeverGivesIt() {
        String text = "Researchers identified 43 facilities in Crimea, 41 of which are camps, while officials named 30 facilities.";
        var places = List.of(place(text, "Crimea", PlaceKind.REGION, "Crimea"));
        var claims = List.of(
                claim(text, "43 facilities", 43, "exact", "facilities", "identified 43 facilities", "Researchers", Side.THIRD_PARTY),
                claim(text, "41 of which", 41, "exact", "facilities", "identified 43 facilities", "Researchers", Side.THIRD_PARTY),
                claim(text, "30 facilities", 30, "exact", "facilities", "identified 43 facilities", "Officials", Side.UKRAINE));
        List<String> keys = ClaimMeasures.of("r", text, null, extraction("r", places, List.of(), claims, List.of()), ZAPORIZHZHIA, event -> null)
                .stream().map(m -> m.measure().key()).toList();
        assertEquals(List.of(keys.get(0), keys.get(0), keys.get(0)), keys);
    }

    @Test
    void aHeadlineFigureCountsInTheTimeOfTheEventTheReportTells() {
        String text = "Strike on the theatre killed close to 600\n\nThe airstrike on the theatre in Mariupol on 16 March destroyed it.";
        var claim = claim(text, "close to 600", 600, "approx", null, "Strike on the theatre killed close to 600", "Reporters", Side.THIRD_PARTY);
        var strike = event(text, "The airstrike on the theatre in Mariupol on 16 March", "ATTACK", "2022-03-16", "Mariupol", List.of());
        MeasuredClaim m = ClaimMeasures.of("r", text, "2022-05-04", extraction("r", List.of(place(text, "Mariupol", PlaceKind.SETTLEMENT)),
                List.of(time(text, "16 March", "2022-03-16")), List.of(claim), List.of(strike)), ZAPORIZHZHIA, event -> null).get(0);
        assertEquals("2022-03-16", m.date().value(), "the strike's date, not the publication's");
        assertEquals("count|killed|-|2022-03", m.measure().key());
    }

    private static List<String> keys(String text, List<org.totmon.model.Place> places, List<org.totmon.model.Claim> claims) {
        return ClaimMeasures.of("r", text, "2023-06-07", extraction("r", places, List.of(), claims, List.of()), ZAPORIZHZHIA, event -> null)
                .stream().map(m -> m.measure().key()).toList();
    }

    @Test
    void eachFigureCountsWhatItsOwnClauseNames() {
        String text = "In Zaporizhzhia Oblast, after 100% of ballots had been counted, 93% of voters backed joining Russia.";
        var places = List.of(place(text, "Zaporizhzhia Oblast", PlaceKind.REGION));
        assertEquals(List.of("percent|counted|zaporizhzhia oblast|2023-06", "percent|votes|zaporizhzhia oblast|2023-06"), keys(text, places, List.of(
                claim(text, "100%", 100, "exact", "percent", "100% of ballots had been counted", null, Side.OCCUPATION),
                claim(text, "93%", 93, "exact", "percent", "93% of voters", null, Side.OCCUPATION))),
                "93% is of voters, but what it counts is the votes its clause names, not the counting of the other clause");
    }

    @Test
    void anAbbreviationDoesNotEndTheSentenceAndTheLongerFormWins() {
        String ru = "Чуть меньше 2 тыс. домов затоплены в Херсонской области.";
        String uk = "Близько 80 населеним пунктам у Херсонській області загрожує підтоплення.";
        assertEquals(List.of("count|buildings|kherson oblast|2023-06"), keys(ru, List.of(place(ru, "Kherson Oblast", PlaceKind.REGION, "Херсонской области")),
                List.of(claim(ru, "2 тыс", 2000, "approx", null, "Чуть меньше 2 тыс", null, Side.UKRAINE))), "\"тыс.\" is followed by a lower-case word");
        assertEquals(List.of("count|settlements|kherson oblast|2023-06"), keys(uk, List.of(place(uk, "Kherson Oblast", PlaceKind.REGION, "Херсонській області")),
                List.of(claim(uk, "80", 80, "approx", null, "80 населеним пунктам", null, Side.UKRAINE))), "\"населеним пунктам\" is settlements, not the population");
    }

    @Test
    void aFigureForAListOfPlacesIsOfNoOneOfThem() {
        String text = "Ukraine recorded the deportation of 16,000 children from the Zaporizhzhia and Kherson regions.";
        var places = List.of(place(text, "Zaporizhzhia Oblast", PlaceKind.REGION, "Zaporizhzhia"), place(text, "Kherson Oblast", PlaceKind.REGION, "Kherson"));
        assertEquals(List.of("count|deported_children|-|-"), keys(text, places, List.of(claim(text, "16,000 children", 16000, "exact", "children",
                "deportation of 16,000 children", "Ukraine", Side.UKRAINE))));
        String one = "Officials in Melitopol, Zaporizhzhia Oblast, said 300 children were deported.";
        var apposition = List.of(place(one, "Melitopol", PlaceKind.SETTLEMENT), place(one, "Zaporizhzhia Oblast", PlaceKind.REGION));
        assertEquals(List.of("count|deported_children|zaporizhzhia oblast|-"), keys(one, apposition, List.of(claim(one, "300 children", 300, "exact",
                "children", "300 children were deported", null, Side.UKRAINE))), "a town and its oblast are not a list");
    }

    @Test
    void theWholeAPartIsOfCountsWhatItsOwnWordsName() {
        String text = "The resolution was backed by 143 of 193 member states.";
        assertEquals(List.of("count|votes|-|2023-06", "count|states|-|2023-06"), keys(text, List.of(), List.of(
                claim(text, "143", 143, "exact", null, "backed by 143", null, Side.THIRD_PARTY),
                claim(text, "193 member states", 193, "exact", "member states", "193 member states", null, Side.THIRD_PARTY))));
        String uk = "За резолюцію проголосували 143 зі 193 учасників Генасамблеї.";
        assertEquals(List.of("count|votes|-|2023-06", "count|participants|-|2023-06"), keys(uk, List.of(), List.of(
                claim(uk, "143 зі", 143, "exact", null, uk, null, Side.UKRAINE),
                claim(uk, "193 учасників", 193, "exact", "учасників", uk, null, Side.UKRAINE))),
                "the part's span may hold the joining word, and the whole's subject the part's verb");
    }

    @Test
    void theBanksOfARiverAreCountedApart() {
        String text = "On the left bank 1,300 people were evacuated from Kherson Oblast. On the right bank 1,450 people were evacuated from Kherson Oblast.";
        var places = List.of(new org.totmon.model.Place("Kherson Oblast", PlaceKind.REGION, 46.6, 33.4, null, List.of(
                new org.totmon.model.Mention("Kherson Oblast", text.indexOf("Kherson Oblast"), text.indexOf("Kherson Oblast") + 14),
                new org.totmon.model.Mention("Kherson Oblast", text.lastIndexOf("Kherson Oblast"), text.lastIndexOf("Kherson Oblast") + 14))));
        assertEquals(List.of("count|evacuated|kherson oblast/left_bank|2023-06", "count|evacuated|kherson oblast/right_bank|2023-06"), keys(text, places, List.of(
                claim(text, "1,300 people", 1300, "exact", "people", "1,300 people were evacuated", null, Side.OCCUPATION),
                claim(text, "1,450 people", 1450, "exact", "people", "1,450 people were evacuated", null, Side.UKRAINE))));
    }

    @Test
    void aSentenceNamingNothingTakesWhatAndWhereFromTheSentencesBefore() {
        String text = "Residents of Zaporizhzhia Oblast rallied against the occupation on Sunday. More than 2,000 people were on the square.";
        var places = List.of(place(text, "Zaporizhzhia Oblast", PlaceKind.REGION));
        assertEquals(List.of("count|protesters|zaporizhzhia oblast|2023-06"), keys(text, places, List.of(
                claim(text, "2,000 people", 2000, "more_than", "people", "More than 2,000 people were on the square", null, Side.UKRAINE))));
        String far = "Residents of Zaporizhzhia Oblast rallied against the occupation on Sunday. The police watched. It was a cold day. More than 2,000 people were on the square.";
        assertEquals(List.of("count|~peopl squar|-|2023-06"), keys(far, List.of(place(far, "Zaporizhzhia Oblast", PlaceKind.REGION)), List.of(
                claim(far, "2,000 people", 2000, "more_than", "people", "More than 2,000 people were on the square", null, Side.UKRAINE))),
                "three sentences on, the rally is no longer what the figure is about");
    }
    @Test
    void aVoteTakenInACityThatNamesItsRegionIsTheRegions() {
        Regions namesakes = new Regions() {
            @Override
            public Region of(org.totmon.model.Place place) {
                return ZAPORIZHZHIA.of(place);
            }

            @Override
            public boolean namesItsRegion(org.totmon.model.Place place) {
                return place.name().equals("Kherson");
            }
        };
        String text = "Officials said 87 percent of those in Kherson voted to join Russia. Police detained 40 residents in Kherson.";
        int last = text.lastIndexOf("Kherson");
        var places = List.of(new org.totmon.model.Place("Kherson", PlaceKind.SETTLEMENT, 46.6, 32.6, null,
                List.of(mention(text, "Kherson"), new org.totmon.model.Mention("Kherson", last, last + 7))));
        var claims = List.of(
                claim(text, "87 percent", 87, "exact", "percent", "87 percent of those in Kherson voted", null, Side.OCCUPATION),
                claim(text, "40 residents", 40, "exact", "residents", "detained 40 residents", null, Side.UKRAINE));
        List<MeasuredClaim> ms = ClaimMeasures.of("r", text, "2022-09-28", extraction("r", places, List.of(), claims, List.of()), namesakes, event -> null);

        assertEquals("percent|votes|kherson oblast|2022-09", ms.get(0).measure().key(), "votes are counted by region");
        assertEquals("count|detained|kherson|-", ms.get(1).measure().key(), "a detention in the city stays the city's");
    }

    @Test
    void childrenTakenAwayAreOneMeasureWhateverTheVerbAndAdultsAnother() {
        String uk = "Омбудсман верифікувала дані 13 899 дітей, які були викрадені російськими відомствами.";
        String en = "Ukraine recorded the deportation of more than 16,000 children.";
        String ru = "Мэра похитили 10 российских военных.";
        assertEquals(List.of("count|deported_children|-|-"), keys(uk, List.of(), List.of(claim(uk, "13 899 дітей", 13899, "exact", "дітей",
                "13 899 дітей, які були викрадені", null, Side.UKRAINE))));
        assertEquals(List.of("count|deported_children|-|-"), keys(en, List.of(), List.of(claim(en, "16,000 children", 16000, "more_than", "children",
                "the deportation of more than 16,000 children", "Ukraine", Side.UKRAINE))));
        assertEquals(List.of("count|abducted|-|-"), keys(ru, List.of(), List.of(claim(ru, "10 российских военных", 10, "exact", "военных",
                "Мэра похитили 10 российских военных", null, Side.UKRAINE))), "no children named: the abductors, not the abducted children");
    }

    @Test
    void aBankNamedInTheSentenceBeforeHoldsUntilAnotherPlaceIsNamed() {
        String text = "On the right bank 1,450 people were evacuated from Kherson Oblast. By morning 1,457 people had left Kherson."
                + " In Melitopol 20 people were evacuated.";
        var places = List.of(place(text, "Kherson Oblast", PlaceKind.REGION), place(text, "Kherson", PlaceKind.SETTLEMENT, "Kherson."),
                place(text, "Melitopol", PlaceKind.SETTLEMENT));
        assertEquals(List.of("count|evacuated|kherson oblast/right_bank|2023-06", "count|evacuated|kherson/right_bank|2023-06",
                "count|evacuated|melitopol|2023-06"), keys(text, places, List.of(
                claim(text, "1,450 people", 1450, "exact", "people", "1,450 people were evacuated", null, Side.UKRAINE),
                claim(text, "1,457 people", 1457, "exact", "people", "1,457 people had left Kherson", null, Side.UKRAINE),
                claim(text, "20 people", 20, "exact", "people", "20 people were evacuated", null, Side.UKRAINE))));
    }

    @Test
    void aFigureToldOnlyOfASiteIsOfTheSitesRegion() {
        String text = "Close to 2,000 houses were flooded after the Kakhovka dam was blown up.";
        var places = List.of(place(text, "Kakhovka Hydroelectric Power Plant", PlaceKind.OTHER, "Kakhovka dam"));
        assertEquals(List.of("count|buildings|kherson oblast|2023-06"), keys(text, places, List.of(
                claim(text, "2,000 houses", 2000, "approx", "houses", "Close to 2,000 houses were flooded", null, Side.UKRAINE))));
    }

    @Test
    void figuresSharingOneSubjectEachCountWhatTheirOwnWordsName() {
        String text = "The occupation authorities reported 53 dead and 75 wounded in the colony in Melitopol.";
        String subject = "The occupation authorities reported 53 dead and 75 wounded in the colony in Melitopol";
        var claims = List.of(claim(text, "53 dead", 53, "exact", "people", subject, null, Side.OCCUPATION),
                claim(text, "75 wounded", 75, "exact", "people", subject, null, Side.OCCUPATION));
        List<MeasuredClaim> ms = ClaimMeasures.of("r", text, "2022-07-30",
                extraction("r", List.of(place(text, "Melitopol", PlaceKind.SETTLEMENT)), List.of(), claims, List.of()), ZAPORIZHZHIA, event -> null);
        assertEquals("killed", ms.get(0).measure().concept());
        assertEquals("wounded", ms.get(1).measure().concept(), "not the first measure of a subject both figures share");
    }

    @Test
    void aFigureWhoseSentenceNamesNothingCountsWhatTheSentenceBeforeTellsFirst() {
        String text = "The ministry reported the deaths of 89 servicemen in a strike on a school building in Melitopol. Earlier it gave 63.";
        var claim = claim(text, "63", 63, "exact", null, "Earlier it gave 63", "the ministry", Side.OCCUPATION);
        assertEquals("killed", only(text, "2023-01-04", List.of(place(text, "Melitopol", PlaceKind.SETTLEMENT)), List.of(), claim).measure().concept(),
                "the deaths the sentence before tells, not the building it names last");
    }

    @Test
    void aCountOfChildrenAmongTheKilledIsAMeasureApartFromTheToll() {
        String text = "A missile strike on the station in Melitopol killed 52 people, including five children. It was the day 13,899 "
                + "children deported from Melitopol were counted.";
        var claims = List.of(claim(text, "52 people", 52, "exact", "people", "killed 52 people", null, Side.UKRAINE),
                claim(text, "five children", 5, "exact", "children", "including five children", null, Side.UKRAINE),
                claim(text, "13,899 children", 13_899, "exact", "children", "13,899 children deported from Melitopol", null, Side.UKRAINE));
        List<MeasuredClaim> ms = ClaimMeasures.of("r", text, "2022-04-09",
                extraction("r", List.of(place(text, "Melitopol", PlaceKind.SETTLEMENT)), List.of(), claims, List.of()), ZAPORIZHZHIA, event -> null);
        assertEquals("count|killed|melitopol|2022-04", ms.get(0).measure().key());
        assertEquals("children|killed|melitopol|2022-04", ms.get(1).measure().key(), "five of the 52, no rival figure of the toll");
        assertEquals("count", ms.get(2).measure().unit(), "a measure only ever of children keeps its unit");
        assertEquals("deported_children", ms.get(2).measure().concept());
    }

    @Test
    void soldiersDestroyedAreKilledAndOtherFormsOfTheToll() {
        String ru = "Минобороны заявило, что в Мелитополе уничтожены более 600 военнослужащих.";
        assertEquals("killed", only(ru, "2023-01-08", List.of(place(ru, "Melitopol", PlaceKind.SETTLEMENT, "Мелитополе")), List.of(),
                claim(ru, "более 600 военнослужащих", 600, "more_than", "soldiers", "уничтожены более 600 военнослужащих", null, Side.OCCUPATION))
                .measure().concept());
        String tanks = "The ministry said five tanks were destroyed near Melitopol.";
        assertEquals("destroyed", only(tanks, "2023-01-08", List.of(place(tanks, "Melitopol", PlaceKind.SETTLEMENT)), List.of(),
                claim(tanks, "five tanks", 5, "exact", "tanks", "five tanks were destroyed", null, Side.OCCUPATION)).measure().concept(),
                "no soldiers named: destroyed as before");
        String gibel = "Минобороны сообщило о гибели 89 военнослужащих в Мелитополе.";
        assertEquals("killed", only(gibel, "2023-01-04", List.of(place(gibel, "Melitopol", PlaceKind.SETTLEMENT, "Мелитополе")), List.of(),
                claim(gibel, "89 военнослужащих", 89, "exact", "soldiers", "о гибели 89 военнослужащих", null, Side.OCCUPATION)).measure().concept());
        String killing = "A rocket hit the prison in Melitopol, killing 50 prisoners.";
        assertEquals("killed", only(killing, "2022-07-29", List.of(place(killing, "Melitopol", PlaceKind.SETTLEMENT)), List.of(),
                claim(killing, "50 prisoners", 50, "exact", "prisoners", "killing 50 prisoners", null, Side.OCCUPATION)).measure().concept());
    }
}
