package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossLanguageTest {
    @Test
    void aConceptWordAlsoSearchesItsFormsInTheOtherLanguages() {
        CrossLanguage.Expansion x = CrossLanguage.expand("passports");
        assertTrue(x.also().contains("паспорт*"), x.also().toString());
        assertEquals("(passports OR passport* OR паспорт*)", x.query());
        CrossLanguage.Expansion uk = CrossLanguage.expand("депортація дітей");
        assertTrue(uk.also().contains("deport*"), uk.also().toString());
        assertTrue(uk.also().contains("children"), uk.also().toString());
    }

    @Test
    void namesAreTransliteratedBothWays() {
        assertTrue(CrossLanguage.transliterations("Федоров").contains("Fedorov"), CrossLanguage.transliterations("Федоров").toString());
        assertTrue(CrossLanguage.transliterations("Fedorov").contains("Федоров"), CrossLanguage.transliterations("Fedorov").toString());
        assertTrue(CrossLanguage.transliterations("Zaporizhzhia").contains("Запоріжжя"), CrossLanguage.transliterations("Zaporizhzhia").toString());
        assertTrue(CrossLanguage.transliterations("melitopol").isEmpty() || CrossLanguage.expand("melitopol").also().isEmpty());
    }

    @Test
    void theWidenedQueryStaysWithinTheWordLimit() {
        for (String q : new String[] {"deported children", "deported children killed wounded detained passports votes turnout Melitopol Zaporizhzhia",
                "вбиті поранені депортовані діти паспорти голоси виборці явка Федоров Балицький Мелітополь Херсон"}) {
            CrossLanguage.Expansion x = CrossLanguage.expand(q);
            assertTrue(!x.also().isEmpty(), q);
            new org.totmon.store.SearchQuery(x.query(), null, null, null, null, null, 10); // throws past the limit
        }
    }

    @Test
    void queriesWithOperatorsAreTakenAsWritten() {
        assertEquals("passports -Crimea", CrossLanguage.expand("passports -Crimea").query());
        assertEquals(0, CrossLanguage.expand("\"Russian passports\"").also().size());
        assertEquals("mayor's office", CrossLanguage.expand("mayor's office").query().contains("mayor") ? "mayor's office" : "");
    }
}
