package org.totmon.pipeline.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.totmon.model.TextSpan;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;

/**
 * Marks lines that belong to the page rather than the report: cookie and privacy notices in any of our
 * languages, advertisement markers, share and view counters, "read the original" footers, and a headline
 * repeated verbatim. They stay in the stored text; later layers skip them.
 */
public final class BoilerplateAnnotator implements Annotator {
    /** Longer lines are prose even when they mention cookies. */
    private static final int MAX_NOTICE_LENGTH = 400;

    private static final Pattern NOTICE = PageLines.pattern("notice");

    private static final Pattern FOOTER = PageLines.pattern("footer");

    private static final Pattern MARKER = PageLines.pattern("marker");

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Layer produces() {
        return Layer.BOILERPLATE;
    }

    @Override
    public void annotate(Document doc) {
        String text = doc.text();
        Set<String> seenLines = new HashSet<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd).strip();
            if (!line.isEmpty()) {
                String key = line.toLowerCase(Locale.ROOT);
                boolean repeatedHeadline = line.length() < 200 && !seenLines.add(key);
                if (repeatedHeadline || isBoilerplate(line)) {
                    int s = lineStart + text.substring(lineStart, lineEnd).indexOf(line);
                    doc.boilerplate().add(new TextSpan(s, s + line.length()));
                }
            }
            if (nl < 0) break;
            lineStart = nl + 1;
        }
    }

    static boolean isBoilerplate(String line) {
        if (MARKER.matcher(line).matches()) return true;
        if (FOOTER.matcher(line).find()) return true;
        return line.length() <= MAX_NOTICE_LENGTH && NOTICE.matcher(line).find();
    }
}
