package org.totmon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.totmon.web.OutlineBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Rebuilds the map's offline layers the workbench ships: borders and coastline, and the approximate oblast outlines. */
@Command(name = "build-map", mixinStandardHelpOptions = true,
        description = "Build the map's offline layers: borders.geojson (Natural Earth 1:50m countries, public domain, from the npm package "
                + "world-atlas 2.0.2's countries-50m.json) and oblasts.geojson (a Voronoi diagram of GeoNames places dissolved by oblast and "
                + "cut to the border: approximate outlines that tile the country).")
public final class BuildMapCommand implements Callable<Integer> {
    @Option(names = "--geonames", defaultValue = "../shared/data/geonames-ua", paramLabel = "DIR",
            description = "GeoNames folder with UA.txt and admin1CodesASCII*.txt (default: ${DEFAULT-VALUE}).")
    Path geonames;

    @Option(names = "--world-atlas", required = true, paramLabel = "FILE",
            description = "countries-50m.json of the npm package world-atlas 2.0.2 (npm pack world-atlas@2.0.2, then unpack it).")
    Path worldAtlas;

    @Option(names = "--out", defaultValue = "web/src/main/resources/org/totmon/web/static", paramLabel = "DIR",
            description = "Where to write them (default: the resources the build ships, ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(geonames.resolve("UA.txt"))) throw new IOException("no GeoNames UA.txt in " + geonames);
        if (!Files.isRegularFile(worldAtlas)) throw new IOException("no file " + worldAtlas);
        if (!Files.isDirectory(out)) throw new IOException("no folder " + out);
        System.err.println("build-map: " + OutlineBuilder.build(geonames, worldAtlas, out) + "; rebuild the jar to ship them");
        return 0;
    }
}
