package org.totmon.pipeline.place;

import java.util.List;

/** One stretch of text that names a place: its words, its candidate places, and what it resolves to. */
final class PlaceMatch {
    final int first, last, start, end;
    final List<Gazetteer.Entry> candidates;
    Gazetteer.Entry chosen;
    Cue cue = Cue.NONE;

    PlaceMatch(int first, int last, int start, int end, List<Gazetteer.Entry> candidates) {
        this.first = first;
        this.last = last;
        this.start = start;
        this.end = end;
        this.candidates = candidates;
    }

    /** What the context says a name shared by a city and its region means; LOCAL_REGION holds for one mention only. */
    enum Cue { NONE, REGION, CITY, LOCAL_REGION }
}
