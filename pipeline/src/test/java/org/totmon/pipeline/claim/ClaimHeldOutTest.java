package org.totmon.pipeline.claim;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.totmon.model.Report;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;

/**
 * Claims on held-out sets: short paragraphs of our own in the style of news reports and official or Telegram posts
 * (en, uk, ru), annotated by hand under the benchmark's guidelines before the annotator was run on them. One JSON
 * object a line: id, language, outlet, published, text and the gold claims. heldout.jsonl (30 paragraphs) showed
 * where the annotator failed to generalise and the rules were improved against it; heldout2.jsonl (14 paragraphs)
 * was written afterwards and is not tuned on, so it is the honest estimate. heldout3.jsonl (23 paragraphs) targets
 * claimant sides: officials named only by title, outlets missing from the registry, relayed and first-person claims;
 * its first run scored F1 1.00, claimant 0.61, side 0.48 (heldout2's side was then 0.74). The side rules were then
 * improved against it (side 0.94, heldout2 0.93), so it is tuned now and the floors keep those gains. heldout4.jsonl (6 reports
 * of 350-460 words) targets long articles: numbers that are no claims (ages, addresses, article, decree and resolution
 * numbers, phone numbers, scores, page and view counters), restated figures, claimants sentences away and relays. Its
 * first run scored F1 0.958, claimant 0.45 (0.66 once its gold named Balytskyi canonically), side 0.76, qualifier
 * 0.96, hedged 0.91; the rules were then improved against it (F1 0.989, claimant 0.75, side 0.87), so it is tuned now.
 * heldout5.jsonl (16 reports, 31 claims) targets claimants no shipped registry knows, named as real reports name them
 * (by title, by a body, a Telegram channel, relayed, "officials installed by Moscow", "the so-called …", NGOs, foreign
 * ministries); annotated before any run. Its first run (score.py) scored F1 1.00, claimant 0.26, side 0.48 (0.29 and
 * 0.48 with the set's names hidden from the registries). General mechanisms then brought claimant to 0.42 and side to
 * 0.87 (BENCHMARKS.md, "Session 14, branch sidemodel"). It is not to be tuned on beyond what such mechanisms bring, so
 * it stays the honest estimate of claimant side on claimants never seen. heldout6.jsonl (18 reports, 42 claims) was
 * written afterwards to tell whether those mechanisms generalise: claimants no registry knows, named in ways heldout5
 * did not use (a regional council's spokesperson, a "deputy governor", a village head, a chief doctor, embassies, a
 * church, a trade union, an OSINT group, a blogger, an okrug's election commission, relays, "we have registered",
 * figures in lists). Its floors sit a little under its first, untuned run (score.py: F1 1.00, claimant 0.29, side 0.52,
 * qualifier 1.00, hedged 0.90), so it is the untuned estimate; the mechanisms its errors then showed raised side to
 * 0.81 (BENCHMARKS.md, "Session 14, branch claims6"), and a further set is needed to tell whether those generalise.
 * heldout7.jsonl (15 reports, 37 claims) is that set, written in session 15 as an unseen judge: claimants no shipped
 * registry holds (a governor by name, an occupation election chief, a statistics service, a demographer, an
 * investigative group, an exiled district head by title, a region's police, an exiled town council's channel, a
 * children's search centre relayed by an outlet, an occupation "head" of an okrug, a charity, a war blogger's channel,
 * an occupation election commission against a Ukrainian town's head, a rights project, a title-only "vice-premier", a
 * rights initiative), with ranges and hedges. Nobody tunes on it: its first run (main at 85552ef; score.py: F1 0.987,
 * claimant 0.24, side 0.54, qualifier 0.97, hedged 0.86) is the estimate, and its floors sit a little under that run.
 * Set -Dclaims.errors=true to list misses.
 */
class ClaimHeldOutTest {
    private static final double FLOOR_F1 = 0.9;

    @Test
    void firstHeldOutSet() throws IOException {
        ClaimScorer.Tally all = score("heldout.jsonl");
        assertTrue(all.f1() >= 0.95, all.line("all"));
        assertTrue(all.share(all.claimantOk) >= 0.85 && all.share(all.sideOk) >= 0.9 && all.share(all.unitOk) >= 0.9, all.line("all"));
    }

    @Test
    void untunedHeldOutSet() throws IOException {
        ClaimScorer.Tally all = score("heldout2.jsonl");
        assertTrue(all.f1() >= FLOOR_F1, all.line("all"));
        assertTrue(all.share(all.claimantOk) >= 0.8 && all.share(all.sideOk) >= 0.85 && all.share(all.unitOk) >= 0.8, all.line("all"));
    }

    @Test
    void sideHeldOutSet() throws IOException {
        ClaimScorer.Tally all = score("heldout3.jsonl");
        assertTrue(all.f1() >= FLOOR_F1, all.line("all"));
        assertTrue(all.share(all.claimantOk) >= 0.6 && all.share(all.sideOk) >= 0.85 && all.share(all.unitOk) >= 0.8, all.line("all"));
    }

    @Test
    void longReportSet() throws IOException {
        assertFloors(score("heldout4.jsonl"), 0.98, 0.72, 0.85, 0.98, 0.95);
    }

    @Test
    void unseenClaimantSet() throws IOException {
        ClaimScorer.Tally all = score("heldout5.jsonl");
        assertTrue(all.f1() >= 0.95, all.line("all"));
        assertTrue(all.share(all.claimantOk) >= 0.4 && all.share(all.sideOk) >= 0.85, all.line("all"));
    }

    @Test
    void secondUnseenClaimantSet() throws IOException {
        assertFloors(score("heldout6.jsonl"), 0.95, 0.25, 0.48, 0.95, 0.85);
    }

    @Test
    void thirdUnseenClaimantSet() throws IOException {
        assertFloors(score("heldout7.jsonl"), 0.95, 0.20, 0.50, 0.95, 0.82);
    }

    private static void assertFloors(ClaimScorer.Tally all, double f1, double claimant, double side, double qualifier, double hedged) {
        assertTrue(all.f1() >= f1, all.line("all"));
        assertTrue(all.share(all.claimantOk) >= claimant && all.share(all.sideOk) >= side && all.share(all.qualifierOk) >= qualifier
                && all.share(all.hedgedOk) >= hedged, all.line("all"));
    }

    private static ClaimScorer.Tally score(String set) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Pipeline pipeline = ClaimScorer.pipeline();
        boolean errors = Boolean.getBoolean("claims.errors");
        Map<String, ClaimScorer.Tally> tallies = new TreeMap<>();
        try (InputStream in = ClaimHeldOutTest.class.getResourceAsStream(set)) {
            assertNotNull(in, set + " is not on the test classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode d = json.readTree(line);
                String published = d.path("published").isNull() ? null : d.path("published").asText();
                String outlet = d.path("outlet").isNull() ? null : d.path("outlet").asText();
                Report report = new Report(d.get("id").asText(), null, outlet, null, published, d.get("language").asText(),
                        d.get("text").asText());
                Document doc = pipeline.annotate(report);
                List<JsonNode> golds = new ArrayList<>();
                d.path("claims").forEach(golds::add);
                for (String lang : List.of(report.language(), "all")) {
                    ClaimScorer.score(golds, doc.claims(), tallies.computeIfAbsent(lang, k -> new ClaimScorer.Tally()),
                            errors && lang.equals("all") ? report.id() : null);
                }
            }
        }
        tallies.forEach((lang, t) -> System.out.println(set + " claims " + t.line(lang)));
        return tallies.get("all");
    }
}
