package org.totmon.pipeline.rules;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.totmon.model.Tsv;

/** What the rule files share: example rows after a rule, and ids that name one rule each. */
public final class RuleRows {
    private RuleRows() {}

    /**
     * Whether the row is an example ({@code +} or {@code -}, then a sentence the rule read last must or must not
     * match); if so, its sentence is added to that rule's examples.
     */
    public static <R> boolean example(Tsv.Row row, List<R> rules, Function<R, List<String>> positives, Function<R, List<String>> negatives) {
        String key = row.field(0);
        if (!key.equals("+") && !key.equals("-")) return false;
        if (rules.isEmpty()) throw row.error("an example row '" + key + "' must follow the rule it exemplifies");
        if (row.fields().length != 2 || row.field(1).isEmpty()) throw row.error("an example row is '+' or '-', then one sentence");
        R last = rules.get(rules.size() - 1);
        (key.equals("+") ? positives : negatives).apply(last).add(row.field(1));
        return true;
    }

    /** A rule's id: the row's {@code column} when it is filled, else its file and line; an id used twice is an error. */
    public static String id(Tsv.Row row, int column, Set<String> ids) {
        String id = row.fields().length > column && !row.field(column).isEmpty() ? row.field(column) : row.source() + ":" + row.line();
        if (!ids.add(id)) throw row.error("rule id '" + id + "' is used twice");
        return id;
    }
}
