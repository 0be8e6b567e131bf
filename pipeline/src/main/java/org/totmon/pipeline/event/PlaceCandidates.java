package org.totmon.pipeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.TextSpan;
import org.totmon.model.Token;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.event.EventLexicon.Cue;
import org.totmon.pipeline.rules.TokenPattern;
import org.totmon.pipeline.rules.Tokens;
import org.totmon.pipeline.text.English;
import org.totmon.pipeline.text.Morphology;

/**
 * The place mentions in a span that may say where an event happened, each with whether a locative or destination
 * word stands before it. Part of {@link EventAnnotator}.
 */
final class PlaceCandidates {
    private PlaceCandidates() {}

    /** A place mention that may say where an event happened. */
    record Located(Place place, Mention mention, boolean locative, boolean destination) {
        /** A country named only as where people are taken: a deportation's place, no anchor or place of anything else. */
        boolean destinationOnly() {
            return place.kind() == PlaceKind.COUNTRY && !locative;
        }
    }

    /**
     * The mentions in the span that can be an event's place: not inside a name ("Kyiv Post", "Geneva Conventions"),
     * not a possessive ("Moscow's proxies") or a compound ("Moscow-installed"), not a person's surname, and a country
     * or a seat of government only after a locative word, since named bare it is mostly an actor ("Russia is holding
     * elections", "Kyiv called the vote void").
     */
    static List<Located> candidates(Document doc, EventLexicon lexicon, TextSpan span) {
        List<Located> out = new ArrayList<>();
        for (Place p : doc.places()) {
            for (Mention m : p.mentions()) {
                if (m.start() < span.start() || m.end() > span.end() || dateline(doc, m) || insideEntity(doc, m)
                        || (possessive(doc, m) && p.kind() != PlaceKind.REGION) || compound(doc, m)
                        || surname(doc, m) || (doc.language().equals("en") && beforeName(doc, lexicon, m)) || after(doc, lexicon, Cue.REFERENCE, span, m)) continue;
                boolean destination = after(doc, lexicon, Cue.DESTINATION, span, m);
                boolean locative = locative(doc, lexicon, span, m, destination);
                if (p.kind() == PlaceKind.COUNTRY && !locative && !destination) continue;
                if (government(doc, span, p, m, locative)) continue;
                out.add(new Located(p, m, locative, destination));
            }
        }
        return out;
    }

    /**
     * Whether the mention names a seat of government bare ("Kyiv handed over nine soldiers"): the government, not a
     * place; after a locative word ("in Kyiv", not "в Москву") or "of" ("the mayor of Kyiv") it is the city.
     */
    static boolean government(Document doc, EventLexicon lexicon, TextSpan span, Place p, Mention m) {
        return EventWords.SEATS.contains(p.name())
                && government(doc, span, p, m, locative(doc, lexicon, span, m, after(doc, lexicon, Cue.DESTINATION, span, m)));
    }

    /** {@link #government} with the mention's locative reading worked out already. */
    private static boolean government(Document doc, TextSpan span, Place p, Mention m, boolean locative) {
        return EventWords.SEATS.contains(p.name()) && !locative && !afterOf(doc, span, m);
    }

    /** After a locative word, unless it is also a destination's and the place a direction ("в Москву"). */
    private static boolean locative(Document doc, EventLexicon lexicon, TextSpan span, Mention m, boolean destination) {
        return after(doc, lexicon, Cue.LOCATIVE, span, m) && !(destination && direction(doc, m));
    }

    /**
     * A wire dateline ("МЕЛИТОПОЛЬ, 11 сентября. /ТАСС/.", "KYIV, Sept 28 (Reuters)"): a capitalised place opening a
     * line, right before a comma. It says where the report was filed, not where what it tells happened.
     */
    private static boolean dateline(Document doc, Mention m) {
        String text = doc.text();
        int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
        return text.substring(lineStart, m.start()).isBlank() && m.text().equals(m.text().toUpperCase(Locale.ROOT))
                && m.end() < text.length() && text.charAt(m.end()) == ',';
    }

    private static boolean possessive(Document doc, Mention m) {
        List<Token> after = doc.tokensIn(m.end(), Math.min(doc.text().length(), m.end() + 2));
        return !after.isEmpty() && after.get(0).start() == m.end() && English.isPossessiveClitic(EventLexicon.fold(after.get(0).text()));
    }

    /** A place right after "of": "the mayor of Kyiv" names the city, not its government. */
    private static boolean afterOf(Document doc, TextSpan span, Mention m) {
        List<Token> before = doc.tokensIn(span.start(), m.start());
        return !before.isEmpty() && English.isOf(EventLexicon.fold(before.get(before.size() - 1).text()));
    }

    /** A place written as the first part of a compound: "Moscow-installed", "Kremlin-backed". */
    private static boolean compound(Document doc, Mention m) {
        String text = doc.text();
        return m.end() + 1 < text.length() && text.charAt(m.end()) == '-' && Character.isLetter(text.charAt(m.end() + 1));
    }

    /** A place name that is the surname of a person the report names ("Батурин" after "Олега Батурина"). */
    private static boolean surname(Document doc, Mention m) {
        String place = EventLexicon.fold(m.text());
        if (place.contains(" ")) return false;
        for (Entity e : doc.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            for (Mention pm : e.mentions()) {
                String[] parts = pm.text().split("\\s+");
                String last = EventLexicon.fold(parts[parts.length - 1]);
                if (parts.length > 1 && last.length() >= 4 && Math.abs(last.length() - place.length()) <= 2
                        && (last.startsWith(place) || place.startsWith(last))) return true;
            }
        }
        return false;
    }

    /**
     * An English place name followed by a capitalised word that is no place: part of a name ("Geneva Conventions"),
     * unless the name is of a gathering held there ("St. Petersburg International Economic Forum").
     */
    private static boolean beforeName(Document doc, EventLexicon lexicon, Mention m) {
        List<Token> next = doc.tokensIn(m.end(), Math.min(doc.text().length(), m.end() + 60));
        // "in Skadovsk I handed": the pronoun is capitalised but names nothing.
        if (next.isEmpty() || next.get(0).start() != m.end() + 1 || !next.get(0).isCapitalized() || English.isCapitalisedPronoun(next.get(0).text())) return false;
        for (Place p : doc.places()) for (Mention o : p.mentions()) if (o.start() <= next.get(0).start() && o.end() >= next.get(0).end()) return false;
        List<String> name = next.stream().takeWhile(Token::isCapitalized).map(t -> EventLexicon.fold(t.text())).toList();
        return lexicon.cues(Cue.GATHERING).stream().noneMatch(p -> name.stream().anyMatch(w -> p.matchAt(List.of(w), 0) == 1));
    }

    static boolean insideEntity(Document doc, Mention place) {
        for (Entity e : doc.entities()) {
            for (Mention m : e.mentions()) if (m.start() <= place.start() && m.end() >= place.end()) return true;
        }
        return false;
    }

    /**
     * Whether the place, after a word of both place and direction ("в", "на"), is in no locative form: where something
     * goes ("вхождение в Россию", "в Херсон"), not where it is ("в России", "в Херсоне"). Unknown words do not tell.
     */
    private static boolean direction(Document doc, Mention place) {
        Morphology morphology = Morphology.of(doc.language());
        boolean known = false;
        for (Token t : doc.tokensIn(place.start(), place.end())) {
            List<Morphology.Analysis> readings = morphology.analyses(Morphology.fold(t.text()));
            if (readings.isEmpty()) continue;
            if (!morphology.neverIn("locative", readings)) return false;
            known = true;
        }
        return known;
    }

    /** Whether a phrase of the cue (locative, destination) ends right before the place mention. */
    private static boolean after(Document doc, EventLexicon lexicon, Cue cue, TextSpan span, Mention place) {
        List<Token> before = doc.tokensIn(span.start(), place.start());
        List<String> words = new ArrayList<>(before.subList(Math.max(0, before.size() - 5), before.size()).stream()
                .map(t -> EventLexicon.fold(t.text())).toList());
        if (!words.isEmpty() && English.isDefiniteArticle(words.get(words.size() - 1))) words.remove(words.size() - 1); // "territory of the Russian Federation"
        // As the lexicon's patterns read them, once: each pattern would otherwise fold the words again at each position.
        Tokens read = Tokens.of(words, Morphology.of(lexicon.language()));
        for (TokenPattern p : lexicon.cues(cue)) {
            for (int i = 0; i < read.size(); i++) if (p.matchAt(read, i) == read.size()) return true;
        }
        return false;
    }
}
