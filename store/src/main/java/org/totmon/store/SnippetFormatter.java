package org.totmon.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.totmon.model.TextSpan;

/** Turns the highlighter's best passage into a {@link Snippet}: one line, a bounded length, the matches marked. */
final class SnippetFormatter extends PassageFormatter {
    /** Longest snippet; a longer passage (a sentence without end) is cut around its first match. */
    static final int MAX_CHARS = 300;
    private static final String ELLIPSIS = "\u2026";

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) return opening(content);
        Passage p = passages[0];
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        if (end - start > MAX_CHARS) {
            int anchor = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
            start = Math.max(start, anchor - MAX_CHARS / 3);
            end = Math.min(end, start + MAX_CHARS);
        }
        List<int[]> matches = new ArrayList<>();
        for (int i = 0; i < p.getNumMatches(); i++) matches.add(new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]});
        return build(content, start, end, matches);
    }

    /** The opening of the text, for a report the query has no words in (a filter-only search). */
    static Snippet opening(String content) {
        return build(content, 0, Math.min(content.length(), MAX_CHARS), List.of());
    }

    /** content[start, end) with whitespace runs collapsed to one space and matches mapped onto the collapsed text. */
    private static Snippet build(String content, int start, int end, List<int[]> matches) {
        while (start < end && Character.isWhitespace(content.charAt(start))) start++;
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) end--;
        boolean cutBefore = start > 0 && !isSentenceStart(content, start);
        boolean cutAfter = !content.substring(end).isBlank() && !isSentenceEnd(content, end);
        StringBuilder sb = new StringBuilder(cutBefore ? ELLIPSIS : "");
        int[] at = new int[end - start + 1];
        for (int i = start; i < end; i++) {
            at[i - start] = sb.length();
            char c = content.charAt(i);
            if (!Character.isWhitespace(c)) sb.append(c);
            else if (sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
        }
        at[end - start] = sb.length();
        List<TextSpan> spans = new ArrayList<>();
        List<int[]> ordered = new ArrayList<>(matches);
        ordered.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] m : ordered) {
            int s = Math.max(m[0], start);
            int e = Math.min(m[1], end);
            if (s >= e) continue;
            int from = at[s - start];
            int to = at[e - start];
            if (!spans.isEmpty() && from <= spans.get(spans.size() - 1).end()) {
                TextSpan last = spans.remove(spans.size() - 1);
                spans.add(new TextSpan(last.start(), Math.max(last.end(), to)));
            } else {
                spans.add(new TextSpan(from, to));
            }
        }
        if (cutAfter) sb.append(ELLIPSIS);
        return new Snippet(sb.toString(), spans);
    }

    private static boolean isSentenceStart(String content, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(content.charAt(j))) j--;
        return j < 0 || ".!?\n".indexOf(content.charAt(j)) >= 0;
    }

    private static boolean isSentenceEnd(String content, int i) {
        return i > 0 && ".!?".indexOf(content.charAt(i - 1)) >= 0;
    }
}
