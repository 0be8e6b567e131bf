package org.totmon.pipeline.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Claim;
import org.totmon.model.Extraction;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.pipeline.Attribution;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.claim.ClaimAnnotator;
import org.totmon.pipeline.entity.ActorRegistry;
import org.totmon.pipeline.entity.EntityAnnotator;
import org.totmon.pipeline.entity.GivenNames;
import org.totmon.pipeline.clean.HeadlineAnnotator;
import org.totmon.pipeline.place.Gazetteer;
import org.totmon.pipeline.place.PlaceAnnotator;
import org.totmon.pipeline.place.PlacesOutsideNames;
import org.totmon.pipeline.modality.ModalityAnnotator;
import org.totmon.pipeline.text.ClauseAnnotator;
import org.totmon.pipeline.text.SentenceTokenAnnotator;
import org.totmon.pipeline.time.TimeAnnotator;

class AttributionAnnotatorTest {
    private static final String REGISTRY = String.join("\n",
            "Kakhovka Water Board\tORGANIZATION\toccupation\tadministration\tКаховське водне управління",
            "Ministry of Defence of Ukraine\tORGANIZATION\tukraine\tmilitary\tМіністерство оборони України|Міноборони");
    private static final ActorRegistry ACTORS = registry();
    private static final SentenceTokenAnnotator SENTENCES = new SentenceTokenAnnotator();
    private static final PlaceAnnotator PLACES = new PlaceAnnotator(Gazetteer.standard());
    private static final TimeAnnotator TIMES = new TimeAnnotator();
    private static final EntityAnnotator ENTITIES = new EntityAnnotator(ACTORS, GivenNames.bundled());
    private static final AttributionAnnotator ATTRIBUTION = new AttributionAnnotator(ACTORS, OutletRegistry.bundled());
    private static final ClaimAnnotator CLAIMS = new ClaimAnnotator();
    private static final ModalityAnnotator MODALITY = new ModalityAnnotator();

    private static ActorRegistry registry() {
        try {
            return ActorRegistry.parse(new ByteArrayInputStream(REGISTRY.getBytes(StandardCharsets.UTF_8)), "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document annotate(String text, String lang, String url, String published) {
        return annotate(new Report(Report.contentId(text), url, null, null, published, lang, text));
    }

    /** A report whose outlet field is its web address's host, as crawled reports have it. */
    private static Document fromHost(String text, String lang, String host, String published) {
        return annotate(new Report(Report.contentId(text), "https://" + host + "/news/1", host, null, published, lang, text));
    }

    private static Document annotate(Report report) {
        Document d = new Document(report);
        new HeadlineAnnotator().annotate(d);
        SENTENCES.annotate(d);
        PLACES.annotate(d);
        TIMES.annotate(d);
        ENTITIES.annotate(d);
        new PlacesOutsideNames().annotate(d);
        new ClauseAnnotator().annotate(d);
        MODALITY.annotate(d);
        ATTRIBUTION.annotate(d);
        CLAIMS.annotate(d);
        return d;
    }

    private static Claim claim(Document d, double value) {
        return d.claims().stream().filter(c -> c.value() == value).findFirst().orElseThrow(() -> new AssertionError(d.claims().toString()));
    }

    @Test
    void theOutletsOwnVoiceHasTheOutletsSideWithItsRow() {
        Document d = annotate("Some 40,000 residents received new documents this year.", "en", "https://tass.com/society/1", "2023-05-02");
        Claim c = claim(d, 40000);
        assertEquals("TASS", c.claimant());
        assertEquals(Side.OCCUPATION, c.claimantSide());
        assertEquals("outlet registry: TASS (russian state)", c.sideReason());
        Attribution own = d.attributions().stream().filter(a -> a.type() == Attribution.Type.OWN_VOICE).findFirst().orElseThrow();
        assertEquals("TASS", own.speaker());

        Claim ua = claim(annotate("Близько 80 населених пунктів можуть бути підтоплені.", "uk", "https://suspilne.media/1", "2023-06-06"), 80);
        assertEquals(Side.UKRAINE, ua.claimantSide(), "Ukrainian public media speak for the Ukrainian side");
    }

    @Test
    void anOutletNeitherRegistryKnowsTakesTheSideOfItsAddressOrLanguage() {
        Claim ua = claim(fromHost("У громаді облаштували 14 нових укриттів.", "uk", "rivne-visti.example.com.ua", "2024-02-01"), 14);
        assertEquals(Side.UKRAINE, ua.claimantSide());
        assertEquals("outlet not in the registries, a Ukrainian web address (rivne-visti.example.com.ua)", ua.sideReason());

        Claim ru = claim(fromHost("В регионе открыли 12 новых пунктов выдачи документов.", "ru", "vesti-regiona.example.ru", "2024-02-01"), 12);
        assertEquals(Side.OCCUPATION, ru.claimantSide());

        Claim written = claim(fromHost("У громаді облаштували 14 нових укриттів.", "uk", "rivne-visti.example.com", "2024-02-01"), 14);
        assertEquals(Side.UKRAINE, written.claimantSide(), "a report written in Ukrainian");
        assertEquals("outlet not in the registries, written in Ukrainian (uk)", written.sideReason());

        Claim other = claim(fromHost("The town opened 14 new shelters this winter.", "en", "river-valley-times.example.com", "2024-02-01"), 14);
        assertEquals(Side.THIRD_PARTY, other.claimantSide(), "an English-language outlet of no known country stays an independent medium");
    }

    @Test
    void anUnknownOutletWithoutACountryCodeTakesTheSideWhoseWordsItUses() {
        String occupation = "Год назад область вошла в состав России. За год задержаны 14 пособников киевского режима.";
        Claim c = claim(fromHost(occupation, "ru", "t.me", "2024-02-01"), 14);
        assertEquals(Side.OCCUPATION, c.claimantSide());
        assertEquals("outlet not in the registries, writes as the occupation does (\"в состав России\")", c.sideReason());

        String ukraine = "Окупанти вивезли з тимчасово окупованого міста 14 автобусів із зерном.";
        assertEquals(Side.UKRAINE, claim(fromHost(ukraine, "uk", "t.me", "2024-02-01"), 14).claimantSide());

        String both = "На временно оккупированных территориях идёт СВО против киевского режима. За год задержаны 14 человек.";
        assertEquals(Side.THIRD_PARTY, claim(fromHost(both, "ru", "t.me", "2024-02-01"), 14).claimantSide(),
                "words of both sides: no side from them");
    }

    @Test
    void officialsNamedWithoutASideAreOfAnUnknownRussianOutletsAuthorities() {
        Claim c = claim(fromHost("Глава города Анна Смирнова сообщила, что в город прибыли 120 детей.", "ru",
                "vesti-regiona.example.ru", "2024-02-01"), 120);
        assertEquals(Side.OCCUPATION, c.claimantSide());
        assertTrue(c.sideReason().startsWith("state body \"Глава\""), c.sideReason());
    }

    @Test
    void aBodyBothStatesHaveIsUkrainesUnlessItsDescriptionNamesAnother() {
        Claim ours = claim(annotate("The regional police said 42 residents had been detained.", "en", null, "2024-02-01"), 42);
        assertEquals(Side.UKRAINE, ours.claimantSide());
        Claim theirs = claim(annotate("The Russian police said 42 residents had been detained.", "en", null, "2024-02-01"), 42);
        assertEquals(Side.OCCUPATION, theirs.claimantSide());
        assertEquals("role: \"Russian\"", theirs.sideReason());
        Claim prosecutors = claim(annotate("Генпрокуратура РФ заявила, что возбуждено 17 уголовных дел.", "ru", null, "2024-02-01"), 17);
        assertEquals(Side.OCCUPATION, prosecutors.claimantSide());
    }

    @Test
    void aBodySeatedInUkraineIsNotUkrainesForThat() {
        Claim c = claim(annotate("The UN monitoring mission in Ukraine said it had documented 33 new cases.", "en", null, "2024-02-01"), 33);
        assertEquals(Side.THIRD_PARTY, c.claimantSide());
        Claim own = claim(annotate("The Ukrainian monitoring mission said it had documented 33 new cases.", "en", null, "2024-02-01"), 33);
        assertEquals(Side.UKRAINE, own.claimantSide());
    }

    @Test
    void aLongTitleBeforeANameGivesItsSide() {
        Claim c = claim(annotate("Уповноважена президента України з прав дитини та дитячої реабілітації Олена Марченко повідомила, "
                + "що вдалося повернути 31 дитину.", "uk", null, "2024-02-01"), 31);
        assertEquals(Side.UKRAINE, c.claimantSide());
        assertTrue(c.sideReason().startsWith("role: \"України"), c.sideReason());
    }

    @Test
    void aRolePhraseGivesTheSideAndSaysSo() {
        Document d = annotate("Petro Ivanenko, the Russian-installed head of the town, said 300 families had left.", "en", null, "2022-08-01");
        Claim c = claim(d, 300);
        assertEquals(Side.OCCUPATION, c.claimantSide());
        assertEquals("role: \"Russian-installed\"", c.sideReason());

        Claim so = claim(annotate("Так звана «мерія» Мелітополя заявила, що зареєстровано 1200 виборців.", "uk", null, "2023-09-01"), 1200);
        assertEquals(Side.OCCUPATION, so.claimantSide());
        assertTrue(so.sideReason().startsWith("role: \"Так звана"), so.sideReason());
    }

    @Test
    void anElectionCommissionPostInAnOccupiedRegionIsTheOccupationsAfterItWasTaken() {
        String text = "Olena Marchuk, head of the election commission of the Kherson region, said 4,500 ballots had been printed.";
        Claim after = claim(annotate(text, "en", null, "2022-09-20"), 4500);
        assertEquals(Side.OCCUPATION, after.claimantSide());
        assertEquals("role: \"election commission\" in Kherson, occupied since 2022-03", after.sideReason());
        Claim before = claim(annotate(text, "en", null, "2019-03-20"), 4500);
        assertNotEquals(Side.OCCUPATION, before.claimantSide(), "in 2019 that commission was Ukraine's");
    }

    @Test
    void anOrganisationsSideCarriesToTheOfficialsNamedWithIt() {
        Document d = annotate("Serhii Bondar, deputy head of the Kakhovka Water Board, said 120 people were evacuated.", "en", null, "2023-06-07");
        Claim c = claim(d, 120);
        assertEquals("Serhii Bondar", c.claimant());
        assertEquals(Side.OCCUPATION, c.claimantSide());
        assertEquals("named with Kakhovka Water Board (actor registry)", c.sideReason());
    }

    @Test
    void aSourceCoversTheFollowingSentencesUntilAnotherSpeaks() {
        Document d = annotate("The UN human rights monitoring mission said on Tuesday that it had visited Kherson. "
                + "In the region 77 executions were recorded. "
                + "Local activists said 15 more cases were reported.", "en", "https://example.org/1", "2023-06-07");
        assertTrue(claim(d, 77).claimant().toLowerCase().contains("mission"), claim(d, 77).toString());
        assertEquals("Local activists", claim(d, 15).claimant());
    }

    @Test
    void theAgencyResolvesToTheLastBodyNotThePerson() {
        Document d = annotate("Міністерство оборони України повідомило про обстріли Херсона. Про це також сказав Іван Петренко. "
                + "За даними відомства, поранено 12 людей.", "uk", null, "2023-06-07");
        Claim c = claim(d, 12);
        assertEquals("Ministry of Defence of Ukraine", c.claimant());
        assertEquals(Side.UKRAINE, c.claimantSide());
        assertEquals("actor registry: Ministry of Defence of Ukraine", c.sideReason());
    }

    @Test
    void whoCitesAnotherOnlyRelaysThemAndLendsACitedBodyItsSide() {
        Document d = annotate("На левом берегу подтоплены 300 домов, сообщило РИА Новости со ссылкой на экстренные службы.", "ru",
                "https://www.rbc.ru/society/1", "2023-06-07");
        Claim c = claim(d, 300);
        assertEquals("emergency services", c.claimant());
        assertEquals(Side.OCCUPATION, c.claimantSide());
        assertTrue(c.sideReason().startsWith("state body cited by RIA Novosti"), c.sideReason());
    }

    @Test
    void aBodysNameRunsPastItsShortFormAndItsParent() {
        Document d = annotate("About 6,000 children were held in 43 camps, new research by the Yale School of Public Health's "
                + "Humanitarian Research Lab (HRL) said on Tuesday.", "en", "https://example.org/2", "2023-02-15");
        assertEquals("Yale School of Public Health's Humanitarian Research Lab", claim(d, 6000).claimant());
    }

    @Test
    void theLayerHoldsSpeechAndQuotesWithTheirSpeakers() {
        String text = "\u201cWe counted 312 cases,\u201d said Jane Roe, the director of the Kyiv Human Rights Lab.";
        Document d = annotate(text, "en", null, "2023-06-07");
        List<Attribution> quotes = d.attributions().stream().filter(a -> a.type() == Attribution.Type.QUOTE).toList();
        assertEquals(1, quotes.size(), d.attributions().toString());
        assertEquals("Jane Roe", quotes.get(0).speaker());
        assertEquals(0, quotes.get(0).start());
        Attribution speech = d.attributions().stream().filter(a -> a.type() == Attribution.Type.SPEECH).findFirst().orElseThrow();
        assertEquals("Jane Roe", text.substring(speech.sourceStart(), speech.sourceStart() + 8));
        assertEquals("Jane Roe", claim(d, 312).claimant());
        assertFalse(d.attributions().stream().anyMatch(a -> a.type() == Attribution.Type.OWN_VOICE && a.speaker() == null));
    }

    @Test
    void reportedlyYieldsToTheSourceTheSentenceNames() {
        Claim c = claim(annotate("The river fell to reportedly 3 metres on Monday, according to the regional police.", "en",
                "https://example.org/3", "2023-06-08"), 3);
        assertEquals("regional police", c.claimant());
        assertTrue(c.hedged(), "\"reportedly\" still hedges the figure");
    }

    @Test
    void theLeadsSourceCoversTheParagraphsAfterItThatNameNone() {
        Document d = annotate("KHERSON, May 3. 84% of the ballots were counted, according to the regional elections commission.\n\n"
                + "In Skadovsk 71% voted, and in Henichesk 68%.", "en", "https://www.reuters.com/world/2", "2023-05-03");
        assertEquals(claim(d, 84).claimant(), claim(d, 71).claimant());
        assertEquals(claim(d, 84).claimant(), claim(d, 68).claimant());
    }

    @Test
    void aSourceThatSpeaksAgainInTheNextParagraphSpeaksForTheOneBetween() {
        Document d = annotate("Voting ended in the city on Sunday.\n\nTurnout was high, Jane Roe, head of the city's commission, said.\n\n"
                + "There were 4,100 ballots cast.\n\nNo complaints were received, Jane Roe stressed.\n\nIn the square 300 people gathered.",
                "en", "https://www.reuters.com/world/1", "2023-05-03");
        assertEquals("Jane Roe", claim(d, 4100).claimant());
        assertNotEquals("Jane Roe", claim(d, 300).claimant(), "a paragraph after the source's last words is not theirs");
    }

    @Test
    void aRegionalBodyIsNamedWithTheRegionItsReportNames() {
        Document d = annotate("In the Kherson region 320 schools opened, according to the regional ministry of education.", "en",
                "https://example.org/6", "2023-09-01");
        assertEquals("Kherson Oblast ministry of education", claim(d, 320).claimant());
    }

    @Test
    void anAppositionBeforeTheNameStatesTheSideEvenOfAnUndatedReport() {
        Claim c = claim(annotate("Turnout reached 74 percent, the chairman of the Crimean commission on the referendum, Petro Ivanenko, said.",
                "en", "https://www.reuters.com/world/3", null), 74);
        assertEquals("Petro Ivanenko", c.claimant());
        assertEquals(Side.OCCUPATION, c.claimantSide());
        assertTrue(c.sideReason().contains("undated"), c.sideReason());
    }

    @Test
    void anOccupationOfficialNamedInRussianKeepsTheRussianSpelling() {
        Document d = annotate("Явка составила 71%, сообщил председатель избирательной комиссии Херсонской области Андрей Сергеев.", "ru",
                "https://ria.ru/20230910/1", "2023-09-10");
        Claim c = claim(d, 71);
        assertEquals("Andrey Sergeyev", c.claimant());
        assertEquals(Side.OCCUPATION, c.claimantSide());
        int entity = 0;
        while (entity < d.entities().size() && d.entities().get(entity).mentions().stream().noneMatch(m -> m.text().equals("Андрей Сергеев"))) entity++;
        assertEquals(Extraction.entityId(entity), c.claimantId(), "the claim still points at the entity: " + d.entities());
    }

    @Test
    void aTimeBetweenTheSpeakerAndTheVerbIsNoPartOfTheSpeaker() {
        Claim c = claim(annotate("Уповноважений з прав людини Іван Петренко у березні 2023 року повідомляв, що депортовано 420 дітей.", "uk",
                "https://suspilne.media/2", "2023-04-02"), 420);
        assertEquals("Ivan Petrenko", c.claimant());
    }

    @Test
    void aBodyIsNamedByItsKindAndThePlaceItIsIn() {
        Claim c = claim(annotate("The so-called \"Central Electoral Commission\" in the Russian-occupied territory of Kherson Oblast declared "
                + "that 91% had voted.", "en", "https://www.reuters.com/world/6", "2022-09-28"), 91);
        assertEquals("Central election commission in Kherson Oblast", c.claimant());
        assertEquals(Side.OCCUPATION, c.claimantSide());
        assertEquals("defence ministry in Moscow", claim(annotate("The defence ministry in Moscow said 25 drones were downed.", "en",
                "https://www.reuters.com/world/7", "2023-05-01"), 25).claimant(), "a place that is the seat, not a region, stays as written");
    }

    /** The claim of that value in a report of an outlet neither registry knows, asserted to have that side. */
    private static Claim sided(Side side, String text, String lang, String host, double value) {
        Claim c = claim(fromHost(text, lang, host, "2024-02-01"), value);
        assertEquals(side, c.claimantSide(), c.claimant() + ": " + c.sideReason());
        return c;
    }

    @Test
    void aClauseAboutWhatOthersDidToAPersonGivesThemNoSide() {
        assertEquals("Taras Koval", sided(Side.UKRAINE, "Міський голова Тарас Коваль, якого росіяни утримували в полоні, каже, що місто "
                + "чекає. За його словами, в місті залишилося 40 тисяч мешканців.", "uk", "misto-visti.example.com.ua", 40000).claimant());
        sided(Side.UKRAINE, "Городской голова Тарас Коваль, которого российские военные удерживали в плену, рассказал, что город ждет. "
                + "По его словам, в городе осталось 40 тысяч жителей.", "ru", "gorod-novosti.example.com.ua", 40000);
        sided(Side.UKRAINE, "Mayor Taras Koval, whom Russian soldiers held captive for a week, spoke on Monday. He said 40,000 residents "
                + "had stayed.", "en", "city-news.example.com.ua", 40000);
        // A clause that gives the person a post still describes them.
        sided(Side.OCCUPATION, "Andrii Petrenko, whom the occupation authorities appointed head of the town administration, spoke on "
                + "Monday. He said 300 people had left.", "en", "city-news.example.com", 300);
    }

    @Test
    void whatACitedSourceSaysIsNoApposition() {
        sided(Side.UKRAINE, "За даними Головного управління розвідки Міноборони України, у Херсонській області окупанти видали 12 тисяч "
                + "паспортів.", "uk", "misto-visti.example.com.ua", 12000);
        sided(Side.UKRAINE, "По данным Главного управления разведки Минобороны Украины, в Херсонской области оккупанты выдали 12 тысяч "
                + "паспортов.", "ru", "gorod-novosti.example.com.ua", 12000);
        // An apposition closed by a comma still describes the source; a cue after the verb opens no clause.
        sided(Side.OCCUPATION, "According to Oleh Marchenko, the Russian-installed head of the district, 300 families received passports.",
                "en", "city-news.example.com", 300);
        sided(Side.UKRAINE, "Some 2,000 people joined the rally. This was stated by Oleh Marchenko, the deputy head of the Presidential "
                + "Office.", "en", "city-news.example.com", 2000);
    }

    @Test
    void aMissionsSeatIsNoPartOfItsSide() {
        Claim c = claim(fromHost("The Red Cross Mission in Ukraine has documented 864 cases of detention.", "en", "city-news.example.com",
                "2024-02-01"), 864);
        assertEquals("Red Cross Mission", c.claimant());
        Claim uk = claim(fromHost("Місія Червоного Хреста в Україні задокументувала 864 випадки затримань.", "uk", "misto-visti.example.com",
                "2024-02-01"), 864);
        assertNotEquals("Ukraine", uk.claimant());
    }

    @Test
    void anAcronymIsTheOutletOrTheSourceWhoseInitialsItIs() {
        Claim own = claim(annotate(new Report("acr-1", null, "Center for Coastal Studies", null, "2024-02-01", "en",
                "CCS said on Monday that 1,500 troops had moved south.")), 1500);
        assertEquals("Center for Coastal Studies", own.claimant());
        assertEquals(Side.THIRD_PARTY, own.claimantSide(), own.sideReason());
        Document uk = fromHost("Херсонська обласна військова адміністрація повідомила, що окупанти вивезли 300 тонн зерна. За даними ХОВА, "
                + "ще 2 тисячі тонн чекають на відправку.", "uk", "misto-visti.example.com", "2024-02-01");
        assertEquals(claim(uk, 300).claimant(), claim(uk, 2000).claimant());
        assertEquals(Side.UKRAINE, claim(uk, 2000).claimantSide(), claim(uk, 2000).sideReason());
    }

    @Test
    void aBodyReferredToByAWordOfItsNameInAnotherScriptIsThatBody() {
        Document d = fromHost("За даними Головного управління розвідки Міноборони України, окупанти видали 12 тисяч паспортів. Розвідка "
                + "також повідомляє, що в області відкрили 3 нові пункти видачі.", "uk", "misto-visti.example.com", "2024-02-01");
        assertEquals(claim(d, 12000).claimant(), claim(d, 3).claimant());
        assertEquals(Side.UKRAINE, claim(d, 3).claimantSide(), claim(d, 3).sideReason());
    }

    @Test
    void aTitleOfABodyNamedBeforeIsThatBodys() {
        Claim en = claim(annotate(new Report("ttl-1", null, "Coastal Monitoring Mission", null, "2024-02-01", "en",
                "\"We spoke with 14 former detainees,\" said Jane Roe, head of the mission.")), 14);
        assertEquals(Side.THIRD_PARTY, en.claimantSide(), en.sideReason());
        Document uk = fromHost("Моніторингова місія ООН повідомила, що задокументувала 30 випадків. Голова місії Джейн Роу заявила, що "
                + "опитала 14 колишніх затриманих.", "uk", "misto-visti.example.com", "2024-02-01");
        assertEquals(Side.THIRD_PARTY, claim(uk, 30).claimantSide(), claim(uk, 30).sideReason());
        assertEquals(Side.THIRD_PARTY, claim(uk, 14).claimantSide(), claim(uk, 14).claimant() + ": " + claim(uk, 14).sideReason());
    }

    private static void assertSide(Side expected, Claim c) {
        assertEquals(expected, c.claimantSide(), c.claimant() + ": " + c.sideReason());
    }

    private static void assertClaimant(String claimant, Side side, Claim c) {
        assertEquals(claimant, c.claimant());
        assertSide(side, c);
    }

    /** The claim of a report from an outlet no registry knows, at its language's made-up address. */
    private static Claim unseen(String text, String lang, double value) {
        String host = switch (lang) {
            case "uk" -> "misto-visti.example.com";
            case "ru" -> "gorod-novosti.example.com";
            default -> "city-news.example.com";
        };
        return claim(fromHost(text, lang, host, "2024-02-01"), value);
    }

    @Test
    void aQuotedNameClosesTheSubjectOfItsVerb() {
        Claim uk = unseen("Харківська правозахисна організація «Морський берег» повідомила, що до таборів вивезли 500 дітей.", "uk", 500);
        assertNotEquals("Misto-visti", uk.claimant());
        assertSide(Side.THIRD_PARTY, uk);
        Claim ru = unseen("Правозащитная группа «Морской берег» насчитала в области не менее 300 задержанных.", "ru", 300);
        assertNotEquals("Gorod-novosti", ru.claimant(), "a group that counted the figure is its source");
    }

    @Test
    void aNonGovernmentalOrganisationIsAThirdPartyWhateverItsCountry() {
        Claim c = unseen("The Coastal Rights Group, a Ukrainian NGO, said it had documented 212 cases of forced labour.", "en", 212);
        assertEquals("Coastal Rights Group", c.claimant());
        assertSide(Side.THIRD_PARTY, c);
        assertSide(Side.THIRD_PARTY, unseen("Українська громадська організація «Морський берег» повідомила, що задокументувала 40 випадків "
                + "затримань.", "uk", 40));
    }

    @Test
    void aDescriptionSetOffByCommasBeforeTheVerbIsTheSubjects() {
        assertSide(Side.OCCUPATION, unseen("The so-called health ministry of the Kherson region, set up by Russia, announced that 92 doctors "
                + "had arrived.", "en", 92));
        assertSide(Side.OCCUPATION, unseen("Так называемый «мэр» Бердянска, назначенный Россией, утверждает, что в городе открыли 4 школы.", "ru", 4));
        Claim uk = unseen("У Бериславській міській військовій адміністрації, яка працює з Херсона, заявили, що з громади виїхали 700 "
                + "родин.", "uk", 700);
        assertTrue(uk.claimant().startsWith("Beryslav"), uk.claimant());
        assertSide(Side.UKRAINE, uk);
    }

    @Test
    void theAgentAfterAParticipleIsPartOfTheSource() {
        assertClaimant("Officials appointed by Moscow in Melitopol", Side.OCCUPATION,
                unseen("Officials appointed by Moscow in Melitopol said that 1,300 residents had applied for pensions.", "en", 1300));
    }

    @Test
    void aStateBodyOfAThirdCountryIsAThirdParty() {
        assertSide(Side.THIRD_PARTY, unseen("Ireland's foreign ministry said it had sent 40 generators to Kherson.", "en", 40));
        assertSide(Side.THIRD_PARTY, unseen("МИД Ирландии сообщил, что отправил в Херсон 40 генераторов.", "ru", 40));
        Claim home = unseen("The foreign ministry said it had sent 40 generators to Kherson.", "en", 40);
        assertEquals(Side.UKRAINE, home.claimantSide(), "a ministry named without a country is still the outlet's authorities'");
    }

    @Test
    void anotherStatesAdjectiveMakesABodyAThirdParty() {
        assertSide(Side.THIRD_PARTY, unseen("The Irish Refugee Council said it had sent 300 heaters to Kherson.", "en", 300));
    }

    @Test
    void aTitleInQuotesAfterTheVerbIsItsSubject() {
        assertSide(Side.OCCUPATION, unseen("Около 200 учителей приехали из России в Геническ, сообщил оккупационный «министр просвещения».", "ru", 200));
    }

    @Test
    void aMunicipalOkrugIsRussiasLocalGovernment() {
        assertSide(Side.OCCUPATION, unseen("Администрация Васильевского муниципального округа сообщила, что в городе отремонтированы 12 домов.",
                "ru", 12));
    }

    @Test
    void aDiplomaticMissionSpeaksForItsStateNotForItsSeat() {
        assertClaimant("Embassy of Canada in Ukraine", Side.THIRD_PARTY,
                unseen("The Embassy of Canada in Ukraine said it had handed over 35 generators to hospitals.", "en", 35));
        assertSide(Side.UKRAINE, unseen("The Embassy of Ukraine in Norway said it had registered 35 new arrivals.", "en", 35));
        assertSide(Side.OCCUPATION, unseen("The Russian embassy in Ankara said 35 journalists had been invited.", "en", 35));
        assertSide(Side.THIRD_PARTY, unseen("Посольство Франції в Україні повідомило, що передало лікарням 35 генераторів.", "uk", 35));
        Claim ru = unseen("Посольство Швейцарии в Украине сообщило, что Швейцария передала больницам 35 генераторов.", "ru", 35);
        assertEquals(Side.THIRD_PARTY, ru.claimantSide(), "a country inside a body's name is still named with it: " + ru.sideReason());
    }

    @Test
    void tradeUnionsChurchesAndOpenSourceInvestigatorsAreThirdParties() {
        for (String text : List.of("The Ukrainian OSINT group Ridgeline said satellite images showed 12 new barracks.",
                "Херсонська єпархія Православної церкви України заявила, що окупанти закрили 12 парафій.",
                "Профспілка медиків повідомила, що з окупованих районів виїхали 12 лікарів.")) {
            assertSide(Side.THIRD_PARTY, unseen(text, text.charAt(0) < 128 ? "en" : "uk", 12));
        }
    }

    @Test
    void aUkrainianNationalBodyIsUkrainesUnlessAnotherSideIsNamed() {
        assertSide(Side.UKRAINE, unseen("Національна служба здоров'я повідомила, що уклала договори з 35 лікарнями.", "uk", 35));
        assertSide(Side.OCCUPATION, unseen("Російська національна гвардія повідомила, що затримала 35 людей.", "uk", 35));
    }

    @Test
    void aBodyThatPublishesAFigureIsItsSource() {
        Claim uk = unseen("Каховська районна військова адміністрація оприлюднила підсумки тижня: поранені — 12.", "uk", 12);
        assertTrue(uk.claimant().startsWith("Kakhovka"), uk.claimant());
        assertSide(Side.UKRAINE, uk);
        Claim ru = unseen("Территориальная избирательная комиссия Каховского муниципального округа опубликовала итоги: явка — 64%.", "ru", 64);
        assertSide(Side.OCCUPATION, ru);
    }

    @Test
    void aMinistryOfARegionIsRussiasForUkrainesRegionsHaveNone() {
        assertSide(Side.OCCUPATION, unseen("Министерство образования Запорожской области сообщило, что в школы приехали 30 учителей.", "ru", 30));
        assertSide(Side.OCCUPATION, unseen("The health ministry of the Zaporizhzhia region said 30 doctors had arrived.", "en", 30));
        assertSide(Side.UKRAINE, unseen("The health ministry said 30 doctors had arrived in the Zaporizhzhia region.", "en", 30));
    }

    @Test
    void anOfficeHoldersParticipleIsNoClause() {
        Claim c = unseen("The exiled mayor of Oleshky said about 900 residents had stayed in the town.", "en", 900);
        assertEquals("exiled mayor of Oleshky", c.claimant());
    }

    @Test
    void aVillageHeadIsAnOfficialOfTheOutletsAuthorities() {
        Claim c = unseen("«Ми повернули світло в 40 будинків», — розповів староста села Трифонівка.", "uk", 40);
        assertEquals("head of village of Tryfonivka", c.claimant());
        assertSide(Side.UKRAINE, c);
    }
}
