package org.totmon.pipeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Event;
import org.totmon.model.Report;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;

/** Where an event happens, through the whole pipeline (places and entities as the report gives them). */
class EventPlacesPipelineTest {
    private static List<String> places(String language, String text) {
        Document doc = Pipeline.standard().annotate(new Report("t", null, null, null, "2024-03-22", language, text));
        return doc.events().stream().map(Event::place).toList();
    }

    @Test
    void aRegionWordInsideARegionsNameStandsForNoEarlierRegion() {
        // "области" is part of "Запорожской области", not a word for the region named before (Crimea).
        assertEquals(List.of("Zaporizhzhia Oblast"), places("ru",
                "В Крыму прошёл концерт. Избирательная комиссия Запорожской области утвердила итоги выборов в Государственную думу."));
    }

    @Test
    void aMunicipalitysNameInsideAnOrganisationsIsItsSeat() {
        // The appointment is the municipality's, not Crimea's, named in the sentence before.
        assertEquals(List.of("Skadovsk"), places("ru",
                "В Крыму прошёл концерт. Сальдо назначил нового главу администрации Скадовского муниципального округа."));
    }

    @Test
    void aTownWherePeopleVoteIsTheTownAndATownsShareOfVotesItsRegions() {
        assertEquals(List.of("Kherson"), places("uk", "У Херсоні людей змушували голосувати під наглядом озброєних солдатів."));
        assertEquals(List.of("Kherson Oblast"), places("en", "Officials claimed that 87 percent of voters in Kherson backed joining Russia."));
    }

    @Test
    void aGatheringNamedAfterATownIsHeldThere() {
        // The town before a name is part of it ("Geneva Conventions"), unless the name is a gathering's.
        assertEquals(List.of("Saint Petersburg"), places("en",
                "In Crimea the governor spoke to students. Later he signed a memorandum on trade at the St. Petersburg International Economic Forum."));
    }

    @Test
    void anOrganisationOfTheSentenceSeatsAnEventWhoseClauseNamesNone() {
        // The list cuts the clause from its subject; the administration's seat is still nearer than Skadovsk.
        assertEquals(List.of("Skadovsk", "Kherson Oblast"), places("en", "On June 2 a car exploded in Skadovsk. "
                + "On June 24 the head of the Kherson occupation administration's department of culture, youth, and sport, Ivan Petrenko, was killed in a car blast."));
    }

    @Test
    void theCityIsNoSeatOfGovernmentNamedForItsGovernment() {
        // "Kyiv" bare is the government that made the exchange; "the city council" is Berdiansk's.
        List<String> at = places("en", "The mayor of Berdiansk was freed on Friday. In exchange, Kyiv handed over five Russian soldiers. "
                + "While he was held, the occupiers installed a member of the city council as acting mayor.");
        assertEquals("Berdiansk", at.get(at.size() - 1), at.toString());
    }

    @Test
    void theAutonomyIsTheAutonomousRepublicNamedBefore() {
        List<String> at = places("uk", "У Криму 26 лютого 2014 року тисячі людей вийшли на мітинг під будівлею парламенту в Сімферополі. "
                + "Наступного дня російські військові захопили урядові будівлі автономії.");
        assertEquals(List.of("Simferopol", "Crimea"), at);
    }

    @Test
    void aDecreeOfNoRegionalOfficeTakesNotTheReportsPlace() {
        // Nothing near either decree names a place: a president's reaches the whole state, a governor's his region.
        List<String> at = places("en", "Hundreds of people rallied in Melitopol on Sunday. Police dispersed them after an hour. "
                + "Several organisers were questioned at home. "
                + "On Monday Vladimir Putin signed a decree that eases Russian citizenship for residents of the annexed areas. "
                + "On Tuesday the occupation governor signed a decree that bans Ukrainian textbooks in schools.");
        assertEquals(Arrays.asList("Melitopol", null, "Melitopol"), at);
    }
}
