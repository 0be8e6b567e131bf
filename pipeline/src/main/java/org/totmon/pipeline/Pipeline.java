package org.totmon.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.totmon.pipeline.ner.NameModel;
import org.totmon.pipeline.ner.NameModelAnnotator;
import org.totmon.pipeline.place.Gazetteer;
import org.totmon.pipeline.place.PlaceAnnotator;
import org.totmon.pipeline.text.LemmaAnnotator;
import org.totmon.pipeline.text.SentenceTokenAnnotator;
import org.totmon.pipeline.time.TimeAnnotator;

/** The annotators in order. Thread-safe: {@link #process} may be called from many threads at once. */
public final class Pipeline {
    private final List<Annotator> annotators;

    public Pipeline(List<Annotator> annotators) {
        this.annotators = List.copyOf(annotators);
    }

    private static volatile Pipeline standard;

    /** The standard pipeline for en, uk and ru reports; its resources load once, on first use. */
    public static Pipeline standard() {
        Pipeline p = standard;
        if (p == null) {
            synchronized (Pipeline.class) {
                p = standard;
                if (p == null) standard = p = buildStandard();
            }
        }
        return p;
    }

    private static Pipeline buildStandard() {
        return new Pipeline(standardAnnotators());
    }

    /** The standard pipeline's annotators, newly built: for composing a pipeline with a step left out or added. */
    public static List<Annotator> standardAnnotators() {
        ActorRegistry registry = registry();
        return List.of(
                new BoilerplateAnnotator(),
                new LanguageAnnotator(),
                new SentenceTokenAnnotator(),
                new LemmaAnnotator(),
                new NameModelAnnotator(NameModel.bundledRussian()),
                new PlaceAnnotator(Gazetteer.standard()),
                new TimeAnnotator(),
                new EntityAnnotator(registry, GivenNames.bundled()),
                new ClaimAnnotator(registry),
                new EventAnnotator());
    }

    /**
     * The shipped actor registry, extended by the user's file named in the system property {@code totmon.registry}
     * or the environment variable {@code TOTMON_REGISTRY}, when either is set.
     */
    static ActorRegistry registry() {
        String file = System.getProperty("totmon.registry", System.getenv("TOTMON_REGISTRY"));
        if (file == null || file.isBlank()) return ActorRegistry.bundled();
        if (!Files.isRegularFile(Path.of(file))) throw new IllegalArgumentException("no actor registry file at " + file);
        try {
            return ActorRegistry.bundledWith(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the actor registry " + file + ": " + e.getMessage(), e);
        }
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
