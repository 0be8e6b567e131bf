package org.totmon.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.totmon.model.Side;
import org.totmon.pipeline.attribution.OutletRegistry;
import org.totmon.store.ClusteredEvent;
import org.totmon.store.TimelineEvent;

/**
 * Which sides tell an event: the side of each reporting outlet in the outlet registry (by the report's outlet name,
 * else its URL's domain). An outlet the registry does not know adds nothing, so an event of unknown outlets has no side.
 */
final class EventSides {
    /** Sides of the outlets and addresses met last; cleared when this large (an outlet's side is a pure function of the two). */
    private static final int KEPT = 20_000;
    private final OutletRegistry outlets = OutletRegistry.bundled();
    /**
     * Each report's side by its outlet and address: the timeline page asks for every mention of the 400 events it shows,
     * and looking one up folds the name and parses the URL (a third of the page's CPU at 100,000 reports).
     */
    private final ConcurrentHashMap<List<String>, Optional<Side>> sides = new ConcurrentHashMap<>();

    Set<Side> sidesOf(TimelineEvent e) {
        Set<Side> out = EnumSet.noneOf(Side.class);
        for (ClusteredEvent m : e.mentions()) side(m.report().outlet(), m.report().url()).ifPresent(out::add);
        return out;
    }

    private Optional<Side> side(String outlet, String url) {
        List<String> key = Arrays.asList(outlet, url);
        Optional<Side> kept = sides.get(key);
        if (kept != null) return kept;
        OutletRegistry.Outlet o = outlets.byName(outlet);
        if (o == null) o = outlets.byDomain(url);
        Optional<Side> side = o != null && o.side() != null && o.side() != Side.UNKNOWN ? Optional.of(o.side()) : Optional.empty();
        if (sides.size() >= KEPT) sides.clear();
        sides.put(key, side);
        return side;
    }
}
