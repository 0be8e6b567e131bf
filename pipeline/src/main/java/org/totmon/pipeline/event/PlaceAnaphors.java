package org.totmon.pipeline.event;

import java.util.List;
import java.util.Locale;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.event.EventLexicon.Cue;
import org.totmon.pipeline.rules.TokenPattern;

/** The place a word such as "the city", "в області" or "the plant" stands for. Part of {@link EventAnnotator}. */
final class PlaceAnaphors {
    private PlaceAnaphors() {}

    /**
     * The place a word such as "the city", "в області" or "the plant" in the clause stands for: the last place of its
     * kind named before it in the report, however far back, rather than whatever place the sentences just before
     * name ("the city" after a sentence about Crimea is still Melitopol). A plant or station is a place whose name
     * says so ("Zaporizhzhia Nuclear Power Plant"), not a reservoir or a bridge. A region word after towns only stands
     * for the region named like the last of them that has one ("Kherson … the region" is Kherson Oblast). Empty when
     * the clause has no such word or nothing of its kind was named before.
     */
    static List<String> antecedent(Document doc, EventLexicon lexicon, List<Token> tokens, List<String> words) {
        for (Cue cue : List.of(Cue.SETTLEMENT_ANAPHOR, Cue.REGION_ANAPHOR, Cue.PLANT_ANAPHOR)) {
            for (TokenPattern p : lexicon.cues(cue)) {
                for (int i = 0; i < words.size(); i++) {
                    // "области" in "Избирательная комиссия Херсонской области" is part of a region's name, not a word for one.
                    if (p.matchAt(words, i) < 0 || inPlaceName(doc, tokens.get(i))) continue;
                    Place found = lastBefore(doc, lexicon, tokens.get(i).start(), cue);
                    if (found != null) return List.of(found.name());
                    String region = cue == Cue.REGION_ANAPHOR ? namesakeBefore(doc, tokens.get(i).start()) : null;
                    if (region != null) return List.of(region);
                }
            }
        }
        return List.of();
    }

    private static boolean inPlaceName(Document doc, Token word) {
        for (Place p : doc.placeMatches()) {
            for (Mention m : p.mentions()) if (m.start() <= word.start() && word.end() <= m.end()) return true;
        }
        return false;
    }

    /** The place of the anaphor's kind last named before the offset, outside a name and not standing for a government. */
    private static Place lastBefore(Document doc, EventLexicon lexicon, int offset, Cue cue) {
        Place last = null;
        int lastAt = -1;
        TextSpan before = new TextSpan(0, offset);
        for (Place p : doc.places()) {
            if (!refersTo(p, cue)) continue;
            for (Mention m : p.mentions()) {
                if (m.end() <= offset && m.start() > lastAt && !PlaceCandidates.insideEntity(doc, m)
                        && !PlaceCandidates.government(doc, lexicon, before, p, m)) {
                    last = p;
                    lastAt = m.start();
                }
            }
        }
        return last;
    }

    /** The region named like the last town named before the offset that shares its name with one; null for none. */
    private static String namesakeBefore(Document doc, int offset) {
        String region = null;
        int lastAt = -1;
        for (Place p : doc.places()) {
            // A seat of government named bare stands for the government ("named by Moscow"), not for a place.
            if (p.kind() != PlaceKind.SETTLEMENT || EventWords.SEATS.contains(p.name())) continue;
            for (Mention m : p.mentions()) {
                if (m.end() > offset || m.start() <= lastAt || PlaceCandidates.insideEntity(doc, m)) continue;
                String named = Namesakes.regionOf(p.name());
                if (named != null) {
                    region = named;
                    lastAt = m.start();
                }
            }
        }
        return region;
    }

    private static boolean refersTo(Place p, Cue anaphor) {
        return switch (anaphor) {
            case SETTLEMENT_ANAPHOR -> p.kind() == PlaceKind.SETTLEMENT;
            case REGION_ANAPHOR -> p.kind() == PlaceKind.REGION;
            default -> p.kind() == PlaceKind.OTHER && EventWords.PLANT_WORDS.stream().anyMatch(w -> p.name().toLowerCase(Locale.ROOT).contains(w));
        };
    }
}
