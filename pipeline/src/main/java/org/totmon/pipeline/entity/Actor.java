package org.totmon.pipeline.entity;

import java.util.List;
import org.totmon.model.EntityType;
import org.totmon.model.Side;

/** A known person or organisation of the field: its canonical name, side, and the other names it goes by. */
public record Actor(String canonical, EntityType type, Side side, String category, List<String> aliases) {
    public Actor {
        aliases = List.copyOf(aliases);
    }
}
