package org.totmon.pipeline.claim;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.totmon.pipeline.WordClasses;
import org.totmon.pipeline.text.Conjunctions;

/** The claim layer's small word lists: the classes of {@code claim-words.tsv}, read once. */
final class ClaimWords {
    private ClaimWords() {}

    private static final WordClasses WORDS = WordClasses.resource(ClaimWords.class, "claim-words.tsv");

    static final List<String> NO_UNIT_WORDS = WORDS.list("no_unit_word");
    static final List<String> OF_DETERMINERS = WORDS.list("of_determiner");
    static final Set<String> PHRASAL_OVER = WORDS.set("phrasal_over");
    static final Set<String> ENGLISH_ADJECTIVES = WORDS.set("english_adjective");
    static final List<String> ENGLISH_ADJECTIVE_SUFFIXES = WORDS.list("english_adjective_suffix");
    static final List<String> CYRILLIC_ADJECTIVE_ENDINGS = WORDS.list("cyrillic_adjective_ending");
    static final List<String> MEASURES = WORDS.list("measure");
    static final Set<String> NOT_PLURALS = WORDS.set("not_plural");
    /** Start a new clause, which a hedge after the number does not reach across. */
    static final Set<String> COORDINATORS = Conjunctions.union(Conjunctions.AND, Conjunctions.BUT);
    static final Set<String> DATIVE_PRONOUNS = WORDS.set("dative_pronoun");
    static final List<String> DATIVE_ENDINGS = WORDS.list("dative_ending");
    static final Set<String> RANGE_PREPOSITIONS = WORDS.set("range_preposition");
    static final Pattern GLUED_AFTER = WORDS.pattern("glued_after");
    static final Set<String> PHRASAL_PARTICLES = WORDS.set("phrasal_particle");
    static final List<String> COMPOUND_PARTICIPLE_ENDINGS = WORDS.list("compound_participle_ending");
    static final Set<String> OTHERS_WORDS = WORDS.set("others_word");
    static final Set<String> NUMBER_JOINERS = WORDS.set("number_joiner");
    static final Set<String> BARE_RANGE_TO = WORDS.set("bare_range_to");
}
