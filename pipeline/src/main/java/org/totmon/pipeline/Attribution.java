package org.totmon.pipeline;

import org.totmon.model.Side;

/**
 * Who says something in a report: reported speech ("X said", "according to X") over its sentence, or a quotation
 * over its quoted words, with the speaker it resolves to. Offsets are characters of the cleaned text.
 *
 * @param start          the start of what is said: the sentence of reported speech, the quotation of a quote
 * @param end            its end
 * @param sourceStart    the start of the words that name the speaker (the cue, when it names nobody)
 * @param sourceEnd      their end
 * @param cue            the start of the verb or preposition that attributes
 * @param speaker        the speaker as the record names them: an entity's canonical name, a gloss, the outlet
 * @param side           the speaker's side
 * @param sideReason     why it has that side: a registry row, a role phrase, the outlet's row; null when unknown
 * @param hedging        the cue itself doubts what is said ("claimed")
 * @param anaphoric      "X has stated this": it also covers what came before
 * @param clauseLocal    a passive agent ("confirmed by the ICRC"): it covers only its own clause
 * @param opensParagraph "X said:": the rest of the paragraph is X's
 * @param closesParagraph "… - the Ombudsman noted.": the paragraph before it is X's
 * @param relay          a medium passing on words ("Ukrinform reports"): second to any other source of the sentence
 */
public record Attribution(Type type, Kind kind, int start, int end, int sourceStart, int sourceEnd, int cue, String speaker,
                          Side side, String sideReason, boolean hedging, boolean anaphoric, boolean clauseLocal,
                          boolean opensParagraph, boolean closesParagraph, boolean relay) {
    /** SPEECH and QUOTE as above; OWN_VOICE, once a report, over its whole text: the outlet that publishes it. */
    public enum Type { SPEECH, QUOTE, OWN_VOICE }

    /** How the words that attribute name the speaker. */
    public enum Kind {
        /** A phrase that names someone. */
        NAMED,
        /** Nobody in particular: "reportedly", "как сообщают". */
        IMPERSONAL,
        /** "he", "вона": the last person named. */
        PERSON_PRONOUN,
        /** "we", "ми": the author of the report, or the speaker of the quote it is in. */
        FIRST_PERSON,
        /** "it", "they", "the mission", "відомство": the last source. */
        OTHER_PRONOUN,
        /** "the report", "the latest data": the last source. */
        GENERIC
    }

    /** The same attribution with another side for its speaker, and the reason for it. */
    public Attribution withSide(Side otherSide, String reason) {
        return new Attribution(type, kind, start, end, sourceStart, sourceEnd, cue, speaker, otherSide, reason, hedging, anaphoric,
                clauseLocal, opensParagraph, closesParagraph, relay);
    }

    /** The same speech as a quotation over [start, end). */
    public Attribution asQuote(int quoteStart, int quoteEnd) {
        return new Attribution(Type.QUOTE, kind, quoteStart, quoteEnd, sourceStart, sourceEnd, cue, speaker, side, sideReason,
                hedging, anaphoric, clauseLocal, opensParagraph, closesParagraph, relay);
    }
}
