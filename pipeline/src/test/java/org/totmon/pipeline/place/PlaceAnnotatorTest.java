package org.totmon.pipeline.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Report;
import org.totmon.model.TextSpan;
import org.totmon.pipeline.Document;

class PlaceAnnotatorTest {
    private static final PlaceAnnotator ANNOTATOR = new PlaceAnnotator(Gazetteer.standard());

    private static List<Place> places(String language, String text) {
        Document doc = new Document(new Report("t", null, null, null, "2023-09-01", language, text));
        ANNOTATOR.annotate(doc);
        return doc.placeMatches();
    }

    /** canonical name → the mention texts, for compact assertions. */
    private static Map<String, List<String>> found(String language, String text) {
        return places(language, text).stream().collect(Collectors.toMap(Place::name,
                p -> p.mentions().stream().map(Mention::text).toList(), (a, b) -> a, TreeMap::new));
    }

    @Test
    void englishSettlementsRegionsAndVariantSpellings() {
        assertEquals(Map.of("Nova Kakhovka", List.of("Nova Kakhovka"), "Kherson", List.of("Kherson")),
                found("en", "Russian forces shelled Nova Kakhovka and Kherson on Tuesday."));
        assertEquals(Map.of("Berdiansk", List.of("Berdyansk"), "Melitopol", List.of("Melitopol"),
                        "Izium", List.of("Izyum"), "Luhansk", List.of("Lugansk"), "Kyiv", List.of("Kiev")),
                found("en", "Officials from Kiev visited Izyum; occupiers in Melitopol, Berdyansk and Lugansk did not."));
        assertEquals(Map.of("Kharkiv Oblast", List.of("Kharkiv Oblast"), "Kupiansk", List.of("Kupiansk")),
                found("en", "Residents returned to Kupiansk after the liberation of Kharkiv Oblast."));
    }

    @Test
    void regionWordsListsAndCityCuesDecideBetweenCityAndOblast() {
        assertEquals(Map.of("Zaporizhzhia Oblast", List.of("Zaporozhye region"), "Zaporizhzhia", List.of("Zaporizhzhia")),
                found("en", "Shelling hit the Zaporozhye region. In the city of Zaporizhzhia, sirens sounded."));
        Map<String, List<String>> list = found("en", "Moscow staged votes in Donetsk, Luhansk, Kherson and Zaporizhzhia.");
        assertEquals(List.of("Donetsk Oblast", "Kherson Oblast", "Luhansk Oblast", "Moscow", "Zaporizhzhia Oblast"),
                List.copyOf(list.keySet()));
        assertEquals(Map.of("Kherson Oblast", List.of("Kherson"), "Zaporizhzhia Oblast", List.of("Zaporizhzhia")),
                found("en", "Troops were moved to the Zaporizhzhia and Kherson regions."));
        assertEquals(Map.of("Luhansk", List.of("Luhansk", "Luhansk")),
                found("en", "An airfield in the city of Luhansk burned. Luhansk was quiet later."));
        Place oblast = places("en", "Occupation officials in the TOT of Zaporizhzhia reported turnout. "
                + "In Zaporizhzhia, collaborators went door to door.").get(0);
        assertEquals("Zaporizhzhia Oblast", oblast.name());
        assertEquals(PlaceKind.REGION, oblast.kind());
        assertEquals(2, oblast.mentions().size());
    }

    @Test
    void curatedPlacesCountriesAndWater() {
        Map<String, List<String>> f = found("en", "Water from the Kakhovka Reservoir flooded villages along the Dnipro "
                + "after the Kakhovka dam was destroyed; the Zaporizhzhia Nuclear Power Plant near Enerhodar lost "
                + "cooling water. Ships left the Sea of Azov for the Black Sea.");
        assertEquals(List.of("Black Sea", "Dnipro River", "Enerhodar", "Kakhovka Hydroelectric Power Plant", "Kakhovka Reservoir", "Sea of Azov",
                "Zaporizhzhia Nuclear Power Plant"), List.copyOf(f.keySet()));
        assertEquals(Map.of("Crimea", List.of("Crimea"), "Rostov-on-Don", List.of("Rostov-on-Don"), "Russia", List.of("Russia"),
                        "Southern Ukraine", List.of("southern Ukraine")),
                found("en", "Children from southern Ukraine were taken to Crimea and to Rostov-on-Don, Russia."));
        assertEquals(Map.of("Saint Petersburg", List.of("St. Petersburg"), "Novgorod Oblast", List.of("Novgorod region"),
                        "Russia", List.of("russia", "Russian Federation")),
                found("en", "A forum in St. Petersburg was held by russia; the Novgorod region of the Russian Federation signed."));
        Place dpr = places("en", "The so-called Donetsk People's Republic issued passports.").get(0);
        assertEquals("Donetsk People's Republic", dpr.name());
        assertEquals(PlaceKind.REGION, dpr.kind());
    }

    @Test
    void demonymsPeopleMediaAndCommonWordsAreNotPlaces() {
        assertEquals(Map.of(), found("en", "Russian troops and Ukrainian forces exchanged fire. Mir Publishing "
                + "praised Victory Day and Lenin. Vladimir Putin met Oleksii Danilov and Maria Lvova-Belova."));
        assertEquals(Map.of(), found("en", "The Kyiv Post and The Moscow Times quoted US officials and the U.S. State Department."));
        assertEquals(Map.of("United States", List.of("US")), found("en", "Sanctions were imposed by the US and its allies."));
        assertEquals(Map.of(), found("en", "The Armed Forces of Ukraine said so."));
        assertEquals(Map.of(), found("uk", "Головне управління розвідки повідомило про це. Українська армія наступає."));
    }

    @Test
    void ukrainianCaseFormsAndApostrophes() {
        assertEquals(Map.of("Crimea", List.of("Криму"), "Kherson Oblast", List.of("Херсонщини")),
                found("uk", "Окупанти вивезли дітей з Херсонщини до Криму."));
        assertEquals(Map.of("Berdiansk", List.of("Бердянську"), "Melitopol", List.of("Мелітополі"), "Nova Kakhovka", List.of("Новій Каховці")),
                found("uk", "У Мелітополі, Бердянську та Новій Каховці пролунали вибухи."));
        assertEquals(Map.of("Kherson Oblast", List.of("Херсонської"), "Zaporizhzhia Oblast", List.of("Запорізької областей")),
                found("uk", "Жителі Херсонської та Запорізької областей."));
        for (String apostrophe : List.of("ʼ", "'", "’")) {
            assertEquals(Map.of("Kupiansk", List.of("Куп" + apostrophe + "янська")), found("uk", "Мер Куп" + apostrophe + "янська втік."));
        }
        assertEquals(Map.of("Izium", List.of("Ізюм"), "Ukraine", List.of("України"), "Russia", List.of("росії")),
                found("uk", "Сили оборони України звільнили Ізюм від росії."));
        assertEquals(Map.of("Kyiv", List.of("Києва")), found("uk", "Делегація з Києва."));
    }

    @Test
    void pluralTownsInTheGenitive() {
        assertEquals(Map.of("Oleshky", List.of("Олешок")), found("uk", "Дітей вивезли з Олешок."));
        assertEquals(Map.of("Oleshky", List.of("Олешек")), found("ru", "Детей вывезли из Олешек."));
        assertEquals(Map.of("Pryluky", List.of("Прилук")), found("uk", "Делегація з Прилук."));
    }

    @Test
    void shortNamesOfLargeTownsAndHyphenatedNamesInflect() {
        assertEquals(Map.of("Yalta", List.of("Ялті"), "Bucha", List.of("Бучі")), found("uk", "Обшуки пройшли в Ялті, а мітинг у Бучі."));
        assertEquals(Map.of("Kamianka-Dniprovska", List.of("Кам'янки-Дніпровської")), found("uk", "Мешканці Кам'янки-Дніпровської без світла."));
        assertEquals(Map.of("Kamianka-Dniprovska", List.of("Каменке-Днепровской")), found("ru", "В Каменке-Днепровской взрыв."));
    }

    @Test
    void shortNamesOfForeignCitiesInflectThroughTheDictionary() {
        assertEquals(Map.of("Doha", List.of("Дохе"), "Rome", List.of("Риме")), found("ru", "Переговоры прошли в Дохе, а совещание в Риме."));
        assertEquals(Map.of("Vienna", List.of("Відні"), "Doha", List.of("Досі")), found("uk", "Делегації зустрілися у Відні, потім у Досі."));
        // At a sentence's start the adverb "досі" (still) is capitalised too; an adjective's form is no town's.
        assertEquals(Map.of(), found("uk", "Досі невідомо, скільки людей вивезли."));
        assertEquals(Map.of(), found("ru", "Договоры подписали в Георгиевском зале."));
    }

    @Test
    void russianCaseFormsAndRussianPlaces() {
        assertEquals(Map.of("Melitopol", List.of("Мелитополе"), "Zaporizhzhia Oblast", List.of("Запорожской области")),
                found("ru", "В Запорожской области, в Мелитополе, прошли выборы."));
        assertEquals(Map.of("Berdiansk", List.of("Бердянске"), "Donetsk", List.of("Донецком"), "Kherson", List.of("Херсона")),
                found("ru", "Жители Херсона, взрывы в Бердянске и под Донецком."));
        assertEquals(Map.of("Belgorod Oblast", List.of("Белгородской области"), "Stary Oskol", List.of("Старом Осколе"),
                        "Russia", List.of("Россией")),
                found("ru", "В Старом Осколе Белгородской области, подконтрольной Россией."));
        assertEquals(Map.of("Zaporizhzhia", List.of("Запорожье")), found("ru", "Город Запорожье остаётся под контролем Украины.")
                .entrySet().stream().filter(e -> !e.getKey().equals("Ukraine")).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void surnamesCommonWordsAndFarTownsNeedAPlacePosition() {
        assertEquals(Map.of("Kherson", List.of("Херсоні")),
                found("uk", "У Херсоні актори читали Толстого і Чайковського, а маршала Жукова не згадували."));
        assertEquals(Map.of("Chaykovsky", List.of("Чайковском")), found("ru", "Суд в Чайковском вынес приговор."));
        assertEquals(Map.of(), found("ru", "Чудово! Дивное было утро, сказал Артем Лисицын."));
        assertEquals(Map.of("Oryol", List.of("Орел"), "Kursk", List.of("Курск")), found("ru", "Орел и Курск атаковали дроны."));
        assertEquals(Map.of(), found("ru", "В Георгиевском зале собрались депутаты."));
        assertEquals(Map.of("Kurakhove", List.of("Курахового")), found("uk", "Оборона Курахового триває."));
    }

    @Test
    void regionIdiomsAbbreviationsAndRivers() {
        assertEquals(Map.of("Zaporizhzhia", List.of("Запоріжжя"), "Zaporizhzhia Oblast", List.of("Запоріжжі")),
                found("uk", "Запоріжжя знову без світла. На Запоріжжі пошкоджено 30 будинків."));
        assertEquals(Map.of("Kherson Oblast", List.of("Херсонської"), "Luhansk Oblast", List.of("Луганської")),
                found("uk", "Голова Херсонської ОВА зустрівся з колегою з Луганської обл."));
        assertEquals(Map.of("Donetsk People's Republic", List.of("Донецкой"), "Luhansk People's Republic", List.of("Луганской")),
                found("ru", "Главы Донецкой и Луганской народных республик приехали."));
        assertEquals(Map.of("Dnipro", List.of("Дніпра"), "Dnipro River", List.of("Дніпра")),
                found("uk", "Потяг з Дніпра запізнився. Човни на правому березі Дніпра."));
        assertEquals(Map.of("Chasiv Yar", List.of("Часового Яру")), found("uk", "Бійці утримують позиції біля Часового Яру."));
    }

    @Test
    void datelinesAndFacilitiesNamedAfterPlaces() {
        assertEquals(Map.of("Ann Arbor", List.of("ANN ARBOR"), "Michigan", List.of("Mich")),
                found("en", "ANN ARBOR, Mich. — Mass protests followed."));
        assertEquals(Map.of("Hola Prystan hromada", List.of("Hola Prystan hromada"), "Saky Air Base", List.of("Saky airfield")),
                found("en", "Residents of the Hola Prystan hromada saw smoke over Saky airfield."));
        assertEquals(Map.of("Bryansk", List.of("Брянськ")), found("uk", "Дрони атакували Брянськ."));
    }

    @Test
    void placesCarryPointsIdsAndOffsets() {
        String text = "Blasts in Melitopol. Later, Melitopol again.";
        List<Place> ps = places(null, text);
        assertEquals(1, ps.size());
        Place p = ps.get(0);
        assertEquals(701404L, p.geonamesId()); // GeoNames' Melitopol
        assertEquals(PlaceKind.SETTLEMENT, p.kind());
        assertEquals(46.85, p.lat(), 0.05);
        assertEquals(35.37, p.lon(), 0.05);
        for (Mention m : p.mentions()) assertEquals("Melitopol", text.substring(m.start(), m.end()));
        assertEquals(List.of(10, 28), p.mentions().stream().map(Mention::start).toList());
    }

    @Test
    void boilerplateIsSkipped() {
        String text = "Melitopol news.\nRead more about Kherson on our site.";
        Document doc = new Document(new Report("t", null, null, null, null, "en", text));
        doc.boilerplate().add(new TextSpan(text.indexOf('\n') + 1, text.length()));
        ANNOTATOR.annotate(doc);
        assertEquals(List.of("Melitopol"), doc.placeMatches().stream().map(Place::name).toList());
        assertTrue(doc.placeMatches().get(0).mentions().get(0).end() <= text.indexOf('\n'));
    }
}
