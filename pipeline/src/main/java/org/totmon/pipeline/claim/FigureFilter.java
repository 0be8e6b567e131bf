package org.totmon.pipeline.claim;

import java.util.List;
import java.util.regex.Pattern;
import org.totmon.model.TimeMention;
import org.totmon.model.Token;
import org.totmon.pipeline.text.Conjunctions;
import org.totmon.pipeline.text.English;

/**
 * Which numbers are claims: not a date, year, age, time of day, address, phone number, code, page counter or count of
 * the sources themselves, nor a vague amount.
 */
final class FigureFilter {
    /** Glued to the digits after them, these make an ordinal, an age, a length or a code: "5-й", "45-year-old", "41-page", "18th". */
    private static final Pattern GLUED_AFTER = ClaimWords.GLUED_AFTER;
    private static final Pattern GLUED_BEFORE = Pattern.compile("(?:\\p{L}[-‐–/]?|[+#№/:.]|\\d[-‐–/.])$", Pattern.UNICODE_CHARACTER_CLASS);
    private final Cues cues;

    FigureFilter(Cues cues) {
        this.cues = cues;
    }

    /**
     * Whether the number is a figure a report claims, given the qualifier written before it (null if none) and the
     * report's times.
     */
    boolean isClaim(List<Token> t, String text, Quantity q, String qualifier, List<TimeMention> times) {
        boolean qualified = qualifier != null;
        if (q.vague() || q.needsQualifier() && !qualified) return false;
        if (q.bareOne() && (!qualified || q.to() < t.size() && English.isOf(Cues.norm(t.get(q.to()).text())))) return false;
        if (onlyNumber(t, q)) return false;
        if (!isDigits(t.get(q.from())) && q.value() < 10 && q.from() > 0 && cues.matchEndingAt("back_reference", t, q.from()) > 0) {
            return false; // "the two countries" refers back to what was counted before
        } // a counter or a stray figure on a line of its own
        int start = t.get(q.from()).start(), end = t.get(q.to() - 1).end();
        if (!q.percent() && GLUED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 6))).find()) return false;
        if (GLUED_BEFORE.matcher(text.substring(Math.max(0, start - 2), start)).find()) return false;
        if (inDigitSequence(t, q)) return false;
        if (isDate(t, q) || isTimeOfDay(t, q) || isAge(t, q) || isMetadata(t, q) || isAddress(t, q) || isApproximatePair(t, q)
                || isPhone(t, q)) {
            return false;
        }
        // The time layer read it as a year ("У 2022 військові …", "in 2022 soldiers"): no count, whatever word follows.
        if (q.plainInteger() && readAsYear(times, start, end, (long) q.value())) return false;
        boolean countQualified = qualified && !"range".equals(qualifier);
        if (q.plainInteger() && q.value() >= 1900 && q.value() <= 2100 && !countQualified
                && !countsSomething(t, q.to())) return false; // a year
        if (q.to() < t.size() && cues.matchAt("year_after", t, q.to()) > 0 && q.plainInteger()) return false;
        return !countsSources(t, q);
    }

    private static boolean readAsYear(List<TimeMention> times, int start, int end, long value) {
        for (TimeMention m : times) {
            if (m.start() <= start && m.end() >= end && m.value() != null && m.value().startsWith(Long.toString(value))) return true;
        }
        return false;
    }

    private static boolean onlyNumber(List<Token> t, Quantity q) {
        for (int k = 0; k < t.size(); k++) {
            if (k >= q.from() && k < q.to()) continue;
            if (Character.isLetterOrDigit(t.get(k).text().charAt(0))) return false;
        }
        return true;
    }

    /** "+380 44 123 4567": digits next to other digits that do not group thousands are a phone number or a code. */
    private static boolean inDigitSequence(List<Token> t, Quantity q) {
        boolean before = q.from() > 0 && isDigits(t.get(q.from() - 1)) && t.get(q.from()).start() - t.get(q.from() - 1).end() <= 1;
        boolean after = q.to() < t.size() && isDigits(t.get(q.to())) && t.get(q.to()).start() - t.get(q.to() - 1).end() <= 1;
        return before || after;
    }

    /** "call the hotline at 16-48", "гаряча лінія 1548", "по телефону +7 (990) …": digits a phone word leads up to. */
    private boolean isPhone(List<Token> t, Quantity q) {
        if (!isDigits(t.get(q.from())) || !cues.occursIn("phone", t, q.from() - 8, q.from())) return false;
        if (q.to() >= t.size()) return true;
        Token next = t.get(q.to());
        return !Character.isLetter(next.text().charAt(0)) || Conjunctions.LIST.contains(Cues.norm(next.text()));
    }

    private static boolean isDigits(Token t) {
        return Character.isDigit(t.text().charAt(0));
    }

    private boolean isDate(List<Token> t, Quantity q) {
        int before = q.from() - 1;
        while (before >= 0 && (",".equals(t.get(before).text()) || English.isDefiniteArticle(Cues.norm(t.get(before).text())))) before--;
        if (before >= 0 && cues.matchAt("month", t, before) == 1 && monthCapitalisedIfLatin(t.get(before))) return true;
        int after = q.to();
        if (after + 1 < t.size() && isDigits(t.get(after + 1))
                && (cues.matchAt("range_to", t, after) == 1 || ClaimWords.RANGE_PREPOSITIONS.contains(Cues.norm(t.get(after).text())))) {
            after += 2; // "з 23 по 27 вересня", "from 23 to 27 September": a range of days
        }
        if (after < t.size() && (English.isOrdinalSuffix(Cues.norm(t.get(after).text())) || English.isOf(Cues.norm(t.get(after).text())))) after++;
        if (after < t.size() && English.isOf(Cues.norm(t.get(after).text()))) after++;
        return after < t.size() && cues.matchAt("month", t, after) == 1 && monthCapitalisedIfLatin(t.get(after));
    }

    /** "3 Shevchenka Street", "вул. Шевченка, 3": a house number. */
    private boolean isAddress(List<Token> t, Quantity q) {
        for (int k = q.to(); k < t.size() && k - q.to() <= 3; k++) {
            if (k > q.to() && cues.matchAt("street", t, k) > 0) return true;
            if (!isCapitalisedWord(t.get(k))) break;
        }
        int b = q.from() - 1;
        if (b >= 0 && ",".equals(t.get(b).text())) b--;
        int names = 0;
        while (b >= 0 && names < 3 && isCapitalisedWord(t.get(b))) {
            b--;
            names++;
        }
        return names > 0 && b >= 0 && cues.matchEndingAt("street", t, b + 1) > 0;
    }

    private static boolean isCapitalisedWord(Token t) {
        return Character.isLetter(t.text().charAt(0)) && Character.isUpperCase(t.text().charAt(0));
    }

    /** "a day or two": an approximate pair, not a count. */
    private static boolean isApproximatePair(List<Token> t, Quantity q) {
        return q.from() >= 3 && !isDigits(t.get(q.from())) && Conjunctions.OR.contains(Cues.norm(t.get(q.from() - 1).text()))
                && English.isIndefiniteArticle(Cues.norm(t.get(q.from() - 3).text()));
    }

    private static boolean monthCapitalisedIfLatin(Token month) {
        return month.text().charAt(0) >= 128 || Character.isUpperCase(month.text().charAt(0));
    }

    private boolean isTimeOfDay(List<Token> t, Quantity q) {
        return q.to() < t.size() && cues.matchAt("time_after", t, q.to()) > 0;
    }

    private boolean isAge(List<Token> t, Quantity q) {
        int from = q.from() > 0 && cues.matchAt("range_from", t, q.from() - 1) == 1 ? q.from() - 1 : q.from();
        if (cues.matchEndingAt("age_before", t, from) > 0 || isDativeAge(t, q)) return true;
        if (q.to() < t.size() && cues.matchAt("age_after", t, q.to()) > 0) return true;
        // "двух дочерей 14 и 11 лет", "a son aged 10": years after a child word are an age.
        int after = q.to();
        if (after + 1 < t.size() && cues.matchAt("range_to", t, after) == 1 && Character.isDigit(t.get(after + 1).text().charAt(0))) {
            after += 2;
        }
        boolean years = after < t.size() && cues.matchAt("age_years", t, after) == 1;
        return years && cues.occursIn("age_kin", t, q.from() - 4, q.from());
    }

    /** "дитині лише 3 роки", "Задержанным от 27 до 44 лет": years after a dative are someone's age. */
    private boolean isDativeAge(List<Token> t, Quantity q) {
        if (q.to() >= t.size() || cues.matchAt("age_years", t, q.to()) != 1) return false;
        int b = q.from() - 1;
        while (b >= 0 && (cues.matchAt("range_from", t, b) == 1 || cues.matchAt("age_particle", t, b) == 1)) b--;
        if (b < 0 || t.get(b).text().charAt(0) < 128) return false;
        String w = Cues.norm(t.get(b).text());
        if (ClaimWords.DATIVE_PRONOUNS.contains(w)) return true;
        for (String e : ClaimWords.DATIVE_ENDINGS) if (w.length() > e.length() + 2 && w.endsWith(e)) return true;
        return false;
    }

    private boolean isMetadata(List<Token> t, Quantity q) {
        if (q.to() < t.size() && cues.matchAt("meta_after", t, q.to()) > 0 && !q.percent()) return true;
        return q.from() > 0 && cues.matchEndingAt("meta_before", t, q.from()) > 0;
    }

    /** Whether the word after a four-digit number is a counted noun ("2000 people"), so it is no year. */
    private boolean countsSomething(List<Token> t, int k) {
        if (k >= t.size()) return false;
        for (String unit : cues.categoriesStartingWith("unit:")) {
            if (!unit.equals("unit:years") && cues.matchAt(unit, t, k) > 0) return true;
        }
        return false;
    }

    /** "two U.S. officials told …": the number counts the sources, not what they say. */
    private boolean countsSources(List<Token> t, Quantity q) {
        for (int k = q.to(); k < Math.min(t.size(), q.to() + 4); k++) {
            if (!Character.isLetter(t.get(k).text().charAt(0))) break; // "wounded 17 others, officials said"
            if (cues.matchAt("source_noun", t, k) > 0) {
                for (int v = k + 1; v < Math.min(t.size(), k + 3); v++) if (cues.matchAt("speech", t, v) == 1) return true;
            }
        }
        return false;
    }
}
