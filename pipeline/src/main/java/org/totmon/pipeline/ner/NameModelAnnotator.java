package org.totmon.pipeline.ner;

import java.util.Set;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;

/**
 * Adds the Russian name model's PERSON, ORGANIZATION and LOCATION candidates to {@link Document#nameCandidates()} for
 * {@code ru} documents; runs after sentences and tokens. Other languages are left alone: the model knows only Russian.
 */
public final class NameModelAnnotator implements Annotator {
    private final NameModel russian;

    public NameModelAnnotator(NameModel russian) {
        this.russian = russian;
    }

    /** Proposes no names, for a pipeline of the rules alone; its layer stays empty. */
    public static NameModelAnnotator none() {
        return new NameModelAnnotator(null);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.LANGUAGE, Layer.TOKENS, Layer.BOILERPLATE);
    }

    @Override
    public Layer produces() {
        return Layer.NAME_CANDIDATES;
    }

    @Override
    public void annotate(Document doc) {
        if (russian != null && "ru".equals(doc.language())) doc.nameCandidates().addAll(russian.find(doc));
    }
}
