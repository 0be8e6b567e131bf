package org.totmon.pipeline.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Claim;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.event.EventGate;

class SideModelTest {
    private static final List<Annotator> ANNOTATORS = Pipeline.standardAnnotators();
    private static final AttributionAnnotator ATTRIBUTION = (AttributionAnnotator) ANNOTATORS.stream()
            .filter(a -> a instanceof AttributionAnnotator).findFirst().orElseThrow();
    private static final Pipeline RULES = new Pipeline(ANNOTATORS);
    /** Councils no registry knows are taken for the occupation's, foundations for third parties. */
    private static final SideModel MODEL = train();

    private static Document annotate(String text) {
        return RULES.annotate(new Report(Report.contentId(text), null, null, null, "2024-03-01", "en", text));
    }

    /** Two sets, each with two councils and two foundations. */
    private static SideModel train() {
        Map<String, List<SideModel.Sample>> sets = new LinkedHashMap<>();
        List<List<String>> councils = List.of(List.of("Eastern Grain Council", "Northern Harbour Council"), List.of("Lower Steppe Council", "Coastal Schools Council"));
        List<List<String>> foundations = List.of(List.of("Amber Relief Foundation", "Open Fields Foundation"), List.of("Clear Water Foundation", "Bright Path Foundation"));
        for (int set = 0; set < 2; set++) {
            List<SideModel.Sample> samples = new ArrayList<>();
            for (String body : councils.get(set)) samples.addAll(samples(Side.OCCUPATION, "The " + body + " said 40 farms had been handed to new owners."));
            for (String body : foundations.get(set)) samples.addAll(samples(Side.THIRD_PARTY, "The " + body + " said 300 families had received food parcels."));
            sets.put("set" + set, samples);
        }
        try {
            return SideModel.train(sets);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every speaker no registry knows of the report, with the side given. */
    private static List<SideModel.Sample> samples(Side side, String text) {
        Document doc = annotate(text);
        return ATTRIBUTION.speakers(doc).values().stream().filter(s -> !s.registry())
                .map(s -> new SideModel.Sample(side, s.by().side(), false, s.features())).toList();
    }

    private static Claim onlyClaim(Pipeline pipeline, String text) {
        List<Claim> claims = pipeline.process(new Report(Report.contentId(text), null, null, null, "2024-03-01", "en", text)).claims();
        assertEquals(1, claims.size(), () -> "claims of " + text + ": " + claims);
        return claims.get(0);
    }

    @Test
    void decidesTheSideOfASpeakerNoRegistryKnows() {
        String text = "The Upper Dnipro Council said 120 farms had been handed to new owners.";
        Claim rules = onlyClaim(RULES, text);
        Claim model = onlyClaim(Pipeline.withModels(EventGate.RULES, null, MODEL), text);
        assertNotEquals(Side.OCCUPATION, rules.claimantSide(), rules.sideReason());
        assertEquals(rules.claimant(), model.claimant());
        assertEquals(Side.OCCUPATION, model.claimantSide());
        assertTrue(model.sideReason().startsWith("side model"), model.sideReason());
    }

    @Test
    void registriesStayAuthoritative() {
        String text = "The Council of Europe said 120 farms had been handed to new owners.";
        Document doc = annotate(text);
        SideCues.Speaker speaker = ATTRIBUTION.speakers(doc).get("Council of Europe");
        assertTrue(speaker.registry());
        assertEquals(Side.OCCUPATION, MODEL.decide(speaker.features()).side(), "the model alone would take it for the occupation's");
        Claim model = onlyClaim(Pipeline.withModels(EventGate.RULES, null, MODEL), text);
        assertEquals(Side.THIRD_PARTY, model.claimantSide());
        assertTrue(SideCues.byRegistry(model.sideReason()), model.sideReason());
    }

    @Test
    void writtenAndReadBackDecidesAlike(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sides.bin");
        MODEL.write(file);
        SideModel read = SideModel.read(file);
        List<String> features = ATTRIBUTION.speakers(annotate("The Clear Sky Foundation said 300 families had received food parcels."))
                .values().iterator().next().features();
        assertEquals(MODEL.decide(features), read.decide(features));
        assertEquals(MODEL.threshold(), read.threshold());
        assertEquals(Side.THIRD_PARTY, read.decide(features).side());
    }

    @Test
    void aReasonIsReadByItsKindNotItsNames() {
        assertEquals("outlet not in", SideCues.reasonKind("outlet Kyiv Herald not in the outlet registry: an independent medium"));
        assertEquals("state body", SideCues.reasonKind("state body \"ministry\" of the outlet's authorities"));
        assertEquals("none", SideCues.reasonKind(null));
    }

    @Test
    void badInputIsNamed(@TempDir Path dir) throws IOException {
        IOException notModel = assertThrows(IOException.class,
                () -> SideModel.read(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)), "x.bin"));
        assertTrue(notModel.getMessage().startsWith("x.bin: not a side model"), notModel.getMessage());
        Path labelled = dir.resolve("set.jsonl");
        String good = "{\"side\": \"occupation\", \"rule_side\": \"unknown\", \"registry\": false, \"features\": [\"a\"]}\n"
                + "{\"rule_side\": \"unknown\", \"registry\": false, \"features\": [\"b\"]}\n";
        Files.writeString(labelled, good + "{\"side\": \"north\", \"rule_side\": \"unknown\", \"registry\": false, \"features\": []}\n");
        IOException badSide = assertThrows(IOException.class, () -> SideModel.read(List.of(labelled)));
        assertTrue(badSide.getMessage().startsWith(labelled + ":3: \"side\" is \"north\""), badSide.getMessage());
        Files.writeString(labelled, good);
        assertEquals(1, SideModel.read(List.of(labelled)).get("set").size(), "a claim without a side is left out");
    }
}
