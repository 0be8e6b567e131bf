package org.totmon.pipeline.event;

import java.util.List;
import java.util.Set;
import org.totmon.pipeline.WordClasses;

/** The event layer's words besides its lexicons' cues: the classes of {@code event-words.tsv}, read once. */
final class EventWords {
    private EventWords() {}

    private static final WordClasses WORDS = WordClasses.resource(EventWords.class, "event-words.tsv");

    /** Seats of government, as the gazetteer names them. */
    static final Set<String> SEATS = WORDS.set("seat");
    /** Lower case words that make a facility a power plant or station. */
    static final List<String> PLANT_WORDS = WORDS.list("plant_word");
    /** Senses of triggers that bring people somewhere, so where they are brought is the place. */
    static final Set<String> TO_DESTINATION = WORDS.set("to_destination");
    /** Senses of triggers that name only a message's medium (leaflets), which yield to another kind in their clause. */
    static final Set<String> MEDIUM = WORDS.set("medium");
}
