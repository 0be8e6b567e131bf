package org.totmon.pipeline.modality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.TestDocs;
import org.totmon.pipeline.lang.LanguageAnnotator;
import org.totmon.pipeline.rules.Tokens;

/** Runs every example sentence of every rule of the bundled modality lexicons through the pipeline's layers. */
class ModalityRuleExamplesTest {
    /** The standard layers but language identification: an example sentence is too short to tell its language by. */
    private static final List<Annotator> ANNOTATORS = Pipeline.standardAnnotators().stream().filter(a -> !(a instanceof LanguageAnnotator)).toList();

    @Test
    void everyRuleMatchesItsPositivesAndNotItsNegatives() {
        List<String> failures = new ArrayList<>();
        int examples = 0;
        for (String lang : List.of("en", "uk", "ru")) {
            for (ModalityLexicon.Rule rule : ModalityLexicon.bundled(lang).rules()) {
                for (String sentence : rule.positives()) {
                    examples++;
                    if (!matches(rule, sentence, lang)) failures.add(rule.id() + " misses: " + sentence);
                }
                for (String sentence : rule.negatives()) {
                    examples++;
                    if (matches(rule, sentence, lang)) failures.add(rule.id() + " matches: " + sentence);
                }
            }
        }
        assertTrue(examples >= 10, "the lexicons give " + examples + " examples");
        assertEquals(List.of(), failures);
    }

    @Test
    void everyLemmaRuleHasAnIdAndBothKindsOfExample() {
        for (String lang : List.of("en", "uk", "ru")) {
            for (ModalityLexicon.Rule rule : ModalityLexicon.bundled(lang).rules()) {
                if (!rule.pattern().toString().contains("@")) continue;
                assertTrue(!rule.id().contains(".tsv:"), lang + ": a lemma rule without an id: " + rule.pattern());
                assertTrue(!rule.positives().isEmpty() && !rule.negatives().isEmpty(), rule.id() + " needs + and - examples");
            }
        }
    }

    private static boolean matches(ModalityLexicon.Rule rule, String sentence, String lang) {
        Document doc = TestDocs.doc(sentence, lang, "2023-06-07");
        for (Annotator a : ANNOTATORS) a.annotate(doc);
        return rule.pattern().find(Tokens.of(doc, doc.tokens())) != null;
    }
}
