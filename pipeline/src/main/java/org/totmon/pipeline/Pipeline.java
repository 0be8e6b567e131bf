package org.totmon.pipeline;

import java.util.List;
import org.totmon.model.Extraction;
import org.totmon.model.Report;
import org.totmon.pipeline.claim.ClaimAnnotator;
import org.totmon.pipeline.clean.BoilerplateAnnotator;
import org.totmon.pipeline.entity.ActorRegistry;
import org.totmon.pipeline.entity.EntityAnnotator;
import org.totmon.pipeline.entity.GivenNames;
import org.totmon.pipeline.event.EventAnnotator;
import org.totmon.pipeline.lang.LanguageAnnotator;
import org.totmon.pipeline.place.Gazetteer;
import org.totmon.pipeline.place.PlaceAnnotator;
import org.totmon.pipeline.text.SentenceTokenAnnotator;
import org.totmon.pipeline.time.TimeAnnotator;

/** The annotators in order. Thread-safe: {@link #process} may be called from many threads at once. */
public final class Pipeline {
    private final List<Annotator> annotators;

    public Pipeline(List<Annotator> annotators) {
        this.annotators = List.copyOf(annotators);
    }

    /** The standard pipeline for en, uk and ru reports; its resources load once, on first use. */
    public static Pipeline standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ActorRegistry REGISTRY = ActorRegistry.bundled();
        static final Pipeline INSTANCE = new Pipeline(List.of(
                new BoilerplateAnnotator(),
                new LanguageAnnotator(),
                new SentenceTokenAnnotator(),
                new PlaceAnnotator(Gazetteer.standard()),
                new TimeAnnotator(),
                new EntityAnnotator(REGISTRY, GivenNames.bundled()),
                new ClaimAnnotator(REGISTRY),
                new EventAnnotator()));
    }

    public Extraction process(Report report) {
        return annotate(report).toExtraction();
    }

    public Document annotate(Report report) {
        Document doc = new Document(report);
        for (Annotator a : annotators) a.annotate(doc);
        return doc;
    }
}
