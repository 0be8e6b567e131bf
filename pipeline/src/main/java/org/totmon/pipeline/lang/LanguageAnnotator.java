package org.totmon.pipeline.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;

/**
 * Sets the report's language to en, uk, ru or other. Cyrillic text is told apart by the letters only one of
 * the two languages has (і ї є ґ against ы э ъ ё), which holds even for a two-sentence post; other text goes to
 * OpenNLP's language detector (103 languages).
 */
public final class LanguageAnnotator implements Annotator {
    private static final String MODEL = "/langdetect-183.bin";
    /** Below this many letters a detector's guess is noise; the declared language is kept. */
    private static final int MIN_LETTERS = 12;

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
    public void annotate(Document doc) {
        String detected = detect(doc.text());
        if (detected != null) doc.setLanguage(detected);
        else if (doc.language() == null) doc.setLanguage("other");
    }

    /** en, uk, ru, other, or null when the text is too short to tell. */
    public String detect(String text) {
        int latin = 0, cyrillic = 0, ukOnly = 0, ruOnly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z') latin++;
            else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                switch (c) {
                    case 'і', 'ї', 'є', 'ґ' -> ukOnly++;
                    case 'ы', 'э', 'ъ', 'ё' -> ruOnly++;
                    default -> { }
                }
            }
        }
        if (latin + cyrillic < MIN_LETTERS) return null;
        if (cyrillic > latin) {
            if (ukOnly > ruOnly) return "uk";
            if (ruOnly > ukOnly) return "ru";
        }
        return fromDetector(text);
    }

    private String fromDetector(String text) {
        // The detector keeps no state between calls, so a fresh one per call is cheap and thread-safe.
        Language best = new LanguageDetectorME(model).predictLanguage(text.length() > 4000 ? text.substring(0, 4000) : text);
        return switch (best.getLang()) {
            case "eng" -> "en";
            case "ukr" -> "uk";
            case "rus" -> "ru";
            default -> "other";
        };
    }
}
