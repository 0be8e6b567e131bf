package org.totmon.pipeline.attribution;

import java.util.List;
import java.util.Set;
import org.totmon.pipeline.WordClasses;

/** The attribution layer's small word lists: the classes of {@code attribution-words.tsv}, read once. */
final class AttributionWords {
    private AttributionWords() {}

    private static final WordClasses WORDS = WordClasses.resource(AttributionWords.class, "attribution-words.tsv");

    static final Set<String> ARTICLES = WORDS.set("article");
    static final Set<String> LOOKUP_ARTICLES = WORDS.set("lookup_article");
    static final Set<String> QUOTES = WORDS.set("quote");
    static final Set<String> PARTICIPLE_VERBS = WORDS.set("participle_verb");
    static final Set<String> BE_FORMS = WORDS.set("be_form");
    static final Set<String> NAME_CONNECTORS = WORDS.set("name_connector");
    static final Set<String> RELATIVE_OPENERS = WORDS.set("relative_opener");
    static final Set<String> SPEAKER_CONNECTORS = WORDS.set("speaker_connector");
    static final Set<String> PLACE_PREPOSITIONS = WORDS.set("place_preposition");
    static final Set<String> PARTICIPLE_ADJECTIVES = WORDS.set("participle_adjective");
    static final Set<String> GENERIC_COMPLEMENTS = WORDS.set("generic_complement");
    static final Set<String> PHRASE_OPENERS = WORDS.set("phrase_opener");
    static final List<String> PLURAL_PAST_ENDINGS = WORDS.list("plural_past_ending");
    static final Set<String> NAME_ONLY_CUES = WORDS.set("name_only_cue");
    static final Set<String> AGENT_PREPOSITIONS = WORDS.set("agent_preposition");
    static final Set<String> PERSONAL_RELATIVES = WORDS.set("personal_relative");
    static final Set<String> DOMAIN_LABELS = WORDS.set("domain_label");
    static final Set<String> OBJECT_RELATIVES = WORDS.set("object_relative");
    static final Set<String> APPOSITION_CLOSERS = WORDS.set("apposition_closer");
}
