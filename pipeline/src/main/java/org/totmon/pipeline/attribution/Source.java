package org.totmon.pipeline.attribution;

import org.totmon.pipeline.Attribution;

/**
 * Who a sentence says is speaking: "X said", "said X", "according to X", "confirmed by X", "як повідомляє X".
 * Token indexes are into the sentence's token list; the phrase [from, to) names the source and the description
 * [from, descTo) adds its apposition ("Nathaniel Raymond, the Executive Director of …").
 *
 * @param cue             the token of the verb or the preposition that attributes
 * @param anaphoric       "X has stated this", "This was stated by X", "Про це повідомив X": it also covers what came before
 * @param clauseLocal     a passive agent ("880 have been confirmed by the ICRC"): it covers only its own clause
 * @param opensParagraph  "X said:": the rest of the paragraph is X's
 * @param closesParagraph "… - the Ombudsman noted.": the paragraph before it is X's
 * @param relay           a medium passing on words ("Ukrinform reports"): second to any other source of the sentence
 */
record Source(int sentence, int cue, int from, int to, int descTo, Attribution.Kind kind, boolean anaphoric, boolean clauseLocal,
              boolean opensParagraph, boolean closesParagraph, boolean relay) {

    /** The same source for another verb of the same speaker ("told reporters … and said that"). */
    Source withCue(int otherCue) {
        return new Source(sentence, otherCue, from, to, descTo, kind, anaphoric, clauseLocal, opensParagraph, closesParagraph, relay);
    }

    /** The same source as one that only relays another. */
    Source asRelay() {
        return new Source(sentence, cue, from, to, descTo, kind, anaphoric, clauseLocal, opensParagraph, closesParagraph, true);
    }
}
