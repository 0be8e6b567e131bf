package org.totmon.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * A real Spark cluster in tests: a master and two workers in this JVM, each worker starting its executor as a
 * separate process, so that the job's data crosses process boundaries as on a cluster.
 */
final class LocalCluster {
    private LocalCluster() {}

    /** Two workers, one core and 1 GB each. */
    static String master() {
        return "local-cluster[2,1,1024]";
    }

    /** The executors' JVMs need the add-opens this JVM was started with (spark/jvm.options). */
    static String executorJavaOptions() {
        try {
            return Files.readAllLines(Path.of("jvm.options")).stream().map(String::strip).filter(l -> !l.isEmpty())
                    .collect(Collectors.joining(" "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
