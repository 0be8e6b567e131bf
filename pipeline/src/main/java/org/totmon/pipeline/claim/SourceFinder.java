package org.totmon.pipeline.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.totmon.model.Token;

/** Finds the attributions of one sentence: verbs of saying with their subjects, and "according to"-type phrases. */
final class SourceFinder {
    /** Words between a subject and its verb of saying: "has said", "had also reported". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "will", "would",
            "also", "been", "previously", "already", "now", "then", "later", "officially", "publicly", "reportedly",
            "вже", "уже", "також", "также", "тоже", "теж", "раніше", "ранее", "офіційно", "официально");
    /** Words that make the next word a noun: "a new report", "Zolotov's claims". */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "these", "those", "its", "his", "her",
            "their", "our", "my", "your", "new", "latest", "recent", "such", "'s", "'", "no", "any", "whose");
    /** Words that end a name phrase when reading away from the verb. */
    private static final Set<String> BOUNDARIES = Set.of("that", "which", "who", "whom", "whose", "when", "while", "as",
            "but", "and", "or", "if", "because", "since", "after", "before", "than", "so", "thus", "where", "although",
            "though", "what", "how", "said", "says", "told", "on", "in", "at", "during", "with", "via", "through", "for",
            "to", "about", "over", "shared", "published", "released", "issued", "posted", "cited", "quoted", "seen",
            "що", "як", "щоб", "який", "яка", "яке", "які", "і", "й", "та", "а", "але", "у", "в", "на", "під", "при",
            "після", "через", "что", "чтобы", "который", "которая", "которое", "которые", "и", "но", "во", "после",
            "о", "об", "про", "для", "з", "із", "зі", "с", "со", "до", "від", "от", "по");
    /** English verbs whose object is the listener, so the phrase after them never names the speaker. */
    private static final Set<String> TO_LISTENER = Set.of("told", "tells", "tell", "informed", "briefed");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "his", "her", "their");
    /** Prepositions that may open a Ukrainian or Russian subject phrase ("В ГУР зазначили"). */
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("в", "у", "во", "на");
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "«", "»", "„");
    private static final int MAX_PHRASE = 12;

    private final Cues cues;

    SourceFinder(Cues cues) {
        this.cues = cues;
    }

    List<Source> find(List<Token> t, int sentence) {
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int n = cues.matchAt("according", t, i);
            if (n == 1 && "per".equals(Cues.norm(t.get(i).text())) && !(i + 1 < t.size() && startsName(t.get(i + 1)))) n = 0;
            if (n > 0) {
                int to = forward(t, i + n);
                if (to > i + n) {
                    boolean anaphoric = mentionsThisBefore(t, i);
                    boolean clauseLocal = "by".equals(Cues.norm(t.get(i + n - 1).text())) && !anaphoric;
                    out.add(named(t, sentence, i, i + n, to, anaphoric, clauseLocal, false, false));
                }
                i += n - 1;
                continue;
            }
            n = cues.matchAt("impersonal", t, i);
            if (n > 0) {
                out.add(new Source(sentence, i, i, i + n, i + n, Source.Kind.IMPERSONAL, false, false, false, false, false));
                i += n - 1;
                continue;
            }
            if (cues.matchAt("speech", t, i) == 1 && isVerb(t, i)) {
                Source s = subjectOf(t, sentence, i);
                if (s != null) out.add(s);
            }
        }
        return out;
    }

    /**
     * A verb of saying, not the noun spelled the same ("a new report") nor a passive ("is said to", "There is
     * confirmed information"), whose subject is not its source.
     */
    private boolean isVerb(List<Token> t, int i) {
        Token w = t.get(i);
        if (Character.isUpperCase(w.text().charAt(0))) return false;
        if (i == 0) return true;
        String before = Cues.norm(t.get(i - 1).text());
        if (DETERMINERS.contains(before)) return false;
        String verb = Cues.norm(w.text());
        boolean participle = verb.endsWith("ed") || Set.of("said", "told", "written").contains(verb);
        return !(participle && Set.of("is", "are", "was", "were", "be", "been", "being").contains(before));
    }

    private Source subjectOf(List<Token> t, int sentence, int verb) {
        int end = verb;
        while (end > 0 && AUXILIARIES.contains(Cues.norm(t.get(end - 1).text()))) end--;
        boolean anaphoric = end >= 1 && cues.matchEndingAt("anaphor", t, end) > 0;
        int start = anaphoric ? end : backward(t, end);
        if (start == end && end > 0 && ",".equals(t.get(end - 1).text())) {
            // "the director, Viktor Zolotov, told Putin": the name before the comma is the subject.
            int nameStart = backward(t, end - 1);
            if (nameStart < end - 1 && allCapitalised(t, nameStart, end - 1)) {
                start = nameStart;
                end = end - 1;
            }
        }
        anaphoric |= nextIsThis(t, verb);
        boolean opens = verb + 1 < t.size() && ":".equals(t.get(verb + 1).text());
        boolean closes = start > 0 && isDash(t.get(start - 1)) || verb > 0 && isDash(t.get(verb - 1));
        if (start < end) return named(t, sentence, verb, start, end, anaphoric, false, opens, closes);
        Token before = verb > 0 ? t.get(verb - 1) : null;
        boolean latin = t.get(verb).text().charAt(0) < 128;
        boolean postposedSubject = !latin || before == null || QUOTES.contains(before.text()) || ",".equals(before.text()) || isDash(before);
        if (!postposedSubject || latin && TO_LISTENER.contains(Cues.norm(t.get(verb).text()))) return null;
        int from = verb + 1;
        // "заявили в окупаційній адміністрації": the speaking body after a preposition of place.
        while (!latin && from < t.size() && LEADING_PREPOSITIONS.contains(Cues.norm(t.get(from).text()))) from++;
        int to = forward(t, from);
        if (to <= from) return null;
        return named(t, sentence, verb, from, to, anaphoric, false, false, closes);
    }

    private static boolean allCapitalised(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) return false;
        }
        return true;
    }

    private static boolean startsName(Token t) {
        String w = Cues.norm(t.text());
        return Character.isUpperCase(t.text().charAt(0)) || w.equals("the");
    }

    private static boolean isDash(Token t) {
        return t.text().length() == 1 && "-–—".indexOf(t.text().charAt(0)) >= 0;
    }

    /** "has stated this", "announced this on Facebook". */
    private static boolean nextIsThis(List<Token> t, int verb) {
        return verb + 1 < t.size() && "this".equals(Cues.norm(t.get(verb + 1).text()));
    }

    /** "This was stated by X": "this" shortly before the cue. */
    private static boolean mentionsThisBefore(List<Token> t, int cue) {
        for (int k = Math.max(0, cue - 3); k < cue; k++) {
            String w = Cues.norm(t.get(k).text());
            if (w.equals("this") || w.equals("це") || w.equals("это")) return true;
        }
        return false;
    }

    /** The start of the name phrase that ends at end, read leftwards; end when there is none. */
    private int backward(List<Token> t, int end) {
        int k = end - 1;
        while (k >= 0 && end - k <= MAX_PHRASE) {
            Token tok = t.get(k);
            String w = Cues.norm(tok.text());
            if (w.equals("'s") || w.equals("'")) {
                k--;
                continue;
            }
            if (!Character.isLetter(tok.text().charAt(0)) || BOUNDARIES.contains(w)) break;
            if (cues.matchEndingAt("anaphor", t, k + 1) > 0) break;
            k--;
        }
        int start = k + 1;
        while (start < end && LEADING_PREPOSITIONS.contains(Cues.norm(t.get(start).text()))) start++;
        // "On Monday the ministry said": a later article opens the subject unless "of" or a possessive binds it.
        for (int a = end - 1; a > start; a--) {
            String w = Cues.norm(t.get(a).text());
            String before = Cues.norm(t.get(a - 1).text());
            if (ARTICLES.contains(w) && !before.equals("of") && !before.equals("'s") && !before.equals("'")) {
                start = a;
                break;
            }
        }
        return start;
    }

    /** The end of the name phrase that starts at from, read rightwards. */
    private int forward(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && k - from < MAX_PHRASE) {
            Token tok = t.get(k);
            String w = Cues.norm(tok.text());
            if (QUOTES.contains(w) && k + 1 < t.size() && Character.isUpperCase(t.get(k + 1).text().charAt(0)) && k > from) {
                k++; // видання «Ріа-Мелітополь»
                continue;
            }
            if (w.equals("'s") || w.equals("'")) {
                k++;
                continue;
            }
            if (!Character.isLetter(tok.text().charAt(0)) && !(w.equals("№"))) break;
            if (BOUNDARIES.contains(w)) break;
            if (cues.matchAt("speech", t, k) == 1 && k > from && isVerb(t, k)) break;
            k++;
        }
        if (k > from && QUOTES.contains(Cues.norm(t.get(k - 1).text()))) k--;
        return k;
    }

    /**
     * The apposition after a name: ", the Executive Director of the Lab," up to the next comma or the end. It opens
     * with an article or a title and holds no number (else it is the rest of the sentence, not a description).
     */
    private int apposition(List<Token> t, int to) {
        if (to + 1 >= t.size() || !",".equals(t.get(to).text())) return to;
        String first = Cues.norm(t.get(to + 1).text());
        if (!ARTICLES.contains(first) && cues.matchAt("title", t, to + 1) == 0) return to;
        int k = to + 1;
        while (k < t.size() && k - to <= 20 && !Set.of(",", ".", ";", ":", "(", ")").contains(t.get(k).text())
                && !QUOTES.contains(t.get(k).text())) {
            if (Character.isDigit(t.get(k).text().charAt(0))) return to;
            k++;
        }
        return k;
    }

    private Source named(List<Token> t, int sentence, int cue, int from, int to, boolean anaphoric, boolean clauseLocal,
                         boolean opens, boolean closes) {
        boolean relay = cues.matchAt("relay", t, cue) > 0;
        return new Source(sentence, cue, from, to, apposition(t, to), kind(t, from, to), anaphoric, clauseLocal, opens, closes, relay);
    }

    /** Whether the phrase names someone, or is a pronoun or a generic word ("the report") that stands for someone. */
    private Source.Kind kind(List<Token> t, int from, int to) {
        List<Token> content = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String w = Cues.norm(t.get(k).text());
            if (!DETERMINERS.contains(w) && Character.isLetter(w.charAt(0))) content.add(t.get(k));
        }
        if (content.size() == 1 && cues.matchAt("pronoun_person", content, 0) == 1) return Source.Kind.PERSON_PRONOUN;
        if (content.size() == 1 && cues.matchAt("pronoun_other", content, 0) == 1) return Source.Kind.OTHER_PRONOUN;
        boolean allGeneric = !content.isEmpty();
        for (int k = 0; k < content.size() && allGeneric; k++) {
            allGeneric = cues.matchAt("generic", content, k) == 1 || isPlainAdjective(content.get(k));
        }
        return allGeneric ? Source.Kind.GENERIC : Source.Kind.NAMED;
    }

    /** Adjectives that leave a generic source generic: "the latest data", "the new report". */
    private static boolean isPlainAdjective(Token t) {
        return Set.of("latest", "new", "recent", "available", "preliminary", "official", "updated", "final", "first",
                "earlier", "previous", "same", "останніми", "останні", "попередніми", "офіційними", "последним",
                "последние", "предварительным", "официальным").contains(Cues.norm(t.text()));
    }
}
