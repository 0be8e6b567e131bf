package org.totmon.pipeline.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The keys and skeletons of place names, whose letters come from skeleton.tsv and text/letters.tsv. */
class PlaceTextTest {
    @Test
    void aRomanizationSharesTheSkeletonOfItsCyrillicName() {
        assertEquals(PlaceText.skeleton("Запорожье"), PlaceText.skeleton("Zaporizhzhia"));
        assertEquals(PlaceText.skeleton("Запоріжжя"), PlaceText.skeleton("Zaporozhye"));
        assertEquals(PlaceText.skeleton("Щастя"), PlaceText.skeleton("Shchastia"));
        assertNotEquals(PlaceText.skeleton("Донецьк"), PlaceText.skeleton("Stalino"));
    }

    @Test
    void aKeyFoldsCaseApostrophesAndYo() {
        assertEquals("купянськ", PlaceText.key("Купʼянськ"));
        assertEquals("орел", PlaceText.key("Орёл"));
        assertEquals("київ", PlaceText.key("Київ"));
    }

    @Test
    void aBgnRomanizationIsRespelledAsEnglishTextWritesIt() {
        assertEquals("Stary Oskol", PlaceNameForms.wikiStyle("Staryy Oskol"));
        assertEquals("Oryol", PlaceNameForms.wikiStyle("Orël"));
        assertEquals("Krasny Luch", PlaceNameForms.wikiStyle("Krasnyy Luch"));
        assertEquals("Dniprovskyi", PlaceNameForms.wikiStyle("Dniprovs’kyi"), "only a word-final yy or iy");
    }
}
