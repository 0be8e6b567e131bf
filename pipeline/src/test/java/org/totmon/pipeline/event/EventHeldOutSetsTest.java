package org.totmon.pipeline.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events on the project's held-out sets, through the standard pipeline, scored as score.py scores them, per language
 * too. Each set is reports in en, uk and ru written for the test and annotated by hand before the annotator
 * first ran on them; its first run is the honest estimate of unseen text. The rules were then generalised on each
 * set's misses, so the floors (a little under what the rules reach now) guard those gains, and each set is tuned now.
 * <ul>
 *   <li>heldout/: 31 reports; first run P 0.57, F1 0.49.
 *   <li>heldout2/: 27 reports (11 en, 8 uk, 8 ru) in the wording of occupation officials' Telegram posts, resistance
 *       and intelligence statements, ombudsman statements and wire news; first run P 0.735, F1 0.602, types 0.699.
 *   <li>heldout3/: 30 reports (12 uk, 10 ru, 8 en) adding Russian state media and rights monitors; first run P 0.787,
 *       F1 0.649, types 0.702 (uk 0.735, ru 0.514, en 0.667).
 *   <li>heldout4/: 9 LONG reports (3 en, 3 uk, 3 ru; 350-610 words: wire story, rights-monitor report, explainer back
 *       to 2014, outlet feature, oblast and occupation administrations' posts, state media, independent long-read) with
 *       background history, quotes, boilerplate and many dates; first run P 0.610, R 0.475, F1 0.534, types 0.727
 *       (en P 0.536 R 0.385 F1 0.448 types 0.716; uk P 0.645 R 0.645 F1 0.645 types 0.774; ru P 0.667 R 0.414 F1 0.511
 *       types 0.681). The gold's place for the Kakhovka dam was then renamed to Wikipedia's title, "Kakhovka Dam" (one
 *       more match in ru), and later, as the benchmark's annotators name it, "Kakhovka Hydroelectric Power Plant".
 *   <li>heldout5/: 5 LONG reports (2 en, 2 uk, 1 ru; 300-430 words) in styles heldout4 lacks: a monitoring mission's
 *       weekly update, a think-tank's daily assessment, a regional outlet's live-blog digest, an ombudsman's
 *       annual-report chapter, an independent outlet's weekly newsletter; first run P 0.762, R 0.571, F1 0.653, types
 *       0.755, dates 0.938 (en P 0.867 R 0.619 F1 0.722; uk P 0.579 R 0.500 F1 0.537; ru P 1.000 R 0.615 F1 0.762).
 *       Its gold calls leaflets that activists paste up resistance where heldout/ calls them an information operation;
 *       the rules follow heldout/.
 *   <li>heldout6/: 4 LONG reports (1 en, 2 uk, 1 ru; 300-440 words): a court report on a collaborator's trial in
 *       absentia, an NGO press release on deported children returned, a military administration's morning summary, an
 *       occupation administration's weekly digest; first run P 0.622, R 0.548, F1 0.582, types 0.759, dates 0.913
 *       (en P 0.571 R 0.364 F1 0.444; uk P 0.722 R 0.650 F1 0.684; ru P 0.500 R 0.545 F1 0.522). Its dates floor
 *       sits a little under the first run: the events found since carry dates the time layer gets wrong ("days later").
 *   <li>heldout7/: 15 SHORT reports (5 en, 5 uk, 5 ru; 80-180 words) in styles the others lack: a UN monitoring
 *       mission's monthly paragraph, a fact-check, an EU declaration, a Crimean rights group's bulletin, an IAEA
 *       statement, a prosecutor's notice of suspicion, a resistance movement's and a partisan movement's Telegram posts,
 *       a local outlet's shelling brief, a security service release, an exiled mayor's post, an occupation ministry's
 *       statement, a state-media verdict brief, a CEC announcement, an independent outlet's brief; written after
 *       the mechanism work of sessions 1-13, so its first run is the newest estimate of unseen text: P 0.514,
 *       R 0.365, F1 0.427, types 0.562, dates 0.750 (en P 0.455 R 0.313 F1 0.370; uk P 0.500 R 0.381 F1 0.432;
 *       ru P 0.600 R 0.400 F1 0.480). Its gold calls the leaflets activists paste up resistance, as heldout5/ does.
 *       Mechanisms taken from its misses then reach P 0.610, R 0.481, F1 0.538; its floors stay under the first run,
 *       so that it remains the estimate of unseen text.
 *   <li>heldout8/: 15 reports (5 en, 5 uk, 5 ru; 110-210 words; 66 gold events), written in session 15 as an unseen
 *       judge in styles the others lack: a think-tank's daily assessment, a wire report with several happenings, a
 *       rights organisation's release, an explainer in questions, a defence ministry's intelligence update, a regional
 *       military administration's evening digest, an ombudsman's post on returned children, a prosecutor's verdict
 *       notice on a collaborator, an occupied town's exiled council, a resistance centre's post, an occupation
 *       "governor's" decree, a state agency's "referendum" anniversary report and its wire, an explainer on
 *       conscription, a pro-Ukrainian channel of an occupied city; each with sentences that must give no event.
 *       Nobody tunes on it: its first run (main at 85552ef) is the estimate, P 0.558, R 0.439, F1 0.491, types
 *       0.627, dates 0.92 (en F1 0.540, uk 0.438, ru 0.490), and its floors sit a little under that run.
 * </ul>
 * Precision is held highest, since a false event in a human-rights record costs more than a missed one.
 */
class EventHeldOutSetsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // set,   precision, F1,  types F1, dates compatible
            "heldout,  0.84,     0.81, 0.90,    0.90",
            "heldout2, 0.95,     0.92, 0.92,    0.95",
            "heldout3, 0.90,     0.88, 0.92,    0.95",
            "heldout4, 0.86,     0.78, 0.82,    0.83",
            "heldout5, 0.86,     0.81, 0.89,    0.94",
            "heldout6, 0.79,     0.80, 0.90,    0.89",
            "heldout7, 0.49,     0.40, 0.54,    0.72",
            "heldout8, 0.53,     0.46, 0.60,    0.88"})
    void standardPipeline(String name, double precision, double f1, double types, double dates) throws IOException {
        EventGoldSet set = EventGoldSet.resources(name);
        for (String language : new String[] {"en", "uk", "ru"}) set.language(language).score(name + "-" + language, r -> EventGoldSet.upstream().annotate(r));
        EventScorer s = set.score(name + "-pipeline", r -> EventGoldSet.upstream().annotate(r));
        assertTrue(s.precision(s.tp) >= precision, s.toString());
        assertTrue(s.f1() >= f1, s.toString());
        assertTrue(s.typesF1() >= types, s.toString());
        assertTrue(s.dateCompatible() >= dates, s.toString());
    }
}
