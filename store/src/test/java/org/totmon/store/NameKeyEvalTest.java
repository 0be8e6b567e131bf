package org.totmon.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cross-script name keys on the BSNLP-2021 annotations, which give each person a cross-lingual id with a Latin
 * spelling (PER-Pavlo-Klimkin): for the people named in both the uk and the ru files, how often each Cyrillic form's
 * words share a key with the other language's forms and with the Latin id. Most of them are Western people (Theresa
 * May, Michel Barnier), the hard case for rules; Ukrainian and Russian names romanize regularly. Skipped without ../shared.
 */
class NameKeyEvalTest {

    @Test
    void personFormsAcrossUkRuAndLatin() {
        Map<String, Set<String>> uk = personForms("ner-uk/bsnlp-2021", "uk");
        Map<String, Set<String>> ru = personForms("ner-ru/bsnlp-2021", "ru");
        int people = 0, ukRu = 0, latin = 0, forms = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : uk.entrySet()) {
            Set<String> other = ru.get(e.getKey());
            if (other == null) continue;
            people++;
            Set<String> latinKeys = SearchIndex.nameKeys(e.getKey().substring("PER-".length()).replace('-', ' '));
            Set<String> ruKeys = new HashSet<>();
            other.forEach(f -> ruKeys.addAll(SearchIndex.nameKeys(f)));
            for (String form : e.getValue()) {
                forms++;
                Set<String> keys = SearchIndex.nameKeys(form);
                if (keys.stream().anyMatch(ruKeys::contains)) ukRu++;
                if (keys.stream().anyMatch(latinKeys::contains)) latin++;
                else if (misses.size() < 15) misses.add(form + " " + keys + " vs " + e.getKey() + " " + latinKeys);
            }
        }
        assumeTrue(people > 0, "no person in both languages");
        double shared = (double) ukRu / forms, withLatin = (double) latin / forms;
        System.out.printf("== name keys, BSNLP-2021 people in uk and ru: %d people, %d uk forms; a key shared with a ru form %.3f,"
                + " with the Latin id %.3f%n  misses: %s%n", people, forms, shared, withLatin, misses);
        assertTrue(shared >= 0.85, "uk/ru key sharing " + shared);
        // Western names spelled by ear in Cyrillic (Майкл for Michael, Барньє for Barnier) need the registry, not rules.
        assertTrue(withLatin >= 0.65, "Latin key sharing " + withLatin);
    }

    /** Surface forms of each PER cross-lingual id in the BSNLP answer files of one language. */
    private static Map<String, Set<String>> personForms(String folder, String language) {
        Path root = Path.of(System.getProperty("totmon.root", ".")).resolve("../shared/data").resolve(folder).normalize();
        assumeTrue(Files.isDirectory(root), "no BSNLP data at " + root + "; skipped");
        Map<String, Set<String>> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".out") && p.getParent().getFileName().toString().equals(language)).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] c = line.split("\t");
                    if (c.length >= 4 && c[2].strip().equals("PER") && c[3].strip().startsWith("PER-")) {
                        out.computeIfAbsent(c[3].strip(), k -> new HashSet<>()).add(c[0].strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        return out;
    }
}
