package org.totmon.pipeline.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;
import org.totmon.pipeline.WordClasses;
import org.totmon.pipeline.text.Letters;

/**
 * Sets the report's language to en, uk, ru or other. Cyrillic text is decided by cues that hold even in a
 * two-sentence post: letters only one of the two languages has (і ї є ґ against ы э ё, and ъ before a vowel), and
 * frequent words only one of them uses (що, це, від against что, это, от). Letters of other Cyrillic alphabets
 * (ў, ј, љ, қ …), a text with і and ы but no и (Belarusian) and Bulgarian cues (ъ before a consonant, че, това) make it
 * other (as do Belarusian words and endings: што, гэта, гатуюць). Words inside «quotes» count only when the text outside them is too short, so a Ukrainian post quoting a
 * Russian official stays Ukrainian. Other text, and Cyrillic text without cues, goes to OpenNLP's language detector.
 */
public final class LanguageAnnotator implements Annotator {
    private static final String MODEL = "/langdetect-183.bin";
    /** Below this many letters a detector's guess is noise; the declared language is kept. */
    private static final int MIN_LETTERS = 12;
    private static final int DETECTOR_CHARS = 1000;

    private static final Pattern WORD = Pattern.compile("[\\p{L}'’ʼ]+");
    /** Frequent words only one language uses, and Belarusian verb endings: {@code language-words.tsv}. */
    private static final WordClasses WORDS = WordClasses.resource(LanguageAnnotator.class, "language-words.tsv");
    private static final Set<String> UK_WORDS = WORDS.set("uk");
    private static final Set<String> RU_WORDS = WORDS.set("ru");
    /** Belarusian words that are neither Ukrainian nor Russian. */
    private static final Set<String> BE_WORDS = WORDS.set("be");
    /** Belarusian third-person plural endings (гатуюць, дадуць), where Ukrainian has -ють/-уть and Russian -ют/-ут. */
    private static final Pattern BE_ENDING = WORDS.pattern("be_ending");
    /** Bulgarian words that are neither Ukrainian nor Russian. */
    private static final Set<String> BG_WORDS = WORDS.set("bg");

    /** The language classes of {@code text/letters.tsv}. */
    private enum LetterClass { NONE, UK, UK_OR_BE, RU_OR_BE, RU, HARD_SIGN, CYRILLIC_I, BE, OTHER_CYRILLIC }

    private static final WordClasses LETTERS = Letters.classes();
    /** By letter, its class; past the table's end, NONE. */
    private static final LetterClass[] LETTER_CLASSES = letterClasses();
    private static final Set<Character> HARD_SIGN_RU_BEFORE = LETTERS.letters("hard_sign_ru_before");

    private final LanguageDetectorModel model;

    public LanguageAnnotator() {
        try (InputStream in = LanguageAnnotator.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the classpath");
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP language model", e);
        }
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Layer produces() {
        return Layer.LANGUAGE;
    }

    @Override
    public void annotate(Document doc) {
        String detected = detect(doc.text());
        if (detected != null) doc.setLanguage(detected);
        else if (doc.language() == null) doc.setLanguage("other");
    }

    /** Cue counts over a text. */
    private static final class Cues {
        int latin, cyrillic, uk, ru, bg, be, otherCyrillic, beShortU, ukOrBeI, ruOrBeY, cyrillicI;
    }

    /** en, uk, ru, other, or null when the text is too short to tell. */
    public String detect(String text) {
        String outside = outsideQuotes(text);
        Cues c = cues(outside);
        if (c.latin + c.cyrillic < MIN_LETTERS || c.uk + c.ru + c.bg + c.be + c.otherCyrillic == 0) c = cues(text);
        if (c.latin + c.cyrillic < MIN_LETTERS) return null;
        if (c.cyrillic > c.latin) {
            if (isOtherCyrillic(c)) return "other";
            if (c.uk > c.ru) return "uk";
            if (c.ru > c.uk) return "ru";
            String guess = fromDetector(outside.length() >= MIN_LETTERS ? outside : text);
            // Without a single cue the detector may guess a neighbour (Macedonian, Serbian) for short Russian or Ukrainian.
            return guess.equals("other") && c.otherCyrillic == 0 && c.bg == 0 ? cyrillicFromDetector(text) : guess;
        }
        return fromDetector(text);
    }

    /**
     * Belarusian (ў, both і and ы but no и, or Belarusian cues outweighing the others), Bulgarian cues outweighing the uk
     * and ru ones, or letters of other alphabets.
     */
    private static boolean isOtherCyrillic(Cues c) {
        boolean belarusian = c.beShortU > 0 && c.beShortU >= c.cyrillicI || c.be > Math.max(c.uk, c.ru)
                || c.cyrillicI == 0 && c.ukOrBeI > 0 && c.ruOrBeY > 0 && c.cyrillic >= 2 * MIN_LETTERS;
        return belarusian || c.bg > Math.max(c.uk, c.ru) || c.otherCyrillic >= 2;
    }

    private static Cues cues(String text) {
        Cues c = new Cues();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            if (ch >= 'a' && ch <= 'z') c.latin++;
            else if (Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC) {
                c.cyrillic++;
                char next = i + 1 < lower.length() ? lower.charAt(i + 1) : ' ';
                switch (letterClass(ch)) {
                    case UK -> c.uk++;
                    case UK_OR_BE -> { c.uk++; c.ukOrBeI++; }
                    case RU_OR_BE -> { c.ru++; c.ruOrBeY++; }
                    case RU -> c.ru++;
                    case HARD_SIGN -> { if (HARD_SIGN_RU_BEFORE.contains(next)) c.ru++; else c.bg++; }
                    case CYRILLIC_I -> c.cyrillicI++;
                    case BE -> c.beShortU++;
                    case OTHER_CYRILLIC -> c.otherCyrillic++;
                    case NONE -> { }
                }
            }
        }
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            String w = m.group();
            if (UK_WORDS.contains(w)) c.uk++;
            if (RU_WORDS.contains(w)) c.ru++;
            if (BG_WORDS.contains(w)) c.bg++;
            if (BE_WORDS.contains(w) || BE_ENDING.matcher(w).find()) c.be++;
        }
        return c;
    }

    private static LetterClass[] letterClasses() {
        Map<String, LetterClass> byName = new HashMap<>();
        for (LetterClass k : LetterClass.values()) if (k != LetterClass.NONE) byName.put(k.name().toLowerCase(Locale.ROOT), k);
        Map<Character, String> letters = LETTERS.letterClasses(byName.keySet());
        LetterClass[] out = new LetterClass[letters.keySet().stream().mapToInt(ch -> ch).max().orElse(-1) + 1];
        Arrays.fill(out, LetterClass.NONE);
        letters.forEach((ch, name) -> out[ch] = byName.get(name));
        return out;
    }

    private static LetterClass letterClass(char ch) {
        return ch < LETTER_CLASSES.length ? LETTER_CLASSES[ch] : LetterClass.NONE;
    }

    /** The text with what stands inside «…» and „…“ blanked out. */
    static String outsideQuotes(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '«' || ch == '„') depth++;
            else if ((ch == '»' || ch == '“') && depth > 0) depth--;
            b.append(depth > 0 ? ' ' : ch);
        }
        return b.toString();
    }

    private String fromDetector(String text) {
        return switch (best(text).getLang()) {
            case "eng" -> "en";
            case "ukr" -> "uk";
            case "rus" -> "ru";
            default -> "other";
        };
    }

    /** uk or ru, whichever the detector finds likelier. */
    private String cyrillicFromDetector(String text) {
        double uk = 0, ru = 0;
        for (Language l : detector().predictLanguages(clip(text))) {
            if (l.getLang().equals("ukr")) uk = l.getConfidence();
            else if (l.getLang().equals("rus")) ru = l.getConfidence();
        }
        return uk > ru ? "uk" : "ru";
    }

    private Language best(String text) {
        return detector().predictLanguage(clip(text));
    }

    // The detector keeps no state between calls, so a fresh one per call is cheap and thread-safe.
    private LanguageDetectorME detector() {
        return new LanguageDetectorME(model);
    }

    /**
     * The detector's work grows with the text, while a few sentences already decide (two give 0.99 on the corpora): the
     * first 1,000 characters.
     */
    private static String clip(String text) {
        return text.length() > DETECTOR_CHARS ? text.substring(0, DETECTOR_CHARS) : text;
    }
}
