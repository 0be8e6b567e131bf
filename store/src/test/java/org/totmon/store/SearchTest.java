package org.totmon.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Report;

/** Searches over one store on each database, filled once; no test changes them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {
    private final Map<TestDatabase, Store> stores = new EnumMap<>(TestDatabase.class);

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
        for (TestDatabase db : TestDatabase.values()) {
            Store store = db.open(data.resolve(db.name()));
            stores.put(db, store);
            store.add(kherson, Samples.khersonExtraction());
            store.add(elections, Samples.naming(elections, "en", List.of("Zaporizhzhia Oblast"), List.of("Yevhen Balytskyi")));
            store.add(npp, Samples.naming(npp, null, List.of("Enerhodar"), List.of()));
            store.add(russian, Samples.naming(russian, "ru", List.of("Мелитополе"), List.of()));
            store.add(ukrainian, Samples.naming(ukrainian, "uk", List.of("Мелітополі"), List.of()));
        }
    }

    @AfterAll
    void close() {
        stores.values().forEach(Store::close);
    }

    private List<String> ids(TestDatabase db, SearchQuery q) {
        return stores.get(db).search(q).hits().stream().map(SearchHit::id).toList();
    }

    private static SearchQuery query(String text, String language, String place, String entity, String from, String to) {
        return new SearchQuery(text, language, place, entity,
                from == null ? null : DateRange.parse(from).from(), to == null ? null : DateRange.parse(to).to(), 10);
    }

    @OnEachDatabase
    void findsReportsWithEnglishStemmingAndMarksTheMatches(TestDatabase db) {
        SearchResults r = stores.get(db).search(SearchQuery.of("election"));

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

    /** The snippet of the one hit of {@code text}, its matches in brackets. */
    private String snippet(TestDatabase db, String text) {
        SearchResults r = stores.get(db).search(SearchQuery.of(text));
        assertEquals(1, r.total(), text);
        return r.hits().get(0).snippet().render("[", "]");
    }

    /**
     * Snippets mark what each language's analysis matched (another form of a Ukrainian lemma, of a Russian stem, an
     * English phrase), from the offsets the index keeps of the text; a report found only through its title or a name's
     * key across scripts, which its text does not have, gets its first sentence unmarked.
     */
    @OnEachDatabase
    void snippetsMarkWhatEachLanguageMatched(TestDatabase db) {
        assertEquals("Окупанти провели так звані [вибори] у [Мелітополі].", snippet(db, "виборів Мелітополь"));
        assertEquals("В [Мелитополе] оккупационные власти провели [выборы] в сентябре 2023 года.", snippet(db, "выборов Мелитополь"));
        assertEquals("Russian forces seized the Zaporizhzhia [Nuclear Power Plant] in Enerhodar on 4 March 2022. The plant is the"
                + " largest in Europe.", snippet(db, "\"nuclear power plant\""), "a passage near 200 characters: both sentences");
        String opening = elections.text();
        assertEquals(opening, snippet(db, "sham"), "in the title only");
        assertEquals(opening, snippet(db, "Balitsky"), "Balytskyi's key, not a word of the text");
    }

    /**
     * A query with a wildcard (as the concepts' stems widen a search) is highlighted from the text's offsets in the index
     * like a word, not by analysing the text again, and marks the same words: every word the stem matched.
     */
    @OnEachDatabase
    void wildcardsAreHighlightedFromTheIndexsOffsets(TestDatabase db) throws Exception {
        SearchIndex index = stores.get(db).index();
        assertEquals("Окупанти провели так звані [вибори] у Мелітополі.", snippet(db, "вибор*"));
        assertEquals("Yevhen [Balytskyi] was named governor by the occupation authorities.", snippet(db, "(elect* OR вибор*) Balytskyi"),
                "the best passage, the wildcard's match weighed as the word's");
        assertEquals("Russian forces [seized] the [Zaporizhzhia] Nuclear Power Plant in Enerhodar on 4 March 2022. The plant is the largest in"
                + " Europe.", snippet(db, "seiz* Zapor*"));
        assertEquals(UnifiedHighlighter.OffsetSource.POSTINGS, index.highlightSource("(elect* OR вибор*)", "en"));
        assertEquals(UnifiedHighlighter.OffsetSource.POSTINGS, index.highlightSource("\"nuclear power plant\" OR вибор*", "uk"));
    }

    @OnEachDatabase
    void allWordsAreRequiredAndTitleMatchesRankFirst(TestDatabase db) {
        assertEquals(List.of(npp.id()), ids(db, SearchQuery.of("Enerhodar plant")));
        assertEquals(List.of(), ids(db, SearchQuery.of("Enerhodar Kherson")));
        assertEquals(List.of(elections.id(), npp.id()), ids(db, SearchQuery.of("Zaporizhzhia")), "elections has it in its title too");
    }

    @OnEachDatabase
    void searchesRussianWithRussianStemsAndUkrainianWithLemmas(TestDatabase db) {
        assertEquals(List.of(russian.id()), ids(db, SearchQuery.of("выборов")), "выборы and выборов share a stem");
        assertEquals(List.of(ukrainian.id()), ids(db, SearchQuery.of("вибори")));
        assertEquals(List.of(ukrainian.id()), ids(db, SearchQuery.of("виборів")), "вибори and виборів share a lemma");
        assertEquals(List.of(ukrainian.id()), ids(db, SearchQuery.of("Мелітополь")), "Мелітополі is a form of Мелітополь");
    }

    @OnEachDatabase
    void filtersByLanguagePlaceEntityAndDate(TestDatabase db) {
        assertEquals(List.of(russian.id()), ids(db, query("", "RU", null, null, null, null)));
        assertEquals(Set.of(kherson.id(), elections.id(), npp.id()), Set.copyOf(ids(db, query("Russian OR Russia", "en", null, null, null, null))),
                "npp's extraction has no language: the declared one counts");
        assertEquals(List.of(kherson.id()), ids(db, query(null, null, "kherson", null, null, null)));
        assertEquals(List.of(ukrainian.id()), ids(db, query(null, null, "Мелітополі", null, null, null)), "a mention's form");
        assertEquals(List.of(elections.id()), ids(db, query(null, null, null, "yevhen  balytskyi", null, null)));
        assertEquals(List.of(kherson.id()), ids(db, query(null, null, null, "Volodymyr Zelensky", null, null)));
    }

    @OnEachDatabase
    void dateFiltersKeepReportsWhosePublicationDateMayFallInTheRange(TestDatabase db) {
        // elections is dated 2023-09 only: it may have been published on 2023-09-10.
        assertEquals(List.of(russian.id(), elections.id()), ids(db, query(null, null, null, null, "2023-09-10", "2023-09-10")));
        assertEquals(List.of(elections.id()), ids(db, query(null, null, null, null, "2023-09-15", "2023-09-15")));
        assertEquals(List.of(kherson.id(), npp.id()), ids(db, query(null, null, null, null, "2022", "2022")));
        assertEquals(List.of(npp.id()), ids(db, query(null, null, null, null, null, "2022-03")));
        assertEquals(List.of(russian.id(), elections.id()), ids(db, query(null, null, null, null, "2023-01", null)));
        assertEquals(List.of(elections.id()), ids(db, query("occupied", "en", null, null, "2023", "2023")));
    }

    @OnEachDatabase
    void withoutWordsTheNewestComeFirstAndUndatedLast(TestDatabase db) {
        SearchResults all = stores.get(db).search(SearchQuery.of(" "));
        assertEquals(5, all.total());
        assertEquals(List.of(russian.id(), elections.id(), kherson.id(), npp.id(), ukrainian.id()),
                all.hits().stream().map(SearchHit::id).toList());
        assertEquals(0f, all.hits().get(0).score());
        assertEquals("В Мелитополе оккупационные власти провели выборы в сентябре 2023 года.", all.hits().get(0).snippet().text());
        assertTrue(all.hits().get(0).snippet().highlights().isEmpty());
    }

    @OnEachDatabase
    void honoursTheLimitButCountsEveryMatch(TestDatabase db) {
        SearchResults r = stores.get(db).search(new SearchQuery("", null, null, null, null, null, 2));
        assertEquals(5, r.total());
        assertEquals(2, r.hits().size());
    }

    @OnEachDatabase
    void toleratesBrokenQuerySyntax(TestDatabase db) {
        assertEquals(List.of(kherson.id()), ids(db, SearchQuery.of("\"Kherson")));
        assertEquals(List.of(), ids(db, SearchQuery.of("AND")));
        assertEquals(List.of(npp.id()), ids(db, SearchQuery.of("Enerhodar AND")), "the dangling AND is a (stop) word");
    }

    @OnEachDatabase
    void phrasesAndExclusionWork(TestDatabase db) {
        assertEquals(List.of(npp.id()), ids(db, SearchQuery.of("\"nuclear power plant\"")));
        assertEquals(List.of(), ids(db, SearchQuery.of("\"plant nuclear\"")));
        assertEquals(List.of(npp.id()), ids(db, SearchQuery.of("Russian -Kherson -elections")));
    }

    /** A page of candidates, completed by withSnippets, is what search gives: same hits, order, scores and snippets. */
    @OnEachDatabase
    void candidatesCompletedWithSnippetsAreTheSearchsHits(TestDatabase db) {
        Store store = stores.get(db);
        for (SearchQuery q : List.of(SearchQuery.of("Zaporizhzhia"), SearchQuery.of(" "), SearchQuery.of("Мелітополь"),
                SearchQuery.of("elections OR plant"), query("", "en", null, null, null, null), query(null, null, null, "Balitsky", null, null))) {
            List<SearchHit> searched = store.search(q).hits();
            List<SearchHit> candidates = store.candidates(q).hits();
            assertFalse(searched.isEmpty(), q.text());
            assertEquals(searched.stream().map(h -> h.id() + " " + h.language() + " " + h.score()).toList(),
                    candidates.stream().map(h -> h.id() + " " + h.language() + " " + h.score()).toList(), q.text());
            assertTrue(candidates.stream().allMatch(h -> h.title() == null && h.snippet() == null), "only ids, languages and scores");
            assertEquals(searched, store.withSnippets(q, candidates), q.text());
        }
    }

    @OnEachDatabase
    void candidatesCountExactlyUpToOneMoreThanTheLimit(TestDatabase db) {
        Store store = stores.get(db);
        assertEquals(5, store.candidates(new SearchQuery("", null, null, null, null, null, 5)).total());
        assertEquals(5, store.candidates(new SearchQuery("", null, null, null, null, null, 4)).total());
        SearchResults capped = store.candidates(new SearchQuery("", null, null, null, null, null, 2));
        assertEquals(2, capped.hits().size());
        assertTrue(capped.total() > 2, "more than the limit: " + capped.total());
    }
}
