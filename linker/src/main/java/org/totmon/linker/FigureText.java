package org.totmon.linker;

import java.util.List;
import java.util.Set;

/**
 * The stretches of a report's text around a figure that tell what it counts and where: its sentence, the clause of
 * the sentence it stands in, and the sentences before it. Split by punctuation alone, the same way in every language.
 */
final class FigureText {
    private FigureText() {}

    /** The "and" and "or" words of the conjunctions the pipeline reads too (the model's {@code words/conjunctions.tsv}). */
    private static final Set<String> LIST_JOINERS = Words.classes("/org/totmon/model/words/conjunctions.tsv", "and", "or");
    private static final Set<String> PART_OF = Words.load("part-of.txt");
    /** The longest "figure and joining word" ("1 234 567 out of ") that {@link #partOf} reads. */
    private static final int PART_OF_SPAN = 48;

    /**
     * The sentence around [start, end): from after the last . ! ? (followed by a space) or line break before it to
     * the next. A full stop followed by a lower-case word is an abbreviation ("2 тыс. домов", "approx. 300"), not an end.
     */
    static int[] sentence(String text, int start, int end) {
        int from = Math.min(start, text.length());
        while (from > 0 && !endsSentence(text, from - 1)) from--;
        int to = Math.max(end, from);
        while (to < text.length() && !endsSentence(text, to)) to++;
        return new int[] {from, Math.min(text.length(), to + 1)};
    }

    /** Where the sentence {@code back} sentences before the one starting at {@code sentenceStart} starts. */
    static int sentencesBefore(String text, int sentenceStart, int back) {
        int from = sentenceStart;
        for (int i = 0; i < back; i++) {
            int end = from;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end == 0) break;
            from = sentence(text, end - 1, end - 1)[0];
        }
        return from;
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') return true;
        if (c != '.' && c != '!' && c != '?') return false;
        if (i + 1 == text.length()) return true;
        if (!Character.isWhitespace(text.charAt(i + 1))) return false;
        int next = i + 1;
        while (next < text.length() && text.charAt(next) == ' ') next++;
        return c != '.' || next == text.length() || !Character.isLowerCase(text.charAt(next));
    }

    /**
     * The clause of [start, end) within {@code sentence}: between the nearest clause marks (a comma, semicolon or colon
     * followed by a space, a dash between spaces, a bracket) on either side. "After 100% of votes were counted, 93% had
     * voted for it": what 93% counts is in its own clause.
     */
    static int[] clause(String text, int start, int end, int[] sentence) {
        int from = Math.max(sentence[0], Math.min(start, text.length()));
        while (from > sentence[0] && !marksClause(text, from - 1)) from--;
        int to = Math.min(sentence[1], Math.max(end, from));
        while (to < sentence[1] && !marksClause(text, to)) to++;
        return new int[] {from, to};
    }

    private static boolean marksClause(String text, int i) {
        char c = text.charAt(i);
        boolean spaced = i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
        return switch (c) {
            case ',', ';', ':' -> spaced;
            case '–', '—' -> spaced && i > 0 && Character.isWhitespace(text.charAt(i - 1));
            case '(', ')' -> true;
            default -> false;
        };
    }

    /**
     * Whether [partStart, wholeStart) is a figure and a word joining a part to its whole ("143 of ", "143 зі "): the
     * figure that follows is the whole.
     */
    static boolean partOf(String text, int partStart, int wholeStart) {
        // Only a figure and a joining word stand between: a longer stretch is never one, and is not read.
        if (wholeStart <= partStart || wholeStart - partStart > PART_OF_SPAN) return false;
        List<String> words = Words.of(text.substring(partStart, wholeStart));
        int figure = 0;
        while (figure < words.size() && Character.isDigit(words.get(figure).charAt(0))) figure++;
        return figure > 0 && figure < words.size() && PART_OF.containsAll(words.subList(figure, words.size()));
    }

    /** Whether only punctuation, spaces and list joiners ("and", "і", "или") stand between [aEnd and bStart). */
    static boolean listed(String text, int aEnd, int bStart) {
        if (bStart < aEnd) return false;
        String between = text.substring(aEnd, bStart);
        for (String w : Words.of(between)) if (!LIST_JOINERS.contains(w)) return false;
        return between.chars().noneMatch(ch -> ch == '.' || ch == '\n');
    }
}
