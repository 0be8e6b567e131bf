package org.totmon.pipeline.modality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.ModalCue;
import org.totmon.pipeline.ModalCue.Kind;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.TestDocs;

class ModalityAnnotatorTest {
    private static Document annotate(String text, String lang) {
        return Pipeline.standard().annotate(TestDocs.doc(text, lang, "2023-06-07").report());
    }

    /** The cues of a kind (a CLAIMED cue is a HEDGE too) as the text they cover. */
    private static List<String> cues(Document doc, Kind kind) {
        return doc.modality().stream().filter(c -> c.kind().is(kind)).map(c -> doc.text().substring(c.start(), c.end())).toList();
    }

    @Test
    void negationModalityAndHedgesAreMarkedOnceForEveryLayer() {
        Document doc = annotate("The occupiers did not deport the children. Officials allegedly plan to hold a referendum.", "en");
        assertEquals(List.of("not"), cues(doc, Kind.NEGATION));
        assertEquals(List.of("allegedly"), cues(doc, Kind.CLAIMED));
        assertTrue(cues(doc, Kind.PLANNED).contains("plan"), doc.modality().toString());
        assertTrue(cues(doc, Kind.HEDGE).contains("allegedly"), doc.modality().toString());
        for (ModalCue c : doc.modality()) assertTrue(c.end() <= doc.text().length());
    }

    @Test
    void theMonthIsNoHedgeButTheVerbIs() {
        assertEquals(List.of(), cues(annotate("In May, 300 people were evacuated from the town.", "en"), Kind.HEDGE));
        assertEquals(List.of("may"), cues(annotate("Up to 300 people may have been evacuated from the town.", "en"), Kind.HEDGE));
    }

    @Test
    void aReportQuotingAnotherLanguageIsHedgedByItsWords() {
        Document doc = annotate("Окупанти заявили, що «якобы» 87% мешканців підтримали анексію.", "uk");
        assertTrue(cues(doc, Kind.HEDGE).contains("якобы"), doc.modality().toString());
        assertFalse(cues(doc, Kind.CLAIMED).contains("якобы"), "the report's own language decides the events' cues");
    }

    @Test
    void aCueStaysInsideItsClauseAndIsReadByTokenIndex() {
        Document doc = annotate("Українські сили не відступили; окупанти обстріляли село.", "uk");
        assertEquals(List.of("не"), cues(doc, Kind.NEGATION));
        List<Token> second = doc.tokensIn(doc.clauses().get(1).start(), doc.clauses().get(1).end());
        assertFalse(ModalCues.in(doc, second).has(Kind.NEGATION));
        List<Token> first = doc.tokensIn(doc.clauses().get(0).start(), doc.clauses().get(0).end());
        ModalCues inFirst = ModalCues.in(doc, first);
        assertTrue(inFirst.rightBefore(Kind.NEGATION, 3));
        assertTrue(inFirst.startsAt(Kind.NEGATION, 2));
        assertFalse(inFirst.rightBefore(Kind.NEGATION, 2));
    }

    @Test
    void eachCueIsWrittenOnceAndAClaimedCueIsReadAsAHedge() {
        for (String language : List.of("en", "uk", "ru")) {
            Map<String, Set<String>> rows = new HashMap<>();
            for (ModalityLexicon.Rule r : ModalityLexicon.bundled(language).rules()) rows.computeIfAbsent(r.pattern().toString(), k -> new HashSet<>()).add(r.id());
            rows.forEach((pattern, ids) -> assertEquals(1, ids.size(), language + ": '" + pattern + "' is on several rows " + ids));
        }
        Document doc = annotate("Ten people were reportedly detained in the town.", "en");
        assertEquals(List.of("reportedly"), cues(doc, Kind.HEDGE));
        assertEquals(1, doc.modality().size(), doc.modality().toString());
    }

    @Test
    void aRowOfTwoKindsMarksItsCueAsBoth() throws IOException {
        ModalityLexicon l = ModalityLexicon.parse("en", new ByteArrayInputStream("HYPOTHETICAL+HEDGE\tmight\tx.might\n+\tThey might be deported.\n"
                .getBytes(StandardCharsets.UTF_8)), "mine.tsv");
        assertEquals(List.of(Kind.HYPOTHETICAL, Kind.HEDGE), l.rules().stream().map(ModalityLexicon.Rule::kind).toList());
        assertTrue(l.rules().stream().allMatch(r -> r.id().equals("x.might") && r.positives().equals(List.of("They might be deported."))));
        Document doc = annotate("Up to 300 people might be deported.", "en");
        assertEquals(List.of("might"), cues(doc, Kind.HEDGE));
        assertTrue(cues(doc, Kind.HYPOTHETICAL).contains("might"), doc.modality().toString());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> ModalityLexicon.parse("en",
                new ByteArrayInputStream("HEDGE+HEDGE\tmight\n".getBytes(StandardCharsets.UTF_8)), "mine.tsv"));
        assertTrue(twice.getMessage().startsWith("mine.tsv:1:"), twice.getMessage());
    }

    @Test
    void aBadRowNamesItsFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModalityLexicon.parse("en",
                new ByteArrayInputStream("NEGATION\tnot\nDOUBT\tmaybe\n".getBytes(StandardCharsets.UTF_8)), "mine.tsv"));
        assertTrue(e.getMessage().startsWith("mine.tsv:2:") && e.getMessage().contains("DOUBT"), e.getMessage());
    }
}
