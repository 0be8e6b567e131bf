package org.totmon.pipeline.event;

import org.totmon.model.Modality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Report;
import org.totmon.model.TimeMention;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.TestDocs;
import org.totmon.pipeline.clean.HeadlineAnnotator;
import org.totmon.pipeline.modality.ModalityAnnotator;
import org.totmon.pipeline.text.ClauseAnnotator;
import org.totmon.pipeline.text.SentenceTokenAnnotator;

class EventAnnotatorTest {
    private static final EventAnnotator EVENTS = new EventAnnotator();
    private static final ModalityAnnotator MODALITY = new ModalityAnnotator();
    private static final SentenceTokenAnnotator SENTENCES = new SentenceTokenAnnotator();
    private static final HeadlineAnnotator HEADLINE = new HeadlineAnnotator();

    /** A document with sentences and tokens; places, times and entities are added by the test. */
    private static Document doc(String text, String language, String published) {
        Document d = TestDocs.doc(text, language, published);
        SENTENCES.annotate(d);
        HEADLINE.annotate(d);
        return d;
    }

    private static List<Mention> mentions(Document d, String surface) {
        List<Mention> out = new ArrayList<>();
        Matcher m = Pattern.compile(Pattern.quote(surface)).matcher(d.text());
        while (m.find()) out.add(new Mention(m.group(), m.start(), m.end()));
        assertTrue(!out.isEmpty(), "test text lacks " + surface);
        return out;
    }

    private static void place(Document d, String name, PlaceKind kind, String... surfaces) {
        List<Mention> all = new ArrayList<>();
        for (String s : surfaces) all.addAll(mentions(d, s));
        d.places().add(new Place(name, kind, 0, 0, null, all));
    }

    private static void time(Document d, String surface, String value) {
        Mention m = mentions(d, surface).get(0);
        d.times().add(new TimeMention(m.text(), value, m.start(), m.end()));
    }

    private static void entity(Document d, String name, EntityType type, String surface) {
        d.entities().add(new Entity(name, type, mentions(d, surface)));
    }

    /** The event layer's results, once the clause layer is made of the places and entities the test added. */
    private static List<DetectedEvent> detect(Document d) {
        clauses(d);
        return EVENTS.detect(d);
    }

    /** The clause layer, unless the test made it, and the modality layer over it. */
    private static void clauses(Document d) {
        if (d.clauses().isEmpty()) new ClauseAnnotator().annotate(d);
        if (d.modality().isEmpty()) MODALITY.annotate(d);
    }

    private static List<Event> events(Document d) {
        clauses(d);
        EVENTS.annotate(d);
        for (Event e : d.events()) assertEquals(e.text(), d.text().substring(e.start(), e.end()));
        return d.events();
    }

    private static String brief(Event e) {
        return e.type() + "@" + e.place() + "/" + e.date();
    }

    private static List<String> briefs(Document d) {
        return events(d).stream().map(EventAnnotatorTest::brief).toList();
    }

    /** The briefs of a text with one settlement named in it. */
    private static List<String> briefsInTown(String text, String language, String town, String surface) {
        Document d = doc(text, language, "2023-05-10");
        place(d, town, PlaceKind.SETTLEMENT, surface);
        return briefs(d);
    }

    /** A report of Zaporizhzhia Oblast's referendum, then {@code inMelitopol} about the town. */
    private static Document regionalVote(String inMelitopol) {
        Document d = doc("The occupation held a referendum in Zaporizhzhia Oblast in September. In Melitopol, " + inMelitopol, "en", "2022-09-28");
        place(d, "Zaporizhzhia Oblast", PlaceKind.REGION, "Zaporizhzhia Oblast");
        place(d, "Melitopol", PlaceKind.SETTLEMENT, "Melitopol");
        time(d, "September", "2022-09");
        return d;
    }

    @Test
    void aTownsShareOfARegionsVoteIsPartOfThatVote() {
        assertEquals(List.of("ELECTION@Zaporizhzhia Oblast/2022-09"), briefs(regionalVote("96% voted in favour.")));
        assertEquals(2, events(regionalVote("partisans called for a boycott of the vote.")).size(),
                "a call to boycott in the town is a happening of its own");
    }

    @Test
    void resultsListedForSeveralRegionsInOneSentenceAreAVoteEach() {
        Document d = doc("Officials claimed that 98 percent of Luhansk Oblast residents backed joining Russia, 93 percent of those in "
                + "Zaporizhzhia Oblast, and 87 percent of those in Kherson Oblast.", "en", "2022-09-28");
        place(d, "Luhansk Oblast", PlaceKind.REGION, "Luhansk Oblast");
        place(d, "Zaporizhzhia Oblast", PlaceKind.REGION, "Zaporizhzhia Oblast");
        place(d, "Kherson Oblast", PlaceKind.REGION, "Kherson Oblast");
        assertEquals(List.of("ELECTION@Luhansk Oblast/2022-09", "ELECTION@Zaporizhzhia Oblast/2022-09", "ELECTION@Kherson Oblast/2022-09"), briefs(d));
    }

    @Test
    void aListOfRegionsThatTheReportTellsOneByOneIsNoVoteOfItsOwn() {
        String both = "Occupation officials in Zaporizhzhia and Kherson oblasts announced the results of the referendums on 27 September. ";
        String zaporizhzhia = "In Zaporizhzhia Oblast 93 percent voted in the referendum, they said.";
        String kherson = " In Kherson Oblast 87 percent voted in the referendum, they said.";
        Document each = regions(doc(both + zaporizhzhia + kherson, "en", "2022-09-28"));
        assertEquals(List.of("ELECTION@Zaporizhzhia Oblast", "ELECTION@Kherson Oblast"), briefs(each).stream().map(b -> b.split("/")[0]).toList());
        Document one = regions(doc(both + zaporizhzhia, "en", "2022-09-28"));
        assertEquals(List.of("ELECTION@null", "ELECTION@Zaporizhzhia Oblast"), briefs(one).stream().map(b -> b.split("/")[0]).toList(),
                "Kherson Oblast's vote is told only in the list");
    }

    /** The two oblasts, in the list and wherever the report names them alone, and the list's date. */
    private static Document regions(Document d) {
        String t = d.text();
        int listed = t.indexOf("Zaporizhzhia and");
        List<Mention> zaporizhzhia = new ArrayList<>(List.of(new Mention("Zaporizhzhia", listed, listed + "Zaporizhzhia".length())));
        zaporizhzhia.addAll(mentions(d, "Zaporizhzhia Oblast"));
        d.places().add(new Place("Zaporizhzhia Oblast", PlaceKind.REGION, 0, 0, null, zaporizhzhia));
        place(d, "Kherson Oblast", PlaceKind.REGION, t.contains("Kherson Oblast") ? new String[] {"Kherson oblasts", "Kherson Oblast"}
                : new String[] {"Kherson oblasts"});
        time(d, "27 September", "2022-09-27");
        return d;
    }

    @Test
    void oneReportTellingAMovementAsItGoesOnTellsOneDeportation() {
        Document d = doc("Thousands of Ukrainian children have been deported to Russia, the prosecutor said. In January 2023, "
                + "Ukraine's ombudsman counted 14,000 children deported to Russia.", "en", "2023-03-17");
        place(d, "Russia", PlaceKind.COUNTRY, "Russia");
        place(d, "Ukraine", PlaceKind.COUNTRY, "Ukraine");
        time(d, "January 2023", "2023-01");
        assertEquals(List.of("DEPORTATION@Russia/2023-01"), briefs(d), "the movement, told in two months, since the earlier");

        Document days = doc("Russian forces deported 46 children from Kherson to Russia on 2 February 2023. On 20 February 2023 "
                + "they deported 30 more children to Russia.", "en", "2023-03-17");
        place(days, "Russia", PlaceKind.COUNTRY, "Russia");
        place(days, "Kherson", PlaceKind.SETTLEMENT, "Kherson");
        time(days, "2 February 2023", "2023-02-02");
        time(days, "20 February 2023", "2023-02-20");
        assertEquals(2, events(days).size(), "removals dated to their days are two happenings");
    }

    @Test
    void newsToldWithoutADateIsAsOldAsTheStatementThatBringsIt() {
        Document d = doc("Russian forces abducted the mayor of Melitopol, officials said on Friday.", "en", "2022-03-12");
        place(d, "Melitopol", PlaceKind.SETTLEMENT, "Melitopol");
        time(d, "Friday", "2022-03-11");
        assertEquals(List.of("DETENTION@Melitopol/2022-03-11"), briefs(d));

        Document movement = doc("Russia has deported 20,000 Ukrainian children to Russia, the ombudsman said on Monday.", "en", "2023-03-15");
        place(movement, "Russia", PlaceKind.COUNTRY, "Russia");
        time(movement, "Monday", "2023-03-13");
        assertEquals(List.of("DEPORTATION@Russia/2023-03"), briefs(movement), "a movement that goes on is not of the day it is told");
    }

    @Test
    void aPlaceNamedWithTheCauseIsTheCausesNotTheHappenings() {
        Document d = doc("More than 1,800 houses were flooded on 7 June because of the destruction of the Kakhovka dam near Nova Kakhovka.",
                "en", "2023-06-08");
        place(d, "Nova Kakhovka", PlaceKind.SETTLEMENT, "Nova Kakhovka");
        time(d, "7 June", "2023-06-07");
        assertEquals(List.of("OTHER@null/2023-06-07", "ATTACK@Nova Kakhovka/2023-06-07"), briefs(d));
    }

    @Test
    void aClauseWithoutAPlaceTakesTheSeatOfItsOrganisation() {
        assertEquals(List.of("DEPORTATION@Oleshky/2023-05-03", "ATTACK@Melitopol/2023-05-05"),
                briefs(seatReport("the deputy head of the Melitopol occupation administration was shot in his car", "Melitopol",
                        "Melitopol occupation administration", "Melitopol occupation administration")), "the seat, not the place carried from before");
        // The registry's canonical name says the administration is the region's, named after its capital.
        assertEquals(List.of("DEPORTATION@Oleshky/2023-05-03", "ATTACK@Kherson Oblast/2023-05-05"),
                briefs(seatReport("the deputy head of the Kherson occupation administration was shot in his car", "Kherson",
                        "Kherson occupation administration", "Kherson Oblast Military-Civilian Administration")));
        // An organisation named by a place alone is named after it: the place carried from before stands.
        List<String> named = briefs(seatReport("the Dnipro group shelled a convoy", "Dnipro", "Dnipro", "Dnipro"));
        assertTrue(named.stream().noneMatch(b -> b.contains("@Dnipro")), named.toString());
    }

    @Test
    void anEventWithNoPlaceNearHappensInThePlaceTheReportIsAbout() {
        String text = "Russian troops entered Melitopol on 25 February 2022. Ivan Fedorov, the mayor, refused to work with them. "
                + "Officials in Kyiv praised him. Kyiv called his detention a war crime. "
                + "Officials said nothing more. Russian soldiers abducted him on 11 March.";
        Document d = doc(text, "en", "2022-03-12");
        place(d, "Melitopol", PlaceKind.SETTLEMENT, "Melitopol");
        place(d, "Kyiv", PlaceKind.SETTLEMENT, "Kyiv");
        time(d, "25 February 2022", "2022-02-25");
        time(d, "11 March", "2022-03-11");
        List<String> briefs = briefs(d);
        assertTrue(briefs.contains("DETENTION@Melitopol/2022-03-11"), "Kyiv, named most, is a seat of government: " + briefs);
    }

    @Test
    void aPlaceAbroadIsNotThePlaceTheReportIsAbout() {
        Document d = doc("The UN mission in Geneva published its report on Friday. It was written in Geneva. "
                + "Officials said nothing more. Nothing else was said. Russian soldiers abducted the mayor on 11 March.", "en", "2022-03-12");
        place(d, "Geneva", PlaceKind.SETTLEMENT, "Geneva");
        time(d, "11 March", "2022-03-11");
        assertEquals(List.of("DETENTION@null/2022-03-11"), briefs(d));
    }

    /**
     * "Residents were evacuated from Oleshky on 3 May. On 5 May {@code happening}.", with {@code seat} matched inside the
     * organisation named {@code surface} (the places layer leaves it out as part of a name).
     */
    private static Document seatReport(String happening, String seat, String surface, String canonical) {
        Document d = doc("Residents were evacuated from Oleshky on 3 May. On 5 May " + happening + ".", "en", "2023-05-08");
        place(d, "Oleshky", PlaceKind.SETTLEMENT, "Oleshky");
        d.placeMatches().add(new Place(seat, PlaceKind.SETTLEMENT, 0, 0, null, mentions(d, seat)));
        entity(d, canonical, EntityType.ORGANIZATION, surface);
        time(d, "3 May", "2023-05-03");
        time(d, "5 May", "2023-05-05");
        return d;
    }

    @Test
    void oneActToldOnARiverAndInATownOnItIsOneEventOfTheRiver() {
        String text = "Rescuers evacuated 300 people from the right bank of the Dnipro River on 7 June. Another 250 people were evacuated from %s on 7 June.";
        Document near = doc(text.formatted("Kherson"), "en", "2023-06-08");
        gazetteerPlace(near, "Dnipro River", 47.5, 34.5, 565896L);
        gazetteerPlace(near, "Kherson", 46.63, 32.61, 706448L);
        for (Mention m : mentions(near, "7 June")) near.times().add(new TimeMention(m.text(), "2023-06-07", m.start(), m.end()));
        assertEquals(List.of("DEPORTATION@Dnipro River/2023-06-07"), briefs(near));
        Document far = doc(text.formatted("Lviv"), "en", "2023-06-08");
        gazetteerPlace(far, "Dnipro River", 47.5, 34.5, 565896L);
        gazetteerPlace(far, "Lviv", 49.84, 24.02, 702550L);
        for (Mention m : mentions(far, "7 June")) far.times().add(new TimeMention(m.text(), "2023-06-07", m.start(), m.end()));
        assertEquals(List.of("DEPORTATION@Dnipro River/2023-06-07", "DEPORTATION@Lviv/2023-06-07"), briefs(far), "Lviv lies far from the river");
    }

    /** A place of the shipped gazetteer, with its point and id, named in the text as {@code name}. */
    private static void gazetteerPlace(Document d, String name, double lat, double lon, long geonamesId) {
        PlaceKind kind = name.endsWith("River") ? PlaceKind.OTHER : PlaceKind.SETTLEMENT;
        d.places().add(new Place(name, kind, lat, lon, geonamesId, mentions(d, name)));
    }

    @Test
    void whereSomethingGoesIsNotWhereItHappensUnlessItBringsPeopleThere() {
        Document joining = doc("За вхождение в Россию проголосовали 93% участников референдума.", "ru", "2022-09-28");
        place(joining, "Russia", PlaceKind.COUNTRY, "Россию");
        assertEquals(List.of("ELECTION@null/2022-09"), briefs(joining), "в Россию: the accusative says where to");
        Document held = doc("В России прошли выборы в сентябре.", "ru", "2022-09-28");
        place(held, "Russia", PlaceKind.COUNTRY, "России");
        time(held, "в сентябре", "2022-09");
        assertEquals(List.of("ELECTION@Russia/2022-09"), briefs(held), "в России: the prepositional says where");
        Document returned = doc("Чотирьох дітей повернули в Україну.", "uk", "2023-10-20");
        place(returned, "Ukraine", PlaceKind.COUNTRY, "Україну");
        assertEquals(List.of("OTHER@Ukraine/2023-10"), briefs(returned), "children are returned where they are brought");
    }

    @Test
    void whatIsToldOfEveryRegionHappensInNoneAlone() {
        Document d = doc("В каждой области 23 сентября прошло голосование на референдуме.", "ru", "2022-09-28");
        time(d, "23 сентября", "2022-09-23");
        List<Event> events = events(d);
        assertEquals(List.of("ELECTION@null/2022-09-23"), events.stream().map(EventAnnotatorTest::brief).toList());
        assertTrue(events.get(0).severalRegions());
    }

    @Test
    void aTimeAfterAReducedRelativeClauseDatesItsParticipleNotTheTrigger() {
        Document relative = doc("The court issued arrest warrants on the basis of applications submitted by the prosecutor on 22 February 2023.",
                "en", "2023-03-17");
        time(relative, "22 February 2023", "2023-02-22");
        assertEquals(List.of("CONDEMNATION@null/2023-03"), briefs(relative), "the applications were submitted then");
        Document own = doc("The court issued arrest warrants for two officials on 17 March 2023.", "en", "2023-03-18");
        time(own, "17 March 2023", "2023-03-17");
        assertEquals(List.of("CONDEMNATION@null/2023-03-17"), briefs(own));
    }

    @Test
    void aNegationInsideAPhrasesGapNegatesIt() {
        Document returned = doc("Two children were returned to Ukraine on Wednesday.", "en", "2023-03-23");
        time(returned, "Wednesday", "2023-03-22");
        assertEquals(List.of("OTHER@null/2023-03-22"), briefs(returned));
        Document not = doc("Two children were not returned to Ukraine on Wednesday.", "en", "2023-03-23");
        time(not, "Wednesday", "2023-03-22");
        assertEquals(List.of(), briefs(not));
    }

    @Test
    void carBombWithDateAndPlaceMapsToAnIed() {
        Document d = doc("On March 3 a car bomb exploded outside the occupation administration in Melitopol.", "en", "2023-03-10");
        place(d, "Melitopol", PlaceKind.SETTLEMENT, "Melitopol");
        time(d, "March 3", "2023-03-03");
        assertEquals(List.of("ATTACK@Melitopol/2023-03-03"), briefs(d));
        DetectedEvent found = detect(d).get(0);
        assertEquals(Modality.FACT, found.modality());
        assertEquals(new AcledMapping.Category("Explosions/Remote violence", "Remote explosive/landmine/IED"), found.acled());
    }

    @Test
    void detentionNamesItsActorsAndFallsBackToThePublicationMonth() {
        Document d = doc("Russian forces detained the mayor of Skadovsk, Oleksandr Yakovlev, at his office.", "en", "2022-03-29");
        place(d, "Skadovsk", PlaceKind.SETTLEMENT, "Skadovsk");
        entity(d, "Oleksandr Yakovlev", EntityType.PERSON, "Oleksandr Yakovlev");
        List<Event> events = events(d);
        assertEquals(1, events.size());
        assertEquals("DETENTION@Skadovsk/2022-03", brief(events.get(0)));
        assertEquals(List.of("Oleksandr Yakovlev"), events.get(0).actors());
    }

    @Test
    void anEventMarkedAsEarlierGetsNoPublicationMonth() {
        Document d = doc("Russian troops previously detained three volunteers in Kherson.", "en", "2023-11-28");
        place(d, "Kherson", PlaceKind.SETTLEMENT, "Kherson");
        assertEquals(List.of("DETENTION@Kherson/null"), briefs(d));
    }

    @Test
    void negatedQuestionedAndUnanchoredTriggersGiveNoEvent() {
        Document negated = doc("The occupation authorities have not detained the activists in Berdiansk.", "en", "2023-05-01");
        place(negated, "Berdiansk", PlaceKind.SETTLEMENT, "Berdiansk");
        assertEquals(List.of(), briefs(negated));

        Document question = doc("Who blew up the bridge in Tokmak?", "en", "2023-05-01");
        place(question, "Tokmak", PlaceKind.SETTLEMENT, "Tokmak");
        assertEquals(List.of(), briefs(question));

        assertEquals(List.of(), briefs(doc("Elections are a tool of control under any occupation.", "en", "2023-05-01")));
    }

    @Test
    void aDeniedEventIsRecordedAsDenied() {
        Document d = doc("Moscow denied that its troops shelled Kharkiv on Monday.", "en", "2023-05-03");
        place(d, "Kharkiv", PlaceKind.SETTLEMENT, "Kharkiv");
        time(d, "Monday", "2023-05-01");
        List<DetectedEvent> found = detect(d);
        assertEquals(1, found.size());
        assertEquals(EventKind.ATTACK, found.get(0).kind());
        assertEquals(Modality.DENIED, found.get(0).modality());
        EVENTS.annotate(d);
        assertEquals(Modality.DENIED, d.events().get(0).modality());
    }

    @Test
    void plannedAndClaimedEventsKeepTheirModality() {
        Document planned = doc("The occupation authorities plan to hold a referendum in Kherson region in September.", "en", "2022-08-10");
        place(planned, "Kherson Oblast", PlaceKind.REGION, "Kherson region");
        time(planned, "September", "2022-09");
        DetectedEvent p = detect(planned).get(0);
        assertEquals("ELECTION@Kherson Oblast/2022-09", brief(p.event()));
        assertEquals(Modality.PLANNED, p.modality());

        Document claimed = doc("Russian media claim that partisans blew up a railway bridge near Tokmak.", "en", "2023-06-02");
        place(claimed, "Tokmak", PlaceKind.SETTLEMENT, "Tokmak");
        DetectedEvent c = detect(claimed).get(0);
        assertEquals("ATTACK@Tokmak/2023-06", brief(c.event()));
        assertEquals(Modality.CLAIMED, c.modality());
    }

    @Test
    void aNounTriggerYieldsToTheHappeningItIsTheObjectOf() {
        Document d = doc("The Council of Europe condemned the elections in Crimea.", "en", "2023-09-11");
        place(d, "Crimea", PlaceKind.REGION, "Crimea");
        entity(d, "Council of Europe", EntityType.ORGANIZATION, "Council of Europe");
        assertEquals(List.of("CONDEMNATION@Crimea/2023-09"), briefs(d));
    }

    @Test
    void triggersInsideNamesAndQuotedTitlesAreNotEvents() {
        Document title = doc("The channel aired the film \"Referendum Day\" in Donetsk.", "en", "2023-05-01");
        place(title, "Donetsk", PlaceKind.SETTLEMENT, "Donetsk");
        assertEquals(List.of(), briefs(title));

        Document name = doc("The Center of National Resistance published a statement in Kyiv.", "en", "2023-05-01");
        place(name, "Kyiv", PlaceKind.SETTLEMENT, "Kyiv");
        entity(name, "National Resistance Center", EntityType.ORGANIZATION, "Center of National Resistance");
        assertEquals(List.of(), briefs(name));
    }

    @Test
    void aStandingStateIsNoHappening() {
        Document d = doc("Residents of the temporarily captured city of Melitopol receive no pensions. "
                + "Aid reached the liberated territories of Kharkiv region.", "en", "2023-05-01");
        place(d, "Melitopol", PlaceKind.SETTLEMENT, "Melitopol");
        place(d, "Kharkiv Oblast", PlaceKind.REGION, "Kharkiv region");
        assertEquals(List.of(), briefs(d));
    }

    @Test
    void repeatedMentionsOfOneHappeningAreOneEvent() {
        Document d = doc("Partisans blew up a railway bridge near Tokmak on May 2. The explosion near Tokmak cut Russian supply lines.",
                "en", "2023-05-04");
        place(d, "Tokmak", PlaceKind.SETTLEMENT, "Tokmak");
        time(d, "May 2", "2023-05-02");
        assertEquals(List.of("ATTACK@Tokmak/2023-05-02"), briefs(d));
    }

    @Test
    void distinctDatesAreDistinctEvents() {
        Document d = doc("A grenade attack hit a checkpoint in Melitopol on May 18; a rail line was blown up there on May 22.",
                "en", "2023-06-01");
        place(d, "Melitopol", PlaceKind.SETTLEMENT, "Melitopol");
        time(d, "May 18", "2023-05-18");
        time(d, "May 22", "2023-05-22");
        assertEquals(List.of("ATTACK@Melitopol/2023-05-18", "ATTACK@Melitopol/2023-05-22"), briefs(d));
    }

    @Test
    void twoPlacesJoinedByAndAreTwoEvents() {
        Document d = doc("Drone attacks hit airfields in Berdiansk and Luhansk on October 17.", "en", "2023-10-18");
        place(d, "Berdiansk", PlaceKind.SETTLEMENT, "Berdiansk");
        place(d, "Luhansk", PlaceKind.SETTLEMENT, "Luhansk");
        time(d, "October 17", "2023-10-17");
        assertEquals(List.of("ATTACK@Berdiansk/2023-10-17", "ATTACK@Luhansk/2023-10-17"), briefs(d));
        assertEquals("Air/drone strike", detect(d).get(0).acled().subEventType());
    }

    @Test
    void aListOfPlacesEndingInAndIsOneEventPerPlaceButACommaAloneJoinsNone() {
        Document d = doc("Ворог обстріляв Степногірськ, Малу Токмачку та Комишуваху.", "uk", "2022-10-09");
        place(d, "Stepnohirsk", PlaceKind.SETTLEMENT, "Степногірськ");
        place(d, "Mala Tokmachka", PlaceKind.SETTLEMENT, "Малу Токмачку");
        place(d, "Komyshuvakha", PlaceKind.SETTLEMENT, "Комишуваху");
        assertEquals(List.of("ATTACK@Stepnohirsk/2022-10", "ATTACK@Mala Tokmachka/2022-10", "ATTACK@Komyshuvakha/2022-10"), briefs(d));

        Document apposition = doc("A car bomb exploded in Melitopol, Vasylivka district, on Monday.", "en", "2023-05-10");
        place(apposition, "Melitopol", PlaceKind.SETTLEMENT, "Melitopol");
        place(apposition, "Vasylivka", PlaceKind.SETTLEMENT, "Vasylivka");
        assertEquals(List.of("ATTACK@Melitopol/2023-05"), briefs(apposition));
    }

    @Test
    void callingSomethingAProvocationOrAnActOfAggressionIsACondemnationUnlessItDeniesAnAccusation() {
        Document uk = doc("МЗС України назвало удар по житловому будинку проявом агресії.", "uk", "2022-10-09");
        entity(uk, "Ministry of Foreign Affairs of Ukraine", EntityType.ORGANIZATION, "МЗС України");
        assertEquals(List.of("CONDEMNATION@null/2022-10"), briefs(uk));

        Document ru = doc("Мария Захарова назвала ордер МУС провокацией.", "ru", "2023-03-18");
        entity(ru, "Maria Zakharova", EntityType.PERSON, "Мария Захарова");
        assertEquals(List.of("CONDEMNATION@null/2023-03"), briefs(ru));

        Document named = doc("МЗС назвало удар по Запоріжжю терористичним актом.", "uk", "2022-10-09");
        place(named, "Zaporizhzhia", PlaceKind.SETTLEMENT, "Запоріжжю");
        entity(named, "Ministry of Foreign Affairs of Ukraine", EntityType.ORGANIZATION, "МЗС");
        assertEquals(List.of("CONDEMNATION@null/2022-10"), briefs(named));

        Document denial = doc("The ministry denied the accusation, calling it a provocation.", "en", "2024-01-15");
        entity(denial, "Ministry of Defence of Russia", EntityType.ORGANIZATION, "ministry");
        assertEquals(List.of(), briefs(denial));
    }

    @Test
    void aPassiveTellsOfItsSubjectNotOfAPlaceNamedBesideIt() {
        Document d = doc("Overnight, the Antonivskyi Bridge, the main crossing near Kherson, was blown up.", "en", "2022-11-11");
        place(d, "Antonivskyi Bridge", PlaceKind.OTHER, "Antonivskyi Bridge");
        place(d, "Kherson", PlaceKind.SETTLEMENT, "Kherson");
        assertEquals(List.of("ATTACK@Antonivskyi Bridge/2022-11"), briefs(d));
    }

    @Test
    void aRelativeClauseAboutThePlaceDoesNotMoveTheEvent() {
        Document d = doc("Fighting continued on Friday in the Donetsk region, where Russian forces have been attacking around Bakhmut for months.",
                "en", "2022-11-12");
        place(d, "Donetsk Oblast", PlaceKind.REGION, "Donetsk region");
        place(d, "Bakhmut", PlaceKind.SETTLEMENT, "Bakhmut");
        time(d, "Friday", "2022-11-11");
        assertEquals("COMBAT@Donetsk Oblast/2022-11-11", briefs(d).get(0));
    }

    @Test
    void aDecreeToldVaguelyAndLaterByItsTopicIsOneEventOfTheTopicsKind() {
        Document d = doc("A decree signed last week takes the policy a step further. Officials say it will change daily life. "
                + "Schools reopened. Shops opened. The decree signed on April 27 sets out that residents without Russian passports will be foreigners.",
                "en", "2023-05-02");
        time(d, "last week", "2023-04");
        time(d, "April 27", "2023-04-27");
        assertEquals(List.of("PASSPORTIZATION@null/2023-04-27"), briefs(d));
    }

    @Test
    void regionsJoinedByAndAreOneActOfNoSinglePlace() {
        Document d = doc("В Херсонской и Запорожской областях создали избирательные комиссии.", "ru", "2022-08-08");
        place(d, "Kherson Oblast", PlaceKind.REGION, "Херсонской");
        place(d, "Zaporizhzhia Oblast", PlaceKind.REGION, "Запорожской областях");
        assertEquals(List.of("ELECTION@null/2022-08"), briefs(d), "one act over both oblasts: neither is its place");
        assertTrue(d.events().get(0).severalRegions(), "and the linker is told so");
        Document two = doc("Russia held referendums in the Kherson and Zaporizhzhia regions. Turnout in Melitopol was low.", "en", "2022-09-28");
        place(two, "Kherson Oblast", PlaceKind.REGION, "Kherson");
        place(two, "Zaporizhzhia Oblast", PlaceKind.REGION, "Zaporizhzhia regions");
        place(two, "Melitopol", PlaceKind.SETTLEMENT, "Melitopol");
        assertEquals(List.of("ELECTION@null/2022-09"), briefs(two).subList(0, 1), "a list's event takes no place from another event either");
        Document deported = doc("Окупанти депортували 17 дітей з Херсонської та Харківської областей.", "uk", "2023-03-22");
        place(deported, "Kherson Oblast", PlaceKind.REGION, "Херсонської");
        place(deported, "Kharkiv Oblast", PlaceKind.REGION, "Харківської областей");
        assertEquals(List.of("DEPORTATION@Kherson Oblast/2023-03"), briefs(deported), "a deportation's first origin stands for the list");
        assertFalse(deported.events().get(0).severalRegions());
    }

    @Test
    void aCountryNamedAsTheActorIsNotThePlace() {
        Document d = doc("Russia is holding elections in occupied territories this weekend.", "en", "2023-09-07");
        place(d, "Russia", PlaceKind.COUNTRY, "Russia");
        time(d, "this weekend", "2023-09-09");
        assertEquals(List.of("ELECTION@null/2023-09-09"), briefs(d));
    }

    @Test
    void aPlaceIsCarriedFromTheSentenceBefore() {
        Document d = doc("Protesters gathered in Nova Kakhovka. Soldiers detained four of them.", "en", "2022-03-20");
        place(d, "Nova Kakhovka", PlaceKind.SETTLEMENT, "Nova Kakhovka");
        assertEquals(List.of("RESISTANCE@Nova Kakhovka/2022-03", "DETENTION@Nova Kakhovka/2022-03"), briefs(d));
    }

    @Test
    void theCityOrThePlantIsTheLastPlaceOfItsKindNamedBefore() {
        Document d = doc("Russian troops seized Melitopol in February. Residents were later taken to Crimea for filtration. "
                + "A car bomb exploded in the city on Monday.", "en", "2023-05-10");
        place(d, "Melitopol", PlaceKind.SETTLEMENT, "Melitopol");
        place(d, "Crimea", PlaceKind.REGION, "Crimea");
        List<String> events = briefs(d);
        assertEquals("ATTACK@Melitopol/2023-05", events.get(events.size() - 1));

        Document uk = doc("Запорізька АЕС розташована на березі Каховського водосховища. Уночі станцію обстріляли.", "uk", "2022-08-06");
        place(uk, "Zaporizhzhia Nuclear Power Plant", PlaceKind.OTHER, "Запорізька АЕС");
        place(uk, "Kakhovka Reservoir", PlaceKind.OTHER, "Каховського водосховища");
        assertEquals(List.of("ATTACK@Zaporizhzhia Nuclear Power Plant/2022-08"), briefs(uk));
    }

    @Test
    void theRegionAfterATownOnlyIsTheRegionNamedLikeIt() {
        assertEquals(List.of("ATTACK@Kherson/2023-05", "GOVERNANCE@Kherson Oblast/2023-05"), briefsInTown(
                "Russian troops shelled Kherson on Monday. On Tuesday the region introduced a curfew for all residents.", "en", "Kherson", "Kherson"));
        assertEquals(List.of("ATTACK@Kherson/2023-05", "GOVERNANCE@Kherson Oblast/2023-05"), briefsInTown(
                "Окупанти обстріляли Херсон у понеділок. У вівторок в області запровадили комендантську годину.", "uk", "Kherson", "Херсон"));
        // A town with no region of its name leaves the region word without a place of its own: the town is carried.
        assertEquals(List.of("ATTACK@Oleshky/2023-05", "GOVERNANCE@Oleshky/2023-05"), briefsInTown(
                "Russian troops shelled Oleshky on Monday. On Tuesday the region introduced a curfew for all residents.", "en", "Oleshky", "Oleshky"));
    }

    @Test
    void leafletsYieldToWhatTheyCallForOrWhatTheirMakersAlsoDo() {
        assertEquals(List.of("ELECTION@Berdiansk/2023-05"), briefsInTown(
                "У Бердянську підпільники розклеїли листівки із закликом бойкотувати голосування.", "uk", "Berdiansk", "Бердянську"));
        assertEquals(List.of("RESISTANCE@Tokmak/2023-05"), briefsInTown(
                "In Tokmak partisans posted leaflets and passed the coordinates of Russian positions to the army.", "en", "Tokmak", "Tokmak"));
        // Leaflets alone are the campaign itself.
        assertEquals(List.of("INFORMATION_OP@Kherson/2023-05"), briefsInTown("Над Херсоном російські дрони скидали листовки.", "ru", "Kherson", "Херсоном"));
    }

    @Test
    void aSectionHeadingNamesATopicNotAHappening() {
        Document d = doc("7.2. Children forcibly transferred\n\nIn October 2022 the occupiers deported 15 children from Kherson.", "en", "2024-04-02");
        place(d, "Kherson", PlaceKind.SETTLEMENT, "Kherson");
        time(d, "October 2022", "2022-10");
        List<Event> events = events(d);
        assertEquals(1, events.size());
        assertTrue(events.get(0).text().startsWith("In October 2022"), events.get(0).text());
    }

    @Test
    void theHeadlineIsReadOnlyThroughTheBody() {
        String text = "Explosion in Melitopol\n\nA blast damaged the occupation police station in Melitopol on Sunday.";
        Document d = new Document(new Report("r1", null, null, "Explosion in Melitopol", "2023-04-10", "en", text));
        SENTENCES.annotate(d);
        HEADLINE.annotate(d);
        place(d, "Melitopol", PlaceKind.SETTLEMENT, "Melitopol");
        time(d, "Sunday", "2023-04-09");
        List<Event> events = events(d);
        assertEquals(1, events.size());
        assertTrue(events.get(0).text().startsWith("A blast damaged"), events.get(0).text());

        String title = "Four children returned to Ukraine from occupied Kherson Oblast";
        String returned = title + "\n\nIn autumn the occupation authorities deported the children from Oleshky to Crimea.";
        Document r = new Document(new Report("r2", null, null, title, "2023-04-10", "en", returned));
        SENTENCES.annotate(r);
        HEADLINE.annotate(r);
        place(r, "Ukraine", PlaceKind.COUNTRY, "Ukraine");
        place(r, "Oleshky", PlaceKind.SETTLEMENT, "Oleshky");
        place(r, "Crimea", PlaceKind.REGION, "Crimea");
        assertEquals(List.of("OTHER", "DEPORTATION"), events(r).stream().map(Event::type).toList(),
                "a return only the headline tells stands beside the deportation the body tells");
    }

    @Test
    void ukrainianDetentionAndAdjectivesThatAreNoEvents() {
        Document d = doc("Вчора у Мелітополі окупанти затримали двох волонтерів.", "uk", "2024-03-15");
        place(d, "Melitopol", PlaceKind.SETTLEMENT, "Мелітополі");
        time(d, "Вчора", "2024-03-14");
        assertEquals(List.of("DETENTION@Melitopol/2024-03-14"), briefs(d));

        Document state = doc("Мешканці окупованих територій Запорізької області отримують гуманітарну допомогу.", "uk", "2024-03-15");
        place(state, "Zaporizhzhia Oblast", PlaceKind.REGION, "Запорізької області");
        assertEquals(List.of(), briefs(state));
    }

    @Test
    void ukrainianAppointmentAndPassports() {
        Document d = doc("Окупанти призначили нового «мера» Енергодара. У місті примусово видають російські паспорти.", "uk", "2022-06-12");
        place(d, "Enerhodar", PlaceKind.SETTLEMENT, "Енергодара");
        assertEquals(List.of("GOVERNANCE@Enerhodar/2022-06", "PASSPORTIZATION@Enerhodar/2022-06"), briefs(d));
    }

    @Test
    void russianExplosionDeportationAndNonRecognition() {
        Document attack = doc("В Херсоне прогремел взрыв у здания оккупационной администрации.", "ru", "2022-07-01");
        place(attack, "Kherson", PlaceKind.SETTLEMENT, "Херсоне");
        assertEquals(List.of("ATTACK@Kherson/2022-07"), briefs(attack));

        Document deport = doc("Российские военные депортировали 40 детей из Херсонщины в Крым.", "ru", "2022-11-20");
        place(deport, "Kherson Oblast", PlaceKind.REGION, "Херсонщины");
        place(deport, "Crimea", PlaceKind.REGION, "Крым");
        assertEquals(List.of("DEPORTATION@Kherson Oblast/2022-11"), briefs(deport));

        Document condemn = doc("Украина не признает так называемый референдум в Крыму.", "ru", "2023-03-01");
        place(condemn, "Crimea", PlaceKind.REGION, "Крыму");
        assertEquals(List.of("CONDEMNATION@Crimea/2023-03"), briefs(condemn));
    }

    @Test
    void russianNegationCancelsTheTrigger() {
        Document d = doc("Силовики не задержали никого в Мелитополе.", "ru", "2022-07-01");
        place(d, "Melitopol", PlaceKind.SETTLEMENT, "Мелитополе");
        assertEquals(List.of(), briefs(d));
    }

    @Test
    void otherLanguagesGiveNoEvents() {
        Document d = doc("Partisanen sprengten eine Brücke bei Tokmak.", "de", "2023-05-01");
        assertEquals(List.of(), briefs(d));
    }

    @Test
    void seizingAPersonIsADetentionSeizingATownIsCombatSeizingGoodsIsNeither() {
        Document person = doc("Soldiers seized Serhii Tsyhipa near Nova Kakhovka on March 12.", "en", "2022-03-20");
        place(person, "Nova Kakhovka", PlaceKind.SETTLEMENT, "Nova Kakhovka");
        entity(person, "Serhii Tsyhipa", EntityType.PERSON, "Serhii Tsyhipa");
        time(person, "March 12", "2022-03-12");
        assertEquals(List.of("DETENTION@Nova Kakhovka/2022-03-12"), briefs(person));

        Document passive = doc("The village head was seized by soldiers in Mykhailivka.", "en", "2022-03-20");
        place(passive, "Mykhailivka", PlaceKind.SETTLEMENT, "Mykhailivka");
        assertEquals(List.of("DETENTION@Mykhailivka/2022-03"), briefs(passive));

        Document town = doc("Russian forces captured the town of Lyman on May 26.", "en", "2022-05-28");
        place(town, "Lyman", PlaceKind.SETTLEMENT, "Lyman");
        time(town, "May 26", "2022-05-26");
        assertEquals(List.of("COMBAT@Lyman/2022-05-26"), briefs(town));

        Document goods = doc("Soldiers seized grain from farms near Melitopol.", "en", "2022-06-01");
        place(goods, "Melitopol", PlaceKind.SETTLEMENT, "Melitopol");
        assertEquals(List.of(), briefs(goods));

        Document ru = doc("В Бердянске военные захватили волонтера Дмитрия.", "ru", "2022-04-01");
        place(ru, "Berdiansk", PlaceKind.SETTLEMENT, "Бердянске");
        assertEquals(List.of("DETENTION@Berdiansk/2022-04"), briefs(ru));
    }

    @Test
    void takingOnePersonAwayIsAnAbductionNotADeportation() {
        Document d = doc("У Скадовську окупанти вивезли директора ліцею в невідомому напрямку.", "uk", "2022-08-01");
        place(d, "Skadovsk", PlaceKind.SETTLEMENT, "Скадовську");
        assertEquals(List.of("DETENTION@Skadovsk/2022-08"), briefs(d));
    }

    @Test
    void aBirthYearIsNeverTheDateAndAnAttributeIsNoEvent() {
        Document d = doc("Ukraine handed over nine captured conscripts, born in 2003 and 2004, in exchange for the mayor.", "en", "2022-03-17");
        d.times().add(new TimeMention("2003", "2003", d.text().indexOf("2003"), d.text().indexOf("2003") + 4));
        d.times().add(new TimeMention("2004", "2004", d.text().indexOf("2004"), d.text().indexOf("2004") + 4));
        assertEquals(List.of("OTHER@null/2022-03"), briefs(d));
    }

    @Test
    void aPhraseOpeningWithAParticipleIsNoAttribute() {
        // "a guided aerial bomb": the participle opens the trigger phrase; only a one-word participle is an attribute.
        assertEquals(List.of("ATTACK@Kharkiv/2024-09"),
                briefsInTown("A guided aerial bomb hit a residential building in Kharkiv on Tuesday.", "en", "2024-09-25", "Kharkiv", "Kharkiv"));
    }

    @Test
    void aPenaltyTheLawProvidesForIsNoDetention() {
        assertEquals(List.of(), briefsInTown("Прокуратура повідомила про підозру мешканці Олешок. Санкція статті передбачає позбавлення волі на строк від 10 до 15 років.",
                "uk", "2024-05-22", "Oleshky", "Олешок"));
        assertEquals(List.of(), briefsInTown("Суд в Мелитополе рассмотрел дело жителя города. Статья предусматривает до 20 лет лишения свободы.",
                "ru", "2024-06-18", "Melitopol", "Мелитополе"));
    }

    /** The events of a one-town report, as briefs. */
    private static List<String> briefsInTown(String text, String language, String published, String town, String written) {
        Document d = doc(text, language, published);
        place(d, town, PlaceKind.SETTLEMENT, written);
        return briefs(d);
    }

    @Test
    void aSeatOfGovernmentNamedBareIsTheGovernmentNotThePlace() {
        Document bare = doc("Moscow dismissed the ruling, and Kyiv condemned the deportations.", "en", "2023-03-18");
        place(bare, "Kyiv", PlaceKind.SETTLEMENT, "Kyiv");
        place(bare, "Moscow", PlaceKind.SETTLEMENT, "Moscow");
        assertEquals(List.of("CONDEMNATION@null/2023-03"), briefs(bare));
        Document located = doc("A missile struck a school in Kyiv on Monday.", "en", "2023-05-03");
        place(located, "Kyiv", PlaceKind.SETTLEMENT, "Kyiv");
        assertEquals(List.of("ATTACK@Kyiv/2023-05"), briefs(located));
    }

    @Test
    void theSourceOfAStatementIsNoAnchorActorOrDate() {
        Document stance = doc("The Kremlin maintains that it is protecting children from the fighting.", "en", "2023-02-10");
        entity(stance, "Kremlin", EntityType.ORGANIZATION, "Kremlin");
        assertEquals(List.of(), briefs(stance));

        Document reported = doc("Human Rights Watch said on Tuesday that residents of Mariupol had been detained at filtration points.", "en", "2022-07-20");
        entity(reported, "Human Rights Watch", EntityType.ORGANIZATION, "Human Rights Watch");
        place(reported, "Mariupol", PlaceKind.SETTLEMENT, "Mariupol");
        time(reported, "Tuesday", "2022-07-19");
        List<Event> events = events(reported);
        assertEquals(List.of("DETENTION@Mariupol/2022-07"), events.stream().map(EventAnnotatorTest::brief).toList());
        assertEquals(List.of(), events.get(0).actors());
    }

    @Test
    void anArrestWarrantIsACondemnationAndItsChargesAreBackground() {
        Document d = doc("The International Criminal Court issued arrest warrants on Friday for Vladimir Putin, accusing him of the unlawful deportation of children.",
                "en", "2023-03-18");
        entity(d, "International Criminal Court", EntityType.ORGANIZATION, "International Criminal Court");
        entity(d, "Vladimir Putin", EntityType.PERSON, "Vladimir Putin");
        time(d, "Friday", "2023-03-17");
        assertEquals(List.of("CONDEMNATION@null/2023-03-17"), briefs(d));
    }

    @Test
    void aPossibilityACallAndAStandingStateAreNoEvents() {
        Document d = doc("Residents who refuse citizenship may be deported. Leaflets in Henichesk urged residents to boycott the vote. "
                + "The Kremlin will not discuss the annexed regions.", "en", "2023-05-04");
        place(d, "Henichesk", PlaceKind.SETTLEMENT, "Henichesk");
        // The leaflets are the call's medium: the call to boycott is the happening.
        assertEquals(List.of("ELECTION@Henichesk/2023-05"), briefs(d));
    }

    @Test
    void twoClausesOfOneSentenceAreTwoCondemnationsAndAnAppointmentOnPassportsIsPassportization() {
        Document d = doc("Kyiv called the vote null and void, and the UN Secretary-General said the annexation has no legal value.", "en", "2022-09-30");
        entity(d, "United Nations", EntityType.ORGANIZATION, "UN");
        assertEquals(List.of("CONDEMNATION@null/2022-09", "CONDEMNATION@null/2022-09"), briefs(d));

        Document decree = doc("Putin signed a decree on Russian citizenship for residents of Kherson region.", "en", "2022-05-26");
        place(decree, "Kherson Oblast", PlaceKind.REGION, "Kherson region");
        assertEquals(List.of("PASSPORTIZATION@Kherson Oblast/2022-05"), briefs(decree));
    }

    @Test
    void aRelativeClauseAboutTheDetaineesIsNoFurtherEvent() {
        Document d = doc("In Tokmak, soldiers detained three nurses who refused to take Russian passports.", "en", "2023-04-02");
        place(d, "Tokmak", PlaceKind.SETTLEMENT, "Tokmak");
        assertEquals(List.of("DETENTION@Tokmak/2023-04"), briefs(d));
        Document ru = doc("В Бердянске оккупанты задержали учителя, которого обвиняют в передаче координат ВСУ.", "ru", "2023-04-02");
        place(ru, "Berdiansk", PlaceKind.SETTLEMENT, "Бердянске");
        assertEquals(List.of("DETENTION@Berdiansk/2023-04"), briefs(ru));
    }

    @Test
    void aRelativeClauseAfterAReferendumStillCounts() {
        Document d = doc("Russia held a referendum in Crimea in 2014, which Kyiv and its allies condemned.", "en", "2023-04-02");
        place(d, "Crimea", PlaceKind.REGION, "Crimea");
        time(d, "2014", "2014");
        assertTrue(briefs(d).contains("CONDEMNATION@Crimea/2014"), briefs(d).toString());
    }

    @Test
    void aDeportationHappensWhereThePeopleAreTakenFrom() {
        Document d = doc("Окупанти вивезли до Криму ще двадцять дітей з Каховки.", "uk", "2023-10-12");
        place(d, "Crimea", PlaceKind.REGION, "Криму");
        place(d, "Kakhovka", PlaceKind.SETTLEMENT, "Каховки");
        assertEquals(List.of("DEPORTATION@Kakhovka/2023-10"), briefs(d));
    }

    @Test
    void theNounOfACancelledPhraseDoesNotStandAlone() {
        Document d = doc("Analysts say the Kremlin could try to hold another referendum in Kherson.", "en", "2023-03-02");
        place(d, "Kherson", PlaceKind.SETTLEMENT, "Kherson");
        assertEquals(List.of(), briefs(d));
    }

    @Test
    void aClauseThatNamesNothingOfItsOwnJoinsTheEventBefore() {
        Document d = doc("Russian troops tried to advance near Robotyne on Monday; the assault was repelled.", "en", "2024-03-05");
        place(d, "Robotyne", PlaceKind.SETTLEMENT, "Robotyne");
        time(d, "Monday", "2024-03-04");
        assertEquals(List.of("COMBAT@Robotyne/2024-03-04"), briefs(d));
    }

    @Test
    void inflectedUkrainianAndRussianVerbsAreFound() {
        Document uk = doc("Міністерство закордонних справ засудило «вибори» в Мелітополі.", "uk", "2024-03-18");
        place(uk, "Melitopol", PlaceKind.SETTLEMENT, "Мелітополі");
        assertTrue(briefs(uk).contains("CONDEMNATION@Melitopol/2024-03"), briefs(uk).toString());
        Document ru = doc("В Каховке был поврежден обстрелом жилой дом.", "ru", "2023-09-06");
        place(ru, "Kakhovka", PlaceKind.SETTLEMENT, "Каховке");
        assertEquals(List.of("ATTACK@Kakhovka/2023-09"), briefs(ru));
    }

    @Test
    void tryingIsNotTorture() {
        Document d = doc("В Херсоне военные пытались переправиться через Днепр.", "ru", "2023-09-06");
        place(d, "Kherson", PlaceKind.SETTLEMENT, "Херсоне");
        assertTrue(briefs(d).stream().noneMatch(b -> b.startsWith("DETENTION")), briefs(d).toString());
    }

    @Test
    void aPlaceThatIsTheTriggersObjectOutranksTheRegionAfterIt() {
        Document d = doc("Сили оборони звільнили Роботине в Запорізькій області.", "uk", "2023-08-28");
        place(d, "Robotyne", PlaceKind.SETTLEMENT, "Роботине");
        place(d, "Zaporizhzhia Oblast", PlaceKind.REGION, "Запорізькій області");
        assertEquals(List.of("COMBAT@Robotyne/2023-08"), briefs(d));
    }

    @Test
    void aDeportationHappensWhereItsOriginPhraseNamesNotWherePeopleAreTaken() {
        Document d = doc("Росія вивезла ще 46 дітей з окупованої частини Запорізької області до табору в Анапі.", "uk", "2023-08-21");
        place(d, "Zaporizhzhia Oblast", PlaceKind.REGION, "Запорізької області");
        place(d, "Anapa", PlaceKind.SETTLEMENT, "Анапі");
        assertEquals(List.of("DEPORTATION@Zaporizhzhia Oblast/2023-08"), briefs(d));
    }

    @Test
    void aWireDatelineIsNoPlaceOfWhatTheReportTells() {
        Document d = doc("МЕЛИТОПОЛЬ, 11 сентября. /ТАСС/. Явка на выборах составила 66,8%.", "ru", "2023-09-11");
        place(d, "Melitopol", PlaceKind.SETTLEMENT, "МЕЛИТОПОЛЬ");
        time(d, "11 сентября", "2023-09-11");
        assertTrue(briefs(d).stream().allMatch(b -> b.startsWith("ELECTION@null")), briefs(d).toString());
    }

    @Test
    void aLongerPhraseOfAnotherKindRereadsTheWordsItCovers() {
        Document combat = doc("Российские военные отразили три атаки ВСУ в районе Работино.", "ru", "2023-10-05");
        place(combat, "Robotyne", PlaceKind.SETTLEMENT, "Работино");
        assertEquals(List.of("COMBAT@Robotyne/2023-10"), briefs(combat));
        Document leaflets = doc("Накануне в Энергодаре появились листовки «Энергодар — это Украина».", "ru", "2023-05-22");
        place(leaflets, "Enerhodar", PlaceKind.SETTLEMENT, "Энергодаре");
        assertEquals(List.of("RESISTANCE@Enerhodar/2023-05"), briefs(leaflets));
        Document rally = doc("Troops used stun grenades to disperse a rally in Kherson.", "en", "2022-03-21");
        place(rally, "Kherson", PlaceKind.SETTLEMENT, "Kherson");
        assertEquals(List.of("ATTACK@Kherson/2022-03", "RESISTANCE@Kherson/2022-03"), briefs(rally));
    }

    @Test
    void aDecreeOnCitizenshipIsPassportizationEvenWhereTheVerbBeforeTheNounIsNegated() {
        Document d = doc("Путин подписал указ, согласно которому жители, не оформившие российское гражданство, будут считаться иностранцами.", "ru", "2023-04-27");
        entity(d, "Vladimir Putin", EntityType.PERSON, "Путин");
        assertEquals(List.of("PASSPORTIZATION"), events(d).stream().map(Event::type).toList());
    }

    @Test
    void theDetainedNamedAgainAreNoNewDetention() {
        Document d = doc("У Джанкої затримали чотирьох чоловіків. Затриманих доправили до Сімферополя.", "uk", "2024-02-07");
        place(d, "Dzhankoi", PlaceKind.SETTLEMENT, "Джанкої");
        place(d, "Simferopol", PlaceKind.SETTLEMENT, "Сімферополя");
        assertEquals(List.of("DETENTION@Dzhankoi/2024-02"), briefs(d));
    }

    @Test
    void aSentenceInAbsentiaIsTheTrialNotADetention() {
        Document d = doc("A court in Kherson on Wednesday sentenced in absentia a former councillor to 12 years.", "en", "2024-03-14");
        place(d, "Kherson", PlaceKind.SETTLEMENT, "Kherson");
        assertEquals(List.of("OTHER@Kherson/2024-03"), briefs(d));
        Document uk = doc("Суд у Херсоні заочно засудив колишнього депутата до 12 років.", "uk", "2024-03-14");
        place(uk, "Kherson", PlaceKind.SETTLEMENT, "Херсоні");
        assertEquals(List.of("OTHER@Kherson/2024-03"), briefs(uk));
    }

    @Test
    void seizedGovernmentBuildingsAreATakeoverButOneBuildingIsProperty() {
        Document d = doc("In April 2014 armed groups seized administrative buildings in Donetsk.", "en", "2024-02-20");
        place(d, "Donetsk", PlaceKind.SETTLEMENT, "Donetsk");
        time(d, "April 2014", "2014-04");
        assertEquals(List.of("COMBAT@Donetsk/2014-04"), briefs(d));
        Document ru = doc("27 февраля 2014 года вооружённые люди заняли здания парламента в Симферополе.", "ru", "2024-03-22");
        place(ru, "Simferopol", PlaceKind.SETTLEMENT, "Симферополе");
        time(ru, "27 февраля 2014 года", "2014-02-27");
        assertEquals(List.of("COMBAT@Simferopol/2014-02-27"), briefs(ru));
        Document house = doc("Soldiers seized a building in Melitopol in May.", "en", "2023-06-01");
        place(house, "Melitopol", PlaceKind.SETTLEMENT, "Melitopol");
        assertEquals(List.of(), briefs(house));
    }

    @Test
    void peopleTakenFromAnInstitutionLeaveFromWhereItIsNamedBefore() {
        Document d = doc("Працівники інтернату в Олешках розповіли про вихованців. Окупанти вивезли з інтернату 15 дітей до Криму.", "uk", "2023-01-10");
        place(d, "Oleshky", PlaceKind.SETTLEMENT, "Олешках");
        place(d, "Crimea", PlaceKind.REGION, "Криму");
        assertEquals(List.of("DEPORTATION@Oleshky/2023-01"), briefs(d));
        Document named = doc("Окупанти вивезли з інтернату в Олешках 15 дітей до Криму.", "uk", "2023-01-10");
        place(named, "Oleshky", PlaceKind.SETTLEMENT, "Олешках");
        place(named, "Crimea", PlaceKind.REGION, "Криму");
        assertEquals(List.of("DEPORTATION@Oleshky/2023-01"), briefs(named));
    }

    @Test
    void takenAwayToAnUnknownPlaceIsAnAbduction() {
        Document d = doc("У Енергодарі окупанти затримали інженера станції. Його вивезли у невідомому напрямку.", "uk", "2022-10-11");
        place(d, "Enerhodar", PlaceKind.SETTLEMENT, "Енергодарі");
        assertEquals(List.of("DETENTION@Enerhodar/2022-10"), briefs(d));
    }

    @Test
    void aParticipleOfWhatSomeoneWentThroughDescribesThem() {
        Document d = doc("1 червня в Мелітополі підірвано автомобіль офіцера, причетного до катувань цивільних.", "uk", "2024-06-03");
        place(d, "Melitopol", PlaceKind.SETTLEMENT, "Мелітополі");
        time(d, "1 червня", "2024-06-01");
        assertEquals(List.of("ATTACK@Melitopol/2024-06-01"), briefs(d));
        Document ru = doc("В Новой Каховке заменили окна в двух школах, пострадавших от обстрелов.", "ru", "2024-03-22");
        place(ru, "Nova Kakhovka", PlaceKind.SETTLEMENT, "Новой Каховке");
        assertEquals(List.of(), briefs(ru));
    }
}
