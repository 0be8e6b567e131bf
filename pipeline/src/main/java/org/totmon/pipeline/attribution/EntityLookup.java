package org.totmon.pipeline.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Mention;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.claim.Cues;
import org.totmon.pipeline.entity.NameKeys;
import org.totmon.pipeline.entity.Romanizer;
import org.totmon.pipeline.text.English;
import org.totmon.pipeline.text.Tokenizer;

/** The entities of a report that a source phrase names, and the words around them that say what they are. */
final class EntityLookup {
    private static final Set<String> ARTICLES = AttributionWords.LOOKUP_ARTICLES;
    private static final List<String> CLAUSE_BREAKS = List.of(",", ";", ":", ".", "!", "?", "(", ")", "\"", "“", "”", "«", "»", "—", "–");

    /** How many words after a title its holder's name may come. */
    private static final int TITLE_REACH = 9;
    /** How many words a title before its holder's name may have. */
    private static final int LONG_TITLE = 12;

    private final Cues cues;
    private final Claimants claimants;

    EntityLookup(Cues cues, Claimants claimants) {
        this.cues = cues;
        this.claimants = claimants;
    }

    static boolean isNameWord(Token t) {
        String w = t.text();
        return w.length() > 2 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase);
    }

    /** The words around an entity's mentions that say what it is: the title before it and the apposition after. */
    List<Token> context(Scene ctx, Entity e) {
        List<Token> out = new ArrayList<>();
        for (Mention m : e.mentions()) {
            for (int si = 0; si < ctx.sentences.size(); si++) {
                if (!ctx.sentences.get(si).contains(m.start())) continue;
                List<Token> t = ctx.tokens.get(si);
                for (int k = 0; k < t.size(); k++) {
                    if (t.get(k).start() != m.start()) continue;
                    // The title before the name, or the apposition before it set off by a comma ("the head of the
                    // Crimean parliament's commission on the referendum, Mikhail Malyshev, said"), in their order.
                    int last = k > 1 && ",".equals(t.get(k - 1).text()) ? k - 1 : k, reach = last < k ? 16 : titleReach(t, k);
                    int b = last;
                    while (b > 0 && k - b < reach && !isClauseBreak(t.get(b - 1))) b--;
                    out.addAll(t.subList(b, last));
                    int end = k;
                    while (end < t.size() && t.get(end).end() <= m.end()) end++;
                    out.addAll(t.subList(k, end));
                    if (end < t.size() && ",".equals(t.get(end).text())) out.addAll(apposition(t, k, end));
                }
            }
        }
        return out;
    }

    /**
     * The apposition after a name and its comma, up to the next break or 15 words. None when it is a clause about what
     * others did to the holder ("Іван Федоров, якого росіяни утримували…": its side words are theirs) unless it gives
     * the holder a post ("whom the occupation authorities appointed head of…"); none either when an "according to" cue
     * opens the name's clause and the words run on without a closing break ("За даними розвідки, окупанти…"): that is
     * what the source says.
     */
    private List<Token> apposition(List<Token> t, int nameStart, int comma) {
        int a = comma + 1;
        while (a < t.size() && a - comma <= 15 && !isClauseBreak(t.get(a))) a++;
        List<Token> words = t.subList(comma + 1, a);
        if (words.isEmpty()) return words;
        if (AttributionWords.OBJECT_RELATIVES.contains(Cues.norm(words.get(0).text())) && !cues.occursIn("title", words, 0, words.size())) return List.of();
        boolean closed = a < t.size() && AttributionWords.APPOSITION_CLOSERS.contains(t.get(a).text());
        return !closed && cited(t, nameStart) ? List.of() : words;
    }

    /**
     * Whether an "according to" cue opens the clause of the name that starts at nameStart ("За даними X, …", "…, per X,
     * …"), so that what the source says follows; not a cue after the verb ("This was stated by X, deputy head of …").
     */
    private boolean cited(List<Token> t, int nameStart) {
        int a = nameStart;
        while (a > 0 && !isClauseBreak(t.get(a - 1))) a--;
        int n = cues.matchAt("according", t, a);
        return n > 0 && a + n <= nameStart && nameStart - (a + n) <= LONG_TITLE;
    }

    /**
     * How far back the title before a name reaches: five words, or to the first word of a longer title ("Уповноважена
     * президента України з прав дитини та дитячої реабілітації Дар'я Герасимчук"), within the clause.
     */
    private int titleReach(List<Token> t, int name) {
        int reach = 5;
        for (int j = name - 1; j >= 0 && name - j <= LONG_TITLE; j--) {
            if (isClauseBreak(t.get(j))) break;
            if (cues.matchAt("title", t, j) > 0) reach = Math.max(reach, name - j);
        }
        return reach;
    }

    /** "the Defense Intelligence notes": an entity of the report whose name holds every capitalised word of the phrase. */
    static Entity entityContaining(Document doc, List<Token> t, int[] span) {
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
    static Entity entityIn(Document doc, int from, int to) {
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

    /** "The center claimed": the organisation mentioned last before whose name holds the head noun. */
    Entity entityByHead(Scene ctx, List<Token> t, int[] span, int offset) {
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

    static boolean hasWord(String name, String word) {
        for (Token w : Tokenizer.tokenize(name)) if (NameKeys.word(w.text()).equals(word)) return true;
        return false;
    }

    /**
     * The entity's name with the spokesperson, press service or sources the phrase names it by: "Oleksandr
     * Prokudin's spokesperson", "sources in Ministry of Defence of Ukraine".
     */
    String withSubordinate(Document doc, List<Token> t, int[] span, Entity entity) {
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
     * "The UN human rights monitoring mission", "the Yale School of Public Health's Humanitarian Research Lab": the
     * entity only qualifies a longer name of a body, which is then the better name of the source.
     */
    boolean modifiesSourcePhrase(List<Token> t, int[] span, Entity entity) {
        int mentionEnd = -1;
        for (Mention m : entity.mentions()) {
            for (int k = span[0]; k < span[1]; k++) if (t.get(k).start() < m.end() && t.get(k).end() > m.start()) mentionEnd = k + 1;
        }
        if (mentionEnd < 0 || span[1] - mentionEnd < 2 || t.get(span[1] - 1).text().charAt(0) >= 128) return false;
        boolean possessive = English.isPossessive(Cues.norm(t.get(mentionEnd).text()));
        for (int k = possessive ? mentionEnd + 1 : mentionEnd; k < span[1]; k++) {
            if (!isLatinLower(t.get(k)) && !(possessive && t.get(k).text().chars().allMatch(Character::isLetter))) return false;
        }
        List<Token> last = List.of(t.get(span[1] - 1));
        return cues.matchAt("source_head", last, 0) > 0 || cues.matchAt("org_word", last, 0) > 0;
    }

    /** A person found by the title a source gave them, with the sentence that named them (for their side). */
    record Titled(String name, List<Token> sentence) {}

    /** "the Ombudsman noted": the person an earlier sentence names with that title ("Ombudsman … Dmytro Lubinets"). */
    /** How far back a title-only source ("the Ombudsman noted") or a head noun ("police added") is resolved; far beyond any real report's length. */
    static final int LOOKBACK_CHARS = 50_000;

    Titled personWithTitle(Scene ctx, List<Token> t, int[] span, int offset) {
        String title = null;
        for (int k = span[0]; k < span[1] && title == null; k++) if (cues.matchAt("title", t, k) == 1) title = Cues.norm(t.get(k).text());
        for (int si = 0; si < ctx.sentences.size(); si++) {
            // Only earlier sentences, and not too far back: a scan of the whole report per source made long reports quadratic.
            if (ctx.sentences.get(si).start() >= offset) break;
            if (ctx.sentences.get(si).end() < offset - LOOKBACK_CHARS) continue;
            List<Token> s = ctx.tokens.get(si);
            for (int k = 0; k < s.size(); k++) {
                if (s.get(k).start() >= offset || !Cues.norm(s.get(k).text()).equals(title)) continue;
                // "уполномоченная по правам ребенка при президенте России Мария Львова-Белова": the title's name may follow its complements.
                Entity e = entityIn(ctx.doc, s.get(k).end(), k + TITLE_REACH < s.size() ? s.get(k + TITLE_REACH).end() : s.get(s.size() - 1).end());
                if (e != null && e.type() == EntityType.PERSON) return new Titled(e.name(), s);
                int end = k + 1;
                while (end < s.size() && end - k <= 5 && (isNameWord(s.get(end)) || English.isOf(Cues.norm(s.get(end).text())))) end++;
                if (end - k >= 3 && isNameWord(s.get(end - 1)) && isNameWord(s.get(end - 2))) {
                    String phrase = ctx.doc.text().substring(s.get(end - 2).start(), s.get(end - 1).end());
                    return new Titled(phrase.charAt(0) >= 128 ? Romanizer.romanizeName(phrase, null) : phrase, s);
                }
            }
        }
        return null;
    }

    /**
     * An occupation official the registry does not know, named in a Russian report: their name as Russian is
     * romanized (BGN/PCGN: "Андрей Алексеенко" is Andrey Alekseyenko, not Andrii Alekseenko), the form the field
     * uses for the Russian side's people. The mention whose surname is the entity's nominative one is romanized;
     * null when no mention is.
     */
    static String russianName(Document doc, Entity e) {
        if (e.type() != EntityType.PERSON || !"ru".equals(doc.language())) return null;
        String[] canonical = e.name().split("\\s+");
        for (Mention m : e.mentions()) {
            String[] words = m.text().split("\\s+");
            if (words.length != canonical.length || Character.UnicodeBlock.of(m.text().charAt(0)) != Character.UnicodeBlock.CYRILLIC) continue;
            if (Romanizer.romanize(words[words.length - 1]).equals(canonical[canonical.length - 1])) return Romanizer.romanizeRussian(m.text());
        }
        return null;
    }

    /** The words of a phrase that are no article or determiner. */
    static List<Token> contentWords(List<Token> t, int[] span) {
        List<Token> out = new ArrayList<>();
        for (int k = span[0]; k < span[1]; k++) {
            Token w = t.get(k);
            if (Character.isLetter(w.text().charAt(0)) && !ARTICLES.contains(Cues.norm(w.text()))) out.add(w);
        }
        return out;
    }

    /** The head noun of a definite reference to a body named before ("the center", "the lab", "police"), or null. */
    String referenceHead(List<Token> t, int[] span) {
        List<Token> words = contentWords(t, span);
        if (words.isEmpty() || words.size() > 2) return null;
        // A bare head may open the sentence ("Розвідка також повідомляє"); "Occupation officials" is no reference.
        for (Token w : words) if (Character.isUpperCase(w.text().charAt(0)) && !(words.size() == 1 && w == t.get(0))) return null;
        Token head = words.get(words.size() - 1);
        List<Token> one = List.of(head);
        return cues.matchAt("org_word", one, 0) > 0 || cues.matchAt("source_head", one, 0) > 0 ? NameKeys.word(head.text()) : null;
    }

    static boolean isClauseBreak(Token t) {
        return CLAUSE_BREAKS.contains(t.text());
    }

    private static boolean isLatinLower(Token t) {
        String w = t.text();
        return w.charAt(0) < 128 && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }
}
