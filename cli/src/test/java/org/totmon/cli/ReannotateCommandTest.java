package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Extraction;
import org.totmon.model.Place;
import org.totmon.model.Report;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.PipelineVersion;
import org.totmon.pipeline.place.GazetteerRegions;
import org.totmon.store.Store;

class ReannotateCommandTest {
    @TempDir Path tmp;

    private static final List<String> TEXTS = List.of(
            "Russian forces shelled Kherson on 3 May 2023, the regional administration said.",
            "Occupation authorities announced elections in Melitopol for September 2023.",
            "Ivan Fedorov said 12 people were detained in Melitopol in 2023.");

    /** A store whose reports a pipeline of another version extracted (the test's stand-in) and linked. */
    private Path olderStore() {
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data)) {
            store.setExtractorVersion("p-older");
            for (String text : TEXTS) {
                Report r = new Report(Report.contentId(text), null, null, null, "2023-05-04", "en", text);
                store.add(r, TestAnnotator.annotate(r));
            }
            store.link(GazetteerRegions.standard());
        }
        return data;
    }

    private static Store open(Path data) {
        Store store = Store.openExisting(data);
        store.setExtractorVersion(PipelineVersion.current());
        return store;
    }

    private static List<String> placeNames(Extraction x) {
        return x.places().stream().map(Place::name).toList();
    }

    @Test
    void extractsTheOlderReportsAgainResumingWhereARunStoppedThenLinks() {
        Path data = olderStore();
        try (Store store = open(data)) {
            assertEquals(3, store.olderExtractionCount());
        }

        CliRun first = CliRun.of(new ReannotateCommand(), "--data", data.toString(), "--limit", "1");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("Extracted 1 reports again; 2 are still of an older pipeline: run reannotate again.\n", first.out());
        String firstId = Report.contentId(TEXTS.get(0));
        try (Store store = open(data)) {
            assertEquals(2, store.olderExtractionCount());
            Report r = store.report(firstId).orElseThrow().report();
            assertEquals(placeNames(Pipeline.standard().process(r)), placeNames(store.report(firstId).orElseThrow().extraction()));
        }

        CliRun second = CliRun.of(new ReannotateCommand(), "--data", data.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertEquals("Extracted 2 reports again; all 3 stored reports are of this pipeline (" + PipelineVersion.current()
                + ") and linked.\n", second.out());
        try (Store store = open(data)) {
            assertEquals(0, store.olderExtractionCount());
            assertEquals(0, store.unlinkedCount());
            for (String text : TEXTS) {
                var stored = store.report(Report.contentId(text)).orElseThrow();
                Extraction expected = Pipeline.standard().process(stored.report());
                assertEquals(expected.places(), stored.extraction().places());
                assertEquals(expected.events().size(), stored.extraction().events().size());
            }
            assertTrue(store.linkCounts().events() > 0, "the reports are linked again");
        }

        CliRun nothing = CliRun.of(new ReannotateCommand(), "--data", data.toString());
        assertEquals("Extracted 0 reports again; all 3 stored reports are of this pipeline (" + PipelineVersion.current()
                + ") and linked.\n", nothing.out());
    }

    @Test
    void theVersionIsStableAndReportsAddedNowAreOfIt() {
        assertEquals(PipelineVersion.current(), PipelineVersion.current());
        assertTrue(PipelineVersion.current().matches("p-[0-9a-f]{16}"), PipelineVersion.current());
        Path data = tmp.resolve("fresh");
        try (Store store = Store.open(data)) {
            store.setExtractorVersion(PipelineVersion.current());
            Report r = new Report(Report.contentId(TEXTS.get(1)), null, null, null, "2023-05-04", "en", TEXTS.get(1));
            store.add(r, Pipeline.standard().process(r));
            assertEquals(0, store.olderExtractionCount());
        }
    }
}
