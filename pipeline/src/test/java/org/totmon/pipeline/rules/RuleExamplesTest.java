package org.totmon.pipeline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.TestDocs;
import org.totmon.pipeline.event.EventLexicon;
import org.totmon.pipeline.lang.LanguageAnnotator;
import org.totmon.pipeline.modality.ModalityLexicon;

/** Runs every example sentence of every rule of the bundled event and modality lexicons through the pipeline's layers. */
class RuleExamplesTest {
    /** The standard layers but language identification: an example sentence is too short to tell its language by. */
    private static final List<Annotator> ANNOTATORS = Pipeline.standardAnnotators().stream().filter(a -> !(a instanceof LanguageAnnotator)).toList();

    /** A rule of either lexicon, as its examples see it. */
    private record Rule(String id, TokenPattern pattern, List<String> positives, List<String> negatives) {}

    private static List<Rule> rules(String lang) {
        List<Rule> out = new ArrayList<>();
        for (EventLexicon.Rule r : EventLexicon.bundled(lang).rules()) out.add(new Rule(r.id(), r.pattern(), r.positives(), r.negatives()));
        for (ModalityLexicon.Rule r : ModalityLexicon.bundled(lang).rules()) out.add(new Rule(r.id(), r.pattern(), r.positives(), r.negatives()));
        return out;
    }

    @Test
    void everyRuleMatchesItsPositivesAndNotItsNegatives() {
        List<String> failures = new ArrayList<>();
        int examples = 0;
        for (String lang : List.of("en", "uk", "ru")) {
            for (Rule rule : rules(lang)) {
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
        assertTrue(examples >= 60, "the lexicons give " + examples + " examples");
        assertEquals(List.of(), failures);
    }

    @Test
    void everyLemmaRuleHasAnIdAndBothKindsOfExample() {
        for (String lang : List.of("en", "uk", "ru")) {
            for (Rule rule : rules(lang)) {
                if (!rule.pattern().toString().contains("@")) continue;
                assertTrue(!rule.id().contains(".tsv:"), lang + ": a lemma rule without an id: " + rule.pattern());
                assertTrue(!rule.positives().isEmpty() && !rule.negatives().isEmpty(), rule.id() + " needs + and - examples");
            }
        }
    }

    private static boolean matches(Rule rule, String sentence, String lang) {
        Document doc = TestDocs.doc(sentence, lang, "2023-06-07");
        for (Annotator a : ANNOTATORS) a.annotate(doc);
        return rule.pattern().find(Tokens.of(doc, doc.tokens())) != null;
    }
}
