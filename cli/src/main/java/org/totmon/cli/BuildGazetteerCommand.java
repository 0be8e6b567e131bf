package org.totmon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.totmon.pipeline.place.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Rebuilds the compact gazetteer the pipeline ships, from GeoNames files. */
@Command(name = "build-gazetteer", mixinStandardHelpOptions = true,
        description = "Build the compact gazetteer (GeoNames, CC BY 4.0) from a GeoNames folder: UA.txt, "
                + "ua-places-latin-cyrillic.tsv, neighbours-RU-BY-MD-cities500.txt, admin1CodesASCII.UA-RU-BY-MD.txt.")
public final class BuildGazetteerCommand implements Callable<Integer> {
    @Option(names = "--geonames", defaultValue = "../shared/data/geonames-ua", paramLabel = "DIR", description = "GeoNames folder (default: ${DEFAULT-VALUE}).")
    Path geonames;

    @Option(names = "--out", defaultValue = "pipeline/src/main/resources/org/totmon/pipeline/place/gazetteer.tsv.gz", paramLabel = "FILE",
            description = "Where to write it (default: the resource the build ships, ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(geonames)) throw new java.io.IOException("no GeoNames folder at " + geonames);
        GazetteerBuilder.build(geonames, out);
        System.err.printf("build-gazetteer: wrote %s (%d bytes); rebuild the jar to ship it%n", out, Files.size(out));
        return 0;
    }
}
