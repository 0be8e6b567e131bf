package org.totmon.pipeline.time;

import static org.totmon.pipeline.time.TimeLexicon.AGO_UNITS;
import static org.totmon.pipeline.time.TimeLexicon.CUES;
import static org.totmon.pipeline.time.TimeLexicon.DEICTICS;
import static org.totmon.pipeline.time.TimeLexicon.FLAGS;
import static org.totmon.pipeline.time.TimeLexicon.MONTHS;
import static org.totmon.pipeline.time.TimeLexicon.MONTH_ABBREVIATIONS;
import static org.totmon.pipeline.time.TimeLexicon.NUMBERS;
import static org.totmon.pipeline.time.TimeLexicon.SINGLE_WORDS;
import static org.totmon.pipeline.time.TimeLexicon.UNITS;
import static org.totmon.pipeline.time.TimeLexicon.WEEKDAYS;
import static org.totmon.pipeline.time.TimeLexicon.alternation;
import static org.totmon.pipeline.time.TimeLexicon.lookup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totmon.model.TimeMention;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;
import org.totmon.pipeline.text.English;
import org.totmon.pipeline.time.TimeLexicon.Shift;
import org.totmon.pipeline.time.TimeLexicon.Unit;

/**
 * Finds the calendar times a report refers to (dates, months, years, weekdays, relative days, weeks, months and
 * years) in English, Ukrainian and Russian, and resolves them against the publication date.
 * A regex pass over the raw text: tokens and sentences are not needed. Of overlapping matches the longest wins,
 * so "Tuesday, November 28" and "сьогодні, 9 травня" are one mention each, valued by their date. A match that
 * cannot be resolved (a weekday when the publication day is unknown) is dropped, and does not leave its parts
 * behind. Boilerplate is skipped. Durations, ages and times of day are never matched: every pattern needs a
 * month, a weekday, a deictic word or a year in a year's context.
 * Stateless and thread-safe.
 */
public final class TimeAnnotator implements Annotator {

    private static final String L = "(?<![\\p{L}\\d])";
    private static final String R = "(?![\\p{L}\\d])";
    private static final String MONTH = "(?<mon>(?:" + alternation(MONTHS) + "|(?:" + alternation(MONTH_ABBREVIATIONS) + ")\\.?)(?![\\p{L}]))";
    private static final String MONTH_FULL = "(?<mon>" + alternation(MONTHS) + ")" + R;
    private static final String DEICTIC = "(?<deic>" + alternation(DEICTICS) + ")\\s+";
    private static final String MODIFIER = "(?:(?:" + TimeLexicon.MODIFIERS + ")\\s+|(?:" + TimeLexicon.MID_PREFIX + ")\\s*)";
    private static final String JOINER = "(?:" + TimeLexicon.DAY_MONTH_JOINER + ")";
    private static final String ORDINAL = "(?:" + TimeLexicon.ORDINAL_SUFFIXES + ")?";
    private static final String DAY = "(?<![\\d.,:])(?<d1>\\d{1,2})(?![\\d]|[.,]\\d)" + ORDINAL
            + "(?:\\s*[-–—]\\s*(?<d2>\\d{1,2})(?![\\d]|[.,]\\d)" + ORDINAL + ")?";
    private static final String YEAR_NUMBER = "(?:1[89]|20)\\d\\d(?![\\d]|[.,]\\d)";
    /**
     * After a month a number that counts what follows ("12 March 1868 residents") is taken for the year only within
     * this many years of publication ("In March 2022 troops came", published 2023): further off it is a count.
     */
    private static final int COUNTED_YEAR_SPAN = 10;
    private static final String YEAR_WORD = "(?:\\s*(?<yw>(?:" + TimeLexicon.YEAR_WORDS + ")(?![\\p{L}])))";
    /** A weekday or relative day before a date, kept in the same mention: "Tuesday, November 28", "вчора, 8 травня". */
    private static final String PREFIX = "(?:(?:" + alternation(WEEKDAYS) + "|" + alternation(SINGLE_WORDS) + ")\\s*,?\\s+)?";

    private static final List<Rule> RULES = List.of(
            new Rule(L + "(?:" + TimeLexicon.RANGE_FROM + ")\\s+(?<d1>\\d{1,2})" + ORDINAL + "\\s+(?:" + TimeLexicon.RANGE_TO + ")\\s+(?<d2>\\d{1,2})"
                    + ORDINAL + "\\s+(?:" + JOINER + "\\s+)?" + MONTH + "(?:,?\\s+(?<year>" + YEAR_NUMBER + ")" + YEAR_WORD + "?)?", TimeAnnotator::daysOfMonth),
            new Rule(L + PREFIX + MONTH + "\\s+" + DAY + "(?:,?\\s+(?<year>" + YEAR_NUMBER + ")" + YEAR_WORD + "?)?",
                    TimeAnnotator::dayAndMonth),
            new Rule(L + PREFIX + DAY + "\\s+(?:" + JOINER + "\\s+)?" + MONTH + "(?:,?\\s+(?<year>" + YEAR_NUMBER + ")" + YEAR_WORD + "?)?",
                    TimeAnnotator::dayAndMonth),
            new Rule(L + MODIFIER + "?" + MONTH + "(?:,?\\s+|\\s+" + JOINER + "\\s+)(?<year>" + YEAR_NUMBER + ")" + YEAR_WORD + "?",
                    TimeAnnotator::monthAndYear),
            new Rule(L + MODIFIER + "?(?:" + DEICTIC + ")?" + MONTH_FULL, TimeAnnotator::bareMonth),
            new Rule("(?<![\\w./-])(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>(?<year>" + YEAR_NUMBER + ")(?![\\w/-])",
                    TimeAnnotator::numericDate),
            new Rule("(?<![\\w./-])(?<year>(?:1[89]|20)\\d\\d)-(?<m>\\d\\d)-(?<d>\\d\\d)(?![\\w/-]|\\.\\d)", TimeAnnotator::isoDate),
            new Rule(L + "(?<mod>" + MODIFIER + ")?(?<![\\p{L}\\d.,/#№])(?<year>" + YEAR_NUMBER + ")"
                    + "(?:\\s*[-–—]\\s*(?<year2>" + YEAR_NUMBER + "))?" + YEAR_WORD + "?", TimeAnnotator::year),
            new Rule(L + MODIFIER + "?" + DEICTIC + "(?<unit>" + alternation(UNITS) + ")" + R, TimeAnnotator::relativeUnit),
            new Rule(L + "(?<num>\\d{1,2}|" + alternation(NUMBERS) + ")\\s+(?<unit>" + alternation(AGO_UNITS) + ")\\s+(?:" + TimeLexicon.AGO + ")" + R,
                    TimeAnnotator::ago),
            new Rule(L + MODIFIER + "?(?<word>" + alternation(SINGLE_WORDS) + ")" + R, TimeAnnotator::singleWord),
            new Rule(L + MODIFIER + "?(?:" + DEICTIC + ")?(?<wd>" + alternation(WEEKDAYS) + ")" + R, TimeAnnotator::weekday));

    /** The words an expression can start with (a number aside); a cheap gate before the rules are tried. */
    private static final Pattern ANCHOR = Pattern.compile("(?:" + TimeLexicon.MID_PREFIX + ")|(?:" + String.join("|", TimeLexicon.MODIFIERS,
            alternation(DEICTICS), alternation(MONTHS), alternation(MONTH_ABBREVIATIONS), alternation(WEEKDAYS),
            alternation(SINGLE_WORDS), alternation(NUMBERS), TimeLexicon.RANGE_FROM) + ")(?![\\p{L}])", FLAGS);

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");

    private record Rule(Pattern pattern, Handler handler) {
        Rule(String regex, Handler handler) {
            this(Pattern.compile(regex, FLAGS), handler);
        }
    }

    @FunctionalInterface
    private interface Handler {
        /** Adds the candidates this match stands for (none when it is not a time after all). */
        void handle(Matcher m, Context c, List<Candidate> out);
    }

    private record Context(String text, TimeResolver resolver, String language, Integer publishedYear) {}

    /** Whether a found date states its year, or had it guessed from the publication date. */
    enum Year { GIVEN, GUESSED, NONE }

    /** A found time; {@code value} null when it cannot be resolved. {@code shift} is set for one-word relative days. */
    record Candidate(int start, int end, String value, Shift shift, Year year) {
        Candidate(int start, int end, String value, Shift shift) {
            this(start, end, value, shift, Year.NONE);
        }

        int length() { return end - start; }
        boolean overlaps(Candidate o) { return start < o.end && o.start < end; }
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BOILERPLATE, Layer.LANGUAGE);
    }

    @Override
    public Layer produces() {
        return Layer.TIMES;
    }

    @Override
    public void annotate(Document doc) {
        String text = doc.text();
        Context c = new Context(text, new TimeResolver(doc.published()), doc.language(), doc.published().year());
        List<Candidate> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[RULES.size()];
        for (int r = 0; r < matchers.length; r++) {
            matchers[r] = RULES.get(r).pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        Matcher anchor = ANCHOR.matcher(text);
        // Every expression starts a number or a time word: trying the rules only there is several times faster than find().
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isLetterOrDigit(ch) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) continue;
            if (!Character.isDigit(ch) && !anchor.region(i, text.length()).lookingAt()) continue;
            for (int r = 0; r < matchers.length; r++) {
                Matcher m = matchers[r].region(i, text.length());
                if (m.lookingAt() && !doc.isBoilerplate(m.start(), m.end())) RULES.get(r).handler().handle(m, c, found);
            }
        }
        List<Candidate> chosen = longestFirst(found);
        dropTodayTomorrowContrast(text, chosen);
        yearsFromContext(text, chosen);
        BirthYears.drop(text, chosen);
        for (Candidate k : chosen) {
            if (k.value() != null) doc.times().add(new TimeMention(text.substring(k.start(), k.end()), k.value(), k.start(), k.end()));
        }
    }

    /** The longest candidates that do not overlap, in text order. */
    private static List<Candidate> longestFirst(List<Candidate> found) {
        found.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate k : found) {
            if (chosen.stream().noneMatch(k::overlaps)) chosen.add(k);
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    /**
     * "Today we are in Tokmak, tomorrow we will be in Berdiansk": "today" followed by "tomorrow" in one sentence
     * is a figure of speech (now / soon), not two calendar days.
     */
    private static void dropTodayTomorrowContrast(String text, List<Candidate> chosen) {
        for (int i = 0; i + 1 < chosen.size(); i++) {
            Candidate today = chosen.get(i), tomorrow = chosen.get(i + 1);
            if (isDay(today, 0) && isDay(tomorrow, 1) && !SENTENCE_END.matcher(text).region(today.end(), tomorrow.start()).find()) {
                chosen.remove(i + 1);
                chosen.remove(i);
                i--;
            }
        }
    }

    /**
     * "On 11 March 2022 soldiers seized the mayor … He was freed on 16 March": a day whose year was guessed from the
     * publication date takes the year of the dated day or month named last before it in the same paragraph, when it
     * falls within half a year after that date. Long reports tell past events this way.
     */
    private static void yearsFromContext(String text, List<Candidate> chosen) {
        Candidate anchor = null;
        for (int i = 0; i < chosen.size(); i++) {
            Candidate k = chosen.get(i);
            if (anchor != null && text.substring(anchor.end(), k.start()).contains("\n")) anchor = null;
            if (k.value() == null) continue;
            if (k.year() == Year.GIVEN) {
                anchor = k;
            } else if (k.year() == Year.GUESSED && anchor != null) {
                LocalDate from = firstDay(anchor.value());
                // A period of days within a month is valued as the month ("с 23 по 27 августа"): it moves as a month.
                boolean month = k.value().length() == "YYYY-MM".length();
                LocalDate guessed = firstDay(k.value());
                String moved = month ? TimeResolver.yearMonth(from.getYear(), guessed.getMonthValue())
                        : TimeResolver.date(from.getYear(), guessed.getMonthValue(), guessed.getDayOfMonth());
                if (moved != null && guessed.getYear() != from.getYear() && !firstDay(moved).isBefore(month ? from.withDayOfMonth(1) : from)
                        && !firstDay(moved).isAfter(from.plusMonths(6))) {
                    chosen.set(i, new Candidate(k.start(), k.end(), moved, null, Year.GIVEN));
                }
            }
        }
    }

    /** The day a value of a day, a month or a year (YYYY-MM-DD, YYYY-MM, YYYY) begins on. */
    private static LocalDate firstDay(String value) {
        return LocalDate.parse(value.length() == "YYYY".length() ? value + "-01-01" : value.length() == "YYYY-MM".length() ? value + "-01" : value);
    }

    private static boolean isDay(Candidate k, int offset) {
        return k.shift() != null && k.shift().unit() == Unit.DAY && k.shift().offset() == offset;
    }

    // --- handlers ---

    private static void dayAndMonth(Matcher m, Context c, List<Candidate> out) {
        Integer month = month(m.group("mon"));
        if (month == null) return;
        // Ukrainian and Russian put the day first; a number after a month counts what follows ("5 квітня 11 дітей").
        if (m.start("mon") < m.start("d1") && !isEnglish(m.group("mon"))) return;
        int day = Integer.parseInt(m.group(m.group("d2") != null ? "d2" : "d1")); // a range "16-17" is valued at its last day
        if (m.group("d2") != null && day <= Integer.parseInt(m.group("d1"))) return;
        if (countsWhatFollows(m, c)) {
            // "12 March 1868 residents": the date ends before the number, and its year is guessed.
            int end = Math.max(m.end("mon"), m.end(m.group("d2") != null ? "d2" : "d1"));
            out.add(new Candidate(m.start(), end, c.resolver().dayOfMonth(month, day), null, Year.GUESSED));
            return;
        }
        boolean given = m.group("year") != null;
        String value = given ? TimeResolver.date(Integer.parseInt(m.group("year")), month, day) : c.resolver().dayOfMonth(month, day);
        out.add(new Candidate(m.start(), m.end(), value, null, given ? Year.GIVEN : Year.GUESSED));
    }

    /**
     * "з 23 по 27 вересня", "from 23 to 27 September": a period of days within one month is valued as that month (the
     * annotation's one value for a period); its days must run forward.
     */
    private static void daysOfMonth(Matcher m, Context c, List<Candidate> out) {
        Integer month = month(m.group("mon"));
        if (month == null || Integer.parseInt(m.group("d2")) <= Integer.parseInt(m.group("d1")) || Integer.parseInt(m.group("d2")) > 31) return;
        boolean given = m.group("year") != null;
        String value = given ? TimeResolver.yearMonth(Integer.parseInt(m.group("year")), month) : c.resolver().month(month, null);
        out.add(new Candidate(m.start(), m.end(), value, null, given ? Year.GIVEN : Year.GUESSED));
    }

    /**
     * A date's year that is rather a count: followed by a counted noun ("1868 residents", "1868 жителей"), with no
     * year word, and not within {@link #COUNTED_YEAR_SPAN} years of publication (or no publication year to tell).
     */
    private static boolean countsWhatFollows(Matcher m, Context c) {
        if (m.group("year") == null || m.group("yw") != null) return false;
        if (!TimeLexicon.COUNTED.matcher(c.text()).region(m.end("year"), c.text().length()).lookingAt()) return false;
        Integer published = c.publishedYear();
        return published == null || Math.abs(Integer.parseInt(m.group("year")) - published) > COUNTED_YEAR_SPAN;
    }

    private static void monthAndYear(Matcher m, Context c, List<Candidate> out) {
        Integer month = month(m.group("mon"));
        if (month == null || countsWhatFollows(m, c)) return; // the month alone is found as such
        out.add(new Candidate(m.start(), m.end(), TimeResolver.yearMonth(Integer.parseInt(m.group("year")), month), null, Year.GIVEN));
    }

    private static void bareMonth(Matcher m, Context c, List<Candidate> out) {
        String word = m.group("mon");
        Integer month = month(word);
        if (month == null) return;
        boolean qualified = m.start() < m.start("mon");
        String before = previousWord(c.text(), m.start());
        if (isEnglish(word)) {
            if (TimeLexicon.AMBIGUOUS_MONTHS.contains(word.toLowerCase()) && !qualified && !CUES.contains(before)) return;
            if (followsName(c.text(), m.start())) return; // "Theresa May"
        } else if (!qualified && !CUES.contains(before)) {
            return; // "лютого" is also "fierce": a bare Ukrainian or Russian month needs a preposition or modifier
        }
        if (isDuration(m, c.text())) return;
        out.add(new Candidate(m.start(), m.end(), c.resolver().month(month, deictic(m)), null));
    }

    private static void numericDate(Matcher m, Context c, List<Candidate> out) {
        int a = Integer.parseInt(m.group("a")), b = Integer.parseInt(m.group("b")), y = Integer.parseInt(m.group("year"));
        // Dots are always day-first; slashes are month-first in English unless that cannot be a date.
        boolean monthFirst = m.group("sep").equals("/") && "en".equals(c.language()) && a <= 12;
        String value = monthFirst ? TimeResolver.date(y, a, b) : TimeResolver.date(y, b, a);
        if (value == null && m.group("sep").equals("/")) value = monthFirst ? TimeResolver.date(y, b, a) : TimeResolver.date(y, a, b);
        if (value != null) out.add(new Candidate(m.start(), m.end(), value, null, Year.GIVEN));
    }

    private static void isoDate(Matcher m, Context c, List<Candidate> out) {
        String value = TimeResolver.date(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
        if (value != null) out.add(new Candidate(m.start(), m.end(), value, null, Year.GIVEN));
    }

    /**
     * A four-digit number is a year only in a year's context: a year word after it ("2022 року"), a modifier
     * ("early 2022") or a preposition before it ("in 2014", "since 2014"); and not when it counts what follows, as
     * a date's year does not ("in 2022 soldiers" published in 2024 is a year; "in 2000 people" is a count).
     */
    private static void year(Matcher m, Context c, List<Candidate> out) {
        boolean contextual = m.group("yw") != null || m.group("mod") != null || CUES.contains(previousWord(c.text(), m.start()));
        if (!contextual || countsWhatFollows(m, c)) return;
        if (m.group("year2") == null) {
            out.add(new Candidate(m.start(), m.end(), TimeResolver.year(Integer.parseInt(m.group("year"))), null));
            return;
        }
        out.add(new Candidate(m.start(), m.end("year"), TimeResolver.year(Integer.parseInt(m.group("year"))), null));
        out.add(new Candidate(m.start("year2"), m.end("year2"), TimeResolver.year(Integer.parseInt(m.group("year2"))), null));
    }

    private static void relativeUnit(Matcher m, Context c, List<Candidate> out) {
        Integer deictic = deictic(m);
        Unit unit = lookup(UNITS, m.group("unit"));
        if (deictic == null || unit == null || isDuration(m, c.text())) return;
        out.add(new Candidate(m.start(), m.end(), c.resolver().shift(new Shift(unit, deictic)), null));
    }

    private static void ago(Matcher m, Context c, List<Candidate> out) {
        String number = m.group("num");
        Integer n = Character.isDigit(number.charAt(0)) ? Integer.valueOf(number) : lookup(NUMBERS, number);
        Unit unit = lookup(AGO_UNITS, m.group("unit"));
        if (n == null || unit == null) return;
        out.add(new Candidate(m.start(), m.end(), c.resolver().shift(new Shift(unit, -n)), null));
    }

    private static void singleWord(Matcher m, Context c, List<Candidate> out) {
        String word = m.group("word");
        Shift shift = lookup(SINGLE_WORDS, word);
        if (shift == null || (isEnglish(word) && followsName(c.text(), m.start()))) return; // "Russia Today"
        out.add(new Candidate(m.start(), m.end(), c.resolver().shift(shift), shift));
    }

    private static void weekday(Matcher m, Context c, List<Candidate> out) {
        String word = m.group("wd");
        Integer day = lookup(WEEKDAYS, word);
        if (day == null) return;
        boolean qualified = m.start() < m.start("wd");
        String before = previousWord(c.text(), m.start());
        if (TimeLexicon.HABITUAL.contains(before)) return;
        if (isEnglish(word)) {
            if (Character.isLowerCase(word.charAt(0)) || followsName(c.text(), m.start())) return; // "Black Friday"
        } else if (!qualified && !CUES.contains(before)) {
            return; // Russian "среда" is also "environment": a bare weekday needs a preposition
        }
        if (isDuration(m, c.text())) return;
        out.add(new Candidate(m.start(), m.end(), c.resolver().weekday(day, deictic(m)), null));
    }

    // --- helpers ---

    /** The offset of the deictic word ("last" -1, "this" 0, "next" 1), or null when there is none. */
    private static Integer deictic(Matcher m) {
        return m.group("deic") == null ? null : lookup(DEICTICS, m.group("deic"));
    }

    /** "the last year", "the next month" are durations ("over the last year"), not calendar times. */
    private static boolean isDuration(Matcher m, String text) {
        String word = m.group("deic");
        return word != null && isEnglish(word) && English.isDefiniteArticle(previousWord(text, m.start("deic")));
    }

    /** The month number of a full name or an English abbreviation; null for a lower-case English word ("may"). */
    private static Integer month(String word) {
        if (isEnglish(word) && Character.isLowerCase(word.charAt(0))) return null;
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        Integer month = lookup(MONTHS, bare);
        return month != null ? month : lookup(MONTH_ABBREVIATIONS, bare);
    }

    private static boolean isEnglish(String word) {
        return word.charAt(0) < 128;
    }

    /**
     * Whether a capitalised word other than a cue ("In", "The") stands right before {@code start}:
     * then the time word is part of a name ("Theresa May", "Russia Today", "Black Friday").
     */
    private static boolean followsName(String text, int start) {
        String before = previousWord(text, start);
        if (before.isEmpty() || CUES.contains(before)) return false;
        int i = start - 1;
        while (i >= 0 && Character.isSpaceChar(text.charAt(i))) i--;
        return Character.isUpperCase(text.charAt(i - before.length() + 1));
    }

    /** The lower-cased word that ends right before {@code start}, with only spaces between; empty if none. */
    private static String previousWord(String text, int start) {
        int end = start;
        while (end > 0 && Character.isSpaceChar(text.charAt(end - 1))) end--;
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) begin--;
        return text.substring(begin, end).toLowerCase();
    }
}
