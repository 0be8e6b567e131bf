package org.totmon.pipeline;

import org.totmon.model.Report;

/** Builds documents from test sentences. */
public final class TestDocs {
    private TestDocs() {}

    public static Document doc(String text, String language, String published) {
        return new Document(new Report(Report.contentId(text), null, null, null, published, language, text));
    }

    public static Document en(String text) {
        return doc(text, "en", "2023-11-28");
    }
}
