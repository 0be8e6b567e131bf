package org.totmon.store;

import org.totmon.model.Event;

/**
 * One report's mention of a clustered event: the event as that report gives it, and the report. {@code independent}
 * is false when the report copies another report of the same event: it is then not counted as a source.
 */
public record ClusteredEvent(Event event, int ord, SourceReport report, boolean independent) {}
