package org.totmon.pipeline.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The folded key, whether a word takes the short way (nothing to fold) or the normalizers'. */
class NameKeysTest {
    @Test
    void foldsCaseAccentsApostrophesAndHyphensButKeepsCyrillicLetters() {
        assertEquals("balytskyi", NameKeys.fold("Balytskyi"));
        assertEquals("balytskyi", NameKeys.fold("Balyts’kyi"));
        assertEquals("balytskyi", NameKeys.fold("Balyts'kyi"));
        assertEquals("jose", NameKeys.fold("José"));
        assertEquals("jose", NameKeys.fold("Jose\u0301"), "a decomposed accent");
        assertEquals("балицкий", NameKeys.fold("Балицкий"));
        assertEquals("федоров", NameKeys.fold("Фёдоров"));
        assertEquals("київ", NameKeys.fold("Київ"));
        assertEquals("львова-белова", NameKeys.fold("Львова\u2011Белова"));
        assertEquals("маряна", NameKeys.fold("Мар’яна"));
    }
}
