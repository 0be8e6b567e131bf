package org.totmon.pipeline.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.totmon.model.Event;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.Report;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;

/** A town named by the adjective of its municipality, through the whole pipeline (the places layer comes after entities). */
class MunicipalTownsTest {
    private static Document annotate(String language, String text) {
        return Pipeline.standard().annotate(new Report("t", null, null, null, "2024-05-01", language, text));
    }

    /** canonical name → the mention texts. */
    private static Map<String, List<String>> places(Document doc) {
        return doc.places().stream().collect(Collectors.toMap(Place::name,
                p -> p.mentions().stream().map(Mention::text).toList(), (a, b) -> a, TreeMap::new));
    }

    @Test
    void gazetteerDerivesAdjectivesOfRaionSeatsAndOfOtherTowns() {
        Gazetteer g = Gazetteer.standard();
        // A raion's seat, from its own name: "Генічеський район" / "Генический район".
        assertEquals("Henichesk", g.townsOfAdjective("генічеськ").get(0).name());
        assertEquals("Henichesk", g.townsOfAdjective("геническ").get(0).name());
        // A town that seats no raion, by an ending the raions show ("ськ" kept).
        assertEquals("Vilniansk", g.townsOfAdjective("вільнянськ").get(0).name());
        // A two-word name, by the linking letter of the raions' two-word seats.
        assertEquals("Nova Kakhovka", g.townsOfAdjective("новокаховськ").get(0).name());
    }

    @Test
    void anAdjectiveBeforeAMunicipalNounIsItsTown() {
        assertEquals(Map.of("Vilniansk", List.of("Вільнянської громади")),
                places(annotate("uk", "Голова Вільнянської громади оголосив евакуацію родин із двох сіл.")));
        assertEquals(Map.of("Henichesk", List.of("Генического муниципального округа")),
                places(annotate("ru", "Жители Генического муниципального округа получили гуманитарную помощь.")));
        assertEquals(Map.of("Nova Kakhovka", List.of("Новокаховської міської територіальної громади")),
                places(annotate("uk", "Села Новокаховської міської територіальної громади залишилися без світла.")));
    }

    @Test
    void noMunicipalNounNoTown() {
        // A regional council, a military district, a town adjective before a common noun: none names the town.
        assertTrue(places(annotate("uk", "Засідання Херсонської обласної ради перенесли на вересень.")).keySet().stream()
                .noneMatch("Kherson"::equals));
        assertTrue(places(annotate("ru", "Штаб Южного военного округа сообщил об учениях.")).isEmpty());
        assertTrue(places(annotate("uk", "Херсонські волонтери привезли воду до школи.")).isEmpty());
    }

    @Test
    void anEventInTheMunicipalityTakesItsTown() {
        Document doc = annotate("ru", "Эвакуация началась в нескольких селах Новокаховского городского округа.");
        List<String> at = doc.events().stream().map(Event::place).toList();
        assertEquals(List.of("Nova Kakhovka"), at, doc.events().toString());
    }
}
