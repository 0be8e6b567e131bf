package org.totmon.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A publication date known to the year, month or day; the anchor for relative dates. Fields are null when unknown. */
public record PublicationDate(Integer year, Integer month, Integer day) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    public static final PublicationDate UNKNOWN = new PublicationDate(null, null, null);

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (a longer ISO timestamp is cut to its date); null or blank is unknown. */
    public static PublicationDate parse(String s) {
        if (s == null || s.isBlank()) return UNKNOWN;
        Matcher m = FORM.matcher(s.strip());
        if (!m.lookingAt()) throw new IllegalArgumentException("published date is not YYYY, YYYY-MM or YYYY-MM-DD: " + s);
        Integer y = Integer.valueOf(m.group(1));
        Integer mo = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer d = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (mo != null && (mo < 1 || mo > 12)) throw new IllegalArgumentException("published month out of range: " + s);
        if (d != null) LocalDate.of(y, mo, d); // throws on an impossible day
        return new PublicationDate(y, mo, d);
    }

    public boolean known() { return year != null; }

    /** The most precise day this date stands for: the first of the month or year when the day is unknown. */
    public LocalDate approximateDay() {
        if (year == null) return null;
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    @Override
    public String toString() {
        // Not String.format: linking turns dates to text for every mention it compares, and Formatter was 2% of ingest.
        if (year == null) return "";
        StringBuilder out = padded(new StringBuilder(10), year, 4);
        if (month == null) return out.toString();
        padded(out.append('-'), month, 2);
        if (day != null) padded(out.append('-'), day, 2);
        return out.toString();
    }

    private static StringBuilder padded(StringBuilder out, int n, int width) {
        String digits = Integer.toString(Math.abs(n));
        if (n < 0) out.append('-');
        for (int i = digits.length() + (n < 0 ? 1 : 0); i < width; i++) out.append('0');
        return out.append(digits);
    }
}
