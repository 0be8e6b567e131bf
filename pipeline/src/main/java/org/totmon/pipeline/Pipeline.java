package org.totmon.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.totmon.model.Extraction;
import org.totmon.model.Report;
import org.totmon.pipeline.attribution.AttributionAnnotator;
import org.totmon.pipeline.attribution.OutletRegistry;
import org.totmon.pipeline.attribution.SideModel;
import org.totmon.pipeline.claim.ClaimAnnotator;
import org.totmon.pipeline.clean.BoilerplateAnnotator;
import org.totmon.pipeline.clean.CreditAnnotator;
import org.totmon.pipeline.clean.HeadlineAnnotator;
import org.totmon.pipeline.entity.ActorRegistry;
import org.totmon.pipeline.entity.EntityAnnotator;
import org.totmon.pipeline.entity.GivenNames;
import org.totmon.pipeline.event.EventAnnotator;
import org.totmon.pipeline.event.EventGate;
import org.totmon.pipeline.lang.LanguageAnnotator;
import org.totmon.pipeline.modality.ModalityAnnotator;
import org.totmon.pipeline.ner.NameModel;
import org.totmon.pipeline.ner.NameModelAnnotator;
import org.totmon.pipeline.place.Gazetteer;
import org.totmon.pipeline.place.PlaceAnnotator;
import org.totmon.pipeline.place.PlacesOutsideNames;
import org.totmon.pipeline.text.ClauseAnnotator;
import org.totmon.pipeline.text.LemmaAnnotator;
import org.totmon.pipeline.text.SentenceTokenAnnotator;
import org.totmon.pipeline.time.TimeAnnotator;

/** The annotators in order. Thread-safe: {@link #process} may be called from many threads at once. */
public final class Pipeline {
    private final List<Annotator> annotators;

    /**
     * @throws IllegalArgumentException when an annotator requires a layer that no annotator before it produces, or
     *         produces a layer an earlier one already produced
     */
    public Pipeline(List<Annotator> annotators) {
        this.annotators = List.copyOf(annotators);
        checkOrder(this.annotators);
    }

    private static void checkOrder(List<Annotator> annotators) {
        Map<Layer, Annotator> producer = new EnumMap<>(Layer.class);
        for (Annotator a : annotators) {
            for (Layer needed : a.requires()) {
                if (producer.containsKey(needed)) continue;
                String later = annotators.stream().filter(b -> b.produces() == needed).map(Annotator::name).findFirst()
                        .map(name -> " (" + name + " produces it, but runs after)").orElse("");
                throw new IllegalArgumentException(a.name() + " requires the layer " + needed
                        + ", which no annotator before it produces" + later);
            }
            Annotator earlier = producer.putIfAbsent(a.produces(), a);
            if (earlier != null) {
                throw new IllegalArgumentException(a.name() + " produces the layer " + a.produces() + ", which "
                        + earlier.name() + " already produces; each layer has one producer");
            }
        }
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

    /** The standard pipeline with another keep-or-drop decision over event candidates (a trained gate). */
    public static Pipeline withEventGate(EventGate gate) {
        return withEventModels(gate, null);
    }

    /** The standard pipeline with a gate and a trained chooser of events' places (null: the rules' choice). */
    public static Pipeline withEventModels(EventGate gate, EventGate placeChooser) {
        return withModels(gate, placeChooser, null);
    }

    /** The standard pipeline with trained decisions: an event gate, a chooser of events' places, a claimant side (null: the rules'). */
    public static Pipeline withModels(EventGate gate, EventGate placeChooser, SideModel sideModel) {
        return new Pipeline(standardAnnotators().stream().map(a -> a instanceof EventAnnotator ? new EventAnnotator(gate, placeChooser)
                : a instanceof AttributionAnnotator attribution && sideModel != null ? attribution.withSideModel(sideModel) : a).toList());
    }

    /** The standard pipeline's annotators, newly built: for composing a pipeline with a step left out or added. */
    public static List<Annotator> standardAnnotators() {
        ActorRegistry registry = registry();
        OutletRegistry outlets = outlets();
        return List.of(
                new BoilerplateAnnotator(),
                new HeadlineAnnotator(),
                new LanguageAnnotator(),
                new SentenceTokenAnnotator(),
                new LemmaAnnotator(),
                new NameModelAnnotator(NameModel.bundledRussian()),
                new PlaceAnnotator(Gazetteer.standard()),
                new TimeAnnotator(),
                new CreditAnnotator(GivenNames.bundled()),
                new EntityAnnotator(registry, GivenNames.bundled()),
                new PlacesOutsideNames(),
                new ClauseAnnotator(),
                new ModalityAnnotator(),
                new AttributionAnnotator(registry, outlets),
                new ClaimAnnotator(),
                new EventAnnotator());
    }

    /**
     * The shipped actor registry, extended by the user's file named in the system property {@code totmon.registry}
     * or the environment variable {@code TOTMON_REGISTRY}, when either is set.
     */
    static ActorRegistry registry() {
        return extended("totmon.registry", "TOTMON_REGISTRY", "actor registry", ActorRegistry::bundled, ActorRegistry::bundledWith);
    }

    /**
     * The shipped outlet registry, extended by the user's file named in the system property {@code totmon.outlets} or
     * the environment variable {@code TOTMON_OUTLETS}, when either is set.
     */
    public static OutletRegistry outlets() {
        return extended("totmon.outlets", "TOTMON_OUTLETS", "outlet registry", OutletRegistry::bundled, OutletRegistry::bundledWith);
    }

    private interface FileReader<T> {
        T read(Path file) throws IOException;
    }

    private static <T> T extended(String property, String variable, String what, Supplier<T> bundled, FileReader<T> withFile) {
        String file = System.getProperty(property, System.getenv(variable));
        if (file == null || file.isBlank()) return bundled.get();
        if (!Files.isRegularFile(Path.of(file))) throw new IllegalArgumentException("no " + what + " file at " + file);
        try {
            return withFile.read(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    public Extraction process(Report report) {
        return annotate(report).toExtraction();
    }

    /**
     * Runs the report through every annotator. An interrupted thread stops between two annotators with a
     * CancellationException (the server's request limit: a report whose client has gone is not annotated on).
     */
    public Document annotate(Report report) {
        Document doc = new Document(report);
        for (Annotator a : annotators) {
            if (Thread.interrupted()) throw new CancellationException("annotation of report " + report.id() + " stopped");
            doc.begin(a);
            a.annotate(doc);
            doc.end(a);
        }
        return doc;
    }
}
