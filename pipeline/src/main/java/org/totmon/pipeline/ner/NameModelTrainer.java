package org.totmon.pipeline.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.totmon.model.Report;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.text.SentenceTokenAnnotator;

/**
 * Trains the Russian name model from factRuEval-2016's {@code devset} (the part its authors give for training; the
 * {@code testset} stays held out for evaluation). Deterministic: one thread, documents in file order. L-BFGS maximum
 * entropy with OpenNLP's default L1/L2 costs scored best on a held-out quarter of the devset (against GIS and the
 * perceptron), and its probabilities are calibrated enough to threshold.
 */
public final class NameModelTrainer {
    private static final String FEATURES = "/org/totmon/pipeline/ner/ru-features.xml";
    static final int ITERATIONS = 150;
    static final int CUTOFF = 1;

    private NameModelTrainer() {}

    /** Trains on {@code factRuEvalDir}/devset and writes the model to {@code modelOut}. */
    public static void train(Path factRuEvalDir, Path modelOut) throws IOException {
        TokenNameFinderModel model = train(FactRuEval.read(factRuEvalDir.resolve("devset")), parameters(ITERATIONS, CUTOFF));
        Path parent = modelOut.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream out = Files.newOutputStream(modelOut)) {
            model.serialize(out);
        }
    }

    static TrainingParameters parameters(int iterations, int cutoff) {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    static TokenNameFinderModel train(List<FactRuEval.Doc> docs, TrainingParameters parameters) throws IOException {
        byte[] features;
        try (InputStream in = NameModelTrainer.class.getResourceAsStream(FEATURES)) {
            if (in == null) throw new IllegalStateException("feature descriptor " + FEATURES + " is not on the classpath");
            features = in.readAllBytes();
        }
        NameModel.allowFeatureGenerators();
        TokenNameFinderFactory factory = new TokenNameFinderFactory(features, Map.of(), new BioCodec());
        return NameFinderME.train("ru", null, ObjectStreamUtils.createObjectStream(samples(docs)), parameters, factory);
    }

    /** One sample a sentence, tokenised as at run time; a document's first sentence clears the adaptive data. */
    static List<NameSample> samples(List<FactRuEval.Doc> docs) {
        SentenceTokenAnnotator sentences = new SentenceTokenAnnotator();
        List<NameSample> out = new ArrayList<>();
        for (FactRuEval.Doc d : docs) {
            Document doc = new Document(new Report(d.id(), null, null, null, null, "ru", d.text()));
            sentences.annotate(doc);
            boolean first = true;
            for (List<Token> sentence : NameModel.sentences(doc)) {
                String[] words = sentence.stream().map(Token::text).toArray(String[]::new);
                out.add(new NameSample(words, names(sentence, d.names()), first));
                first = false;
            }
        }
        return out;
    }

    /**
     * The names inside one sentence as token spans. The corpus nests names ("мэрии [Москвы]"); a name finder tags one
     * level, so the outermost name is kept, which is the one an entity record wants.
     */
    private static Span[] names(List<Token> sentence, List<FactRuEval.Name> names) {
        int from = sentence.get(0).start(), to = sentence.get(sentence.size() - 1).end();
        List<Span> spans = new ArrayList<>();
        for (FactRuEval.Name n : names) {
            if (n.start() < from || n.end() > to) continue; // outside, or across a sentence break the splitter made
            int first = -1, last = -1;
            for (int i = 0; i < sentence.size(); i++) {
                Token t = sentence.get(i);
                if (t.end() > n.start() && t.start() < n.end()) {
                    if (first < 0) first = i;
                    last = i;
                }
            }
            if (first >= 0) spans.add(new Span(first, last + 1, n.type()));
        }
        spans.sort(Comparator.comparingInt(Span::length).reversed().thenComparingInt(Span::getStart));
        List<Span> kept = new ArrayList<>();
        for (Span s : spans) if (kept.stream().noneMatch(k -> k.intersects(s))) kept.add(s);
        kept.sort(Comparator.comparingInt(Span::getStart));
        return kept.toArray(Span[]::new);
    }
}
