package org.totmon.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Report;
import org.totmon.pipeline.Pipeline;

/** A name finds its reports in any script, spelling and case form; reports of our own, extracted by the standard pipeline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossScriptSearchTest {
    private Store store;

    private final Report uk = Samples.report("Гауляйтер Запорізької області Євген Балицький оголосив про «вибори» у вересні.", null, null, "uk");
    private final Report ru = Samples.report("Назначенный Россией глава Запорожской области Евгений Балицкий заявил о выборах.", null, null, "ru");
    private final Report ukInflected = Samples.report("Указ Балицького про «націоналізацію» підприємств набув чинності.", null, null, "uk");
    private final Report en = Samples.report("Yevgeny Balitsky, the Russian-installed head of the region, signed the decree.", null, null, "en");
    private final Report saldo = Samples.report("Володимир Сальдо підписав указ про «націоналізацію» порту.", null, null, "uk");
    private final Report other = Samples.report("Officials in Kyiv condemned the vote and the decree.", null, null, "en");

    @BeforeAll
    void fill(@TempDir Path data) {
        store = Store.open(data);
        for (Report r : List.of(uk, ru, ukInflected, en, saldo, other)) store.add(r, Pipeline.standard().process(r));
    }

    @AfterAll
    void close() {
        store.close();
    }

    private Set<String> found(String text) {
        return store.search(SearchQuery.of(text)).hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    private Set<String> byEntity(String name) {
        return store.search(new SearchQuery(null, null, null, name, null, null, 10)).hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    @Test
    void everySpellingOfANameFindsEveryReportOfIt() {
        Set<String> balytskyi = Set.of(uk.id(), ru.id(), ukInflected.id(), en.id());
        for (String spelling : List.of("Balitsky", "Balytskyi", "balytsky", "Балицкий", "Балицький", "Балицького", "Yevhen Balytskyi")) {
            assertEquals(balytskyi, found(spelling), spelling);
            assertEquals(balytskyi, byEntity(spelling), "entity filter " + spelling);
        }
        assertEquals(Set.of(saldo.id()), found("Saldo"));
        assertEquals(Set.of(saldo.id()), found("Сальдо"));
    }

    @Test
    void aNameKeyCombinesWithWordsOfTheReportsLanguage() {
        assertEquals(Set.of(en.id()), found("Balitsky decree"));
        assertEquals(Set.of(ukInflected.id()), found("Балицький указ"));
        assertEquals(Set.of(ru.id()), found("Balytskyi выборы"));
    }

    @Test
    void nameKeysFoldScriptCaseAndSpelling() {
        assertEquals("bltsk", SearchIndex.nameKey("Балицького"));
        assertEquals("bltsk", SearchIndex.nameKey("Balitsky's"));
        assertEquals(SearchIndex.nameKey("Евгений"), SearchIndex.nameKey("Yevhen"));
        assertEquals(Set.of("slnsk"), SearchIndex.nameKeys("Ivan Zelensky"), "a skeleton under three letters tells nothing apart");
    }
}
