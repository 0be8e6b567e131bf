package org.totmon.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.cli.ExtractCommand;
import picocli.CommandLine;

/**
 * Runs the job with {@code --link} on a local Spark cluster of two executor processes and {@code totmon extract --link}
 * on the same reports, and compares the files byte for byte.
 */
class LinkJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Own sentences on public facts: four stories told in en, uk and ru by both sides and third parties, given out of
     * publication order, and one report id given twice (the store keeps the first published).
     */
    private static final List<String[]> REPORTS = List.of(
            new String[] {"theatre-ap", "2022-05-04", "en", "A Russian airstrike on the drama theatre in Mariupol on March 16 killed "
                    + "close to 600 people, according to an investigation by the Associated Press."},
            new String[] {"market", "2022-08-19", "en", "A Russian missile strike hit a market in Kharkiv on August 18, "
                    + "the regional governor said."},
            new String[] {"theatre-uk", "2022-03-25", "uk", "Маріупольська міська рада заявила, що внаслідок російського авіаудару "
                    + "по драмтеатру в Маріуполі 16 березня загинули близько 300 людей."},
            new String[] {"dam-en", "2023-06-06", "en", "The Kakhovka dam on the Dnipro was destroyed early on June 6, flooding "
                    + "villages downstream in Kherson Oblast. Ukrainian officials said about 17,000 people were being evacuated."},
            new String[] {"dam-uk", "2023-06-07", "uk", "Каховську ГЕС підірвали 6 червня. Вода затоплює села на Херсонщині, "
                    + "розпочато евакуацію мешканців."},
            new String[] {"dam-ru", "2023-06-08", "ru", "Плотина Каховской ГЭС разрушена 6 июня, сообщил Владимир Сальдо. "
                    + "Из затопленных районов Херсонской области эвакуированы 1300 человек."},
            new String[] {"mayor-uk", "2022-03-11", "uk", "11 березня російські військові викрали міського голову Мелітополя "
                    + "Івана Федорова."},
            new String[] {"mayor-en", "2022-03-12", "en", "Ivan Fedorov, the mayor of Melitopol, was abducted by Russian soldiers "
                    + "on March 11, Ukrainian officials said."},
            new String[] {"mayor-ru", "2022-03-13", "ru", "Мэр Мелитополя Иван Федоров был задержан 11 марта, заявили в "
                    + "оккупационной администрации."},
            new String[] {"theatre-ap", "2022-06-01", "en", "The Associated Press stood by its finding that close to 600 people died in the Mariupol theatre."},
            new String[] {"market-2", "2022-10-02", "en", "Another Russian strike hit a market in Kharkiv on September 30."});

    @TempDir
    static Path tmp;
    static String single;
    static String spark;
    static String sparkErr;

    @BeforeAll
    static void runBoth() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String[] r : REPORTS) {
            ObjectNode o = JSON.createObjectNode().put("id", r[0]).put("published", r[1]).put("language", r[2]).put("text", r[3]);
            lines.add(JSON.writeValueAsString(o));
        }
        Path in = Files.write(tmp.resolve("docs.jsonl"), lines);
        Path singleOut = tmp.resolve("single.jsonl"), sparkOut = tmp.resolve("spark.jsonl");
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ExtractCommand()).setErr(new PrintWriter(err, true))
                .execute("--link", "--in", in.toString(), "--out", singleOut.toString());
        assertEquals(0, code, err.toString());
        single = Files.readString(singleOut);
        StringWriter sparkErrors = new StringWriter();
        code = new CommandLine(new ExtractJob()).setErr(new PrintWriter(sparkErrors, true)).execute(
                "--link", "--in", in.toString(), "--out", sparkOut.toString(), "--master", LocalCluster.master(), "--partitions", "3",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.ui.showConsoleProgress=false",
                "--conf", "spark.executor.extraJavaOptions=" + LocalCluster.executorJavaOptions());
        sparkErr = sparkErrors.toString();
        assertEquals(0, code, sparkErr);
        spark = Files.readString(sparkOut);
    }

    @Test
    void theClusterWritesWhatExtractLinkWrites() {
        assertEquals(single, spark, sparkErr);
    }

    @Test
    void theLinksAreThereToCompare() throws IOException {
        Map<String, Set<String>> reportsOfCluster = new HashMap<>();
        Map<String, Set<String>> reportsOfGroup = new HashMap<>();
        boolean disputed = false;
        for (String line : spark.lines().toList()) {
            JsonNode x = JSON.readTree(line);
            for (JsonNode e : x.get("events")) reportsOfCluster.computeIfAbsent(e.get("cluster").asText(), c -> new HashSet<>()).add(x.get("id").asText());
            for (JsonNode k : x.get("claims")) {
                reportsOfGroup.computeIfAbsent(k.get("group").asText(), g -> new HashSet<>()).add(x.get("id").asText());
                disputed |= k.get("disputed").asBoolean();
            }
        }
        assertTrue(reportsOfCluster.size() >= 4, "several clusters: " + reportsOfCluster);
        assertTrue(reportsOfCluster.values().stream().anyMatch(r -> r.size() >= 2), "a cluster across reports: " + reportsOfCluster);
        assertTrue(reportsOfGroup.values().stream().anyMatch(r -> r.size() >= 2), "a group across reports: " + reportsOfGroup);
        assertTrue(disputed, "a disputed group: " + spark);
        Matcher partitions = Pattern.compile("in (\\d+) partitions of joined blocks").matcher(sparkErr);
        assertTrue(partitions.find() && Integer.parseInt(partitions.group(1)) >= 3, "the events were clustered apart: " + sparkErr);
    }
}
