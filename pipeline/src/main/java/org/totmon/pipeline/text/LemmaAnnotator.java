package org.totmon.pipeline.text;

import java.util.Set;
import org.totmon.model.Token;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;

/**
 * Adds the LEMMAS layer: the lemmas of every token, looked up once in the language's {@link Morphology}, for every
 * rule that names words by lemma. Needs the language and the tokens.
 */
public final class LemmaAnnotator implements Annotator {
    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.LANGUAGE, Layer.TOKENS);
    }

    @Override
    public Layer produces() {
        return Layer.LEMMAS;
    }

    @Override
    public void annotate(Document doc) {
        Morphology morphology = Morphology.of(doc.language());
        doc.lemmas().clear();
        for (Token t : doc.tokens()) doc.lemmas().add(morphology.lemmas(Morphology.fold(t.text())));
    }
}
