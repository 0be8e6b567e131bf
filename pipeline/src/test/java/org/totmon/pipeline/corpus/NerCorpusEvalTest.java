package org.totmon.pipeline.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Report;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.corpus.Corpora.GoldDoc;

/**
 * The standard pipeline's entity and place layers scored as PER/ORG/LOC NER on public corpora's test splits
 * (figures for BENCHMARKS.md). The pipeline is rule- and registry-based and tuned on reports about the occupied
 * territories, not on these corpora, so the floors only guard against regressions. Skips without ../shared.
 */
class NerCorpusEvalTest {

    @Test
    void nerUkTest() {
        assertAtLeast("NER-UK v2.0 test (uk)", Corpora.nerUkTest(), "uk", 0.40);
    }

    @Test
    void factRuEvalTest() {
        assertAtLeast("factRuEval-2016 test (ru)", Corpora.factRuEvalTest(), "ru", 0.55);
    }

    @Test
    void nerelTest() {
        assertAtLeast("NEREL v1.1 test (ru)", Corpora.nerelTest(), "ru", 0.52);
    }

    @Test
    void conllTestb() {
        assertAtLeast("CoNLL-2003 eng.testb (en)", Corpora.conllTestb(), "en", 0.43);
    }

    private static void assertAtLeast(String corpus, List<GoldDoc> docs, String language, double lenientFloor) {
        NerScore score = new NerScore();
        for (GoldDoc d : docs) {
            Report report = new Report(d.id(), null, null, null, null, language, d.text());
            score.add(d.text(), d.spans(), NerScore.systemSpans(Pipeline.standard().annotate(report)));
        }
        System.out.print(score.report(corpus + ", " + docs.size() + " documents"));
        assertTrue(score.microF1(true) >= lenientFloor, corpus + ": lenient F1 " + score.microF1(true) + " < " + lenientFloor);
    }
}
