package org.totmon.pipeline;

/**
 * The standoff layers of a {@link Document}. Each is produced by exactly one annotator of a pipeline and is
 * immutable once that annotator is done; the others only read it, and only when they declare it in
 * {@link Annotator#requires()}.
 */
public enum Layer {
    /** Boilerplate lines: kept in the text, skipped by the content layers. */
    BOILERPLATE,
    /** The headline, when the text opens with the report's title: at most one span. */
    HEADLINE,
    /** Lines and spans that credit the report's makers (bylines, photo credits, "Автор: …"): no names of the report. */
    CREDITS,
    /** The identified language (until it is produced, the language the report declares). */
    LANGUAGE,
    /** Tokens and the sentences they form. */
    TOKENS,
    LEMMAS,
    /** Clauses: sentences cut before a new subject (";", ", and", ", but", ", а" …). */
    CLAUSES,
    /** Cues of negation, modality and hedging in each clause, for the layers that tell how something is told. */
    MODALITY,
    /** Names a trained model proposes; not part of the extraction until a layer adopts them. */
    NAME_CANDIDATES,
    /** Every gazetteer match, before names of people and organisations take back the words they cover. */
    PLACE_MATCHES,
    /** The report's places: gazetteer matches outside the names of entities. */
    PLACES,
    TIMES,
    ENTITIES,
    ATTRIBUTION,
    CLAIMS,
    EVENTS
}
