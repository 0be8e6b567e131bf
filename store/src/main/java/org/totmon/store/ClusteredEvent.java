package org.totmon.store;

import org.totmon.model.Event;

/** One report's mention of a clustered event: the event as that report gives it, and the report. */
public record ClusteredEvent(Event event, int ord, SourceReport report) {}
