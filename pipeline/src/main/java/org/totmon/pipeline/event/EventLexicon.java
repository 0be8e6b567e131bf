package org.totmon.pipeline.event;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.totmon.pipeline.ModalCue;
import org.totmon.model.Tsv;
import org.totmon.pipeline.rules.PatternIndex;
import org.totmon.pipeline.rules.RuleRows;
import org.totmon.pipeline.rules.TokenPattern;
import org.totmon.pipeline.rules.Tokens;
import org.totmon.pipeline.text.Morphology;

/**
 * The words of one language that signal events and how they are told, read from {@code events-LANG.tsv}.
 * A row is a rule: a key (an {@link EventKind} or a {@link Cue}), a {@link TokenPattern} (words, stems, lemmas as
 * {@code @lemma}, span types, shapes, gaps), for event kinds a strength, and optionally an id. Rows {@code +} and
 * {@code -} after a rule give sentences it must and must not match; the tests run them.
 * A strong trigger tells a happening by itself ("was shot dead", "depor*ed"); a weak one is a noun that names a
 * kind of happening ("elections", "passports") and counts only with an anchor in its clause.
 */
public final class EventLexicon {
    /**
     * Words that say where an event is told, or how beyond negation and modality (those are the MODALITY layer's, read
     * from {@code ../modality/modality-LANG.tsv}).
     */
    public enum Cue {
        /** In the clause, says the event is not recent news, so the publication month is no date for it. */
        REMOTE,
        /** Right before a place, says the place is where something is ("in", "near", "у", "под"). */
        LOCATIVE,
        /** Right before a place, says something comes from it ("from", "з", "из"): where people are taken from is where a deportation happens. */
        ORIGIN,
        /**
         * Right before a place, says people are taken there ("to", "into", "до", "в"): a deportation across a state
         * border happens in the state people are taken to, which is what makes it a deportation and not a transfer.
         */
        DESTINATION,
        /** Right before a place, makes it a point distances are measured from ("15 km from", "в 15 километрах от"), not where anything happens. */
        REFERENCE,
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
        /** Begins what brought a happening about ("due to", "внаслідок", "из-за"): a place in it is the cause's, not the happening's. */
        CAUSE,
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
        /**
         * A regional office ("governor", "мэр"): a decree of its holder is its region's and may take the report's place;
         * one of no such office (a president's) reaches the whole state, no single place.
         */
        REGIONAL_OFFICE,
        /** A share of votes ("%", "percent", "відсотків"): the clause tells a vote's result. */
        RESULT,
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
        INSTITUTION,
        /**
         * A gathering named after the town it is held in ("St. Petersburg International Economic Forum", "Munich
         * Security Conference"): the town before its name is where it is, not part of a name that says nothing of where.
         */
        GATHERING
    }

    /**
     * A trigger of an event kind. {@code sense} is what kind of happening it tells within its kind, from its rule's id
     * (the part after the kind, up to a '-': "en.other.flood-after" tells a flood), or null for a row without an id: two
     * {@link EventKind#OTHER} mentions of different senses are two happenings (aid delivered, villages flooded).
     */
    public record Trigger(EventKind kind, TokenPattern phrase, boolean strong, String sense) {
        public Trigger(EventKind kind, TokenPattern phrase, boolean strong) {
            this(kind, phrase, strong, null);
        }

        /** The same trigger telling another kind. */
        Trigger as(EventKind other, boolean strong) {
            return new Trigger(other, phrase, strong, sense);
        }
    }

    /** The sense an id "lang.kind.sense-detail" gives, or null when the id is not of that form (a file and line). */
    static String senseOf(String id) {
        String[] parts = id.split("\\.");
        if (parts.length != 3 || parts[2].isEmpty()) return null;
        int dash = parts[2].indexOf('-');
        return dash > 0 ? parts[2].substring(0, dash) : parts[2];
    }

    /**
     * One row of a lexicon as a rule: its id (given in the row's last column, else the file and line), its key (an
     * event kind or a cue), its pattern, and the example sentences it must and must not match.
     */
    public record Rule(String id, String key, TokenPattern pattern, List<String> positives, List<String> negatives) {}

    private final String language;
    private final List<Trigger> triggers;
    private final PatternIndex<Trigger> index;
    private final Map<Cue, List<TokenPattern>> cues;
    private final List<Rule> rules;

    private EventLexicon(String language, List<Trigger> triggers, Map<Cue, List<TokenPattern>> cues, List<Rule> rules) {
        this.language = language;
        this.triggers = List.copyOf(triggers);
        this.index = new PatternIndex<>(this.triggers, Trigger::phrase);
        this.cues = cues;
        this.rules = rules.stream().map(r -> new Rule(r.id(), r.key(), r.pattern(), List.copyOf(r.positives()), List.copyOf(r.negatives()))).toList();
    }

    public String language() { return language; }

    public List<Trigger> triggers() { return triggers; }

    /** The triggers whose pattern may start at token {@code at}: a hash lookup by the token's form, stem and lemmas. */
    public List<Trigger> triggersAt(Tokens words, int at) { return index.candidates(words, at); }

    public List<TokenPattern> cues(Cue cue) { return cues.getOrDefault(cue, List.of()); }

    /** Every row as a rule, with its examples, in file order. */
    public List<Rule> rules() { return rules; }

    /** The bundled lexicon of a language ({@code en}, {@code uk} or {@code ru}). */
    public static EventLexicon bundled(String language) {
        return of(language, Tsv.resource(EventLexicon.class, "/org/totmon/pipeline/event/events-" + language + ".tsv"));
    }

    /** Reads a lexicon of a language; a malformed row is an error naming the source and line. */
    public static EventLexicon parse(String language, InputStream in, String source) throws IOException {
        return of(language, Tsv.read(in, source));
    }

    private static EventLexicon of(String language, List<Tsv.Row> rows) {
        Morphology morphology = Morphology.of(language);
        List<Trigger> triggers = new ArrayList<>();
        Map<Cue, List<TokenPattern>> cues = new EnumMap<>(Cue.class);
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Tsv.Row row : rows) {
            String[] f = row.fields();
            String where = row.source() + ":" + row.line() + ": ";
            String key = row.field(0).toUpperCase(Locale.ROOT);
            if (RuleRows.example(row, rules, Rule::positives, Rule::negatives)) continue;
            if (f.length < 2) throw row.error("expected key, pattern[, strength][, id] separated by tabs");
            TokenPattern phrase = TokenPattern.parse(f[1], morphology, where);
            boolean cue = isCue(key);
            int idColumn = cue ? 2 : 3;
            if (f.length > idColumn + 1) throw row.error("too many columns: key, pattern" + (cue ? "" : ", strength") + " and an optional id");
            String id = RuleRows.id(row, idColumn, ids);
            rules.add(new Rule(id, key, phrase, new ArrayList<>(), new ArrayList<>()));
            if (cue) {
                cues.computeIfAbsent(Cue.valueOf(key), k -> new ArrayList<>()).add(phrase);
                continue;
            }
            EventKind kind;
            try {
                kind = EventKind.valueOf(key);
            } catch (IllegalArgumentException e) {
                if (isModalCue(key)) throw row.error("'" + f[0] + "' is a cue of negation or modality: its rows belong in modality-" + language + ".tsv");
                throw row.error("unknown key '" + f[0] + "': an event kind, a cue, or '+'/'-' for an example");
            }
            if (f.length < 3 || !(row.field(2).equals("strong") || row.field(2).equals("weak"))) {
                throw row.error("a trigger row has strength 'strong' or 'weak' after its pattern");
            }
            triggers.add(new Trigger(kind, phrase, row.field(2).equals("strong"), f.length > idColumn ? senseOf(id) : null));
        }
        return new EventLexicon(language, triggers, cues, rules);
    }

    private static boolean isModalCue(String key) {
        for (ModalCue.Kind k : ModalCue.Kind.values()) if (k.name().equals(key)) return true;
        return false;
    }

    private static boolean isCue(String key) {
        for (Cue c : Cue.values()) if (c.name().equals(key)) return true;
        return false;
    }

    /** Lower case, one apostrophe, ё as е: the form in which words and phrases are compared. */
    static String fold(String word) {
        return Morphology.fold(word);
    }
}
