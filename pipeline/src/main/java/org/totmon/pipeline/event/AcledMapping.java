package org.totmon.pipeline.event;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.totmon.model.Tsv;

/**
 * Maps an event to ACLED's event type and sub-event type, so exported events merge with ACLED data.
 * Each kind has a default category; rows with an evidence pattern refine it (a drone strike is an
 * "Air/drone strike", a shooting an "Attack" on civilians). Rows are tried in file order, the default last.
 */
public final class AcledMapping {
    public static final String BUNDLED = "/org/totmon/pipeline/event/acled.tsv";

    /** An ACLED event type and sub-event type, spelled as ACLED spells them. */
    public record Category(String eventType, String subEventType) {}

    private record Rule(Pattern evidence, Category category) {}

    private final Map<EventKind, List<Rule>> rules;

    private AcledMapping(Map<EventKind, List<Rule>> rules) {
        this.rules = rules;
    }

    public static AcledMapping bundled() {
        return of(Tsv.resource(AcledMapping.class, BUNDLED), "acled.tsv (bundled)");
    }

    /**
     * Reads rows of kind, evidence pattern (a regular expression, or {@code *} for the default), ACLED event type and
     * sub-event type, tab-separated. Every kind needs a default row; a malformed row is an error naming source and line.
     */
    public static AcledMapping parse(InputStream in, String source) throws IOException {
        return of(Tsv.read(in, source), source);
    }

    private static AcledMapping of(List<Tsv.Row> rows, String source) {
        Map<EventKind, List<Rule>> rules = new EnumMap<>(EventKind.class);
        Map<EventKind, Rule> defaults = new EnumMap<>(EventKind.class);
        for (Tsv.Row row : rows) {
            String[] f = row.fields();
            if (f.length != 4) throw row.error("expected kind, evidence, event type, sub-event type separated by tabs");
            EventKind kind = kind(row);
            Category category = new Category(row.field(2), row.field(3));
            if (category.eventType().isEmpty() || category.subEventType().isEmpty()) throw row.error("empty ACLED event type or sub-event type");
            String evidence = row.field(1);
            if (evidence.equals("*")) {
                if (defaults.put(kind, new Rule(null, category)) != null) throw row.error("a second default for " + kind);
                continue;
            }
            try {
                rules.computeIfAbsent(kind, k -> new ArrayList<>())
                        .add(new Rule(Pattern.compile(evidence, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), category));
            } catch (PatternSyntaxException e) {
                throw row.error("bad evidence pattern: " + e.getDescription());
            }
        }
        for (EventKind kind : EventKind.values()) {
            Rule d = defaults.get(kind);
            if (d == null) throw new IllegalArgumentException(source + ": no default row (*) for " + kind);
            rules.computeIfAbsent(kind, k -> new ArrayList<>()).add(d);
        }
        return new AcledMapping(rules);
    }

    private static EventKind kind(Tsv.Row row) {
        try {
            return EventKind.valueOf(row.field(0).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown event kind '" + row.fields()[0] + "'");
        }
    }
    /** The ACLED category of an event of this kind told by this evidence text. */
    public Category categorize(EventKind kind, String evidence) {
        for (Rule rule : rules.get(kind)) {
            if (rule.evidence() == null || rule.evidence().matcher(evidence).find()) return rule.category();
        }
        throw new IllegalStateException("every kind has a default row");
    }
}
