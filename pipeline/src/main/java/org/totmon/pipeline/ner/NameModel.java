package org.totmon.pipeline.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.ext.ExtensionLoader;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.NameCandidate;

/**
 * An OpenNLP name finder over the project's own sentences and tokens, so that it sees at run time the tokens it was
 * trained on. Immutable and thread-safe: each call makes its own decoder.
 */
public final class NameModel {
    static final String RESOURCE = "/org/totmon/pipeline/ner/ru-factrueval.bin";
    private static volatile NameModel bundled;

    private final TokenNameFinderModel model;

    /** OpenNLP instantiates only allow-listed feature generators named in a descriptor; ours is in this package. */
    static void allowFeatureGenerators() {
        ExtensionLoader.registerAllowedPackage(NameModel.class.getPackageName());
    }

    NameModel(TokenNameFinderModel model) {
        this.model = model;
    }

    /** The shipped Russian model, trained on factRuEval-2016 (MIT); loads once. */
    public static NameModel bundledRussian() {
        NameModel m = bundled;
        if (m == null) {
            synchronized (NameModel.class) {
                m = bundled;
                if (m == null) {
                    allowFeatureGenerators();
                    try (InputStream in = NameModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) throw new IllegalStateException("name model " + RESOURCE + " is not on the classpath");
                        bundled = m = new NameModel(new TokenNameFinderModel(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the name model " + RESOURCE, e);
                    }
                }
            }
        }
        return m;
    }

    public static NameModel load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("no name model at " + file);
        allowFeatureGenerators();
        try (InputStream in = Files.newInputStream(file)) {
            return new NameModel(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new IOException("cannot read the name model " + file + ": " + e.getMessage(), e);
        }
    }

    /** The candidates in the document's sentences (after tokens and sentences; boilerplate skipped), in text order. */
    public List<NameCandidate> find(Document doc) {
        NameFinderME finder = new NameFinderME(model);
        List<NameCandidate> out = new ArrayList<>();
        for (List<Token> sentence : sentences(doc)) {
            String[] words = sentence.stream().map(Token::text).toArray(String[]::new);
            for (Span s : finder.find(words)) {
                NameCandidate.Kind kind = kind(s.getType());
                if (kind != null) out.add(new NameCandidate(kind, sentence.get(s.getStart()).start(), sentence.get(s.getEnd() - 1).end(), s.getProb()));
            }
        }
        return out;
    }

    private static NameCandidate.Kind kind(String type) {
        return switch (type) {
            case "PER" -> NameCandidate.Kind.PERSON;
            case "ORG" -> NameCandidate.Kind.ORGANIZATION;
            case "LOC" -> NameCandidate.Kind.LOCATION;
            default -> null;
        };
    }

    /** The tokens of each non-boilerplate sentence, as the model reads them in training and at run time. */
    static List<List<Token>> sentences(Document doc) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        int t = 0;
        for (TextSpan s : doc.sentences()) {
            while (t < tokens.size() && tokens.get(t).start() < s.start()) t++;
            List<Token> sentence = new ArrayList<>();
            while (t < tokens.size() && tokens.get(t).end() <= s.end()) sentence.add(tokens.get(t++));
            if (!sentence.isEmpty() && !doc.isBoilerplate(s.start(), s.end())) out.add(sentence);
        }
        return out;
    }
}
