package org.totmon.pipeline.claim;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.totmon.model.Token;
import org.totmon.model.Tsv;
import org.totmon.pipeline.text.English;

/**
 * Finds numbers in a sentence's tokens: digits with any separators ("3,000", "3 000", "1.5", "2,2"), number words
 * in English, Ukrainian and Russian with their case forms ("двадцять п'ять", "троих", "two dozen"), scales
 * ("1.5 million", "2,2 млн", "5 тис."), percentages and ranges ("70-80%", "від 70 до 80%", "7-10 дней").
 * It says what a number is written as; whether it is a claim (and not a date or an age) is decided by the caller.
 */
public final class NumberRecognizer {
    static final String BUNDLED = "/org/totmon/pipeline/claim/numbers.tsv";

    enum Kind { ONE, UNIT, TEN, HUNDREDS, HUNDRED, SCALE, SCALE_PLURAL }

    record Word(double value, Kind kind) {}

    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern GROUP = Pattern.compile("\\d{3}");
    private static final String DASHES = "-‐‑–—";
    /** Space, no-break space and the thin spaces that group thousands. */
    private static final String GROUP_SPACES = " \u00A0\u2009\u202F";

    private final Map<String, Word> words;
    private final Cues cues;

    NumberRecognizer(Map<String, Word> words, Cues cues) {
        this.words = Map.copyOf(words);
        this.cues = cues;
    }

    public static NumberRecognizer bundled(Cues cues) {
        return new NumberRecognizer(words(Tsv.resource(NumberRecognizer.class, BUNDLED)), cues);
    }

    static Map<String, Word> parse(InputStream in, String source) throws IOException {
        return words(Tsv.read(in, source));
    }

    private static Map<String, Word> words(List<Tsv.Row> rows) {
        Map<String, Word> out = new HashMap<>();
        for (Tsv.Row row : rows) {
            String[] f = row.fields();
            if (f.length != 3) throw row.error("expected value<TAB>kind<TAB>forms");
            double value;
            Kind kind;
            try {
                value = Double.parseDouble(row.field(0));
                kind = Kind.valueOf(row.field(1).toUpperCase().replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw row.error("bad value or kind: " + e.getMessage());
            }
            for (String form : f[2].split("\\|")) out.put(Cues.norm(form.strip()), new Word(value, kind));
        }
        return out;
    }

    /** The numbers in tokens, left to right, none overlapping. */
    public List<Quantity> find(List<Token> tokens, String text) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Quantity q = single(tokens, text, i);
            if (q == null) {
                i++;
                continue;
            }
            q = range(tokens, text, q);
            out.add(q);
            i = q.to();
        }
        return out;
    }

    /** A number starting at token i, with its scale and percent sign, or null. */
    private Quantity single(List<Token> tokens, String text, int i) {
        Token t = tokens.get(i);
        double value;
        int j;
        boolean plain = false, bareOne = false, needsQualifier = false;
        if (DIGITS.matcher(t.text()).matches()) {
            j = i + 1;
            StringBuilder digits = new StringBuilder(t.text());
            // The tokenizer cuts at periods ("1.5" → "1" "." "5"); digits glued around a period are one number.
            while (j + 1 < tokens.size() && ".".equals(tokens.get(j).text()) && tokens.get(j).start() == tokens.get(j - 1).end()
                    && tokens.get(j + 1).start() == tokens.get(j).end() && DIGITS.matcher(tokens.get(j + 1).text()).matches()) {
                digits.append('.').append(tokens.get(j + 1).text());
                j += 2;
            }
            // "3 000 000": groups of three digits after one space continue the number.
            while (j == i + 1 && t.text().length() <= 3 && t.text().chars().allMatch(Character::isDigit) && j < tokens.size()
                    && GROUP.matcher(tokens.get(j).text()).matches() && singleSpaceBetween(text, tokens.get(j - 1), tokens.get(j))) {
                digits.append(tokens.get(j).text());
                j++;
            }
            Double v = parseDigits(digits.toString());
            if (v == null) return null;
            value = v;
            plain = j == i + 1 && t.text().chars().allMatch(Character::isDigit);
            Word scale = j < tokens.size() ? scaleAt(tokens, text, j) : null;
            if (scale != null) {
                value *= scale.value();
                j++;
                plain = false;
            }
        } else {
            double total = 0, current = 0;
            boolean any = false;
            j = i;
            if (isArticle(t) && i + 1 < tokens.size() && isScaleWord(tokens.get(i + 1))) {
                current = 1; // "a dozen", "a thousand"
                any = true;
                j = i + 1;
            }
            Kind last = null;
            int wordsRead = 0;
            while (j < tokens.size()) {
                List<Word> parts = wordParts(tokens.get(j));
                if (parts == null) {
                    if (any && ClaimWords.NUMBER_JOINERS.contains(Cues.norm(tokens.get(j).text())) && j + 1 < tokens.size()
                            && wordParts(tokens.get(j + 1)) != null && last == Kind.HUNDRED) {
                        j++; // "two hundred and fifty"
                        continue;
                    }
                    break;
                }
                boolean stop = false;
                for (Word w : parts) {
                    if (!fits(last, w.kind(), current)) {
                        stop = true;
                        break;
                    }
                    switch (w.kind()) {
                        case ONE, UNIT, TEN, HUNDREDS -> current += w.value();
                        case HUNDRED -> current = (current == 0 ? 1 : current) * w.value();
                        case SCALE, SCALE_PLURAL -> {
                            if (w.kind() == Kind.SCALE_PLURAL && !any) needsQualifier = true;
                            total += (current == 0 ? 1 : current) * w.value();
                            current = 0;
                        }
                    }
                    last = w.kind();
                    any = true;
                }
                if (stop) break;
                wordsRead++;
                j++;
            }
            if (!any || wordsRead == 0) return null;
            value = total + current;
            bareOne = wordsRead == 1 && last == Kind.ONE;
        }
        boolean percent = false;
        if (j < tokens.size()) {
            int n = cues.matchAt("unit:percent", tokens, j);
            if (n > 0) {
                percent = true;
                j += n;
            }
        }
        boolean vague = i > 0 && cues.matchEndingAt("vague", tokens, i) > 0;
        return new Quantity(i, j, value, null, percent, bareOne, needsQualifier, plain && !percent, vague);
    }

    /** "70-80%", "7-10 дней", "from 70 to 80", "від 70 до 80%", "between 10 and 20", "14 to 17". */
    private Quantity range(List<Token> tokens, String text, Quantity q) {
        int j = q.to();
        if (j + 1 >= tokens.size() || q.percent() && !dash(tokens.get(j))) {
            return q;
        }
        Token sep = tokens.get(j);
        boolean opened = q.from() > 0 && cues.matchEndingAt("range_from", tokens, q.from()) > 0;
        boolean byDash = dash(sep) && nearby(tokens.get(j - 1), sep) && nearby(sep, tokens.get(j + 1));
        boolean byWord = cues.matchAt("range_to", tokens, j) == 1
                && (opened || ClaimWords.BARE_RANGE_TO.contains(Cues.norm(sep.text())));
        if (!byDash && !byWord) return q;
        Quantity second = single(tokens, text, j + 1);
        if (second == null || second.bareOne()) return q;
        double low = q.value();
        double high = second.value();
        double scale = scaleOf(tokens, second);
        if (scaleOf(tokens, q) == 1 && scale > 1 && low * scale <= high) low *= scale; // "1-2 million": one scale for both ends
        if (high <= low) return q;
        boolean plain = q.plainInteger() && second.plainInteger(); // "2022-2023" may be years
        return new Quantity(q.from(), second.to(), low, high, q.percent() || second.percent(), false, false, plain, q.vague());
    }

    /** The value of the scale word written in a quantity ("million" in "1.5 million"), 1 if none. */
    private double scaleOf(List<Token> tokens, Quantity q) {
        for (int k = q.from(); k < q.to(); k++) {
            Word w = words.get(Cues.norm(tokens.get(k).text()));
            if (w != null && (w.kind() == Kind.SCALE || w.kind() == Kind.SCALE_PLURAL) && w.value() >= 1000) return w.value();
        }
        return 1;
    }

    /** Whether a word of kind next may follow one of kind last in one number ("twenty five", not "two three"). */
    private static boolean fits(Kind last, Kind next, double current) {
        if (last == null) return true;
        return switch (next) {
            case ONE, UNIT -> last == Kind.TEN || last == Kind.HUNDREDS || last == Kind.HUNDRED || last == Kind.SCALE
                    || last == Kind.SCALE_PLURAL;
            case TEN -> last == Kind.HUNDREDS || last == Kind.HUNDRED || last == Kind.SCALE || last == Kind.SCALE_PLURAL;
            case HUNDREDS -> last == Kind.SCALE || last == Kind.SCALE_PLURAL;
            case HUNDRED -> last == Kind.UNIT || last == Kind.ONE || last == Kind.TEN;
            case SCALE, SCALE_PLURAL -> current > 0;
        };
    }

    /** The number words a token is made of ("twenty-five" is two), or null when it is not all number words. */
    private List<Word> wordParts(Token t) {
        String w = Cues.norm(t.text());
        Word whole = words.get(w);
        if (whole != null) return whole.value() < 1000 || w.length() > 2 ? List.of(whole) : null;
        if (w.indexOf('-') <= 0) return null;
        List<Word> parts = new ArrayList<>();
        for (String p : w.split("-")) {
            Word part = words.get(p);
            if (part == null) return null;
            parts.add(part);
        }
        return parts;
    }

    private static boolean isArticle(Token t) {
        return English.isIndefiniteArticle(Cues.norm(t.text()));
    }

    private boolean isScaleWord(Token t) {
        Word w = words.get(Cues.norm(t.text()));
        return w != null && (w.kind() == Kind.SCALE || w.kind() == Kind.SCALE_PLURAL || w.kind() == Kind.HUNDRED);
    }

    /** A scale word after digits; one- and two-letter Latin scales ("5m", "10k", "2bn") only when glued to them. */
    private Word scaleAt(List<Token> tokens, String text, int j) {
        Token t = tokens.get(j);
        Word w = words.get(Cues.norm(t.text()));
        if (w == null || !(w.kind() == Kind.SCALE || w.kind() == Kind.SCALE_PLURAL || w.kind() == Kind.HUNDRED)) return null;
        boolean shortLatin = t.text().length() <= 2 && t.text().chars().allMatch(c -> c < 128);
        if (shortLatin && tokens.get(j - 1).end() != t.start()) return null;
        if (shortLatin && j + 1 < tokens.size() && tokens.get(j + 1).start() == t.end()
                && Character.isLetterOrDigit(text.charAt(t.end()))) return null;
        return w;
    }

    private static boolean dash(Token t) {
        return t.text().length() == 1 && DASHES.indexOf(t.text().charAt(0)) >= 0;
    }

    private static boolean nearby(Token a, Token b) {
        return b.start() - a.end() <= 1;
    }

    private static boolean singleSpaceBetween(String text, Token a, Token b) {
        return b.start() - a.end() == 1 && GROUP_SPACES.indexOf(text.charAt(a.end())) >= 0;
    }

    /**
     * Digits with separators: a comma or period before exactly three digits groups thousands ("3,000",
     * "1.234.567"); a single comma or period otherwise is a decimal mark ("2,2", "1.5"). Anything else (dates such
     * as "07.09.2023", versions) is no number: null.
     */
    static Double parseDigits(String s) {
        boolean comma = s.indexOf(',') >= 0, period = s.indexOf('.') >= 0;
        String plain;
        if (comma && period) {
            boolean periodIsDecimal = s.lastIndexOf('.') > s.lastIndexOf(',');
            plain = periodIsDecimal ? s.replace(",", "") : s.replace(".", "").replace(',', '.');
            if (!groupsOfThree(plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain, s, periodIsDecimal ? ',' : '.')) {
                return null;
            }
        } else if (comma || period) {
            char mark = comma ? ',' : '.';
            String[] groups = s.split(Pattern.quote(String.valueOf(mark)));
            boolean thousands = groups[0].length() <= 3 && groups[0].length() > 0;
            for (int k = 1; k < groups.length && thousands; k++) thousands = groups[k].length() == 3;
            // "1.500" is a decimal in English, but "1,500" groups thousands; a lone period before three digits stays a decimal.
            if (thousands && (mark == ',' || groups.length > 2)) plain = s.replace(String.valueOf(mark), "");
            else if (groups.length == 2) plain = groups[0] + "." + groups[1];
            else return null;
        } else {
            plain = s;
        }
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean groupsOfThree(String integerPart, String original, char groupMark) {
        String[] groups = original.split("[.,]");
        if (groups[0].length() > 3) return false;
        int sep = 0;
        for (char c : original.toCharArray()) if (c == groupMark) sep++;
        for (int k = 1; k <= sep; k++) if (groups[k].length() != 3) return false;
        return !integerPart.isEmpty();
    }
}
