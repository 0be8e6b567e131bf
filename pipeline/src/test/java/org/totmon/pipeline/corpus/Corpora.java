package org.totmon.pipeline.corpus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.totmon.pipeline.ner.FactRuEval;

/**
 * Readers for the NER corpora in {@code ../shared/data} (test-time only: they are never copied into the repository).
 * Each yields documents with gold PER/ORG/LOC spans as character offsets into the document's text. Tests call
 * {@link #root} first, which skips the test when ../shared is absent.
 */
public final class Corpora {
    /** A gold name: PER, ORG or LOC, over text[start, end). */
    public record Span(String type, int start, int end) {}

    public record GoldDoc(String id, String text, List<Span> spans) {}

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[«\"„“(\\p{Lu}])");

    private Corpora() {}

    /** ../shared/data/{@code folder}, skipping the calling test when it is absent. */
    public static Path root(String folder) {
        Path p = Path.of(System.getProperty("totmon.root", ".")).resolve("../shared/data").resolve(folder).normalize();
        assumeTrue(Files.isDirectory(p), "no corpus at " + p + "; skipped");
        return p;
    }

    /** NER-UK v2.0 (lang-uk), the documents of the standard split's TEST list; PERS, ORG and LOC. */
    public static List<GoldDoc> nerUkTest() {
        Path data = root("ner-uk/v2.0/data");
        List<GoldDoc> docs = new ArrayList<>();
        boolean test = false;
        for (String line : lines(data.resolve("dev-test-split.txt"))) {
            String id = line.strip();
            if (id.equals("DEV") || id.equals("TEST")) { test = id.equals("TEST"); continue; }
            if (!test || id.isEmpty()) continue;
            Path txt = Stream.of("bruk", "ng").map(f -> data.resolve(f).resolve(id + ".txt")).filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new IllegalStateException("NER-UK test document " + id + " is in no folder of " + data));
            docs.add(new GoldDoc(id, read(txt), brat(txt.resolveSibling(id + ".ann"), Map.of("PERS", "PER", "ORG", "ORG", "LOC", "LOC"))));
        }
        return docs;
    }

    /** factRuEval-2016 test set: objects Person → PER, Org → ORG, Location and LocOrg → LOC, over their spans' extent. */
    public static List<GoldDoc> factRuEvalTest() {
        return factRuEval(root("ner-ru/factRuEval-2016/testset"));
    }

    /** factRuEval-2016 devset, which the corpus authors give for training. */
    public static List<GoldDoc> factRuEvalDev() {
        return factRuEval(root("ner-ru/factRuEval-2016/devset"));
    }

    private static List<GoldDoc> factRuEval(Path dir) {
        try {
            return FactRuEval.read(dir).stream().map(d -> new GoldDoc(d.id(), d.text(),
                    d.names().stream().map(n -> new Span(n.type(), n.start(), n.end())).toList())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NEREL v1.1 test: PERSON → PER, ORGANIZATION → ORG, and COUNTRY, STATE_OR_PROVINCE, CITY, DISTRICT, LOCATION → LOC. */
    public static List<GoldDoc> nerelTest() {
        Path dir = root("ner-ru/NEREL/NEREL-v1.1/test");
        Map<String, String> types = Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "COUNTRY", "LOC", "STATE_OR_PROVINCE", "LOC",
                "CITY", "LOC", "DISTRICT", "LOC", "LOCATION", "LOC");
        List<GoldDoc> docs = new ArrayList<>();
        for (Path txt : list(dir, ".txt")) {
            String base = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            docs.add(new GoldDoc(base, read(txt), brat(dir.resolve(base + ".ann"), types)));
        }
        return docs;
    }

    /** CoNLL-2003 English test (eng.testb, IOB1): tokens joined by spaces, one sentence a line; PER, ORG, LOC. */
    public static List<GoldDoc> conllTestb() {
        Path file = root("conll2003").resolve("eng.testb");
        List<GoldDoc> docs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        String open = null;
        int openStart = 0, prevEnd = 0, lineNo = 0;
        for (String line : lines(file)) {
            lineNo++;
            String[] f = line.trim().split("\\s+");
            boolean docStart = f[0].equals("-DOCSTART-");
            if (line.isBlank() || docStart) {
                if (open != null) { spans.add(new Span(open, openStart, prevEnd)); open = null; }
                if (docStart && text.length() > 0) {
                    docs.add(new GoldDoc("testb-" + docs.size(), text.toString(), spans));
                    text = new StringBuilder();
                    spans = new ArrayList<>();
                } else if (line.isBlank() && text.length() > 0 && text.charAt(text.length() - 1) != '\n') text.append('\n');
                continue;
            }
            if (f.length != 4) throw new IllegalStateException(file + ":" + lineNo + ": expected 4 columns, found " + f.length);
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') text.append(' ');
            int start = text.length();
            text.append(f[0]);
            String tag = f[3];
            String type = tag.equals("O") ? null : tag.substring(2);
            boolean begins = type != null && (tag.startsWith("B-") || !type.equals(open));
            if (open != null && (type == null || begins)) { spans.add(new Span(open, openStart, prevEnd)); open = null; }
            if (begins && !type.equals("MISC")) { open = type; openStart = start; }
            prevEnd = text.length();
        }
        if (open != null) spans.add(new Span(open, openStart, prevEnd));
        if (text.length() > 0) docs.add(new GoldDoc("testb-" + docs.size(), text.toString(), spans));
        return docs;
    }

    /**
     * BSNLP-2021 raw news texts in {@code language} (uk or ru), all topics, without their four header lines (id,
     * language, date, URL). Text only: the annotations have no offsets.
     */
    public static List<String> bsnlpTexts(String language) {
        Path data = root(language.equals("uk") ? "ner-uk/bsnlp-2021" : "ner-ru/bsnlp-2021");
        List<String> out = new ArrayList<>();
        for (Path topic : list(data, "")) {
            Path raw = topic.resolve("raw").resolve(language);
            if (!Files.isDirectory(raw)) continue;
            for (Path txt : list(raw, ".txt")) {
                List<String> lines = lines(txt);
                if (lines.size() > 4) out.add(String.join("\n", lines.subList(4, lines.size())));
            }
        }
        return out;
    }

    /** Sentences of a text, split at sentence punctuation followed by a capital or an opening quote. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            for (String s : SENTENCE_END.split(line.strip())) if (!s.isBlank()) out.add(s.strip());
        }
        return out;
    }

    private static List<Span> brat(Path ann, Map<String, String> types) {
        List<Span> out = new ArrayList<>();
        int n = 0;
        for (String line : lines(ann)) {
            n++;
            if (!line.startsWith("T")) continue;
            String[] f = line.split("\t");
            // Standard BRAT has "TYPE start end" in one field; NER-UK puts type, start and end in fields of their own.
            boolean oneField = f.length > 1 && f[1].contains(" ");
            if (f.length < (oneField ? 2 : 4)) throw new IllegalStateException(ann + ":" + n + ": expected an id, a type and offsets");
            String typeAndRanges = oneField ? f[1] : f[1] + " " + f[2] + " " + f[3];
            String[] parts = typeAndRanges.split(" ", 2);
            String type = types.get(parts[0]);
            if (type == null) continue;
            // A discontinuous entity ("10 15;20 25") is scored over its whole extent.
            String[] ranges = parts[1].split("[ ;]");
            out.add(new Span(type, Integer.parseInt(ranges[0]), Integer.parseInt(ranges[ranges.length - 1])));
        }
        return out;
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The file's text, without a leading byte-order mark (some NEREL files have one, and offsets do not count it). */
    static String read(Path p) {
        try {
            String s = Files.readString(p, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private static List<String> lines(Path p) {
        return read(p).lines().toList();
    }
}
