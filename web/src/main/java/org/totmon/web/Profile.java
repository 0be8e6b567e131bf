package org.totmon.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.store.EntityNames;
import org.totmon.store.ReportItems;
import org.totmon.store.Store;
import org.totmon.web.Catalog.ClaimRow;
import org.totmon.web.Catalog.EventRow;
import org.totmon.web.Catalog.Found;
import org.totmon.web.Catalog.Named;
import org.totmon.web.Catalog.ReportInfo;

/**
 * What the record says of one entity or place across reports: its spellings, the reports naming it (oldest first, a
 * page of {@link #PAGE_SIZE} at a time), and, in the reports of that page, the events it takes part in (as an actor)
 * or happened at (as the place), the claims it made (as the claimant) and the claims about it: those whose subject
 * names it, or that stand within {@link #NEAR} characters of a mention of it. Only the page's reports are read from
 * the store, and the name's finds are sorted and counted once a catalog snapshot ({@link Catalog.Named}), so a name in
 * thousands of reports costs what 50 cost. Actors and claimants are under the names people's
 * merges and splits put in force.
 */
record Profile(Map<String, Integer> spellings, int reportCount, int page, List<ReportInfo> reports, List<EventRow> events,
               List<ClaimRow> claimsBy, List<ClaimRow> claimsAbout) {
    static final int NEAR = 150;
    static final int PAGE_SIZE = 50;

    /** The number of pages of reports. */
    int pages() {
        return Math.max(1, (reportCount + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    static Profile ofEntity(Store store, EntityNames names, Named<Entity> named, int page) {
        Set<String> keys = named.keys();
        return build(store, names, named, page, f -> f.item().mentions(),
                e -> e.event().actors().stream().anyMatch(a -> keys.contains(Catalog.key(a))),
                c -> c.claimant() != null && keys.contains(Catalog.key(c.claimant())));
    }

    static Profile ofPlace(Store store, EntityNames names, Named<Place> named, int page) {
        Set<String> keys = named.keys(), ids = named.ids();
        return build(store, names, named, page, f -> f.item().mentions(),
                e -> e.place() != null ? ids.contains(Catalog.placeId(e.place())) : e.event().place() != null && keys.contains(Catalog.key(e.event().place())),
                c -> false);
    }

    private static <T> Profile build(Store store, EntityNames names, Named<T> named, int page, Function<Found<T>, List<Mention>> mentions,
                                     Predicate<EventRow> takesPart, Predicate<Claim> madeBy) {
        Set<String> keys = named.keys();
        int from = Math.min(named.reports().size(), (page - 1) * PAGE_SIZE), to = Math.min(named.reports().size(), page * PAGE_SIZE);
        List<ReportInfo> reports = named.reports().subList(from, to);
        Map<ReportInfo, List<Mention>> mentioned = new HashMap<>();
        for (ReportInfo r : reports) mentioned.put(r, new ArrayList<>());
        for (Found<T> f : named.foundIn(from, to)) mentioned.get(f.report()).addAll(mentions.apply(f));
        List<EventRow> events = new ArrayList<>();
        List<ClaimRow> by = new ArrayList<>(), about = new ArrayList<>();
        Map<String, ReportItems> items = store.items(reports.stream().map(ReportInfo::id).toList());
        for (ReportInfo r : reports) {
            ReportItems x = items.get(r.id());
            if (x == null) continue;  // gone since the catalog read it
            for (int i = 0; i < x.events().size(); i++) {
                Event e = names.apply(r.id(), x.events().get(i));
                EventRow row = new EventRow(r, i, e, e.date() != null ? e.date() : r.published(), Catalog.placeOf(e, x.places()));
                if (takesPart.test(row)) events.add(row);
            }
            for (Claim raw : x.claims()) {
                Claim c = names.apply(r.id(), raw);
                ClaimRow row = new ClaimRow(r, c);
                if (madeBy.test(c)) by.add(row);
                else if (subjectNames(c, keys) || near(c, mentioned.get(r))) about.add(row);
            }
        }
        events.sort(Comparator.comparing((EventRow e) -> e.when() == null ? "" : e.when()));
        return new Profile(named.spellings(), named.reports().size(), page, List.copyOf(reports), List.copyOf(events), List.copyOf(by),
                List.copyOf(about));
    }

    private static boolean subjectNames(Claim c, Set<String> keys) {
        if (c.subject() == null) return false;
        String subject = " " + Catalog.key(c.subject()) + " ";
        return keys.stream().anyMatch(k -> k.length() > 2 && subject.contains(" " + k + " "));
    }

    /** Whether the claim stands within {@link #NEAR} characters of one of the mentions (of its own report). */
    private static boolean near(Claim c, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.end() >= c.start() - NEAR && m.start() <= c.end() + NEAR) return true;
        }
        return false;
    }
}
