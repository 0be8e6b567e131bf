package org.totmon.pipeline.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Mention;
import org.totmon.model.Side;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;
import org.totmon.pipeline.References;
import org.totmon.pipeline.entity.Actor;
import org.totmon.pipeline.entity.ActorRegistry;
import org.totmon.pipeline.entity.NameKeys;
import org.totmon.pipeline.entity.Romanizer;
import org.totmon.pipeline.text.Tokenizer;

/**
 * Claims: every definite number in the report that is not a date, year, age, time of day, code or page counter,
 * with its qualifier, what it counts, who states it (through relays: "X reported, citing Y" is Y's claim), that
 * source's side, and whether it is hedged. A figure a report repeats is one claim. Runs after sentences, tokens
 * and entities; thread-safe.
 */
public final class ClaimAnnotator implements Annotator {
    private static final String[] QUALIFIERS = {"at_least", "more_than", "at_most", "less_than", "approx", "exact"};
    /** Glued to the digits after them, these make an ordinal, an age, a length or a code: "5-й", "45-year-old", "41-page", "18th". */
    private static final Pattern GLUED_AFTER = Pattern.compile(
            "^(?:[-‐–](?:\\p{L}{1,3}\\b|year|page|річн|летн|сторінк|страниц|\\d)|\\p{L}|/\\d|:\\d|\\.\\d)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern GLUED_BEFORE = Pattern.compile("(?:\\p{L}[-‐–/]?|[+#№/:.]|\\d[-‐–/.])$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<String> NO_UNIT_WORDS = List.of("of", "which", "whom", "them", "who", "that", "in", "on", "at",
            "to", "by", "for", "from", "and", "or", "the", "a", "have", "has", "had", "is", "are", "was", "were", "will",
            "would", "could", "з", "із", "в", "у", "на", "до", "від", "по", "и", "і", "та", "из", "от");
    /** Words that open a possessive or determined noun after "of": "a dozen of Moscow's proxies", "five of the victims". */
    private static final List<String> OF_DETERMINERS = List.of("the", "these", "those", "its", "their", "his", "her", "our", "'s", "'");
    private static final int DISPUTE_REACH = 2;
    private static final Set<String> PHRASAL_OVER = Set.of("hand", "hands", "handed", "handing", "turn", "turns", "turned",
            "turning", "take", "takes", "took", "taken", "taking", "pass", "passed", "give", "gave", "given");
    private static final List<String> ARTICLES = List.of("the", "a", "an", "its", "his", "her", "their", "this", "that");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "'s", "'", "on", "de", "la");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "у", "в");
    /** Cue categories whose words make a phrase a source. */
    private static final List<String> SOURCE_CATEGORIES = List.of("source_head", "org_word", "title", "source_noun", "generic");
    /** Adjectives ending like participles that do occur in names of sources ("armed forces"). */
    private static final Set<String> PARTICIPLE_ADJECTIVES = Set.of("united", "armed", "limited", "related", "allied", "advanced",
            "appointed", "installed", "backed", "proclaimed", "occupied");
    private static final Set<String> ENGLISH_ADJECTIVES = Set.of("more", "other", "new", "additional", "further", "u.s.", "american",
            "european", "such", "small", "large", "major", "key", "main", "local", "civilian", "young", "elderly", "former",
            "current", "total", "separate", "different", "various", "whole", "similar", "known", "confirmed", "registered");
    private static final Set<String> DATIVE_PRONOUNS = Set.of("ему", "ей", "им", "йому", "їй", "їм", "мне", "мені", "нам", "вам", "тебе");
    /** Dative endings of Ukrainian and Russian nouns, adjectives and participles. */
    private static final List<String> DATIVE_ENDINGS = List.of("ому", "ему", "ові", "еві", "ам", "ям", "ым", "им", "ині");
    /** English measure words that take their noun along: "60 pieces of equipment". */
    private static final List<String> MEASURES = List.of("pieces", "units", "items", "tons", "tonnes", "sets", "pairs", "kinds",
            "types", "rounds", "litres", "liters");
    /** Short English words ending in s that are no plural noun. */
    private static final Set<String> NOT_PLURALS = Set.of("this", "his", "its", "was", "has", "does", "is", "thus", "plus", "less",
            "across", "unless", "as", "us", "yes");
    /** Words that start a new clause, which a hedge after the number does not reach across. */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "whereas", "і", "та", "але",
            "а", "и", "но");

    private final Cues cues;
    private final NumberRecognizer numbers;
    private final SourceFinder sources;
    private final Claimants claimants;

    public ClaimAnnotator(ActorRegistry registry) {
        this.cues = Cues.bundled();
        this.numbers = NumberRecognizer.bundled(cues);
        this.sources = new SourceFinder(cues);
        this.claimants = new Claimants(registry, cues);
    }

    /** A source with who it resolved to. */
    private record Resolved(Source source, int offset, String name, Side side, boolean hedging) {}

    /** A claim before repeated figures are merged; rank says how directly its claimant was found (lower is better). */
    private record Candidate(Claim claim, int rank) {}

    /** What annotating one document needs to know about it. */
    private final class Context {
        final Document doc;
        final List<TextSpan> sentences = new ArrayList<>();
        final List<List<Token>> tokens = new ArrayList<>();
        final List<Integer> paragraph = new ArrayList<>();
        final List<List<Resolved>> sourcesBySentence = new ArrayList<>();
        final List<Resolved> allSources = new ArrayList<>();
        final String outlet;
        /** The side of officials and state bodies named without one: the outlet's own authorities. */
        final Side home;
        /** {@link #mostCited}, once counted. */
        Optional<String> mostCited;

        Context(Document doc) {
            this.doc = doc;
            this.outlet = claimants.outletName(doc.report().outlet());
            this.home = ownVoiceSide(outlet) == Side.OCCUPATION ? Side.OCCUPATION : Side.UKRAINE;
            for (TextSpan s : doc.sentences()) {
                if (doc.isBoilerplate(s.start(), s.end())) continue;
                sentences.add(s);
                tokens.add(doc.tokensIn(s.start(), s.end()));
                paragraph.add(doc.text().lastIndexOf('\n', s.start()));
            }
            for (int i = 0; i < sentences.size(); i++) {
                List<Resolved> here = new ArrayList<>();
                sourcesBySentence.add(here);
                for (Source s : sources.find(tokens.get(i), i)) {
                    Resolved r = resolve(this, s);
                    if (r != null) {
                        here.add(r);
                        allSources.add(r);
                    }
                }
            }
        }

        Token token(int sentence, int index) {
            return tokens.get(sentence).get(index);
        }
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BOILERPLATE, Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Layer produces() {
        return Layer.CLAIMS;
    }

    @Override
    public void annotate(Document doc) {
        Context ctx = new Context(doc);
        List<Quote> quotes = quotes(ctx);
        List<Candidate> found = new ArrayList<>();
        String previousUnit = null;
        for (int si = 0; si < ctx.sentences.size(); si++) {
            List<Token> t = ctx.tokens.get(si);
            // A figure without a noun counts what the paragraph counted last ("Only 388 of them", "more than 1,500").
            if (si > 0 && !Objects.equals(ctx.paragraph.get(si - 1), ctx.paragraph.get(si))) previousUnit = null;
            for (Quantity q : numbers.find(t, doc.text())) {
                String qualifier = qualifier(t, q);
                if (!isClaim(ctx, si, q, qualifier)) continue;
                Candidate c = build(ctx, quotes, si, q, qualifier, previousUnit);
                previousUnit = c.claim().unit();
                found.add(c);
            }
        }
        for (Claim c : merge(found)) {
            doc.claims().add(new Claim(c.text(), c.value(), c.valueMax(), c.qualifier(), c.unit(), c.subject(), c.claimant(),
                    c.claimantSide(), c.hedged(), c.start(), c.end(), References.entityId(doc.entities(), c.claimant())));
        }
    }

    // ---- which numbers are claims

    private boolean isClaim(Context ctx, int si, Quantity q, String qualifier) {
        List<Token> t = ctx.tokens.get(si);
        String text = ctx.doc.text();
        boolean qualified = qualifier != null;
        if (q.vague() || q.needsQualifier() && !qualified) return false;
        if (q.bareOne() && (!qualified || q.to() < t.size() && "of".equals(Cues.norm(t.get(q.to()).text())))) return false;
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
        boolean countQualified = qualified && !"range".equals(qualifier);
        if (q.plainInteger() && q.value() >= 1900 && q.value() <= 2100 && !countQualified
                && !countsSomething(t, q.to())) return false; // a year
        if (q.to() < t.size() && cues.matchAt("year_after", t, q.to()) > 0 && q.plainInteger()) return false;
        return !countsSources(t, q);
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
        return !Character.isLetter(next.text().charAt(0)) || cues.matchAt("conjunction", t, q.to()) == 1;
    }

    private static boolean isDigits(Token t) {
        return Character.isDigit(t.text().charAt(0));
    }

    private boolean isDate(List<Token> t, Quantity q) {
        int before = q.from() - 1;
        while (before >= 0 && (",".equals(t.get(before).text()) || "the".equals(Cues.norm(t.get(before).text())))) before--;
        if (before >= 0 && cues.matchAt("month", t, before) == 1 && monthCapitalisedIfLatin(t.get(before))) return true;
        int after = q.to();
        if (after + 1 < t.size() && isDigits(t.get(after + 1))
                && (cues.matchAt("range_to", t, after) == 1 || "по".equals(Cues.norm(t.get(after).text())))) {
            after += 2; // "з 23 по 27 вересня", "from 23 to 27 September": a range of days
        }
        if (after < t.size() && Cues.norm(t.get(after).text()).matches("th|st|nd|rd|of")) after++;
        if (after < t.size() && "of".equals(Cues.norm(t.get(after).text()))) after++;
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
        return q.from() >= 3 && !isDigits(t.get(q.from())) && "or".equals(Cues.norm(t.get(q.from() - 1).text()))
                && List.of("a", "an").contains(Cues.norm(t.get(q.from() - 3).text()));
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
        if (DATIVE_PRONOUNS.contains(w)) return true;
        for (String e : DATIVE_ENDINGS) if (w.length() > e.length() + 2 && w.endsWith(e)) return true;
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

    // ---- what a claim says

    /** The qualifier written just before the number (or "or more" after it); range for ranges; null if none. */
    private String qualifier(List<Token> t, Quantity q) {
        if (q.valueMax() != null) return "range";
        String best = null;
        int bestLength = 0;
        for (String kind : QUALIFIERS) {
            int n = cues.matchEndingAt(kind, t, q.from());
            if (n > 0 && isParticle(t, q.from() - n)) continue;
            if (n > bestLength) {
                best = kind;
                bestLength = n;
            }
        }
        if (best == null && q.to() < t.size() && (cues.matchAt("after_at_least", t, q.to()) > 0
                || q.to() + 1 < t.size() && cues.matchAt("after_at_least", t, q.to() + 1) > 0)) {
            best = "at_least";
        }
        return best;
    }

    /** "handed over nine prisoners": "over" after a verb it belongs to is no qualifier. */
    private static boolean isParticle(List<Token> t, int k) {
        return k > 0 && k < t.size() && "over".equals(Cues.norm(t.get(k).text())) && PHRASAL_OVER.contains(Cues.norm(t.get(k - 1).text()));
    }

    private int qualifierLength(List<Token> t, Quantity q) {
        int best = 0;
        for (String kind : QUALIFIERS) {
            int n = cues.matchEndingAt(kind, t, q.from());
            if (!isParticle(t, q.from() - n)) best = Math.max(best, n);
        }
        return q.valueMax() != null ? cues.matchEndingAt("range_from", t, q.from()) : best;
    }

    /**
     * The counted noun after the number, as tokens [from, to), or null. Adjectives, participles and capitalised
     * modifiers before it are skipped ("nine captured Russian conscripts"); when no noun follows them, the last of
     * them is the noun ("двох тисяч військових"). English noun pairs stay whole ("two ammunition depots").
     */
    private int[] unitSpan(List<Token> t, Quantity q) {
        int k = q.to();
        for (String category : cues.categoriesStartingWith("unit:")) {
            int n = cues.matchAt(category, t, k);
            if (n > 1) return new int[] {k, k + n}; // "одиниць техніки", "мирних жителів"
        }
        int skipped = 0, lastSkipped = -1;
        while (k < t.size() && skipped < 3 && (isAdjective(t.get(k)) || isModifier(t, k))) {
            // "20 военнослужащих противника": a counted noun in adjective form, unless a counted noun follows it
            if (isTableUnit(t, k) && !(k + 1 < t.size() && isTableUnit(t, k + 1))) return new int[] {k, k + 1};
            lastSkipped = k;
            k++;
            skipped++;
        }
        if (lastSkipped >= 0 && !isNoun(t, k, lastSkipped)) k = lastSkipped;
        if (k + 1 < t.size() && "of".equals(Cues.norm(t.get(k).text()))) {
            int j = k + 1;
            while (j + 1 < t.size() && (OF_DETERMINERS.contains(Cues.norm(t.get(j).text()))
                    || Character.isUpperCase(t.get(j).text().charAt(0)) && OF_DETERMINERS.contains(Cues.norm(t.get(j + 1).text())))) j++;
            if (Character.isLetter(t.get(j).text().charAt(0)) && !NO_UNIT_WORDS.contains(Cues.norm(t.get(j).text()))) k = j;
        }
        if (k >= t.size()) return null;
        Token w = t.get(k);
        if (!Character.isLetter(w.text().charAt(0)) || NO_UNIT_WORDS.contains(Cues.norm(w.text()))) return null;
        if (cues.matchAt("speech", t, k) == 1) return null;
        int end = k + 1;
        if (end + 1 < t.size() && "of".equals(Cues.norm(t.get(end).text())) && MEASURES.contains(Cues.norm(w.text()))) {
            end += 2;
        } else if (end < t.size() && isLatinLower(w) && !isPlural(w) && isLatinLower(t.get(end)) && isPlural(t.get(end))
                && !NO_UNIT_WORDS.contains(Cues.norm(t.get(end).text())) && cues.matchAt("speech", t, end) == 0) {
            end++;
        }
        return new int[] {k, end};
    }

    private boolean isTableUnit(List<Token> t, int k) {
        if (t.get(k).text().charAt(0) < 128) return false;
        for (String category : cues.categoriesStartingWith("unit:")) if (cues.matchAt(category, t, k) == 1) return true;
        return false;
    }

    /** Whether token k can be the counted noun after the modifiers that end at lastModifier. */
    private boolean isNoun(List<Token> t, int k, int lastModifier) {
        if (k >= t.size()) return false;
        Token w = t.get(k);
        if (!Character.isLetter(w.text().charAt(0)) || NO_UNIT_WORDS.contains(Cues.norm(w.text()))) return false;
        if (cues.matchAt("speech", t, k) == 1) return false;
        // "75 военнослужащих ВСУ": a name after a Cyrillic adjective is its genitive complement, not the noun.
        boolean cyrillicModifier = t.get(lastModifier).text().charAt(0) >= 128;
        return !(cyrillicModifier && Character.isUpperCase(w.text().charAt(0)));
    }

    /**
     * English words that modify a following noun: a capitalised word ("North Korean workers", "Ka-52 helicopters"), a
     * participle ("captured"), a hyphenated adjective ("Russian-held").
     */
    private boolean isModifier(List<Token> t, int k) {
        Token w = t.get(k);
        String text = w.text();
        if (text.charAt(0) >= 128 || k + 1 >= t.size()) return false;
        Token next = t.get(k + 1);
        boolean nextIsWord = Character.isLetterOrDigit(next.text().charAt(0)) && !NO_UNIT_WORDS.contains(Cues.norm(next.text()))
                && cues.matchAt("speech", t, k + 1) == 0;
        if (!nextIsWord) return false;
        String lower = Cues.norm(text);
        if (Character.isUpperCase(text.charAt(0))) return true;
        if (lower.contains("-") && (lower.endsWith("ed") || lower.endsWith("held") || lower.endsWith("made") || lower.endsWith("run"))) {
            return true;
        }
        return lower.length() > 4 && lower.endsWith("ed") && Character.isLetter(next.text().charAt(0));
    }

    private static boolean isLatinLower(Token t) {
        String w = t.text();
        return w.charAt(0) < 128 && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }

    private static boolean isPlural(Token t) {
        String w = Cues.norm(t.text());
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !NOT_PLURALS.contains(w);
    }

    private static boolean isAdjective(Token t) {
        String w = Cues.norm(t.text());
        if (!Character.isLetter(w.charAt(0))) return w.equals("u.s.");
        if (w.charAt(0) < 128) {
            return w.endsWith("ian") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("ical") || ENGLISH_ADJECTIVES.contains(w);
        }
        for (String e : new String[] {"их", "ых", "ий", "ый", "ой", "ие", "ые", "ая", "ое", "ее", "ього", "ого", "ому", "ему",
                "ими", "ыми", "ої", "ій", "ні", "ще", "еще", "ещё"}) {
            if (w.endsWith(e)) return true;
        }
        return false;
    }

    private String unitName(List<Token> t, int[] span) {
        for (String category : cues.categoriesStartingWith("unit:")) {
            if (cues.matchAt(category, t, span[0]) == span[1] - span[0]) return category.substring("unit:".length());
        }
        StringBuilder b = new StringBuilder();
        for (int k = span[0]; k < span[1]; k++) {
            if (b.length() > 0) b.append(' ');
            Token w = t.get(k);
            String word = Character.isUpperCase(w.text().charAt(0)) && k > 0 ? w.text() : Cues.norm(w.text());
            b.append(word.charAt(0) >= 128 ? Romanizer.romanize(word) : word); // no gloss: the romanized word
        }
        return b.toString();
    }

    private String currency(List<Token> t, Quantity q) {
        if (q.from() == 0) return null;
        for (String category : cues.categoriesStartingWith("unit:")) {
            if (cues.matchAt(category, t, q.from() - 1) == 1 && !Character.isLetterOrDigit(t.get(q.from() - 1).text().charAt(0))) {
                return category.substring("unit:".length());
            }
        }
        return null;
    }

    private Candidate build(Context ctx, List<Quote> quotes, int si, Quantity q, String qualifier, String previousUnit) {
        List<Token> t = ctx.tokens.get(si);
        String text = ctx.doc.text();
        int[] unit = q.percent() ? null : unitSpan(t, q);
        String currency = currency(t, q);
        boolean others = unit != null && unit[1] - unit[0] == 1 && "others".equals(Cues.norm(t.get(unit[0]).text()));
        String unitName = q.percent() ? "percent" : currency != null ? currency
                : unit != null && !(others && previousUnit != null) ? unitName(t, unit) // "five people and 17 others"
                : cues.matchAt("collective", t, q.from()) == 1 ? "people" : previousUnit;
        int first = currency != null ? q.from() - 1 : q.from() - qualifierLength(t, q);
        int last = unit != null ? unit[1] - 1 : q.to() - 1;
        int start = t.get(first).start(), end = t.get(last).end();

        Attribution a = attribute(ctx, quotes, si, q);
        boolean hedged = hedged(ctx, si, q) || a.source != null && a.source.hedging();
        String claimant = a.source != null ? a.source.name() : ctx.outlet != null ? ctx.outlet : mostCited(ctx);
        Side side = a.source != null ? a.source.side() : ownVoiceSide(claimant);
        Claim claim = new Claim(text.substring(start, end), q.value(), q.valueMax(), qualifier == null ? "exact" : qualifier,
                unitName, subject(t, q, text), claimant, side, hedged, start, end);
        return new Candidate(claim, a.rank);
    }

    /**
     * The side of a report's own voice: the registry's for its outlet, else what its name says ("Mariupol City
     * Council", "47 окрема бригада" are Ukrainian bodies), else an independent medium.
     */
    private Side ownVoiceSide(String outlet) {
        if (outlet == null) return Side.UNKNOWN;
        Actor actor = claimants.actor(outlet);
        if (actor != null) return actor.side();
        Side named = claimants.side(outlet, Tokenizer.tokenize(outlet), Side.UKRAINE);
        return named != Side.UNKNOWN ? named : Side.THIRD_PARTY;
    }

    /** The clause around the number, as a short description of what is measured. */
    private static String subject(List<Token> t, Quantity q, String text) {
        int from = q.from(), to = q.to();
        while (from > 0 && q.from() - from < 8 && !isClauseBreak(t.get(from - 1))) from--;
        while (to < t.size() && to - q.to() < 10 && !isClauseBreak(t.get(to))) to++;
        return text.substring(t.get(from).start(), t.get(to - 1).end());
    }

    private static boolean isClauseBreak(Token t) {
        return List.of(",", ";", ":", ".", "!", "?", "(", ")", "\"", "“", "”", "«", "»", "—", "–").contains(t.text());
    }

    /**
     * Hedge words before the number in its sentence ("Ukraine claims …", "has apparently seen …") or after it in its
     * clause ("… are said to be implicated"), or a dispute of the figure in the next sentences of the paragraph.
     */
    private boolean hedged(Context ctx, int si, Quantity q) {
        List<Token> t = ctx.tokens.get(si);
        int clauseEnd = q.to();
        while (clauseEnd < t.size() && !isClauseBreak(t.get(clauseEnd)) && !COORDINATORS.contains(Cues.norm(t.get(clauseEnd).text()))) {
            clauseEnd++;
        }
        if (cues.occursIn("hedge", t, 0, clauseEnd)) return true;
        if (si + 1 < ctx.sentences.size() && Objects.equals(ctx.paragraph.get(si + 1), ctx.paragraph.get(si))) {
            // "… 72% voted. However, local activists counted no more than 15%.": a figure set against it disputes it.
            List<Token> next = ctx.tokens.get(si + 1);
            if (cues.matchAt("contrast", next, 0) > 0 && cues.occursIn("according", next, 0, next.size())
                    && !numbers.find(next, ctx.doc.text()).isEmpty()) return true;
        }
        for (int k = si + 1; k <= si + DISPUTE_REACH && k < ctx.sentences.size(); k++) {
            if (!Objects.equals(ctx.paragraph.get(k), ctx.paragraph.get(si))) break;
            List<Token> next = ctx.tokens.get(k);
            // With figures of its own a dispute is about them, unless it names the figure it disputes.
            boolean aboutThis = numbers.find(next, ctx.doc.text()).isEmpty() || cues.occursIn("figure_word", next, 0, next.size());
            if (aboutThis && cues.occursIn("dispute", next, 0, next.size())) return true;
            // "…, a figure the mission was unable to verify" after a figure of its own doubts that one, not ours.
            if (cues.occursIn("unverified", next, 0, next.size()) && cues.occursIn("figure_word", next, 0, next.size())
                    && numbers.find(next, ctx.doc.text()).isEmpty()) return true;
        }
        return false;
    }

    // ---- who claims it

    private record Attribution(Resolved source, int rank) {}

    private record Quote(int start, int end, Resolved speaker) {}

    /** The source of a number: its own clause first, then the quote it is in, the sentence, the paragraph, the neighbours. */
    private Attribution attribute(Context ctx, List<Quote> quotes, int si, Quantity q) {
        List<Resolved> here = primary(ctx.sourcesBySentence.get(si));
        Resolved before = null, after = null;
        for (Resolved r : here) {
            Source s = r.source();
            if (s.cue() < q.from() && (s.to() <= q.from() || s.from() >= q.to())) {
                if (before == null || s.cue() > before.source().cue()) before = r;
            } else if (s.cue() >= q.to() && (!s.clauseLocal() || !breakBetween(ctx.tokens.get(si), q.to(), s.from()))) {
                if (after == null || s.cue() < after.source().cue()) after = r;
            }
        }
        int offset = ctx.token(si, q.from()).start();
        Resolved quoted = null;
        for (Quote quote : quotes) {
            if (quote.speaker() != null && quote.start() < offset && offset < quote.end()) quoted = quote.speaker();
        }
        // "“… we have recorded 312 cases,” said X": inside a quote "we" is its speaker, outside it the author.
        boolean firstPerson = before != null && before.source().kind() == Source.Kind.FIRST_PERSON;
        if (before != null && !(firstPerson && quoted != null)) return new Attribution(before, 1);
        if (quoted != null) return new Attribution(quoted, 2);
        if (after != null) return new Attribution(after, 3);
        Resolved paragraph = paragraphSource(ctx, si);
        if (paragraph != null) return new Attribution(paragraph, 4);
        Resolved anaphoric = anaphoricSource(ctx, si);
        if (anaphoric != null) return new Attribution(anaphoric, 4);
        if (si > 0 && Objects.equals(ctx.paragraph.get(si - 1), ctx.paragraph.get(si))) {
            List<Resolved> previous = primary(ctx.sourcesBySentence.get(si - 1));
            if (!previous.isEmpty()) return new Attribution(previous.get(previous.size() - 1), 5);
        }
        return new Attribution(null, 6);
    }

    /** The sentence's sources without the media that relay them, unless a relay is all there is. */
    private static List<Resolved> primary(List<Resolved> sources) {
        List<Resolved> out = sources.stream().filter(r -> !r.source().relay()).toList();
        return out.isEmpty() ? sources : out;
    }

    private static boolean breakBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) if (isClauseBreak(t.get(k))) return true;
        return false;
    }

    /** "X said:" earlier in the paragraph, or "… - X noted." later in it. */
    private static Resolved paragraphSource(Context ctx, int si) {
        Integer p = ctx.paragraph.get(si);
        for (int k = si + 1; k < ctx.sentences.size() && Objects.equals(ctx.paragraph.get(k), p); k++) {
            for (Resolved r : ctx.sourcesBySentence.get(k)) if (r.source().closesParagraph()) return r;
        }
        for (int k = si - 1; k >= 0 && Objects.equals(ctx.paragraph.get(k), p); k--) {
            List<Resolved> rs = ctx.sourcesBySentence.get(k);
            for (int i = rs.size() - 1; i >= 0; i--) if (rs.get(i).source().opensParagraph()) return rs.get(i);
        }
        return null;
    }

    /** "X has stated this" in the next sentence, or opening the next paragraph (then it covers this whole paragraph). */
    private static Resolved anaphoricSource(Context ctx, int si) {
        Integer p = ctx.paragraph.get(si);
        int k = si + 1;
        while (k < ctx.sentences.size() && Objects.equals(ctx.paragraph.get(k), p)) {
            if (k == si + 1) {
                for (Resolved r : ctx.sourcesBySentence.get(k)) if (r.source().anaphoric()) return r;
            }
            k++;
        }
        if (k < ctx.sentences.size()) {
            for (Resolved r : ctx.sourcesBySentence.get(k)) if (r.source().anaphoric()) return r;
        }
        return null;
    }

    /** The claimant to name when the outlet is unknown and the number has no source of its own: the most cited one. */
    private static String mostCited(Context ctx) {
        // Asked per claim; counted once, since the sources are all found before the first claim is built.
        if (ctx.mostCited == null) ctx.mostCited = Optional.ofNullable(countMostCited(ctx));
        return ctx.mostCited.orElse(null);
    }

    private static String countMostCited(Context ctx) {
        Map<String, Integer> counts = new HashMap<>();
        for (Resolved r : ctx.allSources) {
            if (r.source().kind() == Source.Kind.NAMED) counts.merge(r.name(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Quotations with their speakers: the attribution just after the closing mark or just before the opening one. */
    private List<Quote> quotes(Context ctx) {
        String text = ctx.doc.text();
        List<Quote> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = switch (c) {
                case '“' -> '”';
                case '«' -> '»';
                case '„' -> '“';
                case '"' -> '"';
                default -> 0;
            };
            if (close == 0) {
                i++;
                continue;
            }
            int end = text.indexOf(close, i + 1);
            if (c == '„' && end < 0) end = text.indexOf('”', i + 1);
            if (end < 0) end = text.length();
            out.add(new Quote(i, end, speaker(ctx, i, end)));
            i = end + 1;
        }
        return out;
    }

    private static Resolved speaker(Context ctx, int start, int end) {
        for (int si = 0; si < ctx.sentences.size(); si++) {
            TextSpan s = ctx.sentences.get(si);
            if (s.contains(end) || s.end() == end) {
                for (Resolved r : ctx.sourcesBySentence.get(si)) if (r.offset() >= end) return r;
            }
        }
        Resolved before = null;
        for (int si = 0; si < ctx.sentences.size(); si++) {
            TextSpan s = ctx.sentences.get(si);
            if (!s.contains(start)) continue;
            for (Resolved r : ctx.sourcesBySentence.get(si)) if (r.offset() < start) before = r;
        }
        if (before != null || end - start < 60) return before;
        Resolved last = null;
        for (Resolved r : ctx.allSources) if (r.offset() < start && r.source().kind() != Source.Kind.IMPERSONAL) last = r;
        return last;
    }

    /** Names a source: an entity it mentions, a person a pronoun or title stands for, else its cleaned phrase. */
    private Resolved resolve(Context ctx, Source s) {
        List<Token> t = ctx.tokens.get(s.sentence());
        int offset = t.get(s.cue()).start();
        boolean hedging = cues.matchAt("hedge", t, s.cue()) > 0;
        switch (s.kind()) {
            case IMPERSONAL:
                return new Resolved(s, offset, "unnamed reports", Side.UNKNOWN, hedging);
            case FIRST_PERSON:
                return ctx.outlet == null ? null : new Resolved(s, offset, ctx.outlet, ownVoiceSide(ctx.outlet), hedging);
            case PERSON_PRONOUN: {
                Resolved person = lastPerson(ctx, offset);
                if (person != null) return new Resolved(s, offset, person.name(), person.side(), hedging);
                Resolved last = lastNamed(ctx);
                return last == null ? null : new Resolved(s, offset, last.name(), last.side(), hedging);
            }
            case OTHER_PRONOUN:
            case GENERIC: {
                Resolved last = lastNamed(ctx);
                if (last != null) return new Resolved(s, offset, last.name(), last.side(), hedging);
                return ctx.outlet == null ? null : new Resolved(s, offset, ctx.outlet, ownVoiceSide(ctx.outlet), hedging);
            }
            default:
                break;
        }
        int[] span = clean(t, s.from(), s.to(), ctx.doc.text());
        if (span == null) return null;
        int from = t.get(span[0]).start(), to = t.get(span[1] - 1).end();
        List<Token> description = new ArrayList<>(t.subList(s.from(), Math.max(s.descTo(), s.to())));
        Entity entity = entityIn(ctx.doc, from, to);
        if (entity == null) entity = entityContaining(ctx.doc, t, span);
        if (entity == null) entity = entityByHead(ctx, t, span, offset);
        String name;
        if (entity != null) {
            name = modifiesSourcePhrase(t, span, entity) ? ctx.doc.text().substring(from, to) : withSubordinate(ctx.doc, t, span, entity);
            description.addAll(context(ctx, entity));
        } else {
            Resolved earlier = sourceByHead(ctx, t, span, offset);
            if (earlier != null) return new Resolved(s, offset, earlier.name(), earlier.side(), hedging);
            String phrase = ctx.doc.text().substring(from, to);
            Titled titled = isTitleOnly(t, span) ? personWithTitle(ctx, t, span, offset) : null;
            if (titled != null) {
                name = titled.name();
                description.addAll(titled.sentence());
            } else if (looksLikeCyrillicName(t, span) && !hasSourceWord(t, span)) {
                name = Romanizer.romanizeName(phrase, null);
            } else if (!isSourceLike(t, span)) {
                // "Согласно указу": a document, stated in the report's own voice; a junk subject of a verb: no source.
                boolean according = cues.matchAt("according", t, s.cue()) > 0;
                return according && ctx.outlet != null ? new Resolved(s, offset, ctx.outlet, ownVoiceSide(ctx.outlet), hedging) : null;
            } else {
                name = phrase.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)
                        ? claimants.gloss(t, span[0], span[1]) : phrase;
            }
        }
        Side side = claimants.side(entity != null ? entity.name() : name, description, ctx.home);
        if (side == Side.UNKNOWN && name.equalsIgnoreCase(ctx.outlet)) side = ownVoiceSide(ctx.outlet);
        return new Resolved(s, offset, name, side, hedging);
    }

    /** The last source named before: in the last sentence that has one, its last source that is not a relay. */
    private static Resolved lastNamed(Context ctx) {
        for (int si = ctx.sourcesBySentence.size() - 1; si >= 0; si--) {
            List<Resolved> named = primary(ctx.sourcesBySentence.get(si).stream()
                    .filter(r -> r.source().kind() != Source.Kind.IMPERSONAL).toList());
            if (!named.isEmpty()) return named.get(named.size() - 1);
        }
        return null;
    }

    /**
     * The person named last before offset: a person entity's mention or a source named like a person, whichever
     * came later; failing both, a name-like pair of capitalised words.
     */
    private Resolved lastPerson(Context ctx, int offset) {
        Entity best = null;
        int bestStart = -1;
        for (Entity e : ctx.doc.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            for (Mention m : e.mentions()) {
                if (m.end() <= offset && m.start() > bestStart) {
                    best = e;
                    bestStart = m.start();
                }
            }
        }
        for (int i = ctx.allSources.size() - 1; i >= 0; i--) {
            Resolved r = ctx.allSources.get(i);
            if (r.offset() < bestStart) break;
            if (r.source().kind() == Source.Kind.NAMED && r.offset() < offset && namedLikePerson(r.name())) return r;
        }
        if (best != null) return new Resolved(null, bestStart, best.name(), claimants.side(best.name(), context(ctx, best), ctx.home), false);
        for (int si = ctx.sentences.size() - 1; si >= 0; si--) {
            List<Token> t = ctx.tokens.get(si);
            for (int k = t.size() - 2; k >= 0; k--) {
                if (t.get(k + 1).end() > offset) continue;
                if (isNameWord(t.get(k)) && isNameWord(t.get(k + 1)) && cues.matchAt("org_word", t, k + 1) == 0
                        && cues.matchAt("state_body", t, k) == 0) { // "Власти Херсонской области" opens a sentence
                    String phrase = ctx.doc.text().substring(t.get(k).start(), t.get(k + 1).end());
                    String name = t.get(k).text().charAt(0) >= 128 ? Romanizer.romanizeName(phrase, null) : phrase;
                    return new Resolved(null, t.get(k).start(), name, claimants.side(name, List.of(), ctx.home), false);
                }
            }
        }
        return null;
    }

    /** Two or three capitalised words, none of them an organisation's ("Jane Roe", not "Research Lab"). */
    private boolean namedLikePerson(String name) {
        List<Token> words = Tokenizer.tokenize(name);
        int possessive = words.size() - 2;
        if (possessive > 0 && "'s".equals(Cues.norm(words.get(possessive).text())) && cues.matchAt("subordinate", words, possessive + 1) == 1
                && cues.matchAt("title", words, possessive + 1) == 1) {
            return true; // "Oleksandr Prokudin's spokesperson" is a person too
        }
        if (words.size() < 2 || words.size() > 3) return false;
        for (int k = 0; k < words.size(); k++) {
            if (!isNameWord(words.get(k)) || cues.matchAt("org_word", words, k) > 0) return false;
        }
        return true;
    }

    private static boolean isNameWord(Token t) {
        String w = t.text();
        return w.length() > 2 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase);
    }

    /** The words around an entity's mentions that say what it is: the title before it and the apposition after. */
    private static List<Token> context(Context ctx, Entity e) {
        List<Token> out = new ArrayList<>();
        for (Mention m : e.mentions()) {
            for (int si = 0; si < ctx.sentences.size(); si++) {
                if (!ctx.sentences.get(si).contains(m.start())) continue;
                List<Token> t = ctx.tokens.get(si);
                for (int k = 0; k < t.size(); k++) {
                    if (t.get(k).start() != m.start()) continue;
                    for (int b = k - 1; b >= 0 && k - b <= 5 && !isClauseBreak(t.get(b)); b--) out.add(t.get(b));
                    int end = k;
                    while (end < t.size() && t.get(end).end() <= m.end()) end++;
                    out.addAll(t.subList(k, end));
                    if (end < t.size() && ",".equals(t.get(end).text())) {
                        for (int a = end + 1; a < t.size() && a - end <= 15 && !isClauseBreak(t.get(a)); a++) out.add(t.get(a));
                    }
                }
            }
        }
        return out;
    }

    /** "the Defense Intelligence notes": an entity of the report whose name holds every capitalised word of the phrase. */
    private static Entity entityContaining(Document doc, List<Token> t, int[] span) {
        List<String> words = new ArrayList<>();
        for (int k = span[0]; k < span[1]; k++) {
            String w = t.get(k).text();
            if (Character.isLetter(w.charAt(0)) && Character.isUpperCase(w.charAt(0))) words.add(NameKeys.word(w));
        }
        if (words.isEmpty() || words.size() < span[1] - span[0] - 1) return null;
        for (Entity e : doc.entities()) {
            List<String> name = Tokenizer.tokenize(e.name()).stream().map(x -> NameKeys.word(x.text())).toList();
            if (name.size() > words.size() && name.containsAll(words)) return e;
        }
        return null;
    }

    /** The entity mentioned first in [from, to); a person before any organisation ("Уповноважений … Дмитро Лубінець"). */
    private static Entity entityIn(Document doc, int from, int to) {
        Entity best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Entity e : doc.entities()) {
            for (Mention m : e.mentions()) {
                if (m.start() >= to || m.end() <= from) continue;
                boolean person = e.type() == EntityType.PERSON, bestPerson = best != null && best.type() == EntityType.PERSON;
                if (best == null || person && !bestPerson || person == bestPerson && m.start() < bestStart) {
                    best = e;
                    bestStart = m.start();
                }
            }
        }
        return best;
    }

    /** The words of a phrase that are no article or determiner. */
    private static List<Token> contentWords(List<Token> t, int[] span) {
        List<Token> out = new ArrayList<>();
        for (int k = span[0]; k < span[1]; k++) {
            Token w = t.get(k);
            if (Character.isLetter(w.text().charAt(0)) && !ARTICLES.contains(Cues.norm(w.text()))) out.add(w);
        }
        return out;
    }

    /** The head noun of a definite reference to a body named before ("the center", "the lab", "police"), or null. */
    private String referenceHead(List<Token> t, int[] span) {
        List<Token> words = contentWords(t, span);
        if (words.isEmpty() || words.size() > 2) return null;
        for (Token w : words) if (Character.isUpperCase(w.text().charAt(0))) return null;
        Token head = words.get(words.size() - 1);
        List<Token> one = List.of(head);
        return cues.matchAt("org_word", one, 0) > 0 || cues.matchAt("source_head", one, 0) > 0 ? NameKeys.word(head.text()) : null;
    }

    /** "The center claimed": the organisation mentioned last before whose name holds the head noun. */
    private Entity entityByHead(Context ctx, List<Token> t, int[] span, int offset) {
        String head = referenceHead(t, span);
        if (head == null) return null;
        Entity best = null;
        int bestStart = -1;
        for (Entity e : ctx.doc.entities()) {
            if (e.type() != EntityType.ORGANIZATION) continue;
            for (Mention m : e.mentions()) {
                if (m.end() > offset || m.start() <= bestStart || !hasWord(m.text(), head) && !hasWord(e.name(), head)) continue;
                best = e;
                bestStart = m.start();
            }
        }
        return best;
    }

    /** "police added": the source named before whose name holds the head noun ("Kherson regional police"). */
    private Resolved sourceByHead(Context ctx, List<Token> t, int[] span, int offset) {
        String head = referenceHead(t, span);
        if (head == null) return null;
        for (int i = ctx.allSources.size() - 1; i >= 0; i--) {
            Resolved r = ctx.allSources.get(i);
            if (r.offset() < offset - TITLE_LOOKBACK_CHARS) break; // as for titles: a bounded look back keeps long reports linear
            if (r.source().kind() == Source.Kind.NAMED && hasWord(r.name(), head) && !r.name().equalsIgnoreCase(head)) return r;
        }
        return null;
    }

    private static boolean hasWord(String name, String word) {
        for (Token w : Tokenizer.tokenize(name)) if (NameKeys.word(w.text()).equals(word)) return true;
        return false;
    }

    /**
     * The entity's name with the spokesperson, press service or sources the phrase names it by: "Oleksandr
     * Prokudin's spokesperson", "sources in Ministry of Defence of Ukraine".
     */
    private String withSubordinate(Document doc, List<Token> t, int[] span, Entity entity) {
        int ms = -1, me = -1;
        for (Mention m : entity.mentions()) {
            for (int k = span[0]; k < span[1]; k++) {
                if (t.get(k).start() < m.end() && t.get(k).end() > m.start()) {
                    if (ms < 0) ms = k;
                    me = k + 1;
                }
            }
        }
        if (ms < 0) return entity.name();
        for (int k = span[0]; k < span[1]; k++) {
            int n = cues.matchAt("subordinate", t, k);
            if (n == 0 || k + n > span[1]) continue;
            String sub = claimants.gloss(t, k, k + n);
            if (k >= me) return entity.name() + "'s " + sub;
            if (k + n <= ms) {
                String tie = k + n < ms && cues.matchAt("gloss:p:in", t, k + n) == 1 ? " in " : " of ";
                return sub + tie + entity.name();
            }
        }
        return entity.name();
    }

    /**
     * "The UN human rights monitoring mission": the entity only qualifies a longer name of a body, which is then the
     * better name of the source.
     */
    private boolean modifiesSourcePhrase(List<Token> t, int[] span, Entity entity) {
        int mentionEnd = -1;
        for (Mention m : entity.mentions()) {
            for (int k = span[0]; k < span[1]; k++) if (t.get(k).start() < m.end() && t.get(k).end() > m.start()) mentionEnd = k + 1;
        }
        if (mentionEnd < 0 || span[1] - mentionEnd < 2 || t.get(span[1] - 1).text().charAt(0) >= 128) return false;
        for (int k = mentionEnd; k < span[1]; k++) if (!isLatinLower(t.get(k))) return false;
        List<Token> last = List.of(t.get(span[1] - 1));
        return cues.matchAt("source_head", last, 0) > 0 || cues.matchAt("org_word", last, 0) > 0;
    }

    /** A phrase that can name a source: a noun of sources or bodies in it, or a short capitalised name. */
    private boolean isSourceLike(List<Token> t, int[] span) {
        List<Token> words = contentWords(t, span);
        // "the head of the occupation administration in Nova Kakhovka": connecting words do not make a clause.
        long named = words.stream().map(w -> Cues.norm(w.text()))
                .filter(w -> !CONNECTORS.contains(w) && !PLACE_PREPOSITIONS.contains(w)).count();
        if (words.isEmpty() || named > 6) return false;
        for (Token w : words) {
            String lower = Cues.norm(w.text());
            if (lower.charAt(0) < 128 && lower.endsWith("ed") && lower.length() > 5 && !lower.contains("-")
                    && !PARTICIPLE_ADJECTIVES.contains(lower)) return false; // a clause, not a name
        }
        if (hasSourceWord(t, span)) return true;
        // Ukrainian and Russian names of bodies capitalise their first word only: «Крымская солидарность».
        if (words.get(0).text().charAt(0) >= 128) return Character.isUpperCase(words.get(0).text().charAt(0)) && words.size() <= 4;
        for (Token w : words) {
            if (!Character.isUpperCase(w.text().charAt(0)) && !CONNECTORS.contains(Cues.norm(w.text()))) return false;
        }
        return true;
    }

    private boolean hasSourceWord(List<Token> t, int[] span) {
        for (int k = span[0]; k < span[1]; k++) {
            for (String category : SOURCE_CATEGORIES) if (cues.matchAt(category, t, k) > 0) return true;
        }
        return false;
    }

    /**
     * The part of a source phrase that names the source: "a new report from The Economist" → "The Economist",
     * "Meduza's tally" → "Meduza", "the reports of the occupation administrations" → "occupation administrations".
     */
    private int[] clean(List<Token> t, int from, int to, String text) {
        for (int k = from; k + 1 < to; k++) {
            String next = Cues.norm(t.get(k + 1).text());
            if (cues.matchAt("generic", t, k) == 1 && List.of("from", "of", "by").contains(next) && k + 2 < to) {
                from = k + 2;
                break;
            }
        }
        for (int k = from + 1; k + 1 < to; k++) {
            String w = Cues.norm(t.get(k).text());
            if (!w.equals("'s") && !w.equals("'")) continue;
            int g = k + 1;
            while (g + 1 < to && SourceFinder.isPlainAdjective(t.get(g))) g++; // "the lab's new report"
            if (cues.matchAt("generic", t, g) == 1) {
                to = k;
                break;
            }
        }
        List<Quantity> leading = numbers.find(t.subList(from, to), text);
        if (!leading.isEmpty() && leading.get(0).from() == 0) from += leading.get(0).to(); // "Two U.S. officials"
        if (from >= to) return null;
        while (to - from > 1 && cues.matchAt("generic", t, to - 1) == 1) to--;
        while (to - from > 1 && (List.of("the", "a", "an", "its", "his", "her", "their", "в", "у", "во", "на")
                .contains(Cues.norm(t.get(from).text())) || cues.matchAt("lead_adverb", t, from) == 1)) from++;
        return new int[] {from, to};
    }

    private boolean isTitleOnly(List<Token> t, int[] span) {
        boolean title = false;
        for (int k = span[0]; k < span[1]; k++) {
            if (cues.matchAt("title", t, k) == 1) title = true;
            else if (Character.isUpperCase(t.get(k).text().charAt(0))) return false;
        }
        return title;
    }

    /** A person found by the title a source gave them, with the sentence that named them (for their side). */
    private record Titled(String name, List<Token> sentence) {}

    /** "the Ombudsman noted": the person an earlier sentence names with that title ("Ombudsman … Dmytro Lubinets"). */
    /** How far back a title-only source ("the Ombudsman noted") or a head noun ("police added") is resolved; far beyond any real report's length. */
    private static final int TITLE_LOOKBACK_CHARS = 50_000;

    private Titled personWithTitle(Context ctx, List<Token> t, int[] span, int offset) {
        String title = null;
        for (int k = span[0]; k < span[1] && title == null; k++) if (cues.matchAt("title", t, k) == 1) title = Cues.norm(t.get(k).text());
        for (int si = 0; si < ctx.sentences.size(); si++) {
            // Only earlier sentences, and not too far back: a scan of the whole report per source made long reports quadratic.
            if (ctx.sentences.get(si).start() >= offset) break;
            if (ctx.sentences.get(si).end() < offset - TITLE_LOOKBACK_CHARS) continue;
            List<Token> s = ctx.tokens.get(si);
            for (int k = 0; k < s.size(); k++) {
                if (s.get(k).start() >= offset || !Cues.norm(s.get(k).text()).equals(title)) continue;
                Entity e = entityIn(ctx.doc, s.get(k).end(), k + 5 < s.size() ? s.get(k + 5).end() : s.get(s.size() - 1).end());
                if (e != null && e.type() == EntityType.PERSON) return new Titled(e.name(), s);
                int end = k + 1;
                while (end < s.size() && end - k <= 5 && (isNameWord(s.get(end)) || "of".equals(Cues.norm(s.get(end).text())))) end++;
                if (end - k >= 3 && isNameWord(s.get(end - 1)) && isNameWord(s.get(end - 2))) {
                    String phrase = ctx.doc.text().substring(s.get(end - 2).start(), s.get(end - 1).end());
                    return new Titled(phrase.charAt(0) >= 128 ? Romanizer.romanizeName(phrase, null) : phrase, s);
                }
            }
        }
        return null;
    }

    private static boolean looksLikeCyrillicName(List<Token> t, int[] span) {
        int n = span[1] - span[0];
        if (n < 2 || n > 3) return false;
        for (int k = span[0]; k < span[1]; k++) if (!isNameWord(t.get(k)) || t.get(k).text().charAt(0) < 128) return false;
        return true;
    }

    // ---- repeated figures

    /**
     * A figure stated twice in a report is one claim: same value and range, and the same unit (or a figure large
     * enough, 20 or more, that its repetition is no coincidence); a whole percentage restates a fractional one it
     * rounds ("87.28%", later "the 87% tally"). The best-attributed statement stays, with the qualifier of whichever
     * statement has one (a headline drops the "about" its story keeps).
     */
    private static List<Claim> merge(List<Candidate> found) {
        Map<String, Candidate> kept = new LinkedHashMap<>();
        for (Candidate c : found) {
            Claim claim = c.claim();
            String key = roundedKey(kept, claim);
            if (key == null) key = claim.value() + "|" + claim.valueMax() + "|" + (claim.value() >= 20 ? "" : claim.unit());
            Candidate old = kept.get(key);
            if (old == null) kept.put(key, c);
            else if (better(c, old)) kept.put(key, new Candidate(withSource(old.claim(), claim), c.rank()));
            else if ("exact".equals(old.claim().qualifier()) && !"exact".equals(claim.qualifier())) {
                kept.put(key, new Candidate(withQualifier(old.claim(), claim.qualifier()), old.rank()));
            }
        }
        return kept.values().stream().map(Candidate::claim).toList();
    }

    /** The key of a fractional percentage kept before that a whole one rounds, or null. */
    private static String roundedKey(Map<String, Candidate> kept, Claim claim) {
        if (!"percent".equals(claim.unit()) || claim.valueMax() != null || claim.value() != Math.rint(claim.value())) return null;
        for (Map.Entry<String, Candidate> e : kept.entrySet()) {
            Claim k = e.getValue().claim();
            if ("percent".equals(k.unit()) && k.valueMax() == null && k.value() != Math.rint(k.value())
                    && Math.abs(k.value() - claim.value()) < 1) return e.getKey();
        }
        return null;
    }

    private static Claim withQualifier(Claim c, String qualifier) {
        return new Claim(c.text(), c.value(), c.valueMax(), qualifier, c.unit(), c.subject(), c.claimant(), c.claimantSide(),
                c.hedged(), c.start(), c.end());
    }

    /** A claimant whose side is known beats one whose side is not; then the more direct attribution wins. */
    private static boolean better(Candidate c, Candidate old) {
        boolean known = c.claim().claimantSide() != Side.UNKNOWN, oldKnown = old.claim().claimantSide() != Side.UNKNOWN;
        return known != oldKnown ? known : c.rank() < old.rank();
    }

    /** The first statement's words with a better-attributed repetition's claimant. */
    private static Claim withSource(Claim first, Claim better) {
        String qualifier = "exact".equals(first.qualifier()) ? better.qualifier() : first.qualifier();
        return new Claim(first.text(), first.value(), first.valueMax(), qualifier, first.unit(), first.subject(),
                better.claimant(), better.claimantSide(), first.hedged() || better.hedged(), first.start(), first.end());
    }
}
