package org.totmon.pipeline.place;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed gazetteer is what the builder makes from ../shared/data/geonames-ua and extra-places.tsv. */
class GazetteerBuilderTest {
    @Test
    void committedResourceIsUpToDate(@TempDir Path tmp) throws IOException {
        Path geonames = Path.of(System.getProperty("totmon.root", ".")).resolve("../shared/data/geonames-ua").normalize();
        assumeTrue(Files.isRegularFile(geonames.resolve("UA.txt")), "no GeoNames data at " + geonames + "; skipped");
        Path out = tmp.resolve("gazetteer.tsv.gz");
        GazetteerBuilder.build(geonames, out);
        try (InputStream committed = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
            assertArrayEquals(committed.readAllBytes(), Files.readAllBytes(out),
                    "gazetteer.tsv.gz is stale: rebuild it with ./totmon build-gazetteer (see GAZETTEER-NOTICE.md)");
        }
    }
}
