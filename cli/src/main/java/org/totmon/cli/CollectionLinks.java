package org.totmon.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.totmon.ingest.BenchmarkDocs;
import org.totmon.ingest.ExtractionJson;
import org.totmon.linker.Regions;
import org.totmon.model.Extraction;
import org.totmon.model.Report;
import org.totmon.pipeline.place.GazetteerRegions;
import org.totmon.store.Provenance;
import org.totmon.store.ReportLinks;
import org.totmon.store.Store;

/**
 * {@code extract --link}: the reports go through the store and its linking exactly as {@code ingest} takes them,
 * in publication order, into a temporary store, and the links the store made are written onto the extraction
 * output. So what {@code extract --link} writes is what {@code claims} and {@code events} would show.
 */
final class CollectionLinks {
    private CollectionLinks() {}

    /** Reports stored per transaction, as ingest's default. */
    private static final int BATCH = 100;

    /** Adds {@code cluster} to each event and {@code group}/{@code disputed} to each claim of {@code written}. */
    static void annotate(List<Report> reports, List<Future<Extraction>> extractions, List<ObjectNode> written, PrintWriter err)
            throws IOException, InterruptedException, ExecutionException {
        List<Integer> order = BenchmarkDocs.publicationOrder(reports);
        Path dir = Files.createTempDirectory("totmon-link");
        try {
            try (Store store = Store.open(dir)) {
                // As ingest stores them: several reports a transaction, each linked as it is added.
                Progress linking = new Progress("link", reports.size());
                List<Store.Addition> batch = new ArrayList<>();
                Regions regions = GazetteerRegions.standard();
                for (int i : order) {
                    batch.add(Store.Addition.linkable(reports.get(i), extractions.get(i).get(), Provenance.NONE, regions));
                    if (batch.size() == BATCH || i == order.get(order.size() - 1)) {
                        store.addAndLink(batch, regions);
                        batch.forEach(a -> linking.step());
                        batch.clear();
                    }
                }
                linking.done();
                for (int i = 0; i < reports.size(); i++) write(store.links(reports.get(i).id()), written.get(i));
            }
        } finally {
            deleteTree(dir);
        }
        err.printf("extract: linked %d reports in publication order%n", reports.size());
    }

    private static void write(ReportLinks links, ObjectNode extraction) {
        ExtractionJson.putLinks(extraction, links.eventClusters(), links.claimGroups(), links.claimMeasures(), links.claimDisputed());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
