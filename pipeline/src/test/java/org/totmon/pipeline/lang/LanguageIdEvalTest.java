package org.totmon.pipeline.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.totmon.pipeline.corpus.Corpora;
import org.totmon.pipeline.corpus.Corpora.GoldDoc;

/**
 * Language identification on short posts (one or two sentences), scored as uk / ru / en / other: on posts written
 * for this project (short-posts.tsv, including Belarusian, Bulgarian and other Cyrillic languages that must come
 * out as other), and on two-sentence samples from the ../shared/data corpora (skipped when absent).
 */
class LanguageIdEvalTest {
    private static final LanguageAnnotator DETECTOR = new LanguageAnnotator();
    private static final List<String> CLASSES = List.of("uk", "ru", "en", "other");
    /** Posts taken from each corpus: every k-th pair of adjacent sentences, so the sample spreads over the corpus. */
    private static final int SAMPLES_PER_CORPUS = 300;

    private record Post(String language, String text) {}

    @Test
    void ownShortPosts() throws IOException {
        List<Post> posts = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("short-posts.tsv")) {
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", 2);
                if (f.length != 2) throw new IllegalStateException("short-posts.tsv:" + n + ": expected language<TAB>text");
                posts.add(new Post(CLASSES.contains(f[0]) ? f[0] : "other", f[1]));
            }
        }
        Map<String, int[]> byClass = score("own short posts", posts);
        assertAccuracy(byClass, "uk", 1.0);
        assertAccuracy(byClass, "ru", 1.0);
        assertAccuracy(byClass, "en", 1.0);
        assertAccuracy(byClass, "other", 0.9);
    }

    @Test
    void corpusSamplesOfTwoSentences() {
        corpusSamples(2, 0.99, 0.97);
    }

    @Test
    void corpusSamplesOfOneSentence() {
        corpusSamples(1, 0.98, 0.95);
    }

    /** NER-UK, factRuEval and NEREL test texts, CoNLL-2003 testb, and the BSNLP-2021 uk and ru news (held out: not used to tune). */
    private static void corpusSamples(int sentences, double cyrillicFloor, double englishFloor) {
        List<Post> posts = new ArrayList<>();
        posts.addAll(sample("uk", texts(Corpora.nerUkTest()), sentences));
        posts.addAll(sample("uk", Corpora.bsnlpTexts("uk"), sentences));
        posts.addAll(sample("ru", texts(Corpora.factRuEvalTest()), sentences));
        posts.addAll(sample("ru", texts(Corpora.nerelTest()), sentences));
        posts.addAll(sample("ru", Corpora.bsnlpTexts("ru"), sentences));
        posts.addAll(sample("en", texts(Corpora.conllTestb()), sentences));
        Map<String, int[]> byClass = score("corpus samples of " + sentences + " sentence(s): NER-UK, BSNLP uk, factRuEval, NEREL, BSNLP ru, CoNLL-2003", posts);
        assertAccuracy(byClass, "uk", cyrillicFloor);
        assertAccuracy(byClass, "ru", cyrillicFloor);
        assertAccuracy(byClass, "en", englishFloor);
    }

    private static List<String> texts(List<GoldDoc> docs) {
        return docs.stream().map(GoldDoc::text).toList();
    }

    /**
     * Runs of {@code n} adjacent sentences of prose (at least 6 words, a third of them in lower case; not a sports
     * table), 30 to 300 characters together, spread over the corpus.
     */
    private static List<Post> sample(String language, List<String> texts, int n) {
        List<String> pairs = new ArrayList<>();
        for (String text : texts) {
            List<String> s = Corpora.sentences(text);
            for (int i = 0; i + n <= s.size(); i += n) {
                String pair = detokenize(String.join(" ", s.subList(i, i + n)));
                if (pair.length() >= 30 && pair.length() <= 300 && isProse(pair)) pairs.add(pair);
            }
        }
        int step = Math.max(1, pairs.size() / SAMPLES_PER_CORPUS);
        List<Post> out = new ArrayList<>();
        for (int i = 0; i < pairs.size() && out.size() < SAMPLES_PER_CORPUS; i += step) out.add(new Post(language, pairs.get(i)));
        return out;
    }

    private static boolean isProse(String s) {
        String[] words = s.split("\\s+");
        long lower = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isLowerCase(w.codePointAt(0))).count();
        return words.length >= 6 && lower * 3 >= words.length;
    }

    /** The corpora's tokenised text ("слово , слово") as a post would be written. */
    private static String detokenize(String s) {
        return s.replaceAll(" ([.,:;!?)»])", "$1").replaceAll("([(«]) ", "$1");
    }

    /** Prints a confusion matrix; returns [right, total] per true class. */
    private static Map<String, int[]> score(String title, List<Post> posts) {
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        Map<String, int[]> byClass = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (Post p : posts) {
            String got = DETECTOR.detect(p.text());
            got = got == null ? "none" : got;
            confusion.computeIfAbsent(p.language(), k -> new TreeMap<>()).merge(got, 1, Integer::sum);
            int[] t = byClass.computeIfAbsent(p.language(), k -> new int[2]);
            t[1]++;
            if (got.equals(p.language())) t[0]++;
            else errors.add(p.language() + "→" + got + ": " + p.text());
        }
        StringBuilder b = new StringBuilder("== language ID, ").append(title).append(", ").append(posts.size()).append(" posts\n");
        int right = 0;
        for (Map.Entry<String, int[]> e : byClass.entrySet()) {
            right += e.getValue()[0];
            b.append(String.format("%-6s accuracy %.3f (%d/%d)  detected as %s%n", e.getKey(), (double) e.getValue()[0] / e.getValue()[1],
                    e.getValue()[0], e.getValue()[1], confusion.get(e.getKey())));
        }
        b.append(String.format("all    accuracy %.3f%n", (double) right / posts.size()));
        errors.stream().limit(20).forEach(e -> b.append("  ").append(e).append('\n'));
        System.out.print(b);
        return byClass;
    }

    private static void assertAccuracy(Map<String, int[]> byClass, String language, double floor) {
        int[] t = byClass.get(language);
        assertTrue(t != null && t[1] > 0, "no posts in " + language);
        double accuracy = (double) t[0] / t[1];
        if (floor == 1.0) assertEquals(t[1], t[0], language + ": every post should be identified");
        else assertTrue(accuracy >= floor, language + ": accuracy " + accuracy + " < " + floor);
    }
}
