package org.totmon.pipeline.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.totmon.pipeline.entity.GivenNames;
import org.totmon.pipeline.place.Gazetteer;

/**
 * OpenNLP feature from the project's own lexicons, in any case form: a capitalised word that is a given name, or a
 * place in the gazetteer (by the kind of its likeliest entry). A corpus of 30,000 words has seen few of Ukraine's
 * settlements; the gazetteer (GeoNames) has them all. Named by class in the model's feature descriptor: keep the name.
 */
public final class LexiconFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    private static final int MIN_LENGTH = 3;

    @Override
    public AdaptiveFeatureGenerator create() {
        GivenNames givenNames = GivenNames.bundled();
        Gazetteer gazetteer = Gazetteer.standard();
        return (List<String> features, String[] tokens, int index, String[] previousOutcomes) -> {
            String w = tokens[index];
            if (w.length() < MIN_LENGTH || !Character.isUpperCase(w.charAt(0))) return;
            if (givenNames.contains(w)) features.add("lex=given");
            List<Gazetteer.Entry> places = gazetteer.lookup(w);
            if (!places.isEmpty()) features.add("lex=" + places.get(0).kind());
        };
    }
}
