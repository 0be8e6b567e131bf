package org.totmon.store;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * A sentence {@link BreakIterator} that finds every boundary of a text once, when the text is set, and answers
 * {@link #following} and {@link #preceding} from them by binary search. The JDK's own answers each of those by
 * scanning the text again (backwards to a safe point, then forwards), which was most of the cost of a search's
 * snippets: the highlighter asks around every match. Same boundaries as the iterator it wraps. Not thread-safe (no
 * break iterator is).
 */
final class SentenceBoundaries extends BreakIterator {
    private final BreakIterator sentences;
    private CharacterIterator text = new StringCharacterIterator("");
    private int[] bounds = {0};
    private int count = 1;
    private int at;

    SentenceBoundaries(BreakIterator sentences) {
        this.sentences = sentences;
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        sentences.setText(newText);
        int[] b = new int[16];
        int n = 0;
        for (int i = sentences.first(); i != DONE; i = sentences.next()) {
            if (n == b.length) b = Arrays.copyOf(b, n * 2);
            b[n++] = i;
        }
        bounds = b;
        count = n;
        at = 0;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        at = 0;
        return bounds[at];
    }

    @Override
    public int last() {
        at = count - 1;
        return bounds[at];
    }

    @Override
    public int current() {
        return bounds[at];
    }

    @Override
    public int next() {
        return at == count - 1 ? DONE : bounds[++at];
    }

    @Override
    public int previous() {
        return at == 0 ? DONE : bounds[--at];
    }

    @Override
    public int next(int n) {
        int result = current();
        for (; n > 0 && result != DONE; n--) result = next();
        for (; n < 0 && result != DONE; n++) result = previous();
        return result;
    }

    @Override
    public int following(int offset) {
        check(offset);
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        int after = i >= 0 ? i + 1 : -i - 1;
        if (after >= count) {
            at = count - 1;
            return DONE;
        }
        at = after;
        return bounds[at];
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        int before = (i >= 0 ? i : -i - 1) - 1;
        if (before < 0) {
            at = 0;
            return DONE;
        }
        at = before;
        return bounds[at];
    }

    private void check(int offset) {
        if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text (" + text.getBeginIndex() + " to " + text.getEndIndex() + ")");
        }
    }
}
