package org.totmon.pipeline.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.TestDocs;
import org.totmon.pipeline.text.Morphology;

class TokenPatternTest {
    private static TokenPattern uk(String pattern) {
        return TokenPattern.parse(pattern, Morphology.of("uk"), "test: ");
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    @Test
    void aLemmaMatchesEveryInflectedFormInEachLanguage() {
        TokenPattern deport = uk("@депортувати .. @дитина");
        assertArrayEquals(new int[] {1, 3}, deport.find(words("окупанти депортували дітей")));
        assertArrayEquals(new int[] {0, 3}, deport.find(words("депортують двох дитину")));
        assertNull(deport.find(words("окупанти депортація дітей")));
        TokenPattern ru = TokenPattern.parse("@задержать|@похитить", Morphology.of("ru"), "");
        assertArrayEquals(new int[] {1, 2}, ru.find(words("военные задержали волонтера")));
        assertArrayEquals(new int[] {0, 1}, ru.find(words("Похищен активист")));
        TokenPattern en = TokenPattern.parse("@child", Morphology.of("en"), "");
        assertArrayEquals(new int[] {2, 3}, en.find(words("they deported children")));
    }

    @Test
    void optionalItemsBoundedGapsAndShapes() {
        TokenPattern p = uk("мер %Xx?");
        assertArrayEquals(new int[] {0, 2}, p.find(words("мер Федоров")));
        assertArrayEquals(new int[] {0, 1}, p.find(words("мер міста")));
        TokenPattern gap = uk("провели ..2 вибори");
        assertArrayEquals(new int[] {0, 4}, gap.find(words("провели так звані вибори")));
        assertNull(gap.find(words("провели у трьох областях вибори")));
        assertNull(gap.find(words("провели . нові вибори")));
        assertArrayEquals(new int[] {1, 2}, uk("%d").find(words("близько 300 людей")));
        assertArrayEquals(new int[] {0, 1}, uk("%X").find(words("СБУ затримала")));
        TokenPattern verb = TokenPattern.parse("may%x be", Morphology.of("en"), "");
        assertArrayEquals(new int[] {2, 4}, verb.find(words("the figures may be higher")));
        assertNull(verb.find(words("May be the month")));
        assertArrayEquals(new int[] {1, 2}, uk("стверджу*%x").find(words("окупанти стверджують")));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> uk("мер%Aa")).getMessage().contains("%Aa"));
    }

    @Test
    void spanTypesComeFromTheDocumentsLayers() {
        Document doc = Pipeline.standard().annotate(TestDocs.doc("Russian forces shelled Kherson on 5 June.", "en", "2023-06-07").report());
        Tokens tokens = Tokens.of(doc, doc.tokens());
        TokenPattern p = TokenPattern.parse("@shell #PLACE on? #TIME", Morphology.of("en"), "");
        assertArrayEquals(new int[] {2, 6}, p.find(tokens));
        assertNull(TokenPattern.parse("@shell #TIME", Morphology.of("en"), "").find(tokens));
    }

    @Test
    void badPatternsSayWhereAndWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> uk(".. вибори")).getMessage().startsWith("test: "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> uk("вибори ..99 референдум")).getMessage().contains("'..99'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> uk("#WEAPON")).getMessage().contains("#WEAPON"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> uk("%Aa")).getMessage().contains("%Aa"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> uk("мер? міста?")).getMessage().contains("optional"));
    }

    @Test
    void theIndexOffersOnlyPatternsThatCanStartAtAToken() {
        List<TokenPattern> patterns = List.of(uk("@затримати"), uk("обстріл*"), uk("мер"), uk("%d осіб"));
        PatternIndex<TokenPattern> index = new PatternIndex<>(patterns, p -> p);
        Tokens t = Tokens.of(words("затримали мера після обстрілу 5 осіб"), Morphology.of("uk"));
        assertEquals(List.of(patterns.get(0), patterns.get(3)), index.candidates(t, 0));
        assertEquals(List.of(patterns.get(3)), index.candidates(t, 1));
        assertEquals(List.of(patterns.get(1), patterns.get(3)), index.candidates(t, 3));
    }
}
