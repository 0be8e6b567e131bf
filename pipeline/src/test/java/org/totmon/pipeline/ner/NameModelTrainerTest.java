package org.totmon.pipeline.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.pipeline.corpus.Corpora;

class NameModelTrainerTest {
    /** The model's parts; the manifest keeps only what does not change from run to run (not its timestamps). */
    private static Map<String, byte[]> parts(InputStream model) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(model)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                byte[] bytes = zip.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    Properties p = new Properties();
                    p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
                    p.remove("Timestamp");
                    bytes = new TreeMap<>(p).toString().getBytes(StandardCharsets.UTF_8);
                }
                parts.put(e.getName(), bytes);
            }
        }
        return parts;
    }

    @Test
    void retrainingFromTheCorpusGivesTheShippedModel(@TempDir Path tmp) throws IOException {
        Path corpus = Corpora.root("ner-ru/factRuEval-2016");
        Path out = tmp.resolve("ru.bin");
        NameModelTrainer.train(corpus, out);
        Map<String, byte[]> trained, shipped;
        try (InputStream in = Files.newInputStream(out)) { trained = parts(in); }
        try (InputStream in = NameModel.class.getResourceAsStream(NameModel.RESOURCE)) { shipped = parts(in); }
        assertEquals(shipped.keySet(), trained.keySet());
        for (String part : shipped.keySet()) assertArrayEquals(shipped.get(part), trained.get(part), part + " differs: retrain and commit the model");
        assertTrue(trained.containsKey("nameFinder.model"));
    }

    @Test
    void aFolderWithoutTheCorpusIsNamed(@TempDir Path tmp) {
        IOException e = assertThrows(IOException.class, () -> NameModelTrainer.train(tmp, tmp.resolve("ru.bin")));
        assertTrue(e.getMessage().contains(tmp.resolve("devset").toString()), e.getMessage());
    }
}
