package org.totmon.pipeline.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.totmon.model.Token;
import org.totmon.pipeline.Attribution;
import org.totmon.pipeline.WordClasses;
import org.totmon.pipeline.claim.Cues;
import org.totmon.pipeline.text.Conjunctions;
import org.totmon.pipeline.text.English;

/** Finds the attributions of one sentence: verbs of saying with their subjects, and "according to"-type phrases. */
final class SourceFinder {
    private static final Set<String> QUOTES = AttributionWords.QUOTES;
    private static final int MAX_PHRASE = 12;

    private final Cues cues;
    private final BodyPhrases bodies;
    SourceFinder(Cues cues) {
        this.cues = cues;
        this.bodies = new BodyPhrases(cues);
    }

    /** The sources of one sentence's tokens; {@code timed} tells the offsets of tokens inside time expressions. */
    List<Source> find(List<Token> t, int sentence, IntPredicate timed) {
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int n = cues.matchAt("according", t, i);
            if (n == 1 && AttributionWords.NAME_ONLY_CUES.contains(Cues.norm(t.get(i).text())) && !(i + 1 < t.size() && TokenShapes.startsName(t.get(i + 1)))) n = 0;
            if (n > 0) {
                int from = i + n;
                int to = forward(t, from);
                // "according to figures published by the ministry": the source is the one that published them.
                if (to > from && to + 1 < t.size() && kind(t, from, to) == Attribution.Kind.GENERIC
                        && cues.matchAt("published_by", t, to) > 0) {
                    from = to + cues.matchAt("published_by", t, to);
                    to = forward(t, from);
                }
                int[] body = bodyBehind(t, from, to);
                if (body != null) {
                    from = body[0];
                    to = body[1];
                }
                if (to > from) {
                    boolean anaphoric = mentionsThis(t, i);
                    boolean clauseLocal = AttributionWords.AGENT_PREPOSITIONS.contains(Cues.norm(t.get(i + n - 1).text())) && !anaphoric;
                    out.add(named(t, sentence, i, from, to, anaphoric, clauseLocal, false, false));
                } else if (cues.matchAt("impersonal", t, i) == n) {
                    out.add(new Source(sentence, i, i, i + n, i + n, Attribution.Kind.IMPERSONAL, false, false, false, false, false));
                }
                i += n - 1;
                continue;
            }
            n = cues.matchAt("according_pronoun", t, i);
            if (n > 0) { // "За його словами", "according to her": the person named last
                out.add(new Source(sentence, i, i, i + n, i + n, Attribution.Kind.PERSON_PRONOUN, false, false, false, false, false));
                i += n - 1;
                continue;
            }
            n = cues.matchAt("impersonal", t, i);
            if (n > 0) {
                out.add(new Source(sentence, i, i, i + n, i + n, Attribution.Kind.IMPERSONAL, false, false, false, false, false));
                i += n - 1;
                continue;
            }
            if (cues.matchAt("speech", t, i) == 1 && isVerb(t, i)) {
                Source s = subjectOf(t, sentence, i, timed);
                if (s == null && i > 0 && Conjunctions.AND.contains(Cues.norm(t.get(i - 1).text())) && !out.isEmpty()) {
                    s = out.get(out.size() - 1).withCue(i); // "told reporters … and said that": the same speaker
                }
                if (s != null) out.add(s);
            } else if (cues.matchAt("participle", t, i) == 1 && i > 0 && ",".equals(t.get(i - 1).text())) {
                int to = sentenceSubject(t);
                if (to > 0) out.add(named(t, sentence, i, 0, to, false, false, false, false));
            }
        }
        // "сообщал ТАСС со ссылкой на экстренные службы": whoever cites another only relays them.
        if (out.stream().noneMatch(s -> cues.matchAt("citing", t, s.cue()) > 0)) return out;
        return out.stream().map(s -> cues.matchAt("citing", t, s.cue()) > 0 ? s : s.asRelay()).toList();
    }

    /** "Дар'я Герасимчук у січні 2023 року повідомляла": the subject ends before a time expression (and its preposition). */
    private int beforeTime(List<Token> t, int end, IntPredicate timed) {
        int k = end;
        while (k > 0 && timed.test(t.get(k - 1).start())) k--;
        if (k < end && k > 0 && cues.isCue("leading_preposition", t.get(k - 1))) k--;
        return k < end && k > 0 && Character.isLetter(t.get(k - 1).text().charAt(0)) ? k : end;
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
        if (cues.isCue("determiner", t.get(i - 1))) return false;
        String verb = Cues.norm(w.text());
        boolean participle = English.hasParticipleEnding(verb) || AttributionWords.PARTICIPLE_VERBS.contains(verb);
        return !(participle && AttributionWords.BE_FORMS.contains(before));
    }

    private Source subjectOf(List<Token> t, int sentence, int verb, IntPredicate timed) {
        int end = verb;
        while (end > 0 && cues.isCue("auxiliary", t.get(end - 1))) end--;
        end = beforeTime(t, end, timed);
        // "the Humanitarian Research Lab (HRL) said": the name before its short form in brackets.
        if (end >= 3 && ")".equals(t.get(end - 1).text()) && "(".equals(t.get(end - 3).text())) end -= 3;
        boolean anaphoric = end >= 1 && cues.matchEndingAt("anaphor", t, end) > 0;
        int start = anaphoric ? end : backward(t, end);
        if (start < end - 1 && isPronoun(t, end - 1)) start = end - 1; // "19,546 children it says": the pronoun alone
        int descTo = end;
        // "…, рассказала Львова-Белова": in Ukrainian and Russian a name after the verb is its subject, not one before the comma.
        boolean postposedName = t.get(verb).text().charAt(0) >= 128 && verb + 1 < t.size() && Character.isUpperCase(t.get(verb + 1).text().charAt(0));
        if (start == end && end > 0 && ",".equals(t.get(end - 1).text()) && !postposedName) {
            // "the director, Viktor Zolotov, told Putin": the name before the comma is the subject.
            int nameStart = backward(t, end - 1);
            // Not a place the clause before names ("…, яка працює з Херсона, заявили"): in Ukrainian and Russian a name after a
            // preposition is no subject (an English verb may still have its subject after it: "…, reported the head of …").
            boolean subject = nameStart == 0 || t.get(verb).text().charAt(0) < 128 || !cues.isCue("source_preposition", t.get(nameStart - 1));
            int[] named = subject && nameStart < end - 1 && TokenShapes.allCapitalised(t, nameStart, end - 1) ? new int[] {nameStart, end - 1}
                    : beforeApposition(t, end - 1);
            if (named != null) {
                descTo = end - 1;
                start = named[0];
                end = named[1];
            }
        }
        if (start == end - 1 && start > 0 && cues.matchAt("pronoun_other", t, start) == 1) {
            int subject = sentenceSubject(t);
            if (subject > 0 && subject < start) {
                start = 0; // "The platform lists 19,546 children it says were deported": "it" is the platform
                end = subject;
            }
        }
        anaphoric |= mentionsThis(t, verb);
        boolean opens = verb + 1 < t.size() && ":".equals(t.get(verb + 1).text());
        boolean closes = start > 0 && TokenShapes.isDash(t.get(start - 1)) || verb > 0 && TokenShapes.isDash(t.get(verb - 1));
        int[] body = bodyAfterPluralVerb(t, verb);
        if (body != null && start == end - 1 && Character.isUpperCase(t.get(start).text().charAt(0))) {
            // "Об этом ТАСС сообщили в администрации региона": the name before the verb is the listener.
            return named(t, sentence, verb, body[0], body[1], anaphoric || mentionsThis(t, verb), false, opens, closes);
        }
        if (start < end) {
            Source s = named(t, sentence, verb, start, end, anaphoric, false, opens, closes);
            return descTo > end ? new Source(s.sentence(), s.cue(), s.from(), s.to(), descTo, s.kind(), s.anaphoric(),
                    s.clauseLocal(), s.opensParagraph(), s.closesParagraph(), s.relay()) : s;
        }
        Token before = verb > 0 ? t.get(verb - 1) : null;
        boolean latin = t.get(verb).text().charAt(0) < 128;
        boolean postposedSubject = !latin || before == null || QUOTES.contains(before.text()) || ",".equals(before.text()) || TokenShapes.isDash(before);
        if (!postposedSubject || latin && cues.isCue("to_listener", t.get(verb))) return null;
        int from = verb + 1;
        // "заявили в окупаційній адміністрації": the speaking body after a preposition of place.
        while (!latin && from < t.size() && cues.isCue("leading_preposition", t.get(from))) from++;
        int to = forward(t, from);
        if (to <= from || latin && !postposedPhraseEnds(t, from, to)) return null;
        to = titleToName(t, from, to);
        return named(t, sentence, verb, from, to, anaphoric, false, false, closes);
    }

    /**
     * "сообщили в администрации региона", "повідомили у міністерстві": a plural verb of saying followed by a body
     * after a preposition of place; the span of that body, or null.
     */
    private int[] bodyAfterPluralVerb(List<Token> t, int verb) {
        String v = Cues.norm(t.get(verb).text());
        if (t.get(verb).text().charAt(0) < 128 || !WordClasses.endsWithAny(v, AttributionWords.PLURAL_PAST_ENDINGS) || verb + 2 >= t.size()
                || !cues.isCue("leading_preposition", t.get(verb + 1))) return null;
        int from = verb + 2;
        if (cues.matchAt("state_body", t, from) == 0 && cues.matchAt("source_head", t, from) == 0
                && cues.matchAt("org_word", t, from) == 0) return null;
        int to = forward(t, from);
        return to > from ? new int[] {from, to} : null;
    }

    /**
     * "according to the digital display at the regional elections commission": a thing that names no source, followed by
     * "at", "of" or "from" a body; the span of that body, or null.
     */
    private int[] bodyBehind(List<Token> t, int from, int to) {
        if (to + 1 >= t.size() || !cues.isCue("body_tie", t.get(to)) || namesBody(t, from, to)) return null;
        int end = forward(t, to + 1);
        return end > to + 1 && namesBody(t, to + 1, end) ? new int[] {to + 1, end} : null;
    }

    private boolean namesBody(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isUpperCase(t.get(k).text().charAt(0)) || cues.matchAt("state_body", t, k) > 0 || cues.matchAt("source_head", t, k) > 0
                    || cues.matchAt("org_word", t, k) > 0) return true;
        }
        return false;
    }

    /**
     * The end of the name that opens the sentence, the subject a participle of saying refers to ("Moscow disputes
     * the figure, saying …"): capitalised words with their connectors and the nouns of sources; 0 if none.
     */
    private int sentenceSubject(List<Token> t) {
        int k = 0;
        while (k < t.size() && k < MAX_PHRASE) {
            Token tok = t.get(k);
            String w = Cues.norm(tok.text());
            boolean name = Character.isUpperCase(tok.text().charAt(0)) && Character.isLetter(tok.text().charAt(0));
            boolean connector = k > 0 && AttributionWords.NAME_CONNECTORS.contains(w) || k == 0 && English.isDefiniteArticle(w);
            boolean sourceNoun = k > 0 && (cues.matchAt("org_word", t, k) > 0 || cues.matchAt("title", t, k) > 0
                    || cues.matchAt("source_head", t, k) > 0);
            if (!name && !connector && !sourceNoun) break;
            k++;
        }
        while (k > 0 && AttributionWords.NAME_CONNECTORS.contains(Cues.norm(t.get(k - 1).text()))) k--;
        return k;
    }

    /**
     * "Ivan Fedorov, head of the regional administration, said": the name before an apposition or a relative
     * clause set off by commas just before the verb. Returns {start, end} of the name, or null.
     */
    private int[] beforeApposition(List<Token> t, int comma) {
        for (int c = comma - 2; c >= 1 && comma - c <= 20; c--) {
            if (!",".equals(t.get(c).text())) continue;
            String first = Cues.norm(t.get(c + 1).text());
            if (cues.matchAt("parenthetical", t, c + 1) == comma - c - 1) {
                int start = backward(t, c); // "Киев, в свою очередь, утверждает": the name before the aside
                return start < c ? new int[] {start, c} : null;
            }
            boolean opens = AttributionWords.ARTICLES.contains(first) || AttributionWords.RELATIVE_OPENERS.contains(first) || cues.matchAt("title", t, c + 1) > 0
                    || cues.matchAt("describing_participle", t, c + 1) > 0 || Character.isUpperCase(t.get(c + 1).text().charAt(0));
            if (!opens) return null;
            for (int k = c + 1; k < comma; k++) {
                if (Character.isDigit(t.get(k).text().charAt(0)) || cues.matchAt("speech", t, k) == 1 && k > c + 1
                        && !Character.isUpperCase(t.get(k).text().charAt(0)) && !AttributionWords.PERSONAL_RELATIVES.contains(first)) return null;
            }
            int start = backward(t, c);
            return start < c ? new int[] {start, c} : null;
        }
        return null;
    }

    /**
     * Whether the words after an English verb of saying can be its subject ("…,” said Jane Roe, the director"):
     * a short name phrase that ends the clause, not the start of what is said ("said the occupiers had opened").
     */
    private boolean postposedPhraseEnds(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) if (cues.isCue("auxiliary", t.get(k))) return false;
        if (to >= t.size()) return true;
        Token next = t.get(to);
        return !Character.isLetterOrDigit(next.text().charAt(0)) || cues.isCue("boundary", next);
    }

    /**
     * "Уповноважений Верховної Ради з прав людини Дмитро Лубінець": a title phrase cut at a preposition goes on to the
     * name that follows it within a few words of the same clause.
     */
    private int titleToName(List<Token> t, int from, int to) {
        if (to >= t.size() || !cues.isCue("boundary", t.get(to)) || cues.matchAt("title", t, from) == 0) return to;
        for (int k = to + 1; k + 1 < t.size() && k - to <= 6; k++) {
            Token w = t.get(k);
            if (!Character.isLetter(w.text().charAt(0)) || cues.isCue("clause_opener", w)) return to;
            if (TokenShapes.isCapitalisedName(w) && TokenShapes.isCapitalisedName(t.get(k + 1))) return k + 2;
        }
        return to;
    }

    private boolean isPronoun(List<Token> t, int k) {
        return cues.matchAt("pronoun_person", t, k) == 1 || cues.matchAt("pronoun_other", t, k) == 1
                || cues.matchAt("pronoun_first", t, k) == 1;
    }

    /** "This was stated by X", "X has stated this": "this" shortly before the cue, or right after it. */
    private boolean mentionsThis(List<Token> t, int cue) {
        return cues.occursIn("anaphor", t, cue - 3, cue) || cues.matchAt("anaphor", t, cue + 1) > 0;
    }

    /** The start of the name phrase that ends at end, read leftwards; end when there is none. */
    private int backward(List<Token> t, int end) {
        int k = end - 1;
        while (k >= 0 && end - k <= MAX_PHRASE) {
            Token tok = t.get(k);
            String w = Cues.norm(tok.text());
            if (English.isPossessive(w) || QUOTES.contains(w) && k > 0 && Character.isLetter(t.get(k - 1).text().charAt(0))
                    && (k + 1 < end || TokenShapes.closesQuotedName(t, k))) {
                k--; // так званий «мер» Мелітополя; правозахисна група «Схід SOS»
                continue;
            }
            if (!Character.isLetter(tok.text().charAt(0)) || cues.isCue("boundary", tok) && !(bodies.placeAfterBody(t, k) && TokenShapes.capitalisedSoon(t, k + 1, end))) break;
            if (cues.matchEndingAt("anaphor", t, k + 1) > 0) break;
            k--;
        }
        int start = k + 1;
        while (start < end && cues.isCue("leading_preposition", t.get(start))) start++;
        // "On Monday the ministry said": a later article opens the subject unless "of" or a possessive binds it.
        for (int a = end - 1; a > start; a--) {
            String w = Cues.norm(t.get(a).text());
            String before = Cues.norm(t.get(a - 1).text());
            if (AttributionWords.ARTICLES.contains(w) && !English.isOf(before) && !English.isPossessive(before) && !bodies.placeAfterBody(t, a - 1)) {
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
            if (QUOTES.contains(w) && k + 1 < t.size() && (Character.isUpperCase(t.get(k + 1).text().charAt(0)) || cues.isCue("title", t.get(k + 1))) && k > from) {
                k++; // видання «Ріа-Мелітополь»; оккупационный «министр образования»
                continue;
            }
            if (English.isPossessive(w)) {
                k++;
                continue;
            }
            if (!Character.isLetter(tok.text().charAt(0)) && !(w.equals("№"))) break;
            if (cues.isCue("boundary", tok) && !(k > from && bodies.placeAfterBody(t, k))) break;
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
        if (!AttributionWords.ARTICLES.contains(first) && cues.matchAt("title", t, to + 1) == 0) return to;
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
    Attribution.Kind kind(List<Token> t, int from, int to) {
        List<Token> content = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String w = Cues.norm(t.get(k).text());
            if (!cues.isCue("determiner", t.get(k)) && Character.isLetter(w.charAt(0))) content.add(t.get(k));
        }
        if (content.size() == 1 && cues.matchAt("pronoun_person", content, 0) == 1) return Attribution.Kind.PERSON_PRONOUN;
        if (content.size() == 1 && (cues.matchAt("pronoun_other", content, 0) == 1 || cues.matchAt("body_reference", content, 0) == 1)
                || !content.isEmpty() && cues.matchAt("interlocutor", content, 0) == content.size()) {
            return Attribution.Kind.OTHER_PRONOUN; // "собеседник агентства": the source the story named
        }
        if (content.size() == 1 && cues.matchAt("pronoun_first", content, 0) == 1) return Attribution.Kind.FIRST_PERSON;
        boolean allGeneric = !content.isEmpty();
        for (int k = 0; k < content.size() && allGeneric; k++) {
            allGeneric = cues.matchAt("generic", content, k) == 1 || isPlainAdjective(content.get(k));
        }
        return allGeneric ? Attribution.Kind.GENERIC : Attribution.Kind.NAMED;
    }

    /** Adjectives that leave a generic source generic: "the latest data", "the new report". */
    boolean isPlainAdjective(Token t) {
        return cues.isCue("plain_adjective", t);
    }
}
