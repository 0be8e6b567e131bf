package org.totmon.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One review write as the audit log keeps it: who, when, what (the item and the action), before, after, and why. */
public record AuditEntry(long id, Instant at, String author, String itemKey, String action, ObjectNode before,
                         ObjectNode after, String reason) {
    /** As one line of the JSONL export. */
    public ObjectNode toJson() {
        ObjectNode o = Corrections.JSON.createObjectNode();
        o.put("id", id);
        o.put("at", at.toString());
        o.put("author", author);
        o.put("item", itemKey);
        o.put("action", action);
        o.set("before", before);
        o.set("after", after);
        o.put("reason", reason);
        return o;
    }
}
