package org.totmon.store;

import java.util.Locale;

/**
 * The stable key of an item a person reviews, independent of where the annotators put it in their lists: a claim or
 * an event by its report and its evidence span ({@code claim:REPORT:START-END}; a report's text never changes, its id
 * is the text's hash), an entity or a place by its report and the name the machine gave it ({@code entity:REPORT:NAME}),
 * a report by its id ({@code report:REPORT}). Re-annotation that finds the same span or name finds the same review;
 * one that does not leaves the review orphaned. Two items of one report with the same span share their review.
 */
public record ItemKey(Kind kind, String reportId, int start, int end, String name) {
    public enum Kind {
        CLAIM, EVENT, ENTITY, PLACE, REPORT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ItemKey {
        if (kind == null || reportId == null || reportId.isBlank() || reportId.contains(":")) {
            throw new IllegalArgumentException("an item key needs a kind and a report id");
        }
        if ((kind == Kind.ENTITY || kind == Kind.PLACE) && (name == null || name.isBlank())) {
            throw new IllegalArgumentException("an " + kind.label() + " key needs the item's name");
        }
    }

    public static ItemKey claim(String reportId, int start, int end) {
        return new ItemKey(Kind.CLAIM, reportId, start, end, null);
    }

    public static ItemKey event(String reportId, int start, int end) {
        return new ItemKey(Kind.EVENT, reportId, start, end, null);
    }

    public static ItemKey entity(String reportId, String name) {
        return new ItemKey(Kind.ENTITY, reportId, 0, 0, name);
    }

    public static ItemKey place(String reportId, String name) {
        return new ItemKey(Kind.PLACE, reportId, 0, 0, name);
    }

    public static ItemKey report(String reportId) {
        return new ItemKey(Kind.REPORT, reportId, 0, 0, null);
    }

    boolean spanned() {
        return kind == Kind.CLAIM || kind == Kind.EVENT;
    }

    boolean named() {
        return kind == Kind.ENTITY || kind == Kind.PLACE;
    }

    /** Parses what {@link #toString} writes; a bad key is an IllegalArgumentException saying what is wrong. */
    public static ItemKey parse(String key) {
        if (key == null) throw new IllegalArgumentException("no item key given");
        String[] parts = key.split(":", 3);
        Kind kind;
        try {
            kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an item key: '" + key + "' (claim:, event:, entity:, place: or report: first)");
        }
        if (kind == Kind.REPORT) {
            if (parts.length != 2) throw new IllegalArgumentException("not a report key: '" + key + "' (report:ID)");
            return report(parts[1]);
        }
        if (parts.length != 3) throw new IllegalArgumentException("not an item key: '" + key + "' (" + kind.label() + ":REPORT:...)");
        if (kind == Kind.ENTITY || kind == Kind.PLACE) return new ItemKey(kind, parts[1], 0, 0, parts[2]);
        String[] span = parts[2].split("-", 2);
        try {
            return new ItemKey(kind, parts[1], Integer.parseInt(span[0]), Integer.parseInt(span[1]), null);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a " + kind.label() + " key: '" + key + "' (" + kind.label() + ":REPORT:START-END)");
        }
    }

    @Override
    public String toString() {
        String head = kind.label() + ":" + reportId;
        if (kind == Kind.REPORT) return head;
        return head + ":" + (named() ? name : start + "-" + end);
    }
}
