package org.totmon.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.totmon.ingest.InputFile;
import org.totmon.ingest.InputFormat;
import org.totmon.ingest.Rejection;
import org.totmon.ingest.ReportReader;
import org.totmon.ingest.SourcedReport;
import org.totmon.ingest.StrictJson;

/**
 * The body of {@code POST /api/reports}: one report in the benchmark's input JSON (Content-Type application/json,
 * any layout) or JSON Lines (anything else), read with the same reader and checks as {@code totmon ingest}. All or
 * nothing: one bad line refuses the request, naming the line.
 */
final class ReportBody {
    /** The same strict reader as ingest's: a duplicate key or anything after the object is refused. */
    private static final ObjectMapper JSON = StrictJson.mapper(Integer.MAX_VALUE);

    private ReportBody() {}

    /** Reads at most {@code limit} bytes; more is a 413, whatever Content-Length said. */
    static byte[] read(InputStream in, long declaredLength, long limit) {
        if (declaredLength > limit) throw tooLarge(limit);
        try {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) throw tooLarge(limit);
            return body;
        } catch (IOException e) {
            throw new ApiError(400, "could not read the request body: " + e.getMessage());
        }
    }

    private static ApiError tooLarge(long limit) {
        return new ApiError(413, "the request body is over the limit of " + limit + " bytes");
    }

    static List<SourcedReport> parse(byte[] body, boolean singleJson, long limit, int maxReportChars) {
        if (body.length == 0) throw new ApiError(400, "the request body is empty: send one report as JSON, or JSON Lines");
        byte[] lines = singleJson ? oneLine(body) : body;
        Path tmp = null;
        try {
            tmp = Files.createTempFile("totmon-post", ".jsonl");
            Files.write(tmp, lines);
            List<SourcedReport> reports = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();
            new ReportReader(limit, maxReportChars).read(new InputFile(tmp, InputFormat.JSONL, lines.length), new ReportReader.Listener() {
                @Override
                public void report(SourcedReport r) {
                    reports.add(r);
                }

                @Override
                public void rejected(Rejection r) {
                    rejected.add(r);
                }
            });
            if (!rejected.isEmpty()) {
                Rejection first = rejected.get(0);
                String more = rejected.size() > 1 ? " (and " + (rejected.size() - 1) + " more bad lines)" : "";
                throw new ApiError(400, (singleJson ? "" : "line " + first.line() + ": ") + first.reason() + more, singleJson ? 0 : first.line());
            }
            if (reports.isEmpty()) throw new ApiError(400, "the request body holds no report");
            return reports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) tmp.toFile().delete();
        }
    }

    /** A JSON document of any layout as one JSON Lines record; broken JSON is refused with its line and column. */
    private static byte[] oneLine(byte[] body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String where = e.getLocation() == null ? "" : "line " + line + ", column " + e.getLocation().getColumnNr() + ": ";
            throw new ApiError(400, where + "broken JSON: " + StrictJson.describe(e), line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || !node.isObject()) throw new ApiError(400, "the body must be one JSON object (a report), or JSON Lines");
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
