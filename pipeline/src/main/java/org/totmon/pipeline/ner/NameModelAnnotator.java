package org.totmon.pipeline.ner;

import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;

/**
 * Adds the Russian name model's PERSON, ORGANIZATION and LOCATION candidates to {@link Document#nameCandidates()} for
 * {@code ru} documents; runs after sentences and tokens. Other languages are left alone: the model knows only Russian.
 */
public final class NameModelAnnotator implements Annotator {
    private final NameModel russian;

    public NameModelAnnotator(NameModel russian) {
        this.russian = russian;
    }

    @Override
    public void annotate(Document doc) {
        if ("ru".equals(doc.language())) doc.nameCandidates().addAll(russian.find(doc));
    }
}
