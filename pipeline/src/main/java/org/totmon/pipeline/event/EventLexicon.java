package org.totmon.pipeline.event;

import org.totmon.model.Modality;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.totmon.pipeline.Tsv;

/**
 * The words of one language that signal events and how they are told, read from {@code events-LANG.tsv}.
 * A row is a key (an {@link EventKind} or a {@link Cue}), a phrase, and for event kinds a strength.
 * A phrase is words separated by spaces, matched token by token ignoring case: {@code word} matches that word,
 * {@code stem*} any word beginning so (for inflected Ukrainian and Russian), {@code ..} up to four other words.
 * A strong trigger tells a happening by itself ("was shot dead", "depor*ed"); a weak one is a noun that names a
 * kind of happening ("elections", "passports") and counts only with an anchor in its clause.
 */
public final class EventLexicon {
    /** Words that say how an event is told, or where. */
    public enum Cue {
        /** Right before a trigger, cancels it ("not", "не"). */
        NEGATION,
        /** In the clause, makes the event {@link Modality#DENIED}. */
        DENIED,
        /** In the clause, makes the event {@link Modality#CLAIMED}. */
        CLAIMED,
        /** In the clause, makes the event {@link Modality#PLANNED}. */
        PLANNED,
        /** In the clause, says the event is not recent news, so the publication month is no date for it. */
        REMOTE,
        /** Right before a place, says the place is where something is ("in", "near", "у", "под"). */
        LOCATIVE,
        /** Right before a place, says something comes from it ("from", "з", "из"): where people are taken from is where a deportation happens. */
        ORIGIN,
        /** Begins a relative clause ("who", "який", "которую"): a trigger in it describes a person named before, not a new happening. */
        RELATIVE,
        /** Over a trigger, says it describes a standing state, not a happening ("temporarily captured", "liberated areas"). */
        STATE,
        /**
         * A verb of seizing whose kind its object decides: a person seized is a detention, a town seized is combat
         * ("seized Fedorov", "захопили місто").
         */
        CAPTURE,
        /** The passive of a {@link #CAPTURE} verb, whose subject before it is what was seized ("was seized", "захоплено"). */
        CAPTURED,
        /** One person as the object of a verb ("the mayor", "him", "директорку"): seizing or taking them away is a detention. */
        PERSON,
        /** People as a group ("residents", "activists", "мешканців"): seizing them is a detention. */
        PEOPLE,
        /** Soldiers ("conscripts", "військових"): seizing them is combat. */
        MILITARY,
        /** Things ("property", "grain", "майно"): seizing them is no event of a listed kind. */
        GOODS,
        /** A verb of saying: who says it and when is the source of what follows, not its actor or date ("said", "заявив"). */
        SPEECH,
        /** Names the source of what follows up to the next comma ("according to", "за даними"). */
        SOURCE,
        /** Right before a trigger, makes it a reference to an earlier happening ("after the", "під час", "после"). */
        BACKGROUND,
        /** Right before a trigger, makes it a possibility or a call, not a happening ("may be deported", "calling on them to boycott"). */
        HYPOTHETICAL,
        /**
         * Anywhere before a trigger in its clause, frames what follows as a belief, a hope, a demand or a report's
         * subject, not a happening ("is convinced that the city will be freed", "calls on Russia to release",
         * "this report documents the detention"); a condemnation is the statement itself and stays.
         */
        FRAME,
        /**
         * In the clause, says what it tells is a practice that recurs ("often", "routinely", "щодня"): a standing
         * situation, no event unless the clause names its own place or date.
         */
        HABITUAL,
        /** Next to a year, makes it a birth year, never an event's date ("born in", "року народження"). */
        BIRTH,
        /** Right before a one-word participle, makes it an attribute ("the annexed regions", "nine captured soldiers"). */
        DETERMINER,
        /** Names a decree ("decree", "указом"): a decree told vaguely and by its topic elsewhere is one event. */
        DECREE,
        /** Names a town or village without its name ("the city", "місто", "в городе"): the last one named before it. */
        SETTLEMENT_ANAPHOR,
        /** Names a region without its name ("the region", "в області", "области"): the last one named before it. */
        REGION_ANAPHOR,
        /** Names a power plant or station without its name ("the plant", "станції", "АЭС"): the last one named before it. */
        PLANT_ANAPHOR,
        /**
         * An institution named without its place ("закладу", "the orphanage"): after an origin word, people are taken
         * from where it is, the place named before, not from where they are taken to.
         */
        INSTITUTION
    }

    /** A trigger of an event kind. */
    public record Trigger(EventKind kind, Phrase phrase, boolean strong) {}

    private static final int MAX_GAP = 4;

    private final List<Trigger> triggers;
    private final Map<Cue, List<Phrase>> cues;

    private EventLexicon(List<Trigger> triggers, Map<Cue, List<Phrase>> cues) {
        this.triggers = List.copyOf(triggers);
        this.cues = cues;
    }

    public List<Trigger> triggers() { return triggers; }

    public List<Phrase> cues(Cue cue) { return cues.getOrDefault(cue, List.of()); }

    /** The bundled lexicon of a language ({@code en}, {@code uk} or {@code ru}). */
    public static EventLexicon bundled(String language) {
        return of(Tsv.resource(EventLexicon.class, "/org/totmon/pipeline/event/events-" + language + ".tsv"));
    }

    /** Reads a lexicon; a malformed row is an error naming the source and line. */
    public static EventLexicon parse(InputStream in, String source) throws IOException {
        return of(Tsv.read(in, source));
    }

    private static EventLexicon of(List<Tsv.Row> rows) {
        List<Trigger> triggers = new ArrayList<>();
        Map<Cue, List<Phrase>> cues = new EnumMap<>(Cue.class);
        for (Tsv.Row row : rows) {
            String[] f = row.fields();
            String where = row.source() + ":" + row.line() + ": ";
            if (f.length < 2) throw row.error("expected key, phrase[, strength] separated by tabs");
            String key = row.field(0).toUpperCase(Locale.ROOT);
            Phrase phrase = Phrase.parse(f[1], where);
            if (isCue(key)) {
                if (f.length != 2) throw row.error("a cue row has a key and a phrase only");
                cues.computeIfAbsent(Cue.valueOf(key), k -> new ArrayList<>()).add(phrase);
                continue;
            }
            EventKind kind;
            try {
                kind = EventKind.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw row.error("unknown key '" + f[0] + "': an event kind or a cue");
            }
            if (f.length != 3 || !(row.field(2).equals("strong") || row.field(2).equals("weak"))) {
                throw row.error("a trigger row ends with strength 'strong' or 'weak'");
            }
            triggers.add(new Trigger(kind, phrase, row.field(2).equals("strong")));
        }
        return new EventLexicon(triggers, cues);
    }

    private static boolean isCue(String key) {
        for (Cue c : Cue.values()) if (c.name().equals(key)) return true;
        return false;
    }

    /** Lower case, one apostrophe, ё as е: the form in which words and phrases are compared. */
    public static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'').replace('`', '\'').replace('ё', 'е');
    }

    /** A pattern over folded words. */
    public static final class Phrase {
        private final String[] items;

        private Phrase(String[] items) {
            this.items = items;
        }

        static Phrase parse(String text, String where) {
            String[] items = text.strip().split("\\s+");
            if (items.length == 0 || items[0].isEmpty()) throw new IllegalArgumentException(where + "empty phrase");
            if (items[0].equals("..") || items[items.length - 1].equals("..")) {
                throw new IllegalArgumentException(where + "a phrase cannot begin or end with '..'");
            }
            for (int i = 0; i < items.length; i++) {
                if (items[i].equals("*")) throw new IllegalArgumentException(where + "a lone '*' matches nothing");
                items[i] = fold(items[i]);
            }
            return new Phrase(items);
        }

        /** The index after the match of this phrase starting at {@code from}, or -1. */
        public int matchAt(List<String> words, int from) {
            return match(words, from, 0);
        }

        private int match(List<String> words, int at, int item) {
            if (item == items.length) return at;
            String it = items[item];
            if (it.equals("..")) {
                for (int skip = 0; skip <= MAX_GAP && at + skip <= words.size(); skip++) {
                    int end = match(words, at + skip, item + 1);
                    if (end >= 0) return end;
                    if (at + skip < words.size() && isStop(words.get(at + skip))) break;
                }
                return -1;
            }
            if (at >= words.size() || !matchesWord(it, words.get(at))) return -1;
            return match(words, at + 1, item + 1);
        }

        private static boolean isStop(String w) {
            return w.equals(".") || w.equals(";") || w.equals("?") || w.equals("!");
        }

        private static boolean matchesWord(String item, String word) {
            if (item.endsWith("*")) return word.startsWith(item.substring(0, item.length() - 1));
            return word.equals(item);
        }

        /** The first match anywhere in {@code words}: {from, end}, or null. */
        public int[] find(List<String> words) {
            for (int i = 0; i < words.size(); i++) {
                int end = matchAt(words, i);
                if (end >= 0) return new int[] {i, end};
            }
            return null;
        }

        @Override
        public String toString() { return String.join(" ", items); }
    }
}
