package org.totmon.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.totmon.linker.EventBlocking;
import org.totmon.linker.EventMention;
import org.totmon.linker.PlaceRef;
import org.totmon.model.Event;
import org.totmon.model.Modality;
import org.totmon.model.PlaceKind;

/**
 * An event mention as shipped between executors ({@link EventMention} is not serializable): the columns a store keeps
 * of it, rebuilt by {@link EventMention#stored} as the store rebuilds the mentions it reads back. {@code seq} is its
 * report's place in publication order, the order in which linking takes mentions; {@code blocks} its
 * {@link EventBlocking#blocks}, kept because rebuilding a mention reads its evidence text again.
 */
record MentionRow(int seq, String reportId, int ord, String published, String type, String text, String date, String place,
                  ArrayList<String> actors, Modality modality, String acledEventType, String acledSubEventType, int start, int end,
                  String dateValue, boolean datedByEvent, String placeName, PlaceKind placeKind, String admin1, String country,
                  Double lat, Double lon, ArrayList<String> blocks, boolean severalRegions, ArrayList<String> persons, String sense) implements Serializable {

    /** Events (and claims) per report at most: a {@link #key} keeps the ord in its low bits. */
    static final int MAX_EVENTS = 1 << 20;

    static MentionRow of(int seq, EventMention m) {
        Event e = m.event();
        PlaceRef p = m.place();
        return new MentionRow(seq, m.reportId(), m.ord(), m.published(), e.type(), e.text(), e.date(), e.place(),
                new ArrayList<>(e.actors()), e.modality(), e.acledEventType(), e.acledSubEventType(), e.start(), e.end(),
                m.date() == null ? null : m.date().value(), m.datedByEvent(), p == null ? null : p.name(),
                p == null ? null : p.kind(), p == null ? null : p.admin1(), p == null ? null : p.country(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), new ArrayList<>(EventBlocking.blocks(m)), e.severalRegions(),
                new ArrayList<>(m.persons()), e.sense());
    }

    EventMention mention() {
        Event e = new Event(type, text, date, place, List.copyOf(actors), modality, acledEventType, acledSubEventType, start, end,
                null, List.of(), severalRegions, sense);
        PlaceRef p = placeName == null ? null : new PlaceRef(placeName, placeKind, admin1, country, lat, lon);
        return EventMention.stored(reportId, ord, published, e, dateValue, datedByEvent, p, Set.copyOf(persons));
    }

    /** The mention's place in linking order, as one number: its report's seq, then its position in the events layer. */
    long key() {
        return key(seq, ord);
    }

    static long key(int seq, int ord) {
        if (ord >= MAX_EVENTS) throw new IllegalArgumentException("a report has over " + MAX_EVENTS + " events or claims");
        return (long) seq * MAX_EVENTS + ord;
    }
}
