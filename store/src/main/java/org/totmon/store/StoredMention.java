package org.totmon.store;

import java.util.List;
import java.util.Set;
import org.totmon.linker.EventMention;
import org.totmon.linker.PlaceRef;
import org.totmon.model.Event;

/**
 * An event mention as the link tables keep it, what {@link EventMention#stored} makes one of: the event with the names
 * of its place and actors (not their ids), the date the linker gave it, and its place as the linker compares it.
 * {@code stems} and {@code concepts} are what its evidence text says, as a cluster's kept anchors hold them (working
 * them out again from the text was a third of the linking thread at 100,000 reports); null where only the text is
 * at hand (the link tables' rows, anchors kept before they were).
 */
record StoredMention(String reportId, int ord, String published, Event event, String dateValue, boolean datedByEvent,
                     PlaceRef place, Set<String> persons, Set<String> stems, Set<String> concepts) {

    StoredMention(String reportId, int ord, String published, Event event, String dateValue, boolean datedByEvent, PlaceRef place,
                  Set<String> persons) {
        this(reportId, ord, published, event, dateValue, datedByEvent, place, persons, null, null);
    }

    /** What the tables keep of a mention linked from a report's layers. */
    static StoredMention of(EventMention m) {
        Event e = m.event();
        return new StoredMention(m.reportId(), m.ord(), m.published(), kept(e, e.text()), m.date() == null ? null : m.date().value(),
                m.datedByEvent(), m.place(), m.persons(), m.evidenceStems(), m.concepts());
    }

    /** The event as the tables keep it, with {@code text} for its evidence: without the ids of its place and actors. */
    private static Event kept(Event e, String text) {
        return new Event(e.type(), text, e.date(), e.place(), e.actors(), e.modality(), e.acledEventType(), e.acledSubEventType(),
                e.start(), e.end(), null, List.of(), e.severalRegions(), e.sense());
    }

    /** The mention, with what its evidence says as kept, else read from its text. */
    EventMention mention() {
        if (stems != null) return EventMention.stored(reportId, ord, published, event, dateValue, datedByEvent, place, persons, stems, concepts);
        return EventMention.stored(reportId, ord, published, event, dateValue, datedByEvent, place, persons);
    }

    /** The mention without what its evidence text says, for what needs none (a cluster's summary). */
    EventMention bare() {
        return EventMention.stored(reportId, ord, published, kept(event, null), dateValue, datedByEvent, place, persons);
    }
}
