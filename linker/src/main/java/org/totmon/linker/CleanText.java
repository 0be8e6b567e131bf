package org.totmon.linker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.totmon.model.TextSpan;

/** A report's text without its boilerplate ("Share this story", menus): what two copies of a report have in common. */
public final class CleanText {
    private CleanText() {}

    public static String of(String text, List<TextSpan> boilerplate) {
        if (boilerplate.isEmpty()) return text;
        List<TextSpan> spans = new ArrayList<>(boilerplate);
        spans.sort(Comparator.comparingInt(TextSpan::start));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (TextSpan s : spans) {
            int start = Math.min(s.start(), text.length());
            if (start > at) out.append(text, at, start).append('\n');
            at = Math.max(at, Math.min(s.end(), text.length()));
        }
        if (at < text.length()) out.append(text, at, text.length());
        return out.toString();
    }
}
