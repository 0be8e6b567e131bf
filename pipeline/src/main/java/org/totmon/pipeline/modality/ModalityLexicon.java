package org.totmon.pipeline.modality;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.totmon.pipeline.ModalCue.Kind;
import org.totmon.pipeline.Tsv;
import org.totmon.pipeline.rules.RuleRows;
import org.totmon.pipeline.rules.TokenPattern;
import org.totmon.pipeline.text.Morphology;

/**
 * The negation, modality and hedging cues of one language, read from {@code modality-LANG.tsv}: rows
 * {@code KIND <tab> pattern [<tab> id]} (a {@link Kind} and a {@link TokenPattern}), each optionally followed by rows
 * {@code +} and {@code -} with sentences it must and must not match, which the tests run. Immutable.
 */
public final class ModalityLexicon {
    /** One rule: its id (the row's last column, else the file and line), kind, pattern and example sentences. */
    public record Rule(String id, Kind kind, TokenPattern pattern, List<String> positives, List<String> negatives) {}

    private final String language;
    private final List<Rule> rules;

    private ModalityLexicon(String language, List<Rule> rules) {
        this.language = language;
        this.rules = rules.stream().map(r -> new Rule(r.id(), r.kind(), r.pattern(), List.copyOf(r.positives()), List.copyOf(r.negatives()))).toList();
    }

    public String language() { return language; }

    /** Every rule in file order. */
    public List<Rule> rules() { return rules; }

    /** The bundled lexicon of {@code en}, {@code uk} or {@code ru}. */
    public static ModalityLexicon bundled(String language) {
        return of(language, Tsv.resource(ModalityLexicon.class, "/org/totmon/pipeline/modality/modality-" + language + ".tsv"));
    }

    /** Reads a lexicon; a malformed row is an error naming the source and line. */
    public static ModalityLexicon parse(String language, InputStream in, String source) throws IOException {
        return of(language, Tsv.read(in, source));
    }

    private static ModalityLexicon of(String language, List<Tsv.Row> rows) {
        Morphology morphology = Morphology.of(language);
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Tsv.Row row : rows) {
            if (RuleRows.example(row, rules, Rule::positives, Rule::negatives)) continue;
            String key = row.field(0).toUpperCase(Locale.ROOT);
            if (row.fields().length < 2 || row.fields().length > 3) throw row.error("expected kind, pattern and an optional id, separated by tabs");
            Kind kind;
            try {
                kind = Kind.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.field(0) + "': one of " + List.of(Kind.values()) + ", or '+'/'-' for an example");
            }
            TokenPattern pattern = TokenPattern.parse(row.field(1), morphology, row.source() + ":" + row.line() + ": ");
            rules.add(new Rule(RuleRows.id(row, 2, ids), kind, pattern, new ArrayList<>(), new ArrayList<>()));
        }
        return new ModalityLexicon(language, rules);
    }
}
