package org.totmon.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totmon.model.PublicationDate;
import org.totmon.model.Report;

/**
 * A plain-text report. Header lines at its top ({@code Title:}, {@code Published:} or {@code Date:},
 * {@code Source:} or {@code URL:}, {@code Outlet:}, {@code Language:}; after an optional title line) fill the
 * report's fields and are left out of its text; without a {@code Title:} line a short first line is the title.
 */
final class PlainText {
    private PlainText() {}

    /** Longest first line that is taken for the title. */
    private static final int MAX_TITLE_CHARS = 200;
    private static final Pattern HEADER = Pattern.compile("(?i)(title|published|date|source|url|outlet|language)\\s*:\\s*(\\S.*)");
    private static final List<DateTimeFormatter> DAY_FORMS = List.of(
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH));
    private static final DateTimeFormatter MONTH_FORM = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    static Report parse(String text) throws BadInputException {
        if (text.isBlank()) throw new BadInputException("empty text");
        List<String> lines = text.lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        // Headers start on the first line, or on the second after a title line.
        int start = first < lines.size() && HEADER.matcher(lines.get(first).strip()).matches() ? first : first + 1;
        String title = null, published = null, url = null, outlet = null, language = null;
        int end = start;
        for (; end < lines.size(); end++) {
            Matcher m = HEADER.matcher(lines.get(end).strip());
            if (!m.matches()) break;
            String value = m.group(2).strip();
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "title" -> title = value;
                case "published", "date" -> published = date(value, end + 1, m.group(1));
                case "source", "url" -> url = value;
                case "outlet" -> outlet = value;
                default -> language = value.toLowerCase(Locale.ROOT);
            }
        }
        if (end == start) return plain(text);
        List<String> body = new ArrayList<>(lines.subList(first, start));
        int rest = end;
        while (rest < lines.size() && lines.get(rest).isBlank()) rest++;
        if (!body.isEmpty() && rest < lines.size()) body.add("");
        body.addAll(lines.subList(rest, lines.size()));
        String cleaned = String.join("\n", body);
        if (cleaned.isBlank() || (start > first && rest == lines.size())) throw new BadInputException("no text after the header lines");
        if (title == null && start > first) title = titleLine(lines.get(first));
        return new Report(Report.contentId(cleaned), url, outlet, title, published, language, cleaned);
    }

    private static Report plain(String text) {
        String title = titleLine(text.strip().lines().findFirst().orElse(""));
        return new Report(Report.contentId(text), null, null, title, null, null, text);
    }

    private static String titleLine(String line) {
        String s = line.strip();
        return s.isEmpty() || s.length() > MAX_TITLE_CHARS ? null : s;
    }

    /** YYYY-MM-DD (or a longer ISO timestamp), YYYY-MM, YYYY, "6 June 2023", "June 6, 2023" or "June 2023". */
    private static String date(String value, int lineNo, String field) throws BadInputException {
        try {
            return PublicationDate.parse(value).toString();
        } catch (RuntimeException notIso) {
            for (DateTimeFormatter f : DAY_FORMS) {
                try {
                    return LocalDate.parse(value, f).toString();
                } catch (DateTimeParseException e) {
                    // the next form
                }
            }
            try {
                return YearMonth.parse(value, MONTH_FORM).toString();
            } catch (DateTimeParseException e) {
                throw new BadInputException("line " + lineNo + ": \"" + field + ":\" is not a date we read ("
                        + "2023-06-06, 6 June 2023 or June 6, 2023): " + value);
            }
        }
    }
}
