package org.totmon.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.ingest.ExtractionJson;
import org.totmon.model.Report;
import org.totmon.pipeline.Pipeline;
import picocli.CommandLine;

/** Runs the job once on a real local[2] Spark cluster (one SparkContext for the class) and checks what it wrote. */
class ExtractJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Own sentences on public facts, in en, uk and ru; ids deliberately out of sorted order. */
    private static final List<Report> REPORTS = List.of(
            new Report("r7", "https://example.org/a", "Example", "Melitopol", "2023-09-10", "en",
                    "The occupation authorities in Melitopol said on Friday that Yevhen Balytskyi had signed a decree. "
                            + "At least 3,000 residents were said to be affected."),
            new Report("r2", null, null, null, "2022-05-09", null,
                    "Сьогодні, 9 травня, міський голова Мелітополя Іван Федоров повідомив про затримання волонтерів."),
            new Report("r5", null, null, null, "2022-09-30", "ru",
                    "30 сентября 2022 года в Москве Владимир Путин подписал договоры о включении Запорожской "
                            + "и Херсонской областей в состав России."),
            new Report("r1", null, "Example", null, "2023-09-11", "en",
                    "Russia held so-called elections in occupied Zaporizhzhia Oblast from 8 to 10 September 2023. "
                            + "Ukraine's foreign ministry called the vote null and void."),
            new Report("r9", null, null, null, "2022-11-11", "uk",
                    "11 листопада 2022 року Збройні сили України увійшли до Херсона після відступу російських військ "
                            + "з правого берега Дніпра."),
            new Report("r3", null, null, null, "2024-03-17", "en",
                    "Residents of Nova Kakhovka and Enerhodar were pressed to vote in the Russian presidential election "
                            + "held between 15 and 17 March 2024."));
    private static final int BAD_LINE = 4;

    @TempDir
    static Path tmp;
    static Path in;
    static Path out;
    static int exitCode;
    static String err;

    @BeforeAll
    static void runJobOnLocalCluster() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Report r : REPORTS) lines.add(inputLine(r));
        lines.add(BAD_LINE - 1, "{\"id\": \"broken\", \"text\": \"unterminated");
        in = Files.write(tmp.resolve("docs.jsonl"), lines);
        out = tmp.resolve("out.jsonl");
        StringWriter errors = new StringWriter();
        exitCode = new CommandLine(new ExtractJob()).setErr(new PrintWriter(errors, true)).execute(
                "--in", in.toString(), "--out", out.toString(), "--master", "local[2]", "--partitions", "3",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.ui.showConsoleProgress=false");
        err = errors.toString();
    }

    @Test
    void outputEqualsTheSingleProcessPipelineLineForLine() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Report r : REPORTS) expected.add(JSON.writeValueAsString(ExtractionJson.toJson(Pipeline.standard().process(r))));
        assertEquals(expected, Files.readAllLines(out), err);
        assertTrue(Files.readString(out).contains("\"name\":\"Melitopol\""), "the pipeline really ran: " + expected.get(0));
        assertTrue(err.contains(REPORTS.size() + " reports written to " + out), err);
    }

    @Test
    void aMalformedLineIsNamedAndSkippedAndTheExitCodeSaysSo() {
        assertEquals(1, exitCode, err);
        assertTrue(err.contains(in + ":" + BAD_LINE + ": rejected: "), err);
        assertTrue(err.contains("1 lines rejected"), err);
        assertFalse(Files.exists(tmp.resolve("out.jsonl.partial")), "the temporary file is renamed into place");
    }

    @Test
    void aMissingInputIsAUsageErrorBeforeAnyClusterStarts() {
        StringWriter errors = new StringWriter();
        int code = new CommandLine(new ExtractJob()).setErr(new PrintWriter(errors, true))
                .execute("--in", tmp.resolve("nope.jsonl").toString(), "--out", tmp.resolve("none.jsonl").toString());
        assertEquals(2, code);
        assertTrue(errors.toString().contains("no such file"), errors.toString());
        assertFalse(Files.exists(tmp.resolve("none.jsonl")));
    }

    private static String inputLine(Report r) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("url", r.url());
        o.put("outlet", r.outlet());
        o.put("title", r.title());
        o.put("published", r.published());
        o.put("language", r.language());
        o.put("text", r.text());
        return JSON.writeValueAsString(o);
    }
}
