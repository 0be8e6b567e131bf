package org.totmon.pipeline.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.totmon.model.Claim;
import org.totmon.model.Side;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Attribution;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;
import org.totmon.pipeline.ModalCue;
import org.totmon.pipeline.References;
import org.totmon.pipeline.WordClasses;
import org.totmon.pipeline.attribution.Attributions;
import org.totmon.pipeline.attribution.ContentSentences;
import org.totmon.pipeline.entity.Romanizer;
import org.totmon.pipeline.modality.ModalCues;
import org.totmon.pipeline.text.English;

/**
 * Claims: every definite number in the report that is not a date, year, age, time of day, code or page counter,
 * with its qualifier, what it counts, who states it and that source's side with the reason for it (read from the
 * attribution layer: through relays, "X reported, citing Y" is Y's claim), and whether it is hedged. A figure a report
 * repeats is one claim. Runs after sentences, tokens, entities and attribution; thread-safe.
 */
public final class ClaimAnnotator implements Annotator {
    private static final String[] QUALIFIERS = {"at_least", "more_than", "at_most", "less_than", "approx", "exact"};
    private static final int DISPUTE_REACH = 2;

    private final Cues cues;
    private final NumberRecognizer numbers;
    private final FigureFilter figures;

    public ClaimAnnotator() {
        this.cues = Cues.bundled();
        this.numbers = NumberRecognizer.bundled(cues);
        this.figures = new FigureFilter(cues);
    }

    /** A claim before repeated figures are merged; rank says how directly its claimant was found (lower is better). */
    private record Candidate(Claim claim, int rank) {}

    /** What annotating one document needs to know about it. */
    private static final class Context {
        final Document doc;
        final List<TextSpan> sentences;
        final List<List<Token>> tokens;
        final List<Integer> paragraph;
        final Attributions attributions;

        Context(Document doc) {
            this.doc = doc;
            ContentSentences content = ContentSentences.of(doc);
            this.sentences = content.spans();
            this.tokens = content.tokens();
            this.paragraph = content.paragraphs();
            this.attributions = new Attributions(doc, content);
        }
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BOILERPLATE, Layer.HEADLINE, Layer.TOKENS, Layer.TIMES, Layer.ENTITIES, Layer.MODALITY, Layer.ATTRIBUTION);
    }

    @Override
    public Layer produces() {
        return Layer.CLAIMS;
    }

    @Override
    public void annotate(Document doc) {
        Context ctx = new Context(doc);
        List<Candidate> found = new ArrayList<>();
        String previousUnit = null;
        for (int si = 0; si < ctx.sentences.size(); si++) {
            List<Token> t = ctx.tokens.get(si);
            // A figure without a noun counts what the paragraph counted last ("Only 388 of them", "more than 1,500").
            if (si > 0 && !Objects.equals(ctx.paragraph.get(si - 1), ctx.paragraph.get(si))) previousUnit = null;
            for (Quantity q : numbers.find(t, doc.text())) {
                String qualifier = qualifier(t, q);
                if (!figures.isClaim(t, doc.text(), q, qualifier, doc.times())) continue;
                Candidate c = build(ctx, si, q, qualifier, previousUnit);
                previousUnit = c.claim().unit();
                found.add(c);
            }
        }
        doc.claims().addAll(merge(found));
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
        return k > 0 && k < t.size() && ClaimWords.PHRASAL_PARTICLES.contains(Cues.norm(t.get(k).text())) && ClaimWords.PHRASAL_OVER.contains(Cues.norm(t.get(k - 1).text()));
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
        if (k + 1 < t.size() && English.isOf(Cues.norm(t.get(k).text()))) {
            int j = k + 1;
            while (j + 1 < t.size() && (ClaimWords.OF_DETERMINERS.contains(Cues.norm(t.get(j).text()))
                    || Character.isUpperCase(t.get(j).text().charAt(0)) && ClaimWords.OF_DETERMINERS.contains(Cues.norm(t.get(j + 1).text())))) j++;
            if (Character.isLetter(t.get(j).text().charAt(0)) && !ClaimWords.NO_UNIT_WORDS.contains(Cues.norm(t.get(j).text()))) k = j;
        }
        if (k >= t.size()) return null;
        Token w = t.get(k);
        if (!Character.isLetter(w.text().charAt(0)) || ClaimWords.NO_UNIT_WORDS.contains(Cues.norm(w.text()))) return null;
        if (cues.matchAt("speech", t, k) == 1) return null;
        int end = k + 1;
        if (end + 1 < t.size() && English.isOf(Cues.norm(t.get(end).text())) && ClaimWords.MEASURES.contains(Cues.norm(w.text()))) {
            end += 2;
        } else if (end < t.size() && isLatinLower(w) && !isPlural(w) && isLatinLower(t.get(end)) && isPlural(t.get(end))
                && !ClaimWords.NO_UNIT_WORDS.contains(Cues.norm(t.get(end).text())) && cues.matchAt("speech", t, end) == 0) {
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
        if (!Character.isLetter(w.text().charAt(0)) || ClaimWords.NO_UNIT_WORDS.contains(Cues.norm(w.text()))) return false;
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
        boolean nextIsWord = Character.isLetterOrDigit(next.text().charAt(0)) && !ClaimWords.NO_UNIT_WORDS.contains(Cues.norm(next.text()))
                && cues.matchAt("speech", t, k + 1) == 0;
        if (!nextIsWord) return false;
        String lower = Cues.norm(text);
        if (Character.isUpperCase(text.charAt(0))) return true;
        if (lower.contains("-") && (English.hasParticipleEnding(lower) || WordClasses.endsWithAny(lower, ClaimWords.COMPOUND_PARTICIPLE_ENDINGS))) {
            return true;
        }
        return lower.length() > 4 && English.hasParticipleEnding(lower) && Character.isLetter(next.text().charAt(0));
    }

    private static boolean isLatinLower(Token t) {
        String w = t.text();
        return w.charAt(0) < 128 && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }

    private static boolean isPlural(Token t) {
        String w = Cues.norm(t.text());
        return w.length() > 3 && English.hasPluralEnding(w) && !ClaimWords.NOT_PLURALS.contains(w);
    }

    private static boolean isAdjective(Token t) {
        String w = Cues.norm(t.text());
        if (!Character.isLetter(w.charAt(0))) return false;
        if (w.charAt(0) < 128) {
            return WordClasses.endsWithAny(w, ClaimWords.ENGLISH_ADJECTIVE_SUFFIXES) || ClaimWords.ENGLISH_ADJECTIVES.contains(w);
        }
        return WordClasses.endsWithAny(w, ClaimWords.CYRILLIC_ADJECTIVE_ENDINGS);
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

    private Candidate build(Context ctx, int si, Quantity q, String qualifier, String previousUnit) {
        List<Token> t = ctx.tokens.get(si);
        String text = ctx.doc.text();
        int[] unit = q.percent() ? null : unitSpan(t, q);
        String currency = currency(t, q);
        boolean others = unit != null && unit[1] - unit[0] == 1 && ClaimWords.OTHERS_WORDS.contains(Cues.norm(t.get(unit[0]).text()));
        String unitName = q.percent() ? "percent" : currency != null ? currency
                : unit != null && !(others && previousUnit != null) ? unitName(t, unit) // "five people and 17 others"
                : cues.matchAt("collective", t, q.from()) == 1 ? "people" : previousUnit;
        int first = currency != null ? q.from() - 1 : q.from() - qualifierLength(t, q);
        int last = unit != null ? unit[1] - 1 : q.to() - 1;
        int start = t.get(first).start(), end = t.get(last).end();

        Attributions.Found found = ctx.attributions.of(si, t.get(q.from()).start(), t.get(q.to() - 1).end());
        Attribution a = found.speaker() != null ? found.speaker() : ctx.attributions.ownVoice();
        boolean hedged = hedged(ctx, si, q) || a != null && a.hedging();
        Claim claim = new Claim(text.substring(start, end), q.value(), q.valueMax(), qualifier == null ? "exact" : qualifier,
                unitName, subject(t, q, text), a == null ? null : a.speaker(), a == null ? Side.UNKNOWN : a.side(), hedged, start, end,
                References.entityId(ctx.doc.entities(), a == null ? null : a.speaker()), a == null ? null : a.sideReason());
        return new Candidate(claim, found.rank());
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
     * clause ("… are said to be implicated"), or a dispute of the figure later in its sentence or in the next sentences of
     * the paragraph.
     */
    private boolean hedged(Context ctx, int si, Quantity q) {
        List<Token> t = ctx.tokens.get(si);
        int clauseEnd = q.to();
        while (clauseEnd < t.size() && !isClauseBreak(t.get(clauseEnd)) && !ClaimWords.COORDINATORS.contains(Cues.norm(t.get(clauseEnd).text()))) {
            clauseEnd++;
        }
        if (ModalCues.in(ctx.doc, t).within(ModalCue.Kind.HEDGE, 0, clauseEnd)) return true;
        if (si + 1 < ctx.sentences.size() && Objects.equals(ctx.paragraph.get(si + 1), ctx.paragraph.get(si))) {
            // "… 72% voted. However, local activists counted no more than 15%.": a figure set against it disputes it.
            List<Token> next = ctx.tokens.get(si + 1);
            if (cues.matchAt("contrast", next, 0) > 0 && cues.occursIn("according", next, 0, next.size())
                    && !numbers.find(next, ctx.doc.text()).isEmpty()) return true;
        }
        // The rest of the number's sentence counts as a next one ("…; his figures could not be verified").
        for (int k = si; k <= si + DISPUTE_REACH && k < ctx.sentences.size(); k++) {
            if (!Objects.equals(ctx.paragraph.get(k), ctx.paragraph.get(si))) break;
            List<Token> next = k == si ? t.subList(clauseEnd, t.size()) : ctx.tokens.get(k);
            // With figures of its own a dispute is about them, unless it names the figure it disputes.
            boolean aboutThis = numbers.find(next, ctx.doc.text()).isEmpty() || cues.occursIn("figure_word", next, 0, next.size());
            if (aboutThis && cues.occursIn("dispute", next, 0, next.size())) return true;
            // "…, a figure the mission was unable to verify" after a figure of its own doubts that one, not ours.
            if (cues.occursIn("unverified", next, 0, next.size()) && cues.occursIn("figure_word", next, 0, next.size())
                    && numbers.find(next, ctx.doc.text()).isEmpty()) return true;
        }
        return false;
    }

    // ---- repeated figures

    /**
     * A figure stated twice in a report is one claim: same value and range, and the same unit (or a figure large
     * enough, 20 or more, that its repetition is no coincidence); a whole percentage restates a fractional one it
     * rounds ("87.28%", later "the 87% tally"). The best-attributed statement stays, with the qualifier of whichever
     * statement has one (a headline drops the "about" its story keeps). One claim per figure and claimant, though: two
     * sources each named in their own sentence (the president's office, then a spokeswoman quoted) are two claims.
     */
    private static List<Claim> merge(List<Candidate> found) {
        Map<String, List<Candidate>> kept = new LinkedHashMap<>();
        for (Candidate c : found) {
            Claim claim = c.claim();
            String key = roundedKey(kept, claim);
            if (key == null) key = claim.value() + "|" + claim.valueMax() + "|" + (claim.value() >= 20 ? "" : claim.unit());
            List<Candidate> same = kept.computeIfAbsent(key, k -> new ArrayList<>());
            int at = restated(same, c);
            if (at < 0) {
                same.add(c);
                continue;
            }
            Candidate old = same.get(at);
            if (better(c, old)) same.set(at, new Candidate(withSource(old.claim(), claim), c.rank()));
            else if ("exact".equals(old.claim().qualifier()) && !"exact".equals(claim.qualifier())) {
                same.set(at, new Candidate(withQualifier(old.claim(), claim.qualifier()), old.rank()));
            }
        }
        List<Candidate> all = new ArrayList<>();
        kept.values().forEach(all::addAll);
        all.sort(Comparator.comparingInt(c -> c.claim().start()));
        return all.stream().map(Candidate::claim).toList();
    }

    /**
     * Which of the figure's earlier statements {@code c} restates: the one by the same claimant, else the first, unless
     * every earlier one and {@code c} name their own, different claimants in their sentences; -1 when none.
     */
    private static int restated(List<Candidate> same, Candidate c) {
        if (same.isEmpty()) return -1;
        for (int i = 0; i < same.size(); i++) {
            if (Objects.equals(same.get(i).claim().claimant(), c.claim().claimant())) return i;
        }
        boolean ownSources = c.rank() <= Attributions.Found.IN_SENTENCE && c.claim().claimant() != null
                && same.stream().allMatch(o -> o.rank() <= Attributions.Found.IN_SENTENCE && o.claim().claimant() != null);
        return ownSources ? -1 : 0;
    }

    /** The key of a fractional percentage kept before that a whole one rounds, or null. */
    private static String roundedKey(Map<String, List<Candidate>> kept, Claim claim) {
        if (!"percent".equals(claim.unit()) || claim.valueMax() != null || claim.value() != Math.rint(claim.value())) return null;
        for (Map.Entry<String, List<Candidate>> e : kept.entrySet()) {
            Claim k = e.getValue().get(0).claim();
            if ("percent".equals(k.unit()) && k.valueMax() == null && k.value() != Math.rint(k.value())
                    && Math.abs(k.value() - claim.value()) < 1) return e.getKey();
        }
        return null;
    }

    private static Claim withQualifier(Claim c, String qualifier) {
        return new Claim(c.text(), c.value(), c.valueMax(), qualifier, c.unit(), c.subject(), c.claimant(), c.claimantSide(),
                c.hedged(), c.start(), c.end(), c.claimantId(), c.sideReason());
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
                better.claimant(), better.claimantSide(), first.hedged() || better.hedged(), first.start(), first.end(),
                better.claimantId(), better.sideReason());
    }
}
