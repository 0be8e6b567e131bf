package org.totmon.pipeline.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
        try (InputStream in = AcledMapping.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("the ACLED mapping " + BUNDLED + " is not on the classpath");
            return parse(in, "acled.tsv (bundled)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads rows of kind, evidence pattern (a regular expression, or {@code *} for the default), ACLED event type and
     * sub-event type, tab-separated. Every kind needs a default row; a malformed row is an error naming source and line.
     */
    public static AcledMapping parse(InputStream in, String source) throws IOException {
        Map<EventKind, List<Rule>> rules = new EnumMap<>(EventKind.class);
        Map<EventKind, Rule> defaults = new EnumMap<>(EventKind.class);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 4) throw new IllegalArgumentException(source + ":" + n + ": expected kind, evidence, event type, sub-event type separated by tabs");
            EventKind kind = kind(f[0], source, n);
            Category category = new Category(f[2].strip(), f[3].strip());
            if (category.eventType().isEmpty() || category.subEventType().isEmpty()) {
                throw new IllegalArgumentException(source + ":" + n + ": empty ACLED event type or sub-event type");
            }
            String evidence = f[1].strip();
            if (evidence.equals("*")) {
                if (defaults.put(kind, new Rule(null, category)) != null) throw new IllegalArgumentException(source + ":" + n + ": a second default for " + kind);
                continue;
            }
            try {
                rules.computeIfAbsent(kind, k -> new ArrayList<>())
                        .add(new Rule(Pattern.compile(evidence, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), category));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(source + ":" + n + ": bad evidence pattern: " + e.getDescription());
            }
        }
        for (EventKind kind : EventKind.values()) {
            Rule d = defaults.get(kind);
            if (d == null) throw new IllegalArgumentException(source + ": no default row (*) for " + kind);
            rules.computeIfAbsent(kind, k -> new ArrayList<>()).add(d);
        }
        return new AcledMapping(rules);
    }

    private static EventKind kind(String s, String source, int n) {
        try {
            return EventKind.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ":" + n + ": unknown event kind '" + s + "'");
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
