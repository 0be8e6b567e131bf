package org.totmon.pipeline.modality;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.totmon.pipeline.ModalCue.Kind;
import org.totmon.model.Tsv;
import org.totmon.pipeline.rules.RuleRows;
import org.totmon.pipeline.rules.TokenPattern;
import org.totmon.pipeline.text.Morphology;

/**
 * The negation, modality and hedging cues of one language, read from {@code modality-LANG.tsv}: rows
 * {@code KIND <tab> pattern [<tab> id]} (a {@link Kind}, or several joined by {@code +} for a cue that does several
 * things, and a {@link TokenPattern}), each optionally followed by rows {@code +} and {@code -} with sentences it must
 * and must not match, which the tests run. A row of several kinds is one rule per kind, sharing id and examples.
 * Immutable.
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
            if (row.fields().length < 2 || row.fields().length > 3) throw row.error("expected kind, pattern and an optional id, separated by tabs");
            Set<Kind> kinds = kinds(row);
            TokenPattern pattern = TokenPattern.parse(row.field(1), morphology, row.source() + ":" + row.line() + ": ");
            String id = RuleRows.id(row, 2, ids);
            List<String> positives = new ArrayList<>(), negatives = new ArrayList<>();
            for (Kind kind : kinds) rules.add(new Rule(id, kind, pattern, positives, negatives));
        }
        return new ModalityLexicon(language, rules);
    }

    /** The kinds of a row's key: one, or several joined by '+', each once. */
    private static Set<Kind> kinds(Tsv.Row row) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String key : row.field(0).split("\\+", -1)) if (!kinds.add(kind(row, key))) throw row.error("kind '" + key + "' given twice");
        return kinds;
    }

    private static Kind kind(Tsv.Row row, String key) {
        try {
            return Kind.valueOf(key.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown kind '" + key + "': one of " + List.of(Kind.values()) + " (several joined by '+'), or '+'/'-' for an example");
        }
    }
}
