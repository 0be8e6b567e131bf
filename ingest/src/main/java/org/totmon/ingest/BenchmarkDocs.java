package org.totmon.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.totmon.model.PublicationDate;
import org.totmon.model.Report;

/**
 * The benchmark's input format (one JSON object a line: id, url, outlet, title, published, language, text), read
 * as given: the text is not cleaned, so output offsets point into it. Shared by {@code totmon extract} and the Spark
 * job, so that both read the same reports from the same file.
 */
public final class BenchmarkDocs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchmarkDocs() {}

    /** Reads {@code file}; a bad line is reported to {@code errors} with its number and skipped. Returns the number rejected. */
    public static int read(Path file, Consumer<Report> into, PrintWriter errors) throws IOException {
        int rejected = 0, n = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                try {
                    JsonNode o = JSON.readTree(line);
                    String text = str(o, "text");
                    if (text == null || text.isBlank()) throw new IllegalArgumentException("field \"text\" is missing or empty");
                    String id = str(o, "id");
                    into.accept(new Report(id == null ? Report.contentId(text) : id, str(o, "url"), str(o, "outlet"), str(o, "title"),
                            str(o, "published"), str(o, "language"), text));
                } catch (IOException | IllegalArgumentException e) {
                    rejected++;
                    errors.printf("%s:%d: rejected: %s%n", file, n, e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        return rejected;
    }

    /**
     * Positions of the reports by publication date (undated last), the input order among equals: the order in which
     * {@code extract --link} and the Spark job link a collection.
     */
    public static List<Integer> publicationOrder(List<Report> reports) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) order.add(i);
        order.sort(Comparator.comparing((Integer i) -> firstDay(reports.get(i)), Comparator.nullsLast(Comparator.naturalOrder())));
        return order;
    }

    /** The date as written (YYYY[-MM[-DD]] sorts as text: a month before its days), null when unknown or malformed. */
    private static String firstDay(Report r) {
        try {
            return PublicationDate.parse(r.published()).known() ? r.published().strip() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
