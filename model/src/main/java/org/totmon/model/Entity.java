package org.totmon.model;

import java.util.List;

/** A person or organisation named in a report, resolved to one canonical name across its mentions. */
public record Entity(String name, EntityType type, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
