package org.totmon.pipeline.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.totmon.model.Tsv;

/**
 * The words of calendar time in English, Ukrainian and Russian: the tables of {@code time-words.tsv}, read once. Each
 * entry is a regex fragment that spells out the inflected forms (so one pattern serves all three languages) and the
 * value it stands for.
 */
final class TimeLexicon {
    private TimeLexicon() {}

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A word (or short phrase) and its meaning; {@link #matches} is exact and case-insensitive. */
    record Entry<T>(T value, String regex, Pattern pattern) {
        boolean matches(String text) { return pattern.matcher(text).matches(); }
    }

    enum Unit { DAY, WEEK, WEEKEND, RECENT_WEEKEND, MONTH, YEAR }

    /** A relative time: {@code offset} units from the publication date. */
    record Shift(Unit unit, int offset) {}

    private static final Map<String, List<Tsv.Row>> TABLES = load();

    static final List<Entry<Integer>> MONTHS = entries("month", Integer::valueOf);
    /** English abbreviations; only used next to a day or a year, where they cannot be a name ("Jan") or a verb. */
    static final List<Entry<Integer>> MONTH_ABBREVIATIONS = entries("month_abbreviation", Integer::valueOf);
    /** ISO day of week. */
    static final List<Entry<Integer>> WEEKDAYS = entries("weekday", Integer::valueOf);
    /** "last", "this", "next" and their inflected forms. */
    static final List<Entry<Integer>> DEICTICS = entries("deictic", Integer::valueOf);
    /** Units that combine with a deictic word: "last week", "минулого місяця", "в следующем году". */
    static final List<Entry<Unit>> UNITS = entries("unit", TimeLexicon::unit);
    /** Units counted back from publication: "two days ago", "три тижні тому", "год назад". */
    static final List<Entry<Unit>> AGO_UNITS = entries("ago_unit", TimeLexicon::unit);
    /** Small numbers in words, for "two years ago"; larger ones are written in digits. */
    static final List<Entry<Integer>> NUMBERS = entries("number", Integer::valueOf);
    /** Relative times said in one word or a fixed phrase. */
    static final List<Entry<Shift>> SINGLE_WORDS = entries("single_word", TimeLexicon::shift);
    /** Words that narrow a time without changing its value ("late last month", "на початку вересня"); prepositions stay outside. */
    static final String MODIFIERS = alternation("modifier");
    /** The word after a year (or a range of years): "2022 року", "2022 г.", "2023-2024 годах". */
    static final String YEAR_WORDS = alternation("year_word");
    /** Words before a bare month, weekday or year that show it is one ("in 2014", "у вересні", "в среду"). */
    static final Set<String> CUES = Set.of(alternation("cue").split("\\|"));
    /** A number followed by one of these counts something ("2014 soldiers", "2000 людей"): it is not a year. */
    static final Pattern COUNTED = Pattern.compile("\\s*(?:%|(?:" + alternation("counted_noun") + ")(?![\\p{L}]))", FLAGS);

    /** After a day's number: "28th", "9-го". */
    static final String ORDINAL_SUFFIXES = alternation("ordinal_suffix");
    /** After a count of units: "two days ago", "три тижні тому". */
    static final String AGO = alternation("ago");
    /** A prefix that narrows a time: "mid-". */
    static final String MID_PREFIX = alternation("mid_prefix");
    /** Between a day and its month or a month and its year: "of". */
    static final String DAY_MONTH_JOINER = alternation("day_month_joiner");
    /** English months that are also common words or names: bare, they need a cue ("in May", not "May" the verb). */
    static final Set<String> AMBIGUOUS_MONTHS = Set.of(alternation("ambiguous_month").split("\\|"));
    /** Before the first day of a period of days ("з 23 по 27 вересня"). */
    static final String RANGE_FROM = alternation("range_from");
    /** Between the days of such a period. */
    static final String RANGE_TO = alternation("range_to");
    /** Right before a year, make it a birth year ("born in 2002"): an age, not a time. */
    static final Pattern BIRTH_BEFORE = Pattern.compile("(?<![\\p{L}])(?:" + alternation("birth_before") + ")\\s*$", FLAGS);
    /** Right after a year, make it a birth year ("2002 року народження"). */
    static final Pattern BIRTH_AFTER = Pattern.compile("^\\s*(?:" + alternation("birth_after") + ")(?![\\p{L}])", FLAGS);
    /** Between two years of one list ("2002 and 2003", "2002-2003"). */
    static final Pattern YEAR_JOINER = Pattern.compile("^\\s*(?:" + alternation("year_joiner") + ")\\s*$", FLAGS);
    /** Before a weekday these make it habitual, not a date. */
    static final Set<String> HABITUAL = Set.of(alternation("habitual").split("\\|"));

    private static Map<String, List<Tsv.Row>> load() {
        Map<String, List<Tsv.Row>> out = new HashMap<>();
        for (Tsv.Row row : Tsv.resource(TimeLexicon.class, "time-words.tsv")) {
            if (row.fields().length != 3 || row.field(2).isEmpty()) throw row.error("expected table<TAB>value<TAB>regular expression");
            out.computeIfAbsent(row.field(0), k -> new ArrayList<>()).add(row);
        }
        return out;
    }

    private static List<Tsv.Row> table(String name) {
        List<Tsv.Row> rows = TABLES.get(name);
        if (rows == null) throw new IllegalStateException("time-words.tsv has no table " + name);
        return rows;
    }

    private static <T> List<Entry<T>> entries(String table, Function<String, T> value) {
        List<Entry<T>> out = new ArrayList<>();
        for (Tsv.Row row : table(table)) {
            try {
                out.add(new Entry<>(value.apply(row.field(1)), row.field(2), Pattern.compile(row.field(2), FLAGS)));
            } catch (IllegalArgumentException e) {
                throw row.error("bad value or expression: " + e.getMessage());
            }
        }
        return List.copyOf(out);
    }

    private static String alternation(String table) {
        return table(table).stream().map(r -> r.field(2)).collect(Collectors.joining("|"));
    }

    private static Unit unit(String name) {
        return Unit.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** "day -1": a unit and an offset. */
    private static Shift shift(String value) {
        String[] parts = value.split(" ");
        if (parts.length != 2) throw new IllegalArgumentException("expected unit and offset, found " + value);
        return new Shift(unit(parts[0]), Integer.parseInt(parts[1]));
    }

    /** The alternation of all entries, for composing into a larger pattern. */
    static String alternation(List<? extends Entry<?>> entries) {
        return entries.stream().map(Entry::regex).collect(Collectors.joining("|"));
    }

    /** The value of the entry the text matches, or null. */
    static <T> T lookup(List<Entry<T>> entries, String text) {
        for (Entry<T> e : entries) if (e.matches(text)) return e.value();
        return null;
    }
}
