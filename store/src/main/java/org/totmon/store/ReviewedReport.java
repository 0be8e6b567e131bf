package org.totmon.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;

/**
 * A stored report seen through its reviews: each claim, event, entity and place with its stable key, the machine's
 * version, the corrected one and the review (null: unreviewed); the reviews whose item the extraction no longer has
 * (orphaned); the report's retraction, if it is retracted; and the entity names in force across the record, which
 * {@link #checked()} applies after the report's own corrections.
 */
public record ReviewedReport(StoredReport stored, List<Item> items, List<Review> orphans, Review retraction, EntityNames names) {

    /** One item: {@code machine} and {@code current} are a Claim, Event, Entity or Place. */
    public record Item(ItemKey key, Object machine, Object current, Review review) {
        public String status() {
            return Review.label(review);
        }
    }

    static ReviewedReport of(StoredReport s, Map<String, Review> reviews, EntityNames names) {
        String id = s.id();
        Extraction x = s.extraction();
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Claim k : x.claims()) {
            ItemKey key = ItemKey.claim(id, k.start(), k.end());
            Review r = reviews.get(key.toString());
            items.add(new Item(key, k, Corrections.apply(k, correction(r)), r));
            seen.add(key.toString());
        }
        for (Event e : x.events()) {
            ItemKey key = ItemKey.event(id, e.start(), e.end());
            Review r = reviews.get(key.toString());
            items.add(new Item(key, e, Corrections.apply(e, correction(r)), r));
            seen.add(key.toString());
        }
        for (Entity e : x.entities()) {
            ItemKey key = ItemKey.entity(id, e.name());
            Review r = reviews.get(key.toString());
            items.add(new Item(key, e, Corrections.apply(e, correction(r)).get(0), r));
            seen.add(key.toString());
        }
        for (Place p : x.places()) {
            ItemKey key = ItemKey.place(id, p.name());
            Review r = reviews.get(key.toString());
            items.add(new Item(key, p, Corrections.apply(p, correction(r)), r));
            seen.add(key.toString());
        }
        Review retraction = reviews.get(ItemKey.report(id).toString());
        List<Review> orphans = new ArrayList<>();
        for (Review r : reviews.values()) {
            if (r.key().kind() != ItemKey.Kind.REPORT && !seen.contains(r.key().toString())) orphans.add(r);
        }
        return new ReviewedReport(s, List.copyOf(items), List.copyOf(orphans),
                retraction != null && retraction.status() == Review.Status.RETRACTED ? retraction : null, names);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode correction(Review r) {
        return r == null || r.status() != Review.Status.CORRECTED ? null : r.correction();
    }

    public String id() {
        return stored.id();
    }

    public boolean retracted() {
        return retraction != null;
    }

    /** The item with this key, or null. */
    public Item item(ItemKey key) {
        for (Item i : items) if (i.key().equals(key)) return i;
        return null;
    }

    public List<Item> items(ItemKey.Kind kind) {
        return items.stream().filter(i -> i.key().kind() == kind).toList();
    }

    /** The statuses of the claims (or events) {@link #checked(boolean)} keeps, in its order. */
    public List<String> checkedStatuses(ItemKey.Kind kind, boolean reviewedOnly) {
        return items(kind).stream().filter(i -> !Review.rejected(i.review()))
                .filter(i -> !reviewedOnly || i.status().equals(Review.REVIEWED)).map(Item::status).toList();
    }

    /** Whether every claim and event has been reviewed (accepted, corrected or rejected). */
    public boolean fullyReviewed() {
        return items.stream().filter(i -> i.key().spanned()).allMatch(i -> i.review() != null);
    }

    /**
     * The extraction as people left it: corrections applied, rejected items left out, entities split as told and
     * merged where a correction gave two of them one name and type, then named as the record's merges and splits say.
     */
    public Extraction checked() {
        return checked(false);
    }

    /** As {@link #checked()}; with {@code reviewedOnly}, only the claims and events people accepted or corrected. */
    public Extraction checked(boolean reviewedOnly) {
        Extraction x = stored.extraction();
        List<Claim> claims = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Place> places = new ArrayList<>();
        for (Item i : items) {
            if (Review.rejected(i.review())) continue;
            if (reviewedOnly && i.key().spanned() && !i.status().equals(Review.REVIEWED)) continue;
            switch (i.key().kind()) {
                case CLAIM -> claims.add((Claim) i.current());
                case EVENT -> events.add((Event) i.current());
                case ENTITY -> {
                    Review r = i.review();
                    for (Entity e : Corrections.apply((Entity) i.machine(), r == null || r.status() != Review.Status.CORRECTED ? null : r.correction())) {
                        entities.merge(e.type() + "|" + e.name(), e, (a, b) -> {
                            List<Mention> all = new ArrayList<>(a.mentions());
                            all.addAll(b.mentions());
                            return new Entity(a.name(), a.type(), all);
                        });
                    }
                }
                case PLACE -> places.add((Place) i.current());
                default -> { }
            }
        }
        return names.apply(new Extraction(x.reportId(), x.language(), x.boilerplate(), List.copyOf(entities.values()), places, x.times(), claims, events));
    }
}
