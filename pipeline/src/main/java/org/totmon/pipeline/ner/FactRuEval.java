package org.totmon.pipeline.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a folder of the factRuEval-2016 corpus (dialogue-evaluation, MIT licence): each {@code book_N.txt} with its
 * {@code .spans} (typed character ranges) and {@code .objects} (mentions made of spans). Mentions of type Person,
 * Org, Location and LocOrg become PER, ORG and LOC names over the extent of their spans.
 */
public final class FactRuEval {
    /** A name over text[start, end); type PER, ORG or LOC. */
    public record Name(String type, int start, int end) {}

    public record Doc(String id, String text, List<Name> names) {}

    private static final Map<String, String> TYPES = Map.of("Person", "PER", "Org", "ORG", "Location", "LOC", "LocOrg", "LOC");

    private FactRuEval() {}

    /** The documents of one folder ({@code devset} or {@code testset}), in file-name order. */
    public static List<Doc> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("no factRuEval folder at " + dir);
        List<Path> texts;
        try (Stream<Path> s = Files.list(dir)) {
            texts = s.filter(p -> p.getFileName().toString().matches("book_\\d+\\.txt")).sorted().toList();
        }
        if (texts.isEmpty()) throw new IOException("no book_N.txt documents in " + dir);
        List<Doc> docs = new ArrayList<>();
        for (Path txt : texts) {
            String base = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            Map<String, int[]> spans = spans(dir.resolve(base + ".spans"));
            docs.add(new Doc(base, Files.readString(txt, StandardCharsets.UTF_8), names(dir.resolve(base + ".objects"), spans)));
        }
        return docs;
    }

    private static Map<String, int[]> spans(Path file) throws IOException {
        Map<String, int[]> spans = new HashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String[] f = line.trim().split("\\s+");
            if (f.length < 4) continue;
            try {
                int start = Integer.parseInt(f[2]);
                spans.put(f[0], new int[] {start, start + Integer.parseInt(f[3])});
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + n + ": start and length must be numbers: " + line);
            }
        }
        return spans;
    }

    private static List<Name> names(Path file, Map<String, int[]> spans) throws IOException {
        List<Name> names = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String[] f = line.split("#", 2)[0].trim().split("\\s+");
            String type = f.length > 2 ? TYPES.get(f[1]) : null;
            if (type == null) continue;
            int start = Integer.MAX_VALUE, end = -1;
            for (int i = 2; i < f.length; i++) {
                int[] s = spans.get(f[i]);
                if (s == null) throw new IOException(file + ":" + n + ": unknown span " + f[i]);
                start = Math.min(start, s[0]);
                end = Math.max(end, s[1]);
            }
            names.add(new Name(type, start, end));
        }
        return names;
    }
}
