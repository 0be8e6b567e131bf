package org.totmon.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.TextSpan;
import org.totmon.pipeline.clean.BoilerplateAnnotator;
import org.totmon.pipeline.lang.LanguageAnnotator;
import org.totmon.pipeline.text.SentenceTokenAnnotator;

class LayerContractTest {
    @Test
    void theStandardPipelineIsInOrderAndEveryLayerHasOneProducer() {
        List<Annotator> standard = Pipeline.standardAnnotators();
        new Pipeline(standard);
        assertEquals(standard.size(), standard.stream().map(Annotator::produces).distinct().count());
    }

    @Test
    void aMissingLayerIsNamedWithTheAnnotatorThatNeedsIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(new BoilerplateAnnotator(), new SentenceTokenAnnotator())));
        assertEquals("SentenceTokenAnnotator requires the layer LANGUAGE, which no annotator before it produces", e.getMessage());
    }

    @Test
    void aLayerProducedTooLateIsNamedWithItsProducer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(new SentenceTokenAnnotator(), new LanguageAnnotator())));
        assertEquals("SentenceTokenAnnotator requires the layer LANGUAGE, which no annotator before it produces"
                + " (LanguageAnnotator produces it, but runs after)", e.getMessage());
    }

    @Test
    void aLayerHasOneProducer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(new BoilerplateAnnotator(), new BoilerplateAnnotator())));
        assertEquals("BoilerplateAnnotator produces the layer BOILERPLATE, which BoilerplateAnnotator already produces;"
                + " each layer has one producer", e.getMessage());
    }

    /** Reads places without declaring them: a pipeline stops it at the first read. */
    private static final class Undeclared implements Annotator {
        @Override public void annotate(Document doc) { doc.places(); }
        @Override public Set<Layer> requires() { return Set.of(); }
        @Override public Layer produces() { return Layer.CLAIMS; }
    }

    @Test
    void anAnnotatorReadsOnlyTheLayersItRequires() {
        Pipeline p = new Pipeline(List.of(new Undeclared()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.annotate(TestDocs.en("Kherson.").report()));
        assertEquals("Undeclared reads the layer PLACES but does not declare it in requires()", e.getMessage());
    }

    /** Tries to change the boilerplate layer, which an earlier annotator produced. */
    private static final class Rewriter implements Annotator {
        @Override public void annotate(Document doc) { doc.boilerplate().clear(); }
        @Override public Set<Layer> requires() { return Set.of(Layer.BOILERPLATE); }
        @Override public Layer produces() { return Layer.CLAIMS; }
    }

    @Test
    void aLayerIsImmutableOnceProduced() {
        Pipeline p = new Pipeline(List.of(new BoilerplateAnnotator(), new Rewriter()));
        assertThrows(UnsupportedOperationException.class, () -> p.annotate(TestDocs.en("Kherson.\nWe use cookies.").report()));
        Document done = new Pipeline(List.of(new BoilerplateAnnotator())).annotate(TestDocs.en("Kherson.\nWe use cookies.").report());
        assertTrue(done.isSealed(Layer.BOILERPLATE));
        assertFalse(done.boilerplate().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> done.boilerplate().add(new TextSpan(0, 1)));
    }

    @Test
    void entitiesNoLongerRewritePlacesTheyProduceTheirOwnLayer() {
        Document d = Pipeline.standard().annotate(TestDocs.en(
                "The Kherson Regional Council met in Kherson on Monday.").report());
        List<String> matches = new ArrayList<>();
        for (Place p : d.placeMatches()) p.mentions().forEach(m -> matches.add(m.text()));
        List<String> places = new ArrayList<>();
        for (Place p : d.places()) p.mentions().forEach(m -> places.add(m.text()));
        assertTrue(matches.size() > places.size(), matches + " " + places);
        assertEquals(List.of("Kherson"), places);
        assertEquals(PlaceKind.SETTLEMENT, d.places().get(0).kind());
    }
}
