package org.totmon.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.TestDocs;

class BoilerplateAnnotatorTest {
    private static List<String> marked(String text) {
        Document d = TestDocs.en(text);
        new BoilerplateAnnotator().annotate(d);
        return d.boilerplate().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void marksPageFurnitureInAnyLanguage() {
        String text = String.join("\n",
                "Leaflets fell over Tokmak",
                "ADVERTISEMENT",
                "The leaflets called on residents to ignore the vote.",
                "0",
                "1,204 views",
                "Share | Tweet | Email",
                "Leaflets fell over Tokmak",
                "Read the original article on Example News",
                "Переглядаючи цей сайт, ви погоджуєтесь з нашою політикою конфіденційності.",
                "Мы используем файлы cookie для удобства.");
        assertEquals(List.of("ADVERTISEMENT", "0", "1,204 views", "Share | Tweet | Email", "Leaflets fell over Tokmak",
                "Read the original article on Example News",
                "Переглядаючи цей сайт, ви погоджуєтесь з нашою політикою конфіденційності.",
                "Мы используем файлы cookie для удобства."), marked(text));
    }

    @Test
    void leavesReportingAlone() {
        assertEquals(List.of(), marked("The first line is the headline\n"
                + "Officials said 40 people were detained in Melitopol on Monday and that the privacy of detainees "
                + "was not respected, according to lawyers who asked to share their account anonymously."));
    }
}
