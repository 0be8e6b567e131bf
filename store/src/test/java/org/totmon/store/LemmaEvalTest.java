package org.totmon.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.junit.jupiter.api.Test;
import org.totmon.pipeline.entity.NameKeys;

/**
 * How well each analysis brings the inflected forms of a word together, which is what search needs from lemmas:
 * on a word list written for this project (lemmas.tsv) and on the form/lemma pairs of the BSNLP-2021 uk and ru
 * annotations (names of people, organisations and places; skipped without ../shared). "Conflated" = a search for the
 * lemma finds the form: word by word, the form's terms share one with the lemma's (a dictionary may give a word
 * several lemmas, all indexed at one position). Candidates: Lucene's UkrainianMorfologikAnalyzer (dictionary lemmas), RussianAnalyzer
 * (Snowball stems), StandardAnalyzer (no morphology: the index's analysis for Ukrainian before), and the
 * pipeline's NameKeys (ending stripping, for names).
 */
class LemmaEvalTest {
    private static final Analyzer UK = new UkrainianMorfologikAnalyzer();
    private static final Analyzer RU = new RussianAnalyzer();
    private static final Analyzer STANDARD = new StandardAnalyzer();

    private record Pair(String form, String lemma) {}

    @Test
    void ownWordList() throws IOException {
        Map<String, List<Pair>> byLanguage = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("lemmas.tsv")) {
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 3) throw new IllegalStateException("lemmas.tsv:" + n + ": expected language, lemma, forms");
                for (String form : f[2].split(",")) byLanguage.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Pair(form.strip(), f[1]));
            }
        }
        Map<String, Double> uk = report("own word list, uk", byLanguage.get("uk"));
        Map<String, Double> ru = report("own word list, ru", byLanguage.get("ru"));
        assertTrue(uk.get("UkrainianMorfologik") >= 0.95, "Ukrainian lemmas: " + uk);
        assertTrue(uk.get("UkrainianMorfologik") > uk.get("Standard"), "the morfologik analyzer should beat no analysis: " + uk);
        assertTrue(ru.get("Russian") >= 0.85, "Russian stems: " + ru);
    }

    @Test
    void bsnlpNameForms() {
        Map<String, Double> uk = report("BSNLP-2021 uk name forms", bsnlpPairs("ner-uk/bsnlp-2021", "uk"));
        Map<String, Double> ru = report("BSNLP-2021 ru name forms", bsnlpPairs("ner-ru/bsnlp-2021", "ru"));
        assertTrue(uk.get("UkrainianMorfologik") > uk.get("Standard"), "uk: " + uk);
        assertTrue(ru.get("Russian") > ru.get("Standard"), "ru: " + ru);
    }

    /** Prints the share of forms each analysis conflates with their lemma; returns it by analysis. */
    private static Map<String, Double> report(String title, List<Pair> pairs) {
        Map<String, Function<String, List<Set<String>>>> analyses = new LinkedHashMap<>();
        analyses.put("UkrainianMorfologik", s -> terms(UK, s));
        analyses.put("Russian", s -> terms(RU, s));
        analyses.put("Standard", s -> terms(STANDARD, s));
        analyses.put("NameKeys", s -> Stream.of(s.split("[\\s\\p{Punct}«»“”„]+")).filter(w -> !w.isEmpty()).map(w -> Set.of(NameKeys.word(w))).toList());
        Map<String, Double> out = new LinkedHashMap<>();
        StringBuilder b = new StringBuilder("== lemmas, ").append(title).append(", ").append(pairs.size()).append(" forms\n");
        for (Map.Entry<String, Function<String, List<Set<String>>>> a : analyses.entrySet()) {
            int same = 0;
            List<String> misses = new ArrayList<>();
            for (Pair p : pairs) {
                if (conflated(a.getValue().apply(p.form()), a.getValue().apply(p.lemma()))) same++;
                else if (misses.size() < 8) misses.add(p.form() + "→" + a.getValue().apply(p.form()) + " ≠ " + a.getValue().apply(p.lemma()));
            }
            double share = (double) same / pairs.size();
            out.put(a.getKey(), share);
            b.append(String.format("%-20s conflated %.3f  e.g. %s%n", a.getKey(), share, misses));
        }
        System.out.print(b);
        return out;
    }

    /** As many positions, and at each a term in common. */
    private static boolean conflated(List<Set<String>> form, List<Set<String>> lemma) {
        if (form.isEmpty() || form.size() != lemma.size()) return false;
        for (int i = 0; i < form.size(); i++) if (form.get(i).stream().noneMatch(lemma.get(i)::contains)) return false;
        return true;
    }

    /** The terms at each position. */
    private static List<Set<String>> terms(Analyzer analyzer, String text) {
        List<Set<String>> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || out.isEmpty()) out.add(new LinkedHashSet<>());
                out.get(out.size() - 1).add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Distinct (form, lemma) pairs of the BSNLP answer files where the form is inflected (differs from the lemma). */
    private static List<Pair> bsnlpPairs(String folder, String language) {
        Path root = Path.of(System.getProperty("totmon.root", ".")).resolve("../shared/data").resolve(folder).normalize();
        assumeTrue(Files.isDirectory(root), "no BSNLP data at " + root + "; skipped");
        Set<Pair> pairs = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".out") && p.getParent().getFileName().toString().equals(language)).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] c = line.split("\t");
                    if (c.length >= 3 && !c[0].equals(c[1]) && c[0].codePoints().anyMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC)) {
                        pairs.add(new Pair(c[0].strip(), c[1].strip()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        return new ArrayList<>(pairs);
    }
}
