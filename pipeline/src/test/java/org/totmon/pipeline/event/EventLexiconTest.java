package org.totmon.pipeline.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.pipeline.event.EventLexicon.Cue;
import org.totmon.pipeline.rules.TokenPattern;

class EventLexiconTest {
    private static EventLexicon parse(String rows) throws IOException {
        return EventLexicon.parse("uk", new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)), "lex.tsv");
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.split(" ")).map(EventLexicon::fold).toList();
    }

    @Test
    void phrasesMatchStemsGapsAndFoldedCase() throws IOException {
        EventLexicon lex = parse("ELECTION\thold* .. election*\tstrong\nDETENTION\tзатрима*\tstrong\nLOCATIVE\tу\n");
        TokenPattern hold = lex.triggers().get(0).phrase();
        assertArrayEquals(new int[] {2, 6}, hold.find(words("Russia is holding its sham Elections")));
        assertNull(hold.find(words("Russia is holding talks about many other things before elections")));
        assertArrayEquals(new int[] {1, 2}, lex.triggers().get(1).phrase().find(words("окупанти ЗАТРИМАЛИ волонтера")));
        assertEquals(1, lex.cues(Cue.LOCATIVE).size());
        assertTrue(lex.cues(Cue.ORIGIN).isEmpty());
    }

    @Test
    void badRowsNameTheirLine() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> parse("# c\nRIOT\triot\tstrong\n"));
        assertTrue(unknown.getMessage().startsWith("lex.tsv:2: unknown key"), unknown.getMessage());
        IllegalArgumentException strength = assertThrows(IllegalArgumentException.class, () -> parse("ATTACK\tblast\tloud\n"));
        assertTrue(strength.getMessage().contains("strength"), strength.getMessage());
        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class, () -> parse("ATTACK\t.. blast\tweak\n"));
        assertTrue(gap.getMessage().startsWith("lex.tsv:1:"), gap.getMessage());
        IllegalArgumentException modal = assertThrows(IllegalArgumentException.class, () -> parse("ATTACK\tblast\tweak\nNEGATION\tне\n"));
        assertTrue(modal.getMessage().startsWith("lex.tsv:2:") && modal.getMessage().contains("modality-uk.tsv"), modal.getMessage());
    }

    @Test
    void everyBundledLanguageLoads() {
        for (String lang : List.of("en", "uk", "ru")) {
            EventLexicon lex = EventLexicon.bundled(lang);
            for (EventKind kind : List.of(EventKind.ATTACK, EventKind.DETENTION, EventKind.ELECTION, EventKind.CONDEMNATION)) {
                assertTrue(lex.triggers().stream().anyMatch(t -> t.kind() == kind), lang + " " + kind);
            }
            for (Cue cue : Cue.values()) {
                // English marks a passive by its auxiliary and an attribute by its determiner; Ukrainian and Russian
                // have passive participles of their own and no articles; they name a gathering's town by an adjective
                // ("Петербурзький економічний форум"), not by the town's name before the gathering's.
                boolean languageSpecific = (cue == Cue.CAPTURED && lang.equals("en"))
                        || ((cue == Cue.DETERMINER || cue == Cue.GATHERING) && !lang.equals("en"));
                assertEquals(languageSpecific, lex.cues(cue).isEmpty(), lang + " " + cue);
            }
        }
    }
}
