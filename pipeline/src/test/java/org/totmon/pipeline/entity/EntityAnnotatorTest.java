package org.totmon.pipeline.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.totmon.model.Entity;
import org.totmon.model.Mention;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.TestDocs;
import org.totmon.pipeline.clean.CreditAnnotator;
import org.totmon.pipeline.place.PlacesOutsideNames;
import org.totmon.pipeline.text.SentenceTokenAnnotator;

class EntityAnnotatorTest {
    private static final String REGISTRY = String.join("\n",
            "# canonical\ttype\tside\tcategory\taliases",
            "Yevhen Balytskyi\tPERSON\toccupation\tofficial\tBalytsky|Balitsky|Yevgeny Balitsky|Балицький|Балицкий",
            "Security Service of Ukraine\tORGANIZATION\tukraine\tintelligence\tSBU|СБУ",
            "The Economist\tORGANIZATION\tthird_party\tmedia\tEconomist",
            "Kremlin\tORGANIZATION\toccupation\tstate\tКремль",
            "Joe Biden\tPERSON\tthird_party\tofficial\tBiden",
            "Maria Zakharova\tPERSON\toccupation\tofficial\tMariya Zakharova|Zakharova|Мария Захарова|Захарова",
            "Sergei Shoigu\tPERSON\toccupation\tofficial\tSergey Shoigu|Shoigu|Сергей Шойгу|Шойгу",
            "United Nations\tORGANIZATION\tthird_party\tinternational\tUN",
            "Armed Forces of Ukraine\tORGANIZATION\tukraine\tmilitary\tAFU",
            "Special Operations Forces of Ukraine\tORGANIZATION\tukraine\tmilitary\tSSO",
            "New People\tORGANIZATION\toccupation\tparty\tНовые люди",
            "United Russia\tORGANIZATION\toccupation\tparty\tЕдиная Россия",
            "Memorial\tORGANIZATION\tthird_party\tngo\t",
            "Hromadske\tORGANIZATION\tthird_party\tmedia\tГромадське",
            "Daria Zarivna\tPERSON\tukraine\tofficial\tDarya Zarivna|Zarivna|Дарія Зарівна|Зарівна",
            "Maria Lvova-Belova\tPERSON\toccupation\tofficial\tLvova-Belova|Марія Львова-Бєлова|Мария Львова-Белова");

    private static EntityAnnotator annotator() throws IOException {
        ActorRegistry registry = ActorRegistry.parse(new ByteArrayInputStream(REGISTRY.getBytes(StandardCharsets.UTF_8)), "test");
        return new EntityAnnotator(registry, GivenNames.bundled());
    }

    /** Canonical name → the mention texts. */
    private static Map<String, List<String>> entities(String text, String lang) throws IOException {
        return entities(TestDocs.doc(text, lang, "2024-03-01"));
    }

    private static Map<String, List<String>> entities(Document d) throws IOException {
        String text = d.text();
        if (d.tokens().isEmpty()) new SentenceTokenAnnotator().annotate(d);
        new CreditAnnotator(GivenNames.bundled()).annotate(d);
        annotator().annotate(d);
        Map<String, List<String>> out = new TreeMap<>();
        for (Entity e : d.entities()) {
            out.put(e.type().name().charAt(0) + ":" + e.name(), e.mentions().stream().map(Mention::text).toList());
            for (Mention m : e.mentions()) assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        return out;
    }

    @Test
    void spellingsOfOneActorAreOneEntity() throws IOException {
        Map<String, List<String>> e = entities("Collaborator Balytskyi met officials. Later Balitsky said the Kremlin agreed; "
                + "kremlin aides deny it. Yevgeny Balitsky left.", "en");
        assertEquals(List.of("Balytskyi", "Balitsky", "Yevgeny Balitsky"), e.get("P:Yevhen Balytskyi"));
        assertEquals(List.of("Kremlin", "kremlin"), e.get("O:Kremlin"));
        assertEquals(2, e.size(), e.toString());
    }

    @Test
    void aRegisteredSurnameAfterAnotherGivenNameIsAnotherPerson() throws IOException {
        Map<String, List<String>> uk = entities("Голова виборчої комісії Марина Захарова заявила про явку.", "uk");
        assertEquals(List.of("Марина Захарова"), uk.get("P:Maryna Zakharova"), uk.toString());
        assertFalse(uk.containsKey("P:Maria Zakharova"), uk.toString());
        assertEquals(1, uk.size(), "the chair of a commission names no organisation: " + uk);
        Map<String, List<String>> ru = entities("Официальный представитель МИД Захарова заявила об этом.", "ru");
        assertEquals(List.of("Захарова"), ru.get("P:Maria Zakharova"), "after a title the surname is hers: " + ru);
        Map<String, List<String>> en = entities("Defence minister Sergiy Shoigu visited the port.", "en");
        assertTrue(en.containsKey("P:Sergei Shoigu"), "a spelling of his own given name: " + en);
    }

    @Test
    void creditsAndLinksToOtherArticlesNameNobodyInTheReport() throws IOException {
        Map<String, List<String>> e = entities("By Daria Voronova and Peter Hallworth\n\n20.06.2024 | Maryna Hordiienko\n\n"
                + "Oksana Piddubna, a lawyer, said the men were held. A guard stands by. REUTERS/Oleksandr Kozak/File Photo\n\n"
                + "Read also:\nTaras Melnyk, the mayor, on the blackout\n\n"
                + "This publication was prepared with the financial support of the European Union.\n\n"
                + "(Reporting by Tom Ashdown; Editing by Angus Fairley)", "en");
        assertEquals(List.of("Oksana Piddubna"), e.get("P:Oksana Piddubna"));
        assertEquals(1, e.size(), e.toString());
        Map<String, List<String>> uk = entities("Автор: Андрій Коваль\n\nОльга Ткаченко\n\nЗаяву оприлюднила Олена Жук.", "uk");
        assertEquals(List.of("P:Olena Zhuk"), List.copyOf(uk.keySet()));
    }

    @Test
    void descriptiveCyrillicNamesAreTranslatedWhenEveryWordIsKnown() throws IOException {
        Map<String, List<String>> e = entities("Рішення ухвалила Запорізька обласна рада. Справу веде Херсонська обласна прокуратура. "
                + "Лист надіслало Міністерство освіти і науки України. Мелітопольський міськрайонний суд тимчасово не працює. "
                + "Допомагає Кримська правозахисна група.", "uk");
        assertTrue(e.containsKey("O:Zaporizhzhia Oblast Council"), e.toString());
        assertTrue(e.containsKey("O:Kherson Oblast Prosecutor's Office"), e.toString());
        assertTrue(e.containsKey("O:Ministry of Education and Science of Ukraine"), e.toString());
        assertEquals(List.of("Мелітопольський міськрайонний суд"), e.get("O:Melitopol City District Court"));
        assertTrue(e.containsKey("O:Krymska pravozakhysna hrupa"), e.toString()); // a word the table lacks: romanized
        Map<String, List<String>> ru = entities("Об этом сообщило Министерство здравоохранения Херсонской области. "
                + "Депутатов избрали в Законодательное собрание Запорожской области.", "ru");
        assertTrue(ru.containsKey("O:Ministry of Health of Kherson Oblast"), ru.toString());
        assertTrue(ru.containsKey("O:Legislative Assembly of Zaporizhzhia Oblast"), ru.toString());
    }

    @Test
    void unknownPeopleAndOrganisationsByCues() throws IOException {
        Map<String, List<String>> e = entities("Ivan Fedorov, the mayor, spoke to the Humanitarian Research Lab. "
                + "Researchers at the Lab agreed. Later Fedorov left for the city.", "en");
        assertEquals(List.of("Ivan Fedorov", "Fedorov"), e.get("P:Ivan Fedorov"));
        assertEquals(List.of("Humanitarian Research Lab", "Lab"), e.get("O:Humanitarian Research Lab"));
    }

    @Test
    void countryBeforeAnOrganisationResolvesToTheRegistryName() throws IOException {
        Map<String, List<String>> e = entities("Ukraine's Security Service said the SBU had found them. The Economist agreed.", "en");
        assertEquals(List.of("Ukraine's Security Service", "SBU"), e.get("O:Security Service of Ukraine"));
        assertTrue(e.containsKey("O:The Economist"), e.toString());
    }

    @Test
    void anAcronymDefinedInParenthesesJoinsItsOrganisation() throws IOException {
        Map<String, List<String>> e = entities("The Regional Monitoring Agency (RMA) published a list. Officials said RMA staff left.", "en");
        assertEquals(List.of("Regional Monitoring Agency", "RMA", "RMA"), e.get("O:Regional Monitoring Agency"));
    }

    @Test
    void namesAfterAKindOfOrganisation() throws IOException {
        Map<String, List<String>> e = entities("Депутат від партії «Народна воля» виступив на телеканалі Світанок. "
                + "Рух \"Зелений край\" мовчить.", "uk");
        assertTrue(e.containsKey("O:Narodna volia"), e.toString());
        assertTrue(e.containsKey("O:Svitanok"), e.toString());
        assertTrue(e.containsKey("O:Zelenyi krai"), e.toString());
    }

    @Test
    void bordersBetweenNamesDecideWhatIsNamed() throws IOException {
        Map<String, List<String>> e = entities("The Biden administration cited the UN Charter. The Signals Center of the "
                + "Armed Forces of Ukraine reported it. The Special Operations Forces (SSO) agreed.", "en");
        assertEquals(List.of("Biden administration"), e.get("O:Biden administration"));
        assertEquals(List.of("Signals Center of the Armed Forces of Ukraine"), e.get("O:Signals Center of the Armed Forces of Ukraine"));
        assertEquals(List.of("Special Operations Forces", "SSO"), e.get("O:Special Operations Forces of Ukraine"));
        assertEquals(3, e.size(), e.toString());
    }

    @Test
    void initialsStartANameAndHeadingsAreNotNames() throws IOException {
        Map<String, List<String>> e = entities("FIRST DIVISION RESULTS\nThe poet T. Shevchenko wrote here, said J. K. Rowland.", "en");
        assertTrue(e.containsKey("P:T. Shevchenko"), e.toString());
        assertTrue(e.containsKey("P:J. K. Rowland"), e.toString());
        assertEquals(2, e.size(), e.toString());
    }

    @Test
    void oneCyrillicWordFromTheRegistryMustBeCapitalised() throws IOException {
        Map<String, List<String>> e = entities("Малюк плакав, а балицький підхід не спрацював. Балицький мовчав.", "uk");
        assertEquals(Map.of("P:Yevhen Balytskyi", List.of("Балицький")), e);
    }

    @Test
    void cyrillicOrganisationsCapitaliseOnlyTheirFirstWord() throws IOException {
        Map<String, List<String>> uk = entities("Міністерство охорони здоров'я України повідомило, що Верховна Рада ухвалила закон. "
                + "Державна служба України з надзвичайних ситуацій мовчить, як і Харківська адміністрація.", "uk");
        assertTrue(uk.containsKey("O:Ministry of Health of Ukraine"), uk.toString());
        assertTrue(uk.containsKey("O:Verkhovna Rada"), uk.toString());
        assertTrue(uk.containsKey("O:State Service of Ukraine"), uk.toString());
        assertEquals(3, uk.size(), uk.toString());
        Map<String, List<String>> ru = entities("Министерство обороны РФ заявило об ударе.", "ru");
        assertEquals(Map.of("O:Ministry of Defence of Russia", List.of("Министерство обороны РФ")), ru);
    }

    @Test
    void aTrainedModelsNamesFillWhatTheRulesMissInRussian() throws IOException {
        String text = "Вчера Дэйв Гаан и Кевин Радд встретились в Мелитополе. Гаан ничего не сказал.";
        Map<String, List<String>> rulesOnly = entities(TestDocs.doc(text, "ru", "2024-01-10"));
        assertTrue(rulesOnly.isEmpty(), "no given name or cue the rules know: " + rulesOnly);

        Document withModel = TestDocs.doc(text, "ru", "2024-01-10");
        new SentenceTokenAnnotator().annotate(withModel);
        new org.totmon.pipeline.ner.NameModelAnnotator(org.totmon.pipeline.ner.NameModel.bundledRussian()).annotate(withModel);
        Map<String, List<String>> e = entities(withModel);
        assertEquals(List.of("Дэйв Гаан", "Гаан"), e.get("P:Deiv Haan"), e.toString());
        assertEquals(List.of("Кевин Радд"), e.get("P:Kevyn Radd"), e.toString());
    }

    /** The entities of a text after the Russian name model has proposed its names too, as the standard pipeline runs it. */
    private static Map<String, List<String>> entitiesWithModel(String text, String lang) throws IOException {
        Document d = TestDocs.doc(text, lang, "2024-01-10");
        new SentenceTokenAnnotator().annotate(d);
        if (lang.equals("ru")) new org.totmon.pipeline.ner.NameModelAnnotator(org.totmon.pipeline.ner.NameModel.bundledRussian()).annotate(d);
        return entities(d);
    }

    @Test
    void aSurnameAloneBeforeTheFullNameIsThatPerson() throws IOException {
        Map<String, List<String>> en = entitiesWithModel("Lysak: more strikes expected\n\nThe head of the regional military "
                + "administration Serhii Lysak said that Nikopol was shelled overnight. Lysak added that two people were hurt.", "en");
        assertEquals(List.of("Lysak", "Serhii Lysak", "Lysak"), en.get("P:Serhii Lysak"), en.toString());
        Map<String, List<String>> uk = entitiesWithModel("Лисаку доповіли про обстріл\n\nНачальник обласної військової адміністрації "
                + "Сергій Лисак повідомив, що Нікополь обстріляли вночі. За словами Лисака, двоє людей поранені.", "uk");
        assertEquals(List.of("Лисаку", "Сергій Лисак", "Лисака"), uk.get("P:Serhii Lysak"), uk.toString());
        Map<String, List<String>> ru = entitiesWithModel("Детский омбудсмен Гончарова\u2011Лихая сообщила о возвращении детей\n\n"
                + "Уполномоченная по правам ребенка Анна Гончарова-Лихая сообщила, что детей вернули.", "ru");
        assertEquals(List.of("Гончарова\u2011Лихая", "Анна Гончарова-Лихая"), ru.get("P:Anna Honcharova-Lykhaia"),
                "a non-breaking hyphen in the headline, a plain one in the canonical name: " + ru);
        assertEquals(1, ru.size(), "the headline's surname is no organisation: " + ru);
    }

    @Test
    void twoPeopleOfOneSurnameWithDifferentGivenNamesAreTwo() throws IOException {
        Map<String, List<String>> uk = entities("Мер міста Олена Гнатюк зустрілася з братом Тарасом Гнатюком. Тарас Гнатюк очолює "
                + "обласну раду. Гнатюк додав, що рада збереться в понеділок.", "uk");
        assertEquals(List.of("Олена Гнатюк"), uk.get("P:Olena Hnatiuk"), uk.toString());
        assertEquals(List.of("Тарасом Гнатюком", "Тарас Гнатюк", "Гнатюк"), uk.get("P:Taras Hnatiuk"),
                "the surname alone is the one named last before it: " + uk);
        Map<String, List<String>> ru = entities("Глава района Ольга Гнатюк встретилась с Тарасом Гнатюком. Тарас Гнатюк возглавляет совет.", "ru");
        assertEquals(List.of("Ольга Гнатюк"), ru.get("P:Olha Hnatiuk"), ru.toString());
        assertEquals(2, ru.size(), ru.toString());
        Map<String, List<String>> en = entities("Mayor Olena Hnatiuk met her brother Taras Hnatiuk, who chairs the council. Sergey Hnatiuk "
                + "joined them. Serhii Hnatiuk said the council would meet on Monday.", "en");
        assertEquals(List.of("Olena Hnatiuk"), en.get("P:Olena Hnatiuk"), en.toString());
        assertEquals(List.of("Taras Hnatiuk"), en.get("P:Taras Hnatiuk"), en.toString());
        assertEquals(3, en.size(), "one given name in two spellings is one person: " + en);
        Map<String, List<String>> title = entities("Мер Мелітополя Гнатюка затримали. Олена Гнатюк вийшла на волю.", "uk");
        assertEquals(1, title.size(), "a place before the surname is no given name: " + title);
    }

    @Test
    void aSurnameAloneJoinsNoOneWhoseFullNameLacksIt() throws IOException {
        Map<String, List<String>> ru = entitiesWithModel("Детский омбудсмен Гончарова\u2011Лихая сообщила о возвращении детей\n\n"
                + "Уполномоченная по правам ребенка Анна Петрова сообщила, что детей вернули.", "ru");
        assertEquals(List.of("Анна Петрова"), ru.get("P:Anna Petrova"), ru.toString());
    }

    @Test
    void nationalitiesAndSentenceStartsAreNotNames() throws IOException {
        Map<String, List<String>> e = entities("Russian troops entered. Eight Russian soldiers died. However, residents stayed.", "en");
        assertEquals(Map.of(), e);
    }

    @Test
    void aPersonsNameInAnotherScriptLanguageOrSpellingIsTheRegisteredPerson() throws IOException {
        assertEquals(List.of("Darya Zarivnaya"), entities("Darya Zarivnaya, an adviser to the president, said so on Monday.", "en")
                .get("P:Daria Zarivna"), "her name in the Russian form, romanized");
        assertEquals(List.of("Дарья Заривная"), entities("Об этом сообщила Дарья Заривная, советник президента.", "ru").get("P:Daria Zarivna"));
        assertEquals(List.of("Марії Львової-Бєлової"), entities("Суд видав ордер на арешт Марії Львової-Бєлової.", "uk")
                .get("P:Maria Lvova-Belova"), "each part of a double surname inflected");
        assertEquals(List.of("Євгена Баліцького"), entities("Зустріч відбулася за участі Євгена Баліцького.", "uk")
                .get("P:Yevhen Balytskyi"), "і written for и");
    }

    @Test
    void aKindOfOrganisationEndingALineNamesNothingOnTheNext() throws IOException {
        assertEquals(Map.of(), entities("Source: a Russian news outlet\n\nDetails: the commission declared the results.", "en"));
        assertEquals(List.of("Izvestia"), entities("It was reported by the newspaper Izvestia on Monday.", "en").get("O:Izvestia"));
    }

    @Test
    void inflectedCyrillicNamesMatchAndRomanize() throws IOException {
        Map<String, List<String>> e = entities("Гауляйтер Балицького призначив Івана Петренка. Іван Петренко погодився.", "uk");
        assertEquals(List.of("Балицького"), e.get("P:Yevhen Balytskyi"));
        assertEquals(List.of("Івана Петренка", "Іван Петренко"), e.get("P:Ivan Petrenko"));
    }

    @Test
    void aSurnameOnlyEverInflectedIsNamedInItsNominative() throws IOException {
        Map<String, List<String>> e = entities("Військові затримали директора Ігоря Мурашова. Згодом звільнили Олега Ковальського.", "uk");
        assertTrue(e.containsKey("P:Ihor Murashov"), e.toString());
        assertTrue(e.containsKey("P:Oleh Kovalskyi"), e.toString());
    }

    @Test
    void registryNamesOfCommonWordsNeedACapitalAndTheRightGender() throws IOException {
        Map<String, List<String>> e = entities("Партия «Новые люди» победила. Голосуйте за новых людей и за единую россию. "
                + "Громадська організація мовчить, Громадське пише.", "ru");
        assertEquals(List.of("Новые люди"), e.get("O:New People"));
        assertEquals(List.of("единую россию"), e.get("O:United Russia"));
        assertEquals(List.of("Громадське"), e.get("O:Hromadske"));
        Map<String, List<String>> en = entities("They laid flowers at the memorial. Memorial said the list was long.", "en");
        assertEquals(Map.of("O:Memorial", List.of("Memorial")), en);
    }

    @Test
    void aSurnameThatIsAlsoAPlaceIsNoPlaceBesideTheFullName() throws IOException {
        String text = "Звучали произведения П.И. Чайковского. Позже Чайковский стал классиком.";
        Document d = TestDocs.doc(text, "ru", "2024-03-01");
        new SentenceTokenAnnotator().annotate(d);
        List<Mention> inTown = new java.util.ArrayList<>();
        for (int at = text.indexOf("Чайковск"); at >= 0; at = text.indexOf("Чайковск", at + 1)) {
            int end = at;
            while (Character.isLetter(text.charAt(end))) end++;
            inTown.add(new Mention(text.substring(at, end), at, end));
        }
        d.placeMatches().add(new org.totmon.model.Place("Chaykovsky", org.totmon.model.PlaceKind.SETTLEMENT, 56.77, 54.15, null, inTown));
        Map<String, List<String>> e = entities(d);
        assertEquals(List.of("П.И. Чайковского", "Чайковский"), e.values().iterator().next(), e.toString());
        new PlacesOutsideNames().annotate(d);
        assertTrue(d.places().isEmpty(), d.places().toString());
    }

    @Test
    void unknownPeopleByTheWordsAroundThem() throws IOException {
        Map<String, List<String>> e = entities("\"No water,\" Yarema Moroz, the head of the community, told reporters. Moroz said "
                + "the shelling went on. Salomon Brothers said prices fell; Salomon Brothers declined to comment.", "en");
        assertEquals(List.of("Yarema Moroz", "Moroz"), e.get("P:Yarema Moroz"));
        assertTrue(e.keySet().stream().noneMatch(k -> k.startsWith("P:Salomon")), e.toString());
    }

    @Test
    void unknownCyrillicNamesByAgreementOfGivenNameAndSurname() throws IOException {
        Map<String, List<String>> e = entities("Ерлан Касымов приехал в город. Убийство Листьева потрясло всех. "
                + "Государственный Кремлёвский дворец закрыт. Встретили Ерлана Касымова.", "ru");
        assertEquals(Map.of("P:Erlan Kasymov", List.of("Ерлан Касымов", "Ерлана Касымова")), e);
    }

    @Test
    void unknownEnglishOrganisationsByTheirForm() throws IOException {
        Map<String, List<String>> e = entities("The World Bank and the European Investment Bank paid, the Azov Sea Teachers' Union said. "
                + "Ukrenergo, the national grid operator, agreed, as did the Independent Trade Union of Miners, the human rights "
                + "project Crimean Solidarity and the Russian Navy. The Ministry of Education and Science declined to comment.", "en");
        for (String name : List.of("World Bank", "European Investment Bank", "Azov Sea Teachers' Union", "Ukrenergo",
                "Independent Trade Union of Miners", "Crimean Solidarity", "Russian Navy", "Ministry of Education and Science")) {
            assertEquals(List.of(name), e.get("O:" + name), e.toString());
        }
        assertEquals(8, e.size(), e.toString());
    }

    @Test
    void genericPhrasesAndPossessionAreNoNewOrganisations() throws IOException {
        Map<String, List<String>> e = entities("The Russian army and the occupation authorities ordered checks. The Ministry said "
                + "so. Moroz, the head of the group, agreed. The Special Operations Forces' Command reported it.", "en");
        assertEquals(Map.of("O:Special Operations Forces", List.of("Special Operations Forces")), e);
    }

    @Test
    void inflectedCyrillicOrganisationsAreOneEntityNamedInTheNominative() throws IOException {
        Map<String, List<String>> uk = entities("Національне агентство з питань запобігання корупції внесло їх до переліку. "
                + "У Національному агентстві з питань запобігання корупції додали, що Міністерство освіти і науки мовчить, "
                + "а Державної екологічної інспекції не видно. Активісти «Молодої гвардії» пішли.", "uk");
        assertEquals(List.of("Національне агентство з питань запобігання корупції", "Національному агентстві з питань запобігання корупції"),
                uk.get("O:Natsionalne ahentstvo z pytan zapobihannia koruptsii"), uk.toString());
        assertTrue(uk.containsKey("O:Ministry of Education and Science"), uk.toString());
        assertTrue(uk.containsKey("O:Derzhavna ekolohichna inspektsiia"), uk.toString());
        assertTrue(uk.containsKey("O:Moloda hvardiia"), uk.toString());
        Map<String, List<String>> ru = entities("Представитель Общероссийского народного фронта приехал. Активисты «Молодой гвардии» "
                + "тоже. Вооруженные силы Российской Федерации и Вооруженных сил РФ — одно.", "ru");
        assertTrue(ru.containsKey("O:Obshcherossiyskiy narodnyy front"), ru.toString());
        assertTrue(ru.containsKey("O:Molodaya gvardiya"), ru.toString());
        assertEquals(1, ru.keySet().stream().filter(k -> k.startsWith("O:Vooruzhenn")).count(), ru.toString());
    }

    @Test
    void russianPluralAdjectivesShareTheirKey() {
        assertEquals(NameKeys.word("Вооруженные"), NameKeys.word("Вооруженных"));
        assertEquals(NameKeys.word("Вооруженные"), NameKeys.word("Вооружёнными"));
        assertEquals(NameKeys.word("Збройні"), NameKeys.word("Збройних"));
    }

    @Test
    void russianIsRomanizedByBgnPcgn() {
        assertEquals("Obshcherossiyskiy narodnyy front", Romanizer.romanizeRussian("Общероссийский народный фронт"));
        assertEquals("Yeniseyskaya Molodyozh RF", Romanizer.romanizeRussian("Енисейская Молодёжь РФ"));
    }

    @Test
    void organisationsByKindWordsOrdinalsAndUnitWords() throws IOException {
        Map<String, List<String>> e = entities("Fighters of the Steppe Battalion met a group calling itself Free Berdiansk and "
                + "the youth movement Vector of the South. The 248th Separate Infantry Brigade said so.", "en");
        assertEquals(Map.of("O:Steppe Battalion", List.of("Steppe Battalion"), "O:Free Berdiansk", List.of("Free Berdiansk"),
                "O:Vector of the South", List.of("Vector of the South"),
                "O:248th Separate Infantry Brigade", List.of("248th Separate Infantry Brigade")), e);
        Map<String, List<String>> uk = entities("Бійці 219-ї окремої механізованої бригади говорили з Південною правозахисною мережею.", "uk");
        assertEquals(List.of("219-ї окремої механізованої бригади"), uk.get("O:219th Separate Mechanized Brigade"), uk.toString());
        assertTrue(uk.containsKey("O:Pivdenna pravozakhysna merezha"), uk.toString());
    }
}
