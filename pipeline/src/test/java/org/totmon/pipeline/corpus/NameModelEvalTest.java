package org.totmon.pipeline.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totmon.model.Entity;
import org.totmon.model.Mention;
import org.totmon.model.Report;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.NameCandidate;
import org.totmon.pipeline.NameCandidate.Kind;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.corpus.Corpora.GoldDoc;
import org.totmon.pipeline.corpus.Corpora.Span;
import org.totmon.pipeline.corpus.ModelEntities.Setting;
import org.totmon.pipeline.ner.NameModel;
import org.totmon.pipeline.ner.NameModelAnnotator;

/**
 * The Russian name model (trained on factRuEval's devset) scored alone on factRuEval's and NEREL's test splits, and the
 * standard pipeline's PER/ORG/LOC with and without the model's extra entities ({@link ModelEntities}) on those splits and
 * on the dev reports in Russian (entities layer, by ../shared/eval/score.py). Figures for BENCHMARKS.md; the floors
 * guard against regressions. Skips without ../shared.
 */
class NameModelEvalTest {
    private static final NameModel MODEL = NameModel.bundledRussian();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The setting recommended for the entity layer (see BENCHMARKS.md), then the others tried beside it. */
    private static final Setting RECOMMENDED = new Setting(Set.of(Kind.PERSON, Kind.ORGANIZATION), 0.5);
    private static final List<Setting> SETTINGS = List.of(RECOMMENDED,
            new Setting(Set.of(Kind.PERSON), 0.5), new Setting(Set.of(Kind.PERSON, Kind.ORGANIZATION), 0.0),
            new Setting(Set.of(Kind.PERSON, Kind.ORGANIZATION), 0.7), new Setting(Set.of(Kind.PERSON, Kind.ORGANIZATION), 0.9));

    /** A document the rules annotated (the model's layer left empty), and the names the model proposes for it. */
    private record Annotated(GoldDoc gold, Document doc, List<NameCandidate> candidates) {}

    @Test
    void factRuEvalTest() {
        evaluate("factRuEval-2016 test", Corpora.factRuEvalTest(), 0.67);
    }

    @Test
    void nerelTest() {
        evaluate("NEREL v1.1 test", Corpora.nerelTest(), 0.68);
    }

    /** The standard pipeline without the model: the rules the model is measured against. */
    private static final Pipeline RULES = new Pipeline(Pipeline.standardAnnotators().stream()
            .map(a -> a instanceof NameModelAnnotator ? NameModelAnnotator.none() : a).toList());

    private static void evaluate(String corpus, List<GoldDoc> docs, double modelFloor) {
        List<Annotated> annotated = new ArrayList<>();
        NerScore standard = new NerScore();
        long nanos = 0;
        int chars = 0;
        for (GoldDoc d : docs) {
            Report report = new Report(d.id(), null, null, null, null, "ru", d.text());
            standard.add(d.text(), d.spans(), NerScore.systemSpans(Pipeline.standard().annotate(report)));
            Document doc = RULES.annotate(report);
            long t0 = System.nanoTime();
            List<NameCandidate> candidates = MODEL.find(doc);
            nanos += System.nanoTime() - t0;
            chars += d.text().length();
            annotated.add(new Annotated(d, doc, candidates));
        }
        System.out.printf(Locale.ROOT, "%s: model %.1f ms per 10,000 characters%n", corpus, nanos / 1e6 / chars * 10_000);
        NerScore alone = new NerScore(), pipeline = new NerScore();
        for (Annotated a : annotated) {
            alone.add(a.gold().text(), a.gold().spans(), a.candidates().stream().map(NameModelEvalTest::span).toList());
            pipeline.add(a.gold().text(), a.gold().spans(), NerScore.systemSpans(a.doc()));
        }
        System.out.print(alone.report(corpus + ", model alone"));
        System.out.print(pipeline.report(corpus + ", pipeline without the model"));
        System.out.print(standard.report(corpus + ", standard pipeline (model wired into the entity layer)"));
        double recommended = 0;
        for (Setting s : SETTINGS) {
            NerScore combined = new NerScore();
            for (Annotated a : annotated) {
                List<Span> spans = new ArrayList<>(NerScore.systemSpans(a.doc()));
                for (Entity e : ModelEntities.extra(a.doc(), a.candidates(), s)) for (Mention m : e.mentions()) spans.add(new Span(type(e), m.start(), m.end()));
                combined.add(a.gold().text(), a.gold().spans(), spans);
            }
            System.out.printf(Locale.ROOT, "%s, pipeline + model %-16s PER %.3f ORG %.3f (lenient F1) | all strict %.3f lenient %.3f%n", corpus, s,
                    combined.f1("PER", true), combined.f1("ORG", true), combined.microF1(false), combined.microF1(true));
            if (s.equals(RECOMMENDED)) recommended = combined.microF1(true);
        }
        assertTrue(alone.microF1(true) >= modelFloor, corpus + ": model alone lenient F1 " + alone.microF1(true) + " < " + modelFloor);
        assertTrue(recommended > pipeline.microF1(true), corpus + ": the model adds nothing to the pipeline");
        assertTrue(standard.microF1(true) > pipeline.microF1(true), corpus + ": the standard pipeline does not use the model's names");
    }

    @Test
    void devReportsInRussian() throws IOException, InterruptedException {
        Path eval = Path.of(System.getProperty("totmon.root", ".")).resolve("../shared/eval").normalize();
        Path docs = eval.resolve("dev/docs.jsonl"), gold = eval.resolve("dev/gold.jsonl");
        assumeTrue(Files.isRegularFile(docs) && Files.isRegularFile(gold), "no dev benchmark at " + eval + "; skipped");
        List<Annotated> annotated = new ArrayList<>();
        for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode d = JSON.readTree(line);
            Document doc = RULES.annotate(new Report(d.get("id").asText(), null, null, null, d.path("published").asText(null),
                    d.path("language").asText(null), d.get("text").asText()));
            annotated.add(new Annotated(null, doc, "ru".equals(doc.language()) ? MODEL.find(doc) : List.of()));
        }
        System.out.println("dev reports (ru), entities: pipeline " + devScore(eval, annotated, null));
        for (Setting s : SETTINGS) System.out.println("dev reports (ru), entities: pipeline + model " + s + " " + devScore(eval, annotated, s));
    }

    /** score.py's entity figures for the Russian reports: the pipeline's entities, plus the model's under {@code setting}. */
    private static String devScore(Path eval, List<Annotated> docs, Setting setting) throws IOException, InterruptedException {
        Path out = Files.createTempFile("totmon-ner-dev", ".jsonl");
        try {
            List<String> lines = new ArrayList<>();
            for (Annotated a : docs) {
                Document doc = a.doc();
                List<Entity> entities = new ArrayList<>(doc.entities());
                if (setting != null) entities.addAll(ModelEntities.extra(doc, a.candidates(), setting));
                ObjectNode o = JSON.createObjectNode().put("id", doc.report().id());
                ArrayNode arr = o.putArray("entities");
                for (Entity e : entities) {
                    ArrayNode ms = arr.addObject().put("name", e.name()).put("type", e.type().name()).putArray("mentions");
                    for (Mention m : e.mentions()) ms.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end());
                }
                lines.add(JSON.writeValueAsString(o));
            }
            Files.write(out, lines, StandardCharsets.UTF_8);
            Process p;
            try {
                p = new ProcessBuilder("python3", eval.resolve("score.py").toString(), eval.resolve("dev/gold.jsonl").toString(), out.toString(),
                        "--docs", eval.resolve("dev/docs.jsonl").toString(), "--json").redirectErrorStream(true).start();
            } catch (IOException e) {
                assumeTrue(false, "no python3 to run score.py; skipped");
                throw e;
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor() == 0, "score.py failed: " + output);
            JsonNode res = JSON.readTree(output);
            JsonNode x = res.path("ru").path("entities");
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d/%d sys, %d gold)", x.path("precision").asDouble(), x.path("recall").asDouble(),
                    x.path("f1").asDouble(), x.path("tp").asInt(), x.path("system").asInt(), x.path("gold").asInt());
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static Span span(NameCandidate c) {
        return new Span(switch (c.kind()) { case PERSON -> "PER"; case ORGANIZATION -> "ORG"; case LOCATION -> "LOC"; }, c.start(), c.end());
    }

    private static String type(Entity e) {
        return switch (e.type()) { case PERSON -> "PER"; case ORGANIZATION -> "ORG"; };
    }
}
