package org.totmon.pipeline.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.totmon.model.TextSpan;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;
import org.totmon.pipeline.WordClasses;

/**
 * Sentences and tokens. A line break always ends a sentence (headlines and list items carry no period); within a
 * line, English goes to OpenNLP's UD-trained sentence model, other languages to the JDK's rule-based
 * BreakIterator. A period glued to the next sentence ("region.But") also ends one; the period of a short form that stands
 * before a name ("St. Petersburg", "БК ім. Шевченка"; {@code abbreviations.tsv}) ends none.
 */
public final class SentenceTokenAnnotator implements Annotator {
    private static final WordClasses ABBREVIATIONS = WordClasses.resource(Tokenizer.class, "abbreviations.tsv");
    private static final Set<String> BEFORE_NAME = ABBREVIATIONS.set("before_name");
    private static final Set<String> BEFORE_NAME_NOT_AFTER_NUMBER = ABBREVIATIONS.set("before_name_not_after_number");
    private static final String EN_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private final SentenceModel englishModel;

    public SentenceTokenAnnotator() {
        try (InputStream in = SentenceTokenAnnotator.class.getResourceAsStream(EN_MODEL)) {
            if (in == null) throw new IllegalStateException("OpenNLP sentence model " + EN_MODEL + " is not on the classpath");
            englishModel = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP sentence model", e);
        }
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.LANGUAGE);
    }

    @Override
    public Layer produces() {
        return Layer.TOKENS;
    }

    @Override
    public void annotate(Document doc) {
        String text = doc.text();
        doc.tokens().addAll(Tokenizer.tokenize(text));
        SentenceDetectorME english = "en".equals(doc.language()) ? new SentenceDetectorME(englishModel) : null;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (lineEnd > lineStart) addSentences(doc, lineStart, text.substring(lineStart, lineEnd), english);
            lineStart = lineEnd + 1;
        }
    }

    private void addSentences(Document doc, int offset, String line, SentenceDetectorME english) {
        if (line.isBlank()) return;
        if (english != null) {
            for (Span s : english.sentPosDetect(line)) splitGlued(doc, offset + s.getStart(), offset + s.getEnd());
            return;
        }
        Locale locale = doc.language() == null ? Locale.ROOT : Locale.forLanguageTag(doc.language());
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(line);
        for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
            splitGlued(doc, offset + s, offset + e);
        }
    }

    /** Adds [start, end) as sentences, cut after every sentence-final period the tokenizer found glued to a word. */
    private static void splitGlued(Document doc, int start, int end) {
        String text = doc.text();
        int s = start;
        for (int i = start + 1; i < end - 2; i++) {
            if (text.charAt(i) == '.' && Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i + 1))
                    && Character.isLowerCase(text.charAt(i + 2))) {
                add(doc, s, i + 1);
                s = i + 1;
            }
        }
        add(doc, s, end);
    }

    private static void add(Document doc, int start, int end) {
        String text = doc.text();
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end <= start) return;
        List<TextSpan> sentences = doc.sentences();
        TextSpan last = sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
        if (last != null && endsBeforeName(text, last) && text.substring(last.end(), start).indexOf('\n') < 0) {
            sentences.set(sentences.size() - 1, new TextSpan(last.start(), end));
        } else {
            sentences.add(new TextSpan(start, end));
        }
    }

    /**
     * Whether the sentence ends in a short form that stands before a name ("the St.", "у БК ім.", "суду м."), and for
     * those that are also units or "year" ("м.", "г."), no number before it.
     */
    private static boolean endsBeforeName(String text, TextSpan sentence) {
        if (text.charAt(sentence.end() - 1) != '.') return false;
        int from = sentence.end() - 1;
        while (from > sentence.start() && Character.isLetter(text.charAt(from - 1))) from--;
        if (from == sentence.end() - 1 || from > sentence.start() && Character.isLetterOrDigit(text.charAt(from - 1))) return false;
        String word = text.substring(from, sentence.end() - 1).toLowerCase(Locale.ROOT);
        if (BEFORE_NAME.contains(word)) return true;
        if (!BEFORE_NAME_NOT_AFTER_NUMBER.contains(word)) return false;
        int before = from;
        while (before > sentence.start() && Character.isWhitespace(text.charAt(before - 1))) before--;
        return before == sentence.start() || !Character.isDigit(text.charAt(before - 1));
    }
}
