package org.totmon.pipeline.clean;

import java.util.regex.Pattern;
import org.totmon.pipeline.WordClasses;

/** The patterns of {@code page-lines.tsv}: lines of a page that are boilerplate or credits, not the report. */
final class PageLines {
    private PageLines() {}

    private static final WordClasses PATTERNS = WordClasses.resource(PageLines.class, "page-lines.tsv");

    static Pattern pattern(String name) {
        return PATTERNS.pattern(name);
    }
}
