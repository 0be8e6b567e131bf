package org.totmon.linker;

import static org.junit.jupiter.api.Assertions.*;
import static org.totmon.linker.Fixtures.*;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Modality;
import org.totmon.model.PlaceKind;

class EventClusteringTest {
    private static EventMention mention(String id, String published, String text, String evidence, String type, String date,
                                        String placeName, PlaceKind kind, List<String> actors) {
        Event e = event(text, evidence, type, date, placeName, actors);
        var places = placeName == null ? List.<org.totmon.model.Place>of() : List.of(place(text, placeName, kind));
        return EventMention.of(id, 0, published, e, places, persons(actors), ZAPORIZHZHIA);
    }

    /** A mention whose place the text writes as {@code surface} (another script or case). */
    private static EventMention mention(String id, String published, String text, String type, String date, String placeName,
                                        PlaceKind kind, String surface) {
        Event e = event(text, text, type, date, placeName, List.of());
        return EventMention.of(id, 0, published, e, List.of(place(text, placeName, kind, surface)), List.of(), ZAPORIZHZHIA);
    }

    private static final String C = "A Russian missile strike hit a residential building in Melitopol on 6 October 2023, Ivan Fedorov said.";
    private static final String D = "A drone attack on Melitopol on 6 October 2023 damaged a residential building, Ivan Fedorov said.";

    private final EventMention c = mention("c", "2023-10-07", C, C, "ATTACK", "2023-10-06", "Melitopol", PlaceKind.SETTLEMENT, List.of("Ivan Fedorov"));
    private final EventMention d = mention("d", "2023-10-06", D, D, "ATTACK", "2023-10-06", "Melitopol", PlaceKind.SETTLEMENT, List.of("Ivan Fedorov"));

    @Test
    void twoReportsOfOneStrikeAreOneEventWithTheEarliestReportDate() {
        assertTrue(EventClustering.sameEvent(c, d));
        assertEquals(OptionalLong.of(7), EventClustering.choose(d, Map.of(7L, List.of(c)), Set.of()));
        EventClustering.Summary s = EventClustering.summarize(List.of(c, d));
        assertEquals("2023-10-06", s.date().value());
        assertEquals("2023-10-06", s.firstReported().value());
        assertEquals("Zaporizhzhia Oblast", s.place().admin1());
        assertEquals(2, s.reports());
        assertEquals(Modality.FACT, s.modality());
    }

    @Test
    void aClusterSumsUpAlikeWhateverOrderItsMentionsCameIn() {
        // Ties everywhere: two reports dated to the day by their events, two in Melitopol, two published first.
        String o = "Explosions were reported in Zaporizhzhia Oblast in October 2023, Ivan Fedorov said.";
        EventMention oblast = mention("a", "2023-10-06", o, o, "ATTACK", "2023-10", "Zaporizhzhia Oblast", PlaceKind.REGION, List.of("Ivan Fedorov"));
        String y = "Melitopol was shelled again in 2023, residents wrote.";
        EventMention year = mention("z", "2023-10-09", y, y, "ATTACK", "2023", "Melitopol", PlaceKind.SETTLEMENT, List.of());
        List<EventMention> all = List.of(c, d, oblast, year);
        EventClustering.Summary expected = EventClustering.summarize(all);
        assertEquals("2023-10-06", expected.date().value());
        assertEquals("2023-10-06", expected.firstReported().value());
        assertEquals("Melitopol", expected.place().name());
        assertEquals(4, expected.reports());
        for (List<EventMention> order : List.of(List.of(year, oblast, d, c), List.of(d, year, c, oblast), List.of(oblast, c, year, d))) {
            EventClustering.Summarizer s = new EventClustering.Summarizer();
            for (EventMention m : order) s.add(m);
            assertEquals(expected, s.summary(), order.stream().map(EventMention::reportId).toList().toString());
            // Gone on from the state after two mentions, as a store does that kept it.
            EventClustering.Summarizer first = new EventClustering.Summarizer();
            order.subList(0, 2).forEach(first::add);
            EventClustering.Summarizer next = new EventClustering.Summarizer(first.state());
            order.subList(2, 4).forEach(next::add);
            assertEquals(expected, next.summary());
        }
    }

    @Test
    void aSettlementIsCompatibleWithItsOblastButNotWithAnother() {
        String t = "Explosions were reported in Zaporizhzhia Oblast on 6 October 2023, Ivan Fedorov said.";
        EventMention oblast = mention("o", "2023-10-06", t, t, "ATTACK", "2023-10-06", "Zaporizhzhia Oblast", PlaceKind.REGION, List.of("Ivan Fedorov"));
        assertTrue(EventClustering.sameEvent(c, oblast));
        String k = "Explosions were reported in Kherson Oblast on 6 October 2023, Ivan Fedorov said.";
        EventMention kherson = mention("k", "2023-10-06", k, k, "ATTACK", "2023-10-06", "Kherson Oblast", PlaceKind.REGION, List.of("Ivan Fedorov"));
        assertFalse(EventClustering.sameEvent(c, kherson));
    }

    @Test
    void aFloodOnTheRiverIsOneWithTheFloodInTheOblastDownstreamNotWithOneFarAway() {
        Regions regions = new Regions() {
            @Override
            public Region of(org.totmon.model.Place place) {
                return switch (place.name()) {
                    case "Kherson Oblast" -> new Region("Kherson Oblast", "UA");
                    case "Belgorod Oblast" -> new Region("Belgorod Oblast", "RU");
                    default -> new Region(null, "UA");
                };
            }

            @Override
            public boolean water(org.totmon.model.Place place) {
                return place.name().equals("Dnipro River");
            }
        };
        String r = "Floodwater covered 600 houses on the right bank of the Dnipro River on 7 June 2023, the governor said.";
        String o = "Floodwater covered 600 houses in Kherson Oblast on 7 June 2023, the governor said.";
        String b = "Floodwater covered 600 houses in Belgorod Oblast on 7 June 2023, the governor said.";
        EventMention river = flood("r", r, "Dnipro River", PlaceKind.OTHER, 47.5, 34.5, regions);
        assertTrue(EventClustering.sameEvent(river, flood("o", o, "Kherson Oblast", PlaceKind.REGION, 46.7, 33.5, regions)));
        assertFalse(EventClustering.sameEvent(river, flood("b", b, "Belgorod Oblast", PlaceKind.REGION, 50.7, 37.4, regions)));
    }

    private static EventMention flood(String id, String text, String placeName, PlaceKind kind, double lat, double lon, Regions regions) {
        Event e = event(text, text, "OTHER", "2023-06-07", placeName, List.of());
        var place = new org.totmon.model.Place(placeName, kind, lat, lon, null, List.of(Fixtures.mention(text, placeName)));
        return EventMention.of(id, 0, "2023-06-07", e, List.of(place), List.of(), regions);
    }

    @Test
    void anotherTypeDateOrNoCorroborationKeepsThemApart() {
        EventMention later = mention("l", "2023-10-12", C, C, "ATTACK", "2023-10-11", "Melitopol", PlaceKind.SETTLEMENT, List.of("Ivan Fedorov"));
        assertFalse(EventClustering.sameEvent(c, later), "five days apart");
        EventMention detention = mention("x", "2023-10-07", C, C, "DETENTION", "2023-10-06", "Melitopol", PlaceKind.SETTLEMENT, List.of("Ivan Fedorov"));
        assertFalse(EventClustering.sameEvent(c, detention));
        String other = "Shelling was heard near the market in Melitopol, residents wrote.";
        EventMention undated = mention("u", "2023-10-07", other, other, "ATTACK", null, "Melitopol", PlaceKind.SETTLEMENT, List.of());
        assertFalse(EventClustering.sameEvent(c, undated), "no shared actor or wording, and not dated by the event itself");
    }

    @Test
    void aDetentionIsTheDetainedPersonsWhereverReportsPlaceIt() {
        String a = "Russian soldiers abducted Ivan Fedorov, the mayor of Melitopol, on 11 March 2022.";
        String b = "On 10 March 2022 the occupiers kidnapped Ivan Fedorov, the mayor of Kherson.";
        EventMention melitopol = mention("a", "2022-03-12", a, a, "DETENTION", "2022-03-11", "Melitopol", PlaceKind.SETTLEMENT, List.of("Ivan Fedorov"));
        EventMention misnamed = mention("b", "2022-03-13", b, b, "DETENTION", "2022-03-10", "Kherson", PlaceKind.SETTLEMENT, List.of("Ivan Fedorov"));
        assertTrue(EventClustering.sameEvent(melitopol, misnamed), "one person is not taken twice in a few days");
        String r = "On 10 March 2022 the occupiers kidnapped Ivan Fyodorov, the mayor of Kherson.";
        EventMention spelt = mention("r", "2022-03-13", r, r, "DETENTION", "2022-03-10", "Kherson", PlaceKind.SETTLEMENT, List.of("Ivan Fyodorov"));
        assertTrue(EventClustering.sameEvent(melitopol, spelt), "his name as a Russian text spells it, romanized");

        String o = "On 10 March 2022 the National Guard detained a deputy mayor of Kherson, Ivan Fedorov said.";
        Event byOrganisation = event(o, o, "DETENTION", "2022-03-10", "Kherson", List.of("Ivan Fedorov"));
        EventMention noPerson = EventMention.of("o", 0, "2022-03-11", byOrganisation, List.of(place(o, "Kherson", PlaceKind.SETTLEMENT)),
                List.of(new Entity("Ivan Fedorov", EntityType.ORGANIZATION, List.of())), ZAPORIZHZHIA);
        assertFalse(EventClustering.sameEvent(melitopol, noPerson), "a name the entities layer holds as no person");

        String s = "Ivan Fedorov said a missile hit Kherson on 10 March 2022.";
        EventMention strike = mention("s", "2022-03-11", s, s, "ATTACK", "2022-03-10", "Kherson", PlaceKind.SETTLEMENT, List.of("Ivan Fedorov"));
        String t = "A shell hit a school in Melitopol on 10 March 2022, Ivan Fedorov said.";
        EventMention otherStrike = mention("t", "2022-03-11", t, t, "ATTACK", "2022-03-10", "Melitopol", PlaceKind.SETTLEMENT, List.of("Ivan Fedorov"));
        assertFalse(EventClustering.sameEvent(strike, otherStrike), "a strike does not befall one person: the places rule it out");
        assertFalse(EventClustering.sameEvent(melitopol, mention("l", "2022-03-20", b, b, "DETENTION", "2022-03-18", "Kherson",
                PlaceKind.SETTLEMENT, List.of("Ivan Fedorov"))), "a week later: another detention, or another telling of its date");
    }

    @Test
    void happeningsOfACatchAllTypeToldByTriggersOfTwoSensesStayApart() {
        String aid = "Aid convoys reached Kherson on 8 June 2023, the regional administration said.";
        String flood = "Villages near Kherson were flooded on 8 June 2023, the regional administration said.";
        EventMention delivered = sensed(mention("a", "2023-06-08", aid, aid, "OTHER", "2023-06-08", "Kherson", PlaceKind.SETTLEMENT, List.of()), "aid");
        EventMention flooded = sensed(mention("f", "2023-06-09", flood, flood, "OTHER", "2023-06-08", "Kherson", PlaceKind.SETTLEMENT, List.of()), "flood");
        assertTrue(EventClustering.sameEvent(flooded, sensed(flooded, "flood")), "alike, of one sense");
        assertFalse(EventClustering.sameEvent(delivered, flooded), "one place and day, but aid is not a flood");
        assertTrue(EventClustering.sameEvent(flooded, sensed(flooded, null)), "a trigger of no sense may tell either");
    }

    /** The mention as another report's of the same event whose trigger tells {@code sense}. */
    private static EventMention sensed(EventMention m, String sense) {
        Event e = m.event();
        Event withSense = new Event(e.type(), e.text(), e.date(), e.place(), e.actors(), e.modality(), e.acledEventType(),
                e.acledSubEventType(), e.start(), e.end(), null, List.of(), false, sense);
        return new EventMention(m.reportId() + "-" + sense, m.ord(), m.published(), withSense, m.date(), m.datedByEvent(), m.place(),
                m.actors(), m.persons(), m.evidenceStems(), m.concepts());
    }

    @Test
    void aClusterTakesOneEventOfAReport() {
        String other = "A second strike hit a school in Melitopol on 6 October 2023, Ivan Fedorov said.";
        EventMention second = EventMention.of("c", 1, "2023-10-07", event(other, other, "ATTACK", "2023-10-06", "Melitopol", List.of("Ivan Fedorov")),
                List.of(place(other, "Melitopol", PlaceKind.SETTLEMENT)), persons(List.of("Ivan Fedorov")), ZAPORIZHZHIA);
        assertTrue(EventClustering.sameEvent(second, d), "alike, told by another report");
        assertEquals(OptionalLong.empty(), EventClustering.choose(second, Map.of(2L, List.of(c, d)), Set.of(2L)),
                "its report told it apart from the strike the cluster already holds");
        assertEquals(OptionalLong.of(3), EventClustering.choose(second, Map.of(2L, List.of(c, d), 3L, List.of(d)), Set.of(2L)));
    }

    @Test
    void aChainOfReportsDaysApartDoesNotStretchOneEvent() {
        EventMention twoDaysLater = mention("l2", "2023-10-08", C, C, "ATTACK", "2023-10-08", "Melitopol", PlaceKind.SETTLEMENT, List.of("Ivan Fedorov"));
        EventMention fourDaysLater = mention("l4", "2023-10-10", C, C, "ATTACK", "2023-10-10", "Melitopol", PlaceKind.SETTLEMENT, List.of("Ivan Fedorov"));
        assertTrue(EventClustering.sameEvent(twoDaysLater, fourDaysLater));
        assertEquals(OptionalLong.empty(), EventClustering.choose(fourDaysLater, Map.of(1L, List.of(c, twoDaysLater)), Set.of()),
                "compatible with one mention of the cluster but not with all");
    }

    @Test
    void eventsDatedToTheSameDayAtTheSamePlaceNeedNoSharedWords() {
        String uk = "Вибух у Мелітополі 6 жовтня 2023 року.";
        EventMention e = EventMention.of("e", 0, "2023-10-06", event(uk, uk, "ATTACK", "2023-10-06", "Melitopol", List.of()),
                List.of(place(uk, "Melitopol", PlaceKind.SETTLEMENT, "Мелітополі")), List.of(), ZAPORIZHZHIA);
        assertTrue(EventClustering.sameEvent(c, e));
    }

    @Test
    void oneHappeningToldInTwoLanguagesIsOneEventWhileARoutineTypeWantsMore() {
        String en = "The occupation authorities held a so-called referendum in Zaporizhzhia Oblast from 23 to 27 September.";
        String ru = "В Запорожской области завершился референдум о вхождении в состав России.";
        EventMention a = mention("a", "2022-09-27", en, en, "ELECTION", "2022-09", "Zaporizhzhia Oblast", PlaceKind.REGION, List.of());
        EventMention b = mention("b", "2022-09-27", ru, "ELECTION", "2022-09-27", "Zaporizhzhia Oblast", PlaceKind.REGION, "Запорожской области");
        assertTrue(EventClustering.sameEvent(a, b), "an election is not routine: one type, place and time is the evidence");
        String k = "В Херсонской области завершился референдум о вхождении в состав России.";
        EventMention kherson = mention("k", "2022-09-27", k, "ELECTION", "2022-09-27", "Kherson Oblast", PlaceKind.REGION, "Херсонской области");
        assertFalse(EventClustering.sameEvent(a, kherson), "another region's vote");
        String uk = "Окупанти обстріляли ринок у Мелітополі, повідомили мешканці.";
        EventMention shelling = mention("s", "2023-10-06", uk, "ATTACK", "2023-10-06", "Melitopol", PlaceKind.SETTLEMENT, "Мелітополі");
        String en2 = "Explosions were heard at a fuel depot in Melitopol on Friday.";
        EventMention depot = mention("f", "2023-10-07", en2, en2, "ATTACK", null, "Melitopol", PlaceKind.SETTLEMENT, List.of());
        assertFalse(EventClustering.sameEvent(shelling, depot), "a city shelled daily: place and date are not enough");
    }

    @Test
    void conceptsOfTheFieldCorroborateAcrossScripts() {
        String uk = "Росіяни підірвали греблю Каховської ГЕС, почалося затоплення.";
        String en = "The Kakhovka dam was destroyed overnight and the flooding began downstream.";
        EventMention a = mention("a", "2023-06-06", uk, uk, "ATTACK", "2023-06-06", null, PlaceKind.OTHER, List.of());
        EventMention b = mention("b", "2023-06-07", en, en, "ATTACK", null, null, PlaceKind.OTHER, List.of());
        assertEquals(java.util.Set.of("dam", "flood"), a.concepts());
        assertTrue(EventClustering.sameEvent(a, b), "dam and flood in both, a day apart");
    }
    @Test
    void anActOverSeveralRegionsIsNoEventOfOneOfThem() {
        String zap = "The occupation held a referendum in Zaporizhzhia Oblast from 23 to 27 September 2022.";
        String four = "The occupation held referendums in the Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts in September 2022.";
        String vague = "Moscow held referendums on joining Russia in September 2022.";
        EventMention one = mention("z", "2022-09-27", zap, zap, "ELECTION", "2022-09", "Zaporizhzhia Oblast", PlaceKind.REGION, List.of());
        Event e = event(four, four, "ELECTION", "2022-09", null, List.of());
        EventMention several = EventMention.of("f", 0, "2022-09-28", new Event(e.type(), e.text(), e.date(), null, e.actors(), e.modality(),
                e.acledEventType(), e.acledSubEventType(), e.start(), e.end(), null, List.of(), true), List.of(), List.of(), ZAPORIZHZHIA);
        EventMention unplaced = mention("v", "2022-09-28", vague, vague, "ELECTION", "2022-09", null, PlaceKind.REGION, List.of());

        assertFalse(EventClustering.sameEvent(several, one), "the four regions' votes are not Zaporizhzhia's");
        assertEquals(OptionalLong.empty(), EventClustering.choose(several, Map.of(1L, List.of(one)), Set.of()));
        assertTrue(EventClustering.sameEvent(several, unplaced), "a vote told without a place may be the four regions'");
        assertTrue(EventClustering.sameEvent(one, unplaced), "... or Zaporizhzhia's, as before");
    }

    @Test
    void aDeportationPlacedInTheStateLeftAndInTheStateReachedIsOneEvent() {
        String from = "Russian forces deported thousands of children from Ukraine in March 2023, officials said.";
        String to = "Thousands of Ukrainian children were taken to Russia in March 2023, the report found.";
        EventMention left = mention("f", "2023-03-17", from, from, "DEPORTATION", "2023-03", "Ukraine", PlaceKind.COUNTRY, List.of());
        EventMention reached = mention("t", "2023-03-20", to, to, "DEPORTATION", "2023-03", "Russia", PlaceKind.COUNTRY, List.of());
        assertTrue(EventClustering.sameEvent(left, reached), "children named in both, countries left and reached");
        String strikeFrom = "Thousands of children fled shelling in Ukraine in March 2023.";
        String strikeTo = "Thousands of children were hurt by shelling in Russia in March 2023.";
        assertFalse(EventClustering.sameEvent(mention("a", "2023-03-17", strikeFrom, strikeFrom, "ATTACK", "2023-03", "Ukraine", PlaceKind.COUNTRY, List.of()),
                mention("b", "2023-03-17", strikeTo, strikeTo, "ATTACK", "2023-03", "Russia", PlaceKind.COUNTRY, List.of())), "an attack stays in one state");
    }

    @Test
    void aMovementToldAsItGoesOnIsOneEventWhateverMonthAReportTellsItIn() {
        String ukr = "Ukraine says Russia has deported thousands of Ukrainian children since the invasion; figures published in January 2023.";
        String icc = "The court said the deportation of children to Russia went on; the warrants were issued in March 2023.";
        String later = "Children taken from occupied Ukraine remain in Russia, the ombudsman told reporters in April 2024.";
        EventMention january = mention("j", "2023-01-20", ukr, ukr, "DEPORTATION", "2023-01", "Ukraine", PlaceKind.COUNTRY, List.of());
        EventMention march = mention("m", "2023-03-17", icc, icc, "DEPORTATION", "2023-03", "Russia", PlaceKind.COUNTRY, List.of());
        EventMention april = mention("a", "2024-04-24", later, later, "DEPORTATION", "2024-04", "Russia", PlaceKind.COUNTRY, List.of());
        assertTrue(EventClustering.sameEvent(january, march), "months apart, placed in the two states");
        assertEquals(OptionalLong.of(3), EventClustering.choose(april, Map.of(3L, List.of(january, march)), Set.of()));

        String day = "Russian forces deported 46 children from Ukraine to Russia on 2 February 2023.";
        EventMention onADay = mention("d", "2023-02-03", day, day, "DEPORTATION", "2023-02-02", "Ukraine", PlaceKind.COUNTRY, List.of());
        assertFalse(EventClustering.sameEvent(onADay, april), "a removal dated to its day is one happening, not the movement");
        String kherson = "The occupation removed residents from Kherson Oblast in January 2023.";
        EventMention regional = mention("k", "2023-01-20", kherson, kherson, "DEPORTATION", "2023-01", "Kherson Oblast", PlaceKind.REGION, List.of());
        assertFalse(EventClustering.sameEvent(regional, april), "a region's removal is an operation of its own");
        String strike = "Russia kept shelling towns in Ukraine, officials said in January 2023.";
        String strike2 = "Ukraine kept shelling towns in Russia, officials said in April 2024.";
        assertFalse(EventClustering.sameEvent(mention("s", "2023-01-20", strike, strike, "ATTACK", "2023-01", "Ukraine", PlaceKind.COUNTRY, List.of()),
                mention("t", "2024-04-24", strike2, strike2, "ATTACK", "2024-04", "Russia", PlaceKind.COUNTRY, List.of())), "not an ongoing type");
    }

    @Test
    void oneStrikeToldInTwoLanguagesSharesTheKilledAndTheStrikeWhateverTheWordForIt() {
        String en = "About 400 soldiers were killed when Ukrainian forces struck a building in Melitopol.";
        String ru = "В результате удара по Мелитополю погибли 63 военнослужащих.";
        String uk = "Президент назвав вибух у колонії в Мелітополі масовим вбивством полонених.";
        String ruPrison = "ВСУ нанесли удар по изолятору в Мелитополе, где содержались военнопленные.";
        EventMention a = mention("a", "2023-01-01", en, "ATTACK", "2023-01-01", "Melitopol", PlaceKind.SETTLEMENT, "Melitopol");
        EventMention b = mention("b", "2023-01-02", ru, "ATTACK", "2023-01", "Melitopol", PlaceKind.SETTLEMENT, "Мелитополю");
        assertTrue(EventClustering.sameEvent(a, b), "struck and удар, killed and погибли");
        EventMention c = mention("c", "2022-07-30", uk, "ATTACK", "2022-07", "Melitopol", PlaceKind.SETTLEMENT, "Мелітополі");
        EventMention d = mention("d", "2022-07-29", ruPrison, "ATTACK", "2022-07-29", "Melitopol", PlaceKind.SETTLEMENT, "Мелитополе");
        assertTrue(EventClustering.sameEvent(c, d), "an explosion and a strike, prisoners in both");
        String liberated = "Zelensky said Ukrainian forces had liberated 41 settlements in Kherson Oblast.";
        String zvilnyly = "Українські сили звільнили понад 60 населених пунктів Херсонщини.";
        EventMention e = mention("e", "2022-11-11", liberated, "COMBAT", "2022-11-10", "Kherson Oblast", PlaceKind.REGION, "Kherson Oblast");
        EventMention f = mention("f", "2022-11-13", zvilnyly, "COMBAT", "2022-11-13", "Kherson Oblast", PlaceKind.REGION, "Херсонщини");
        assertTrue(EventClustering.sameEvent(e, f), "liberated and звільнили, settlements in both");
    }
}
