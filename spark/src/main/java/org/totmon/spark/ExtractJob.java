package org.totmon.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.totmon.ingest.BenchmarkDocs;
import org.totmon.ingest.ExtractionJson;
import org.totmon.model.Report;
import org.totmon.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code totmon extract} on a Spark cluster: the same input, the same output line for line, for backlogs too big
 * for one machine. The driver reads and checks the reports, executors run the pipeline (and, with {@code --link},
 * link the reports: {@link LinkJob}), the driver writes the lines.
 */
@Command(name = "totmon-spark", mixinStandardHelpOptions = true, version = "TOT Monitor 0.1.0",
        description = "Extract entities, places, times, claims and events from a JSONL file of reports (benchmark input "
                + "format) on a Spark cluster into a JSONL file (benchmark output format), as 'totmon extract' does.")
public final class ExtractJob implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reports per task at most: tasks stay small to ship, and a slow one holds up little. */
    private static final int MAX_REPORTS_PER_TASK = 1000;

    @Option(names = "--in", required = true, paramLabel = "DOCS.jsonl", description = "Reports, one JSON object a line: id, url, outlet, title, published, language, text.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.jsonl", description = "Where to write one extraction a line, in input order.")
    Path out;

    @Option(names = "--link", description = "Also link the reports across each other, read as one collection in publication "
            + "order, as 'totmon extract --link' does, with the same output: each event gets its \"cluster\", each claim its "
            + "\"group\" and \"disputed\". Events are clustered in partitions of type and month, claims grouped by measure.")
    boolean link;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark.master as spark-submit sets it, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Tasks to split the reports into (default: 3 per core, at most "
            + MAX_REPORTS_PER_TASK + " reports each).")
    int partitions;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Any Spark setting, e.g. spark.executor.memory=4g.")
    Map<String, String> conf = new LinkedHashMap<>();

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractJob())
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    // Spark's messages carry the executor's stack trace after the first line; users need the first line.
                    cl.getErr().println("totmon-spark: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                    if (System.getenv("TOTMON_DEBUG") != null) e.printStackTrace(cl.getErr());
                    return 1;
                })
                .execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(in)) {
            err.println("totmon-spark: no such file: " + in);
            return 2;
        }
        if (partitions < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must not be negative: " + partitions);
        List<ReportRow> reports = new ArrayList<>();
        int rejected = BenchmarkDocs.read(in, r -> reports.add(ReportRow.of(r)), err);
        SparkConf sparkConf = new SparkConf().setAppName("totmon extract " + in.getFileName())
                .set("spark.ui.showConsoleProgress", "true");
        if (master != null) sparkConf.setMaster(master);
        else sparkConf.setIfMissing("spark.master", "local[*]");
        conf.forEach(sparkConf::set);
        long written;
        try (JavaSparkContext sc = new JavaSparkContext(sparkConf)) {
            written = extract(sc, reports, partitions, link, out, err);
        }
        err.printf("totmon-spark: %d reports written to %s%s%n", written, out, rejected > 0 ? ", " + rejected + " lines rejected" : "");
        err.flush();
        return rejected > 0 ? 1 : 0;
    }

    /**
     * Runs the pipeline over the reports on the cluster, and links them when {@code link} is set, and writes one
     * extraction a line to {@code out}, in the reports' order; {@code out} appears whole or not at all. Returns the
     * number of lines written.
     */
    static long extract(JavaSparkContext sc, List<ReportRow> reports, int partitions, boolean link, Path out, PrintWriter err)
            throws IOException {
        int slices = partitions > 0 ? partitions
                : Math.max(3 * sc.defaultParallelism(), (reports.size() + MAX_REPORTS_PER_TASK - 1) / MAX_REPORTS_PER_TASK);
        JavaRDD<String> lines = (link ? LinkJob.run(sc, reports, slices, err)
                : sc.parallelize(reports, Math.max(1, Math.min(slices, reports.size()))).map(ExtractJob::extractionLine))
                // Kept so that the driver streams the finished lines back in order after all tasks ran in parallel.
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long count = lines.count();
        Path tmp = out.resolveSibling(out.getFileName() + ".partial");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Iterator<String> it = lines.toLocalIterator(); it.hasNext(); ) {
                w.write(it.next());
                w.newLine();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        } finally {
            lines.unpersist(false);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        return count;
    }

    /** Runs on an executor. {@link Pipeline#standard()} is built once per JVM, on its first report, and is thread-safe. */
    static String extractionLine(ReportRow row) {
        Report report = row.toReport();
        try {
            return JSON.writeValueAsString(ExtractionJson.toJson(Pipeline.standard().process(report)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("extraction failed on report " + report.id() + ": " + e, e);
        }
    }

    /** A report as shipped to executors; {@link Report} itself is not serializable. */
    record ReportRow(String id, String url, String outlet, String title, String published, String language, String text)
            implements Serializable {

        static ReportRow of(Report r) {
            return new ReportRow(r.id(), r.url(), r.outlet(), r.title(), r.published(), r.language(), r.text());
        }

        Report toReport() {
            return new Report(id, url, outlet, title, published, language, text);
        }
    }
}
