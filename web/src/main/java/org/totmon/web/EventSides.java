package org.totmon.web;

import java.util.EnumSet;
import java.util.Set;
import org.totmon.model.Side;
import org.totmon.pipeline.attribution.OutletRegistry;
import org.totmon.store.ClusteredEvent;
import org.totmon.store.TimelineEvent;

/**
 * Which sides tell an event: the side of each reporting outlet in the outlet registry (by the report's outlet name,
 * else its URL's domain). An outlet the registry does not know adds nothing, so an event of unknown outlets has no side.
 */
final class EventSides {
    private final OutletRegistry outlets = OutletRegistry.bundled();

    Set<Side> sidesOf(TimelineEvent e) {
        Set<Side> out = EnumSet.noneOf(Side.class);
        for (ClusteredEvent m : e.mentions()) {
            OutletRegistry.Outlet o = outlets.byName(m.report().outlet());
            if (o == null) o = outlets.byDomain(m.report().url());
            if (o != null && o.side() != null && o.side() != Side.UNKNOWN) out.add(o.side());
        }
        return out;
    }
}
