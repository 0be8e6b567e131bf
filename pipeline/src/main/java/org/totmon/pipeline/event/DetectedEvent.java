package org.totmon.pipeline.event;

import org.totmon.model.Modality;

import org.totmon.model.Event;

/** An event as the annotator found it: the model's event plus what the model record does not (yet) carry. */
public record DetectedEvent(Event event, EventKind kind, Modality modality, AcledMapping.Category acled) {}
