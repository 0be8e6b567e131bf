package org.totmon.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Report;

/** Searches over one store filled once; no test changes it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {
    private Store store;

    private final Report kherson = Samples.kherson();
    private final Report elections = Samples.report("Russia held so-called elections in the occupied part of Zaporizhzhia"
            + " Oblast in September 2023. Yevhen Balytskyi was named governor by the occupation authorities.",
            "Sham elections in Zaporizhzhia Oblast", "2023-09", "en");
    private final Report npp = Samples.report("Russian forces seized the Zaporizhzhia Nuclear Power Plant in Enerhodar"
            + " on 4 March 2022. The plant is the largest in Europe.", "Nuclear plant seized", "2022-03-04", "en");
    private final Report russian = Samples.report("В Мелитополе оккупационные власти провели выборы в сентябре 2023 года.",
            "Выборы в Мелитополе", "2023-09-10", "ru");
    private final Report ukrainian = Samples.report("Окупанти провели так звані вибори у Мелітополі.",
            null, null, "uk");

    @BeforeAll
    void fill(@TempDir Path data) {
        store = Store.open(data);
        store.add(kherson, Samples.khersonExtraction());
        store.add(elections, Samples.naming(elections, "en", List.of("Zaporizhzhia Oblast"), List.of("Yevhen Balytskyi")));
        store.add(npp, Samples.naming(npp, null, List.of("Enerhodar"), List.of()));
        store.add(russian, Samples.naming(russian, "ru", List.of("Мелитополе"), List.of()));
        store.add(ukrainian, Samples.naming(ukrainian, "uk", List.of("Мелітополі"), List.of()));
    }

    @AfterAll
    void close() {
        store.close();
    }

    private List<String> ids(SearchQuery q) {
        return store.search(q).hits().stream().map(SearchHit::id).toList();
    }

    private static SearchQuery query(String text, String language, String place, String entity, String from, String to) {
        return new SearchQuery(text, language, place, entity,
                from == null ? null : DateRange.parse(from).from(), to == null ? null : DateRange.parse(to).to(), 10);
    }

    @Test
    void findsReportsWithEnglishStemmingAndMarksTheMatches() {
        SearchResults r = store.search(SearchQuery.of("election"));

        assertEquals(1, r.total());
        SearchHit hit = r.hits().get(0);
        assertEquals(elections.id(), hit.id());
        assertEquals("Sham elections in Zaporizhzhia Oblast", hit.title());
        assertEquals("2023-09", hit.published());
        assertEquals("en", hit.language());
        assertEquals(elections.url(), hit.url());
        assertTrue(hit.score() > 0);
        assertEquals("Russia held so-called [elections] in the occupied part of Zaporizhzhia Oblast in September 2023.",
                hit.snippet().render("[", "]"));
    }

    @Test
    void allWordsAreRequiredAndTitleMatchesRankFirst() {
        assertEquals(List.of(npp.id()), ids(SearchQuery.of("Enerhodar plant")));
        assertEquals(List.of(), ids(SearchQuery.of("Enerhodar Kherson")));
        assertEquals(List.of(elections.id(), npp.id()), ids(SearchQuery.of("Zaporizhzhia")), "elections has it in its title too");
    }

    @Test
    void searchesRussianWithRussianStemsAndUkrainianWithLemmas() {
        assertEquals(List.of(russian.id()), ids(SearchQuery.of("выборов")), "выборы and выборов share a stem");
        assertEquals(List.of(ukrainian.id()), ids(SearchQuery.of("вибори")));
        assertEquals(List.of(ukrainian.id()), ids(SearchQuery.of("виборів")), "вибори and виборів share a lemma");
        assertEquals(List.of(ukrainian.id()), ids(SearchQuery.of("Мелітополь")), "Мелітополі is a form of Мелітополь");
    }

    @Test
    void filtersByLanguagePlaceEntityAndDate() {
        assertEquals(List.of(russian.id()), ids(query("", "RU", null, null, null, null)));
        assertEquals(Set.of(kherson.id(), elections.id(), npp.id()), Set.copyOf(ids(query("Russian OR Russia", "en", null, null, null, null))),
                "npp's extraction has no language: the declared one counts");
        assertEquals(List.of(kherson.id()), ids(query(null, null, "kherson", null, null, null)));
        assertEquals(List.of(ukrainian.id()), ids(query(null, null, "Мелітополі", null, null, null)), "a mention's form");
        assertEquals(List.of(elections.id()), ids(query(null, null, null, "yevhen  balytskyi", null, null)));
        assertEquals(List.of(kherson.id()), ids(query(null, null, null, "Volodymyr Zelensky", null, null)));
    }

    @Test
    void dateFiltersKeepReportsWhosePublicationDateMayFallInTheRange() {
        // elections is dated 2023-09 only: it may have been published on 2023-09-10.
        assertEquals(List.of(russian.id(), elections.id()), ids(query(null, null, null, null, "2023-09-10", "2023-09-10")));
        assertEquals(List.of(elections.id()), ids(query(null, null, null, null, "2023-09-15", "2023-09-15")));
        assertEquals(List.of(kherson.id(), npp.id()), ids(query(null, null, null, null, "2022", "2022")));
        assertEquals(List.of(npp.id()), ids(query(null, null, null, null, null, "2022-03")));
        assertEquals(List.of(russian.id(), elections.id()), ids(query(null, null, null, null, "2023-01", null)));
        assertEquals(List.of(elections.id()), ids(query("occupied", "en", null, null, "2023", "2023")));
    }

    @Test
    void withoutWordsTheNewestComeFirstAndUndatedLast() {
        SearchResults all = store.search(SearchQuery.of(" "));
        assertEquals(5, all.total());
        assertEquals(List.of(russian.id(), elections.id(), kherson.id(), npp.id(), ukrainian.id()),
                all.hits().stream().map(SearchHit::id).toList());
        assertEquals(0f, all.hits().get(0).score());
        assertEquals("В Мелитополе оккупационные власти провели выборы в сентябре 2023 года.", all.hits().get(0).snippet().text());
        assertTrue(all.hits().get(0).snippet().highlights().isEmpty());
    }

    @Test
    void honoursTheLimitButCountsEveryMatch() {
        SearchResults r = store.search(new SearchQuery("", null, null, null, null, null, 2));
        assertEquals(5, r.total());
        assertEquals(2, r.hits().size());
    }

    @Test
    void toleratesBrokenQuerySyntax() {
        assertEquals(List.of(kherson.id()), ids(SearchQuery.of("\"Kherson")));
        assertEquals(List.of(), ids(SearchQuery.of("AND")));
        assertEquals(List.of(npp.id()), ids(SearchQuery.of("Enerhodar AND")), "the dangling AND is a (stop) word");
    }

    @Test
    void phrasesAndExclusionWork() {
        assertEquals(List.of(npp.id()), ids(SearchQuery.of("\"nuclear power plant\"")));
        assertEquals(List.of(), ids(SearchQuery.of("\"plant nuclear\"")));
        assertEquals(List.of(npp.id()), ids(SearchQuery.of("Russian -Kherson -elections")));
    }
}
