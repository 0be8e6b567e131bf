package org.totmon.pipeline.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.totmon.pipeline.entity.NameKeys;

/**
 * OpenNLP feature: the word's name key (lower case, Cyrillic case ending stripped), so that "Москвы", "Москве" and
 * "Москва" share evidence; a Russian name appears in six cases and a small corpus shows most of them once. Named by
 * class in the model's feature descriptor, so it must stay public with this name.
 */
public final class StemFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
        return (List<String> features, String[] tokens, int index, String[] previousOutcomes) -> {
            String w = tokens[index];
            if (Character.isLetter(w.codePointAt(0))) features.add("stem=" + NameKeys.word(w));
        };
    }
}
