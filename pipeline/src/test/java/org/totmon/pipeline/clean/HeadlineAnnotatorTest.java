package org.totmon.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Report;
import org.totmon.model.TextSpan;
import org.totmon.pipeline.Document;

class HeadlineAnnotatorTest {
    private static List<TextSpan> headline(String title, String text) {
        Document d = new Document(new Report("t", null, null, title, "2023-04-10", "en", text));
        new HeadlineAnnotator().annotate(d);
        return d.headline();
    }

    @Test
    void theTitleLineAfterADatelineIsTheHeadline() {
        String text = "10 April 2023\n\nExplosion in Melitopol \nA blast damaged the police station.";
        int start = text.indexOf("Explosion");
        assertEquals(List.of(new TextSpan(start, text.indexOf(" \nA blast") + 1)), headline("Explosion in Melitopol", text));
    }

    @Test
    void noTitleOrATitleTheTextDoesNotOpenWithGivesNone() {
        assertEquals(List.of(), headline(null, "Explosion in Melitopol\nA blast damaged the police station."));
        assertEquals(List.of(), headline("Blast", "Explosion in Melitopol\nA blast damaged the police station."));
        assertEquals(List.of(), headline("Blast", "One\nTwo\nThree\nFour\nBlast\nA blast damaged the police station."));
    }
}
