package org.totmon.pipeline.clean;

import java.util.Set;
import org.totmon.model.TextSpan;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;

/**
 * Marks the headline when the text opens with the report's title: a headline sums up what the body tells, in words
 * too general to anchor an event, so it is read only through the body.
 */
public final class HeadlineAnnotator implements Annotator {
    /** The title may follow a dateline or a blank line or two. */
    private static final int HEADLINE_LINES = 4;

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Layer produces() {
        return Layer.HEADLINE;
    }

    @Override
    public void annotate(Document doc) {
        String title = doc.report().title();
        String text = doc.text();
        if (title == null || title.isBlank()) return;
        int start = 0;
        for (int line = 0; line < HEADLINE_LINES && start < text.length(); line++) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (text.substring(start, end).strip().equals(title.strip())) {
                doc.headline().add(new TextSpan(start, end));
                return;
            }
            start = end + 1;
        }
    }
}
