package org.totmon.pipeline.event;

import java.util.List;
import java.util.function.Supplier;
import org.totmon.pipeline.event.EventMerge.Found;

/**
 * One event mention the triggers propose, before the keep-or-drop decision and before mentions of one happening are
 * merged: its kind, place and date as the event would carry them, the hand-written conditions that drop it (none when
 * the rules keep it) and the cues a trained {@link EventGate} weighs.
 */
public final class EventCandidate {
    final Found found;
    private final boolean headline;
    private final List<String> drops;
    private final Supplier<List<String>> featuresOf;
    private final Supplier<List<PlaceOption>> placesOf;
    private List<String> features;

    EventCandidate(Found found, boolean headline, List<String> drops, Supplier<List<String>> features,
                   Supplier<List<PlaceOption>> places) {
        this.found = found;
        this.headline = headline;
        this.drops = List.copyOf(drops);
        this.featuresOf = features;
        this.placesOf = places;
    }

    public String kind() { return found.kind.name(); }

    public String place() { return found.place; }

    public String date() { return found.date; }

    public int start() { return found.start; }

    public int end() { return found.end; }

    /** Whether it is told in the headline, which stands for a happening only where the body tells none of its kind. */
    public boolean headline() { return headline; }

    /** The names of the hand-written conditions that drop it ("weak-unanchored", "question", ...); empty when they keep it. */
    public List<String> drops() { return drops; }

    /** Whether the hand-written conditions keep it. */
    public boolean rulesKeep() { return drops.isEmpty(); }

    /** The model's features: names of cues present, each a string; worked out on first use (a candidate stays in one thread). */
    public List<String> features() {
        if (features == null) features = List.copyOf(featuresOf.get());
        return features;
    }

    /** A place the rules' steps may give a candidate, the roads that reach it, and the cues a chooser of the place weighs. */
    public record PlaceOption(String place, List<String> sources, List<String> features) {}

    /**
     * Every place the rules' steps may give it, each with the roads that reach it ("clause", "sentence", "set-aside",
     * "anaphor", "seat", "carried", "report"): what a chooser of the place picks among. Worked out on each call.
     */
    public List<PlaceOption> placeOptions() {
        return placesOf.get();
    }
}
