package org.totmon.pipeline.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.totmon.linker.PlaceRef;
import org.totmon.linker.Regions;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.References;
import org.totmon.pipeline.event.EventLexicon.Cue;
import org.totmon.pipeline.event.PlaceCandidates.Located;
import org.totmon.pipeline.event.TriggerHits.Hit;
import org.totmon.pipeline.place.Gazetteer;
import org.totmon.pipeline.place.GazetteerRegions;
import org.totmon.pipeline.rules.Tokens;
import org.totmon.pipeline.text.Conjunctions;
import org.totmon.pipeline.text.English;

/**
 * Where an event happens: of the place mentions that may say so ({@link PlaceCandidates}), the one or ones the
 * trigger tells of, else ({@link PlaceAnaphors}) the place a word such as "the city" stands for, else one carried from the sentences before
 * (else {@link ReportPlace}); and the GeoNames id of the result. Part of {@link EventAnnotator}.
 */
final class EventPlaces {
    /** The sentences before an event whose places it may take ({@link #contextPlace}; {@link PlaceOptions} too). */
    static final int CONTEXT_SENTENCES = 2;
    /** Words an origin word may stand before its place ("from the occupied part of ..."). */
    private static final int ORIGIN_REACH = 4;
    /** Words between a trigger and a place that is its object ("recaptured the village of Neskuchne"). */
    private static final int OBJECT_REACH = 3;
    /** At most so many words (a comma, "in the") between a place and the region that locates it. */
    private static final int LOCATING_GAP = 3;

    private EventPlaces() {}

    /**
     * A vote's result told of a city that names its region ("87 percent of those in Kherson") is the region's: the
     * occupation counts its votes by region, and the city stands for it. A capital stands for its government ("В Киеве
     * выборы назвали фикцией"). The caller asks only of a result: where people are made to vote ("У Донецьку людей
     * змушували голосувати") is the town.
     */
    static String votingRegion(String place) {
        if (place == null || EventWords.SEATS.contains(place)) return place;
        String region = Namesakes.regionOf(place);
        return region != null ? region : place;
    }

    /** How many words before a place a share of votes may stand and still be that place's result. */
    private static final int RESULT_GAP = 6;

    /**
     * The places of a vote's results listed in one sentence ("98 percent of Luhansk residents …, 93 percent of those in
     * Zaporizhzhia, and 87 percent of those in Kherson"): each settlement or region with a share of votes just before
     * it is a vote of its own, added after {@code places}.
     */
    static List<String> withResultPlaces(Document doc, EventLexicon lexicon, TextSpan sentence, List<String> places) {
        List<String> out = new ArrayList<>(places);
        Tokens words = Tokens.of(doc, doc.tokensIn(sentence.start(), sentence.end()));
        for (Located c : PlaceCandidates.candidates(doc, lexicon, sentence)) {
            PlaceKind kind = c.place().kind();
            if (kind != PlaceKind.SETTLEMENT && kind != PlaceKind.REGION || out.contains(c.place().name())) continue;
            int at = doc.tokensIn(sentence.start(), c.mention().start()).size();
            for (int i = Math.max(0, at - RESULT_GAP); i < at; i++) {
                int i0 = i;
                if (lexicon.cues(Cue.RESULT).stream().anyMatch(p -> p.matchAt(words, i0) > 0)) {
                    out.add(c.place().name());
                    break;
                }
            }
        }
        return out;
    }

    /** Whether {@code settlement} names a settlement that lies in the region {@code region} names, by the gazetteer. */
    static boolean settlementIn(String settlement, String region) {
        Regions.Region r = GazetteerRegions.standard().of(new Place(settlement, PlaceKind.SETTLEMENT, 0, 0, null, List.of()));
        return r != null && region.equals(r.admin1());
    }

    /**
     * Whether the report's place named {@code water} is a body of water and its place named {@code place} a town or
     * region near it, as the linker judges it ({@link PlaceRef#nearWater}).
     */
    static boolean nearWater(Document doc, String water, String place) {
        Place w = named(doc, water), p = named(doc, place);
        if (w == null || p == null) return false;
        Regions regions = GazetteerRegions.standard();
        PlaceRef ref = PlaceRef.of(w, regions);
        return ref.kind() == PlaceKind.WATER && ref.nearWater(PlaceRef.of(p, regions));
    }

    /** The report's place of that name, or null. */
    static Place named(Document doc, String name) {
        if (name == null) return null;
        for (Place p : doc.places()) if (p.name().equals(name)) return p;
        return null;
    }

    /** Whether the report's place of that name is a country. */
    static boolean country(Document doc, String place) {
        return place != null && doc.places().stream().anyMatch(p -> p.name().equals(place) && p.kind() == PlaceKind.COUNTRY);
    }

    /** The GeoNames id of the event's place: the report's place of that name, else the region an election stands for. */
    static Long placeId(Document doc, String place) {
        Long id = References.geonamesId(doc.places(), place);
        if (id != null || place == null) return id;
        return Gazetteer.standard().lookup(place).stream().filter(e -> e.name().equals(place)).map(Gazetteer.Entry::geonamesId)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The candidates without those in a relative clause after the trigger that describes a place ("fighting continued
     * in the Donetsk region, where Russian forces have been attacking around Bakhmut" happens in the region; the
     * relative clause tells about it). A relative clause about something else may say where the event is ("a forum
     * of the movement, which is held in Melitopol") and stays.
     */
    static List<Located> mainClause(EventLexicon lexicon, List<Token> tokens, List<String> words, List<Located> candidates, Hit hit) {
        int opening = relativeOpening(lexicon, words, hit.from());
        if (opening >= 0) candidates = candidates.stream().filter(c -> c.mention().start() > tokens.get(opening).start()).toList();
        int relative = TriggerHits.relativeAfter(lexicon, words, hit.to());
        if (relative < 2 || relative >= words.size() || !words.get(relative - 1).equals(",")) return candidates;
        int comma = tokens.get(relative - 1).start();
        if (candidates.stream().noneMatch(c -> c.mention().end() == tokens.get(relative - 2).end())) return candidates;
        return candidates.stream().filter(c -> c.mention().end() <= comma).toList();
    }

    /**
     * The place a passive trigger tells of: the clause's first place when it comes before the trigger without a
     * locative word, its subject ("The Kakhovka Dam, downstream of the plant, was destroyed"; "Overnight, the
     * Antonivskyi Bridge, near Kherson, was blown up"). Null when there is none.
     */
    static Located subject(List<Located> candidates, int triggerAt) {
        Located first = candidates.stream().min(Comparator.comparingInt((Located c) -> c.mention().start())).orElse(null);
        return first != null && first.mention().end() <= triggerAt && !first.locative() ? first : null;
    }

    /**
     * Where the relative clause that holds the trigger opens (", которых ранее вывезли из Херсонской области в Крым"):
     * the last relative pronoun after a comma before it, with no comma between; -1 when the trigger is in no such
     * clause. The places before it are the main clause's ("в Украину вернули"), not the trigger's.
     */
    private static int relativeOpening(EventLexicon lexicon, List<String> words, int triggerAt) {
        for (int i = triggerAt - 1; i >= 1; i--) {
            if (words.get(i).equals(",")) return -1;
            int at = i;
            if (words.get(i - 1).equals(",") && lexicon.cues(Cue.RELATIVE).stream().anyMatch(p -> p.matchAt(words, at) >= 0)) return i;
        }
        return -1;
    }

    private static int specificity(PlaceKind kind) {
        return switch (kind) {
            case SETTLEMENT, OTHER, WATER -> 3;
            case REGION -> 2;
            case COUNTRY -> 1;
        };
    }

    /**
     * The places an event happens in, of the candidates: the best mention by locative word, specificity and nearness
     * to the trigger, and a second settlement joined to it by "and" ("in Berdiansk and Luhansk": two sites, two
     * events); regions so joined are one act's scope ("in Kherson and Zaporizhzhia oblasts"), not two events. Empty
     * when none; {@link #SEVERAL_REGIONS} for a list of regions, except the origins of a deportation. A deportation
     * within the country happens where people are taken from ("вивезли дітей з Олешок до Криму", "from the occupied
     * part of Zaporizhzhia Oblast"); across a state border, in the state they are taken to or held in ("to Russia",
     * "на територію Росії"), as the law tells deportation from transfer. A place that is the trigger's object
     * ("liberated the village of Neskuchne", "звільнили Роботине") counts as one after a locative word. A trigger
     * that brings people somewhere ({@code toDestination}: children returned) happens where they are brought.
     */
    static List<String> places(Document doc, EventLexicon lexicon, EventKind kind, boolean toDestination, List<Located> candidates,
                               int triggerAt, int triggerEnd) {
        Located best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Located c : candidates) {
            boolean country = c.place().kind() == PlaceKind.COUNTRY;
            if (c.destinationOnly() && kind != EventKind.DEPORTATION && !toDestination) continue;
            // A statement is made where it is said to be made ("in The Hague"), not where what it names happened.
            if (kind == EventKind.CONDEMNATION && !c.locative()) continue;
            if (locatesAnother(doc, lexicon, candidates, c)) continue;
            int distance = doc.tokensIn(Math.min(c.mention().start(), triggerAt), Math.max(c.mention().start(), triggerAt)).size();
            boolean origin = kind == EventKind.DEPORTATION && origin(doc, lexicon, c.mention());
            boolean abroad = kind == EventKind.DEPORTATION && country && !origin && (c.locative() || c.destination());
            boolean object = object(doc, triggerEnd, c.mention());
            double score = (c.locative() || toDestination && c.destination() || object || origin || abroad ? 2 : 0) + (origin ? 2 : 0) + (abroad ? 4 : 0)
                    + specificity(c.place().kind()) - distance / 5.0;
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        if (best == null) return List.of();
        List<String> out = new ArrayList<>(List.of(best.place().name()));
        // Of a deportation's origins ("from the Kherson and Kharkiv oblasts") the first named stands for the list.
        if (best.place().kind() == PlaceKind.REGION) return kind != EventKind.DEPORTATION && inRegionList(doc, candidates, best) ? SEVERAL_REGIONS : out;
        for (Located joined : listedAfter(doc, candidates, best)) if (!out.contains(joined.place().name())) out.add(joined.place().name());
        return out;
    }

    /**
     * Whether the region only says where another place named right before it lies ("Каховської ГЕС в Херсонській
     * області", "Nova Kakhovka, in the Kherson region"): that place, not the region, is where the event is.
     */
    private static boolean locatesAnother(Document doc, EventLexicon lexicon, List<Located> candidates, Located region) {
        if (region.place().kind() != PlaceKind.REGION || !region.locative()) return false;
        for (Located c : candidates) {
            if (c.place().kind() == PlaceKind.REGION || c.place().kind() == PlaceKind.COUNTRY || c.mention().end() > region.mention().start()) continue;
            List<Token> between = doc.tokensIn(c.mention().end(), region.mention().start());
            if (between.size() <= LOCATING_GAP && between.stream().map(t -> EventLexicon.fold(t.text()))
                    .allMatch(w -> w.equals(",") || English.isDefiniteArticle(w) || lexicon.cues(Cue.LOCATIVE).stream().anyMatch(p -> p.matchAt(List.of(w), 0) == 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The places of an act over a list of regions ("referendums in the Donetsk, Luhansk and Kherson oblasts"): one event
     * with no single place, which is neither the first region's nor one carried from elsewhere.
     */
    static final List<String> SEVERAL_REGIONS = Collections.singletonList(null);

    private static boolean inRegionList(Document doc, List<Located> candidates, Located region) {
        if (!listedAfter(doc, candidates, region).isEmpty()) return true;
        for (Located c : candidates) {
            if (c != region && c.place().kind() == PlaceKind.REGION && listedAfter(doc, candidates, c).contains(region)) return true;
        }
        return false;
    }

    /**
     * The candidates of the same kind listed right after {@code first} up to and including one after "and": "in
     * Berdiansk and Luhansk", "Степногірськ, Малу Токмачку та Комишуваху", "Kherson, Mykolaiv, and Odesa". Without
     * "and" a comma joins no list ("in Melitopol, Zaporizhzhia Oblast"): empty.
     */
    private static List<Located> listedAfter(Document doc, List<Located> candidates, Located first) {
        List<Located> out = new ArrayList<>();
        Located last = first;
        while (true) {
            List<Token> next = doc.tokensIn(last.mention().end(), Math.min(doc.text().length(), last.mention().end() + 12));
            if (next.isEmpty()) return List.of();
            int gap = 0;
            boolean and = Conjunctions.AND.contains(EventLexicon.fold(next.get(0).text()));
            if (!and && next.get(0).text().equals(",")) {
                gap = 1;
                and = next.size() > 1 && Conjunctions.AND.contains(EventLexicon.fold(next.get(1).text()));
                if (and) gap = 2;
            } else if (and) {
                gap = 1;
            }
            if (gap == 0) return List.of();
            Located item = adjacent(doc, candidates, last, next.get(gap - 1));
            if (item == null) return List.of();
            out.add(item);
            if (and) return out;
            last = item;
        }
    }

    /** The candidate of {@code first}'s kind that begins right after the token. */
    private static Located adjacent(Document doc, List<Located> candidates, Located first, Token before) {
        for (Located c : candidates) {
            if (c.place().kind() == first.place().kind() && c.mention().start() > before.start()
                    && doc.tokensIn(before.end(), c.mention().start()).isEmpty()) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether the place is where something comes from: an origin word before it, with at most a few words of its
     * phrase between ("з окупованої частини Запорізької області") and no other locative word or punctuation.
     */
    private static boolean origin(Document doc, EventLexicon lexicon, Mention place) {
        List<Token> before = doc.tokensIn(Math.max(0, place.start() - 60), place.start());
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - ORIGIN_REACH); k--) {
            List<String> word = List.of(EventLexicon.fold(before.get(k).text()));
            if (lexicon.cues(Cue.ORIGIN).stream().anyMatch(p -> p.matchAt(word, 0) == 1)) return true;
            if (TriggerHits.punctuation(word.get(0)) || lexicon.cues(Cue.LOCATIVE).stream().anyMatch(p -> p.matchAt(word, 0) == 1)) return false;
        }
        return false;
    }

    /**
     * Whether the clause names where people are taken from by an institution alone ("вивезли з закладу 15 вихованців до
     * Криму", "removed from the orphanage"): an origin word, at most one word, an institution, and no place right after it.
     */
    static boolean fromInstitution(EventLexicon lexicon, List<Token> tokens, List<String> words, List<Located> inClause) {
        for (int i = 0; i < words.size(); i++) {
            int at = i;
            if (lexicon.cues(Cue.ORIGIN).stream().noneMatch(p -> p.matchAt(words, at) == at + 1)) continue;
            for (int j = i + 1; j <= Math.min(i + 2, words.size() - 1); j++) {
                int noun = j;
                if (lexicon.cues(Cue.INSTITUTION).stream().noneMatch(p -> p.matchAt(words, noun) > noun)) continue;
                int reach = tokens.get(Math.min(words.size() - 1, noun + 3)).end();
                return inClause.stream().noneMatch(c -> c.mention().start() > tokens.get(noun).start() && c.mention().start() < reach);
            }
        }
        return false;
    }

    /** A place right after the trigger, or after "the village of": what the verb acts on. */
    private static boolean object(Document doc, int triggerEnd, Mention place) {
        if (place.start() < triggerEnd) return false;
        List<Token> between = doc.tokensIn(triggerEnd, place.start());
        return between.isEmpty() || (between.size() <= OBJECT_REACH && English.isOf(EventLexicon.fold(between.get(between.size() - 1).text()))
                && between.stream().noneMatch(t -> TriggerHits.punctuation(t.text())));
    }

    /** The last place named in the sentences just before, read back to front. */
    static List<String> contextPlace(Document doc, EventLexicon lexicon, List<TextSpan> sentences, int si) {
        for (int k = si - 1; k >= Math.max(0, si - CONTEXT_SENTENCES); k--) {
            TextSpan s = sentences.get(k);
            if (doc.isBoilerplate(s.start(), s.end())) continue;
            Located last = null;
            for (Located c : PlaceCandidates.candidates(doc, lexicon, s)) {
                if (c.destinationOnly()) continue;
                if (last == null || c.mention().start() > last.mention().start()) last = c;
            }
            if (last != null) return List.of(last.place().name());
        }
        return List.of();
    }
}
