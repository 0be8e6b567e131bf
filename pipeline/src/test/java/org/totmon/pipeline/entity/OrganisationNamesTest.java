package org.totmon.pipeline.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisations' names the registry lacks: their nominative by the dictionaries, romanized by the standards' tables. */
class OrganisationNamesTest {
    @Test
    void theDictionariesGiveTheNominativeOfTheNounAndItsAdjectives() {
        assertEquals("Державна екологічна інспекція", OrganisationNames.nominative("Державної екологічної інспекції", false));
        assertEquals("Центральна виборча комісія", OrganisationNames.nominative("Центральній виборчій комісії", false));
        assertEquals("Вооруженные силы РФ", OrganisationNames.nominative("Вооруженных сил РФ", true));
        assertEquals("Государственная дума", OrganisationNames.nominative("Государственной думы", true));
    }

    @Test
    void wordsTheDictionaryDoesNotReadAsAdjectivesLeaveTheNameAsWritten() {
        // "Відтоді" (since then) is an adverb, not an adjective of the army: nothing here is a name to put in the nominative.
        assertEquals("Відтоді російська армія", OrganisationNames.nominative("Відтоді російська армія", false));
        assertEquals("Минулого тижня гуманітарний штаб", OrganisationNames.nominative("Минулого тижня гуманітарний штаб", false));
    }

    @Test
    void theLatinNameFollowsTheScriptsStandard() {
        assertEquals("Derzhavna ekolohichna inspektsiia", OrganisationNames.latin(List.of("Державної екологічної інспекції"), "uk"));
        assertEquals("Vooruzhennyye sily RF", OrganisationNames.latin(List.of("Вооруженных сил РФ"), "ru"));
        assertEquals("Zghurivka Yevhen Yurii", Romanizer.romanize("Згурівка Євген Юрій"));
        assertEquals("SHAKHTARSK", Romanizer.romanize("ШАХТАРСЬК"));
        assertEquals("Obshcherossiyskiy narodnyy front", Romanizer.romanizeRussian("Общероссийский народный фронт"));
        assertEquals("Yelena Aleksandrovna", Romanizer.romanizeRussian("Елена Александровна"));
    }
}
