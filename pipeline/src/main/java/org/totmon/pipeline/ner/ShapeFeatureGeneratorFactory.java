package org.totmon.pipeline.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * OpenNLP feature: the word's shape (capitalised, all capitals, lower case, mixed, number, alphanumeric, other) and
 * script. OpenNLP's own token-class feature takes every Cyrillic word for Hiragana ("jah"), so a model trained with
 * it cannot see that "Саша" is capitalised. Named by class in the model's feature descriptor: keep the name.
 */
public final class ShapeFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
        return (List<String> features, String[] tokens, int index, String[] previousOutcomes) -> {
            String w = tokens[index];
            features.add("sh=" + shape(w));
            int first = w.codePointAt(0);
            if (Character.isLetter(first)) features.add("sc=" + Character.UnicodeScript.of(first));
        };
    }

    static String shape(String w) {
        int upper = 0, lower = 0, digits = 0, letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
                else if (Character.isLowerCase(c)) lower++;
            } else if (Character.isDigit(c)) digits++;
        }
        if (letters == 0) return digits > 0 ? "num" : "other";
        if (digits > 0) return "an";
        if (upper == 0) return "lc";
        if (lower == 0) return upper == 1 ? "cap1" : "ac";
        if (upper == 1 && Character.isUpperCase(w.charAt(0))) return w.indexOf('-') > 0 ? "ic-" : "ic";
        return "mc";
    }
}
