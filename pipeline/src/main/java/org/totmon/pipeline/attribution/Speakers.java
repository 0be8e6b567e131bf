package org.totmon.pipeline.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Side;
import org.totmon.model.Token;
import org.totmon.pipeline.Attribution;
import org.totmon.pipeline.ModalCue;
import org.totmon.pipeline.claim.Cues;
import org.totmon.pipeline.claim.NumberRecognizer;
import org.totmon.pipeline.claim.Quantity;
import org.totmon.pipeline.entity.NameKeys;
import org.totmon.pipeline.entity.Romanizer;
import org.totmon.pipeline.modality.ModalCues;
import org.totmon.pipeline.text.English;
import org.totmon.pipeline.text.Tokenizer;

/**
 * Who a source is: an entity its phrase mentions, the person a pronoun or a title stands for, the source a reference
 * ("the mission", "відомство") points back to, else its cleaned phrase; with the side the registries or its
 * description give it. Thread-safe: state lives in the {@link Scene} of one report.
 */
final class Speakers {
    private static final Set<String> CONNECTORS = AttributionWords.SPEAKER_CONNECTORS;
    private static final Set<String> PLACE_PREPOSITIONS = AttributionWords.PLACE_PREPOSITIONS;
    /** Cue categories whose words make a phrase a source. */
    private static final List<String> SOURCE_CATEGORIES = List.of("source_head", "org_word", "title", "source_noun", "generic");
    /** Adjectives ending like participles that do occur in names of sources ("armed forces"). */
    private static final Set<String> PARTICIPLE_ADJECTIVES = AttributionWords.PARTICIPLE_ADJECTIVES;

    private final Cues cues;
    private final NumberRecognizer numbers;
    private final Claimants claimants;
    private final EntityLookup lookup;
    private final SourceFinder sources;
    private final BodyNames bodies;

    Speakers(Cues cues, Claimants claimants, SourceFinder sources) {
        this.cues = cues;
        this.sources = sources;
        this.numbers = NumberRecognizer.bundled(cues);
        this.claimants = claimants;
        this.lookup = new EntityLookup(cues, claimants);
        this.bodies = new BodyNames(cues);
    }

    Claimants claimants() {
        return claimants;
    }

    /** Names a source: an entity it mentions, a person a pronoun or title stands for, else its cleaned phrase. */
    Resolved resolve(Scene ctx, Source s) {
        List<Token> t = ctx.tokens.get(s.sentence());
        int offset = t.get(s.cue()).start();
        boolean hedging = ModalCues.in(ctx.doc, t).startsAt(ModalCue.Kind.HEDGE, s.cue());
        switch (s.kind()) {
            case IMPERSONAL:
                return new Resolved(s, offset, "unnamed reports", Sided.UNKNOWN, hedging);
            case FIRST_PERSON:
                return ctx.outlet == null ? null : new Resolved(s, offset, ctx.outlet, ctx.outletSide, hedging);
            case PERSON_PRONOUN: {
                Resolved person = lastPerson(ctx, offset);
                if (person != null) return new Resolved(s, offset, person.name(), person.side(), hedging);
                Resolved last = lastNamed(ctx);
                return last == null ? null : new Resolved(s, offset, last.name(), last.side(), hedging);
            }
            case OTHER_PRONOUN:
            case GENERIC: {
                // "відомство", "ведомство", "the agency": a body refers back to the last body that spoke, not to a person.
                boolean body = cues.occursIn("body_reference", t, s.from(), Math.max(s.to(), s.from() + 1));
                Resolved last = body ? lastBody(ctx) : lastNamed(ctx);
                if (last != null) return new Resolved(s, offset, last.name(), last.side(), hedging);
                return ctx.outlet == null ? null : new Resolved(s, offset, ctx.outlet, ctx.outletSide, hedging);
            }
            default:
                break;
        }
        int[] span = clean(t, s.from(), s.to(), ctx.doc.text());
        if (span == null) return null;
        int from = t.get(span[0]).start(), to = t.get(span[1] - 1).end();
        Resolved defined = span[1] - span[0] == 1 ? acronymOf(ctx, t.get(span[0]).text()) : null;
        if (defined != null) return new Resolved(s, offset, defined.name(), defined.side(), hedging);
        List<Token> description = new ArrayList<>(t.subList(s.from(), Math.max(s.descTo(), s.to())));
        Entity entity = EntityLookup.entityIn(ctx.doc, from, to);
        if (entity == null) entity = EntityLookup.entityContaining(ctx.doc, t, span);
        if (entity == null) entity = lookup.entityByHead(ctx, t, span, offset);
        String name;
        if (entity != null) {
            name = lookup.modifiesSourcePhrase(t, span, entity) ? ctx.doc.text().substring(from, to) : lookup.withSubordinate(ctx.doc, t, span, entity);
            if (entity.type() == EntityType.ORGANIZATION && claimants.actor(entity.name()) == null && claimants.outlet(entity.name()) == null) {
                name = bodies.name(ctx, t, span[0], span[1], s.sentence(), name); // a body the registries do not know
            }
            description.addAll(lookup.context(ctx, entity));
        } else {
            Resolved earlier = sourceByHead(ctx, t, span, offset);
            if (earlier != null) return new Resolved(s, offset, earlier.name(), earlier.side(), hedging);
            String phrase = ctx.doc.text().substring(from, to);
            EntityLookup.Titled titled = isTitleOnly(t, span) ? lookup.personWithTitle(ctx, t, span, offset) : null;
            if (titled != null) {
                name = titled.name();
                description.addAll(titled.sentence());
            } else if (looksLikeCyrillicName(t, span) && !hasSourceWord(t, span)) {
                name = Romanizer.romanizeName(phrase, null);
            } else if (!isSourceLike(t, span)) {
                // "Согласно указу": a document, stated in the report's own voice; a junk subject of a verb: no source.
                boolean according = cues.matchAt("according", t, s.cue()) > 0;
                return according && ctx.outlet != null ? new Resolved(s, offset, ctx.outlet, ctx.outletSide, hedging) : null;
            } else if (claimants.outlet(phrase) != null) {
                name = claimants.outlet(phrase).name(); // "РИА Новости": an outlet by any of its names
            } else {
                name = bodies.name(ctx, t, span[0], span[1], s.sentence(), phrase.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)
                        ? claimants.gloss(t, span[0], span[1]) : phrase);
            }
        }
        Sided side = claimants.side(entity != null ? entity.name() : name, description, homeOf(ctx, description), ctx.doc.published());
        if (!side.known() && name.equalsIgnoreCase(ctx.outlet)) side = ctx.outletSide;
        if (side.home()) side = ofBodyNamedBefore(ctx, description, side);
        for (int i = ctx.allSources.size() - 1; i >= 0 && !side.known(); i--) {
            if (ctx.allSources.get(i).name().equals(name)) side = ctx.allSources.get(i).side(); // named again, by fewer words
        }
        if (entity != null && name.equals(entity.name())) name = personName(ctx, entity, side);
        return new Resolved(s, offset, name, side, hedging);
    }

    /**
     * The authorities an official or state body named without a side speaks for: a third country's when its description
     * names a country of neither side ("Lithuania's foreign ministry", "МИД Эстонии"), else the outlet's. The gazetteer's
     * matches are read, not the report's places: those leave out a country inside a body's name ("Посольство Швейцарии").
     */
    private Side homeOf(Scene ctx, List<Token> description) {
        for (Place p : ctx.doc.placeMatches()) {
            if (p.kind() != PlaceKind.COUNTRY || claimants.namesStateSide(p.name())) continue;
            for (Mention m : p.mentions()) {
                for (Token w : description) if (w.start() <= m.start() && m.start() < w.end()) return Side.THIRD_PARTY;
            }
        }
        return ctx.home;
    }

    /**
     * "Jane Roe, head of the mission", "голова місії": a title of a body the report named before, by its head word
     * after "the" or, in Ukrainian and Russian, right after the title, is that body's, not the outlet's authorities'.
     */
    private Sided ofBodyNamedBefore(Scene ctx, List<Token> description, Sided home) {
        for (int k = 1; k < description.size(); k++) {
            Token w = description.get(k);
            boolean definite = English.isDefiniteArticle(Cues.norm(description.get(k - 1).text()));
            boolean afterTitle = w.text().charAt(0) >= 128 && cues.matchAt("title", description, k - 1) == 1;
            List<Token> one = List.of(w);
            if (!definite && !afterTitle || cues.matchAt("org_word", one, 0) == 0 && cues.matchAt("source_head", one, 0) == 0) continue;
            String head = NameKeys.word(w.text());
            if (ctx.outlet != null && ctx.outletSide.known() && EntityLookup.hasWord(ctx.outlet, head)) {
                return new Sided(ctx.outletSide.side(), "of " + ctx.outlet + ", the report's outlet, by " + ctx.outletSide.reason());
            }
            for (int i = ctx.allSources.size() - 1; i >= 0; i--) {
                Resolved r = ctx.allSources.get(i);
                if (r.side().known() && !r.side().home() && saidWith(ctx, r, head)) return new Sided(r.side().side(), "of " + r.name() + ", by " + r.side().reason());
            }
        }
        return home;
    }

    /** An entity's name as a speaker: an occupation official unknown to the registry named in Russian keeps the Russian spelling. */
    private String personName(Scene ctx, Entity entity, Sided side) {
        if (side.side() != Side.OCCUPATION || claimants.actor(entity.name()) != null) return entity.name();
        String russian = EntityLookup.russianName(ctx.doc, entity);
        return russian != null ? russian : entity.name();
    }

    /**
     * An acronym the registries do not know ("ISW", "ЦНС"): the outlet or the latest source named before whose words it
     * is the initials of ("Institute for the Study of War", "Центр національного спротиву").
     */
    private Resolved acronymOf(Scene ctx, String word) {
        if (word.length() < 2 || !word.chars().allMatch(Character::isUpperCase) || claimants.actor(word) != null || claimants.outlet(word) != null) return null;
        if (ctx.outlet != null && word.equalsIgnoreCase(initials(Tokenizer.tokenize(ctx.outlet)))) return new Resolved(null, 0, ctx.outlet, ctx.outletSide, false);
        for (int i = ctx.allSources.size() - 1; i >= 0; i--) {
            Resolved r = ctx.allSources.get(i);
            if (r.source().kind() != Attribution.Kind.NAMED) continue;
            List<Token> t = ctx.tokens.get(r.source().sentence());
            int[] span = clean(t, r.source().from(), r.source().to(), ctx.doc.text());
            if (span != null && word.equalsIgnoreCase(initials(t.subList(span[0], span[1])))) return r;
        }
        return null;
    }

    /** The first letters of a name's words, its short words in lower case ("of", "the", "з") left out. */
    private static String initials(List<Token> words) {
        StringBuilder b = new StringBuilder();
        for (Token w : words) {
            String x = w.text();
            if (Character.isLetter(x.charAt(0)) && (Character.isUpperCase(x.charAt(0)) || x.length() > 3)) b.append(x.charAt(0));
        }
        return b.toString();
    }

    /** The last source named before: in the last sentence that has one, its last source that is not a relay. */
    static Resolved lastNamed(Scene ctx) {
        for (int si = ctx.sourcesBySentence.size() - 1; si >= 0; si--) {
            List<Resolved> named = primary(ctx.sourcesBySentence.get(si).stream()
                    .filter(r -> r.source().kind() != Attribution.Kind.IMPERSONAL).toList());
            if (!named.isEmpty()) return named.get(named.size() - 1);
        }
        return null;
    }

    /** The last source named before that is a body, not a person. */
    private Resolved lastBody(Scene ctx) {
        for (int i = ctx.allSources.size() - 1; i >= 0; i--) {
            Resolved r = ctx.allSources.get(i);
            if (r.source().kind() == Attribution.Kind.NAMED && !namedLikePerson(r.name())) return r;
        }
        return null;
    }

    /**
     * The person named last before offset: a person entity's mention or a source named like a person, whichever
     * came later; failing both, a name-like pair of capitalised words.
     */
    private Resolved lastPerson(Scene ctx, int offset) {
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
            if (r.source().kind() == Attribution.Kind.NAMED && r.offset() < offset && namedLikePerson(r.name())) return r;
        }
        if (best != null) {
            Sided side = claimants.side(best.name(), lookup.context(ctx, best), ctx.home, ctx.doc.published());
            return new Resolved(null, bestStart, personName(ctx, best, side), side, false);
        }
        for (int si = ctx.sentences.size() - 1; si >= 0; si--) {
            List<Token> t = ctx.tokens.get(si);
            for (int k = t.size() - 2; k >= 0; k--) {
                if (t.get(k + 1).end() > offset) continue;
                if (EntityLookup.isNameWord(t.get(k)) && EntityLookup.isNameWord(t.get(k + 1)) && cues.matchAt("org_word", t, k + 1) == 0
                        && cues.matchAt("state_body", t, k) == 0) { // "Власти Херсонской области" opens a sentence
                    String phrase = ctx.doc.text().substring(t.get(k).start(), t.get(k + 1).end());
                    String name = t.get(k).text().charAt(0) >= 128 ? Romanizer.romanizeName(phrase, null) : phrase;
                    return new Resolved(null, t.get(k).start(), name, claimants.side(name, List.of(), ctx.home, ctx.doc.published()), false);
                }
            }
        }
        return null;
    }

    /** Two or three capitalised words, none of them an organisation's ("Jane Roe", not "Research Lab"). */
    private boolean namedLikePerson(String name) {
        List<Token> words = Tokenizer.tokenize(name);
        int possessive = words.size() - 2;
        if (possessive > 0 && English.isPossessiveClitic(Cues.norm(words.get(possessive).text())) && cues.matchAt("subordinate", words, possessive + 1) == 1
                && cues.matchAt("title", words, possessive + 1) == 1) {
            return true; // "Oleksandr Prokudin's spokesperson" is a person too
        }
        if (words.size() < 2 || words.size() > 3) return false;
        for (int k = 0; k < words.size(); k++) {
            if (!EntityLookup.isNameWord(words.get(k)) || cues.matchAt("org_word", words, k) > 0) return false;
        }
        return true;
    }

    /** "police added": the source named before whose name holds the head noun ("Kherson regional police"). */
    private Resolved sourceByHead(Scene ctx, List<Token> t, int[] span, int offset) {
        String head = lookup.referenceHead(t, span);
        if (head == null) return null;
        for (int i = ctx.allSources.size() - 1; i >= 0; i--) {
            Resolved r = ctx.allSources.get(i);
            if (r.offset() < offset - EntityLookup.LOOKBACK_CHARS) break; // as for titles: a bounded look back keeps long reports linear
            if (r.source().kind() == Attribution.Kind.NAMED && (EntityLookup.hasWord(r.name(), head) || saidWith(ctx, r, head))
                    && !r.name().equalsIgnoreCase(head)) return r;
        }
        return null;
    }

    /** Whether the words the report named a source by hold this word: "Розвідка" after "Головного управління розвідки". */
    private static boolean saidWith(Scene ctx, Resolved r, String word) {
        List<Token> t = ctx.tokens.get(r.source().sentence());
        for (int k = r.source().from(); k < r.source().to(); k++) if (NameKeys.word(t.get(k).text()).equals(word)) return true;
        return false;
    }

    /** A phrase that can name a source: a noun of sources or bodies in it, or a short capitalised name. */
    private boolean isSourceLike(List<Token> t, int[] span) {
        List<Token> words = EntityLookup.contentWords(t, span);
        // "the head of the occupation administration in Nova Kakhovka": connecting words do not make a clause.
        long named = words.stream().map(w -> Cues.norm(w.text()))
                .filter(w -> !CONNECTORS.contains(w) && !PLACE_PREPOSITIONS.contains(w)).count();
        if (words.isEmpty() || named > 6) return false;
        for (Token w : words) {
            String lower = Cues.norm(w.text());
            if (lower.charAt(0) < 128 && English.hasParticipleEnding(lower) && lower.length() > 5 && !lower.contains("-")
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
            if (cues.matchAt("generic", t, k) == 1 && AttributionWords.GENERIC_COMPLEMENTS.contains(next) && k + 2 < to) {
                from = k + 2;
                break;
            }
        }
        for (int k = from + 1; k + 1 < to; k++) {
            String w = Cues.norm(t.get(k).text());
            if (!English.isPossessive(w)) continue;
            int g = k + 1;
            while (g + 1 < to && sources.isPlainAdjective(t.get(g))) g++; // "the lab's new report"
            if (cues.matchAt("generic", t, g) == 1) {
                to = k;
                break;
            }
        }
        List<Quantity> leading = numbers.find(t.subList(from, to), text);
        if (!leading.isEmpty() && leading.get(0).from() == 0) from += leading.get(0).to(); // "Two U.S. officials"
        if (from >= to) return null;
        while (to - from > 1 && cues.matchAt("generic", t, to - 1) == 1) to--;
        while (to - from > 1 && (AttributionWords.PHRASE_OPENERS.contains(Cues.norm(t.get(from).text())) || cues.matchAt("lead_adverb", t, from) == 1)) from++;
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

    private static boolean looksLikeCyrillicName(List<Token> t, int[] span) {
        int n = span[1] - span[0];
        if (n < 2 || n > 3) return false;
        for (int k = span[0]; k < span[1]; k++) if (!EntityLookup.isNameWord(t.get(k)) || t.get(k).text().charAt(0) < 128) return false;
        return true;
    }

    /** The sentence's sources without the media that relay them, unless a relay is all there is. */
    static List<Resolved> primary(List<Resolved> sources) {
        List<Resolved> out = sources.stream().filter(r -> !r.source().relay()).toList();
        return out.isEmpty() ? sources : out;
    }
}
