package org.totmon.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import org.totmon.web.Catalog.ReportInfo;

/**
 * What the record says of one entity or place across reports: its spellings, the reports naming it (oldest first, a
 * page of {@link #PAGE_SIZE} at a time), and, in the reports of that page, the events it takes part in (as an actor)
 * or happened at (as the place), the claims it made (as the claimant) and the claims about it: those whose subject
 * names it, or that stand within {@link #NEAR} characters of a mention of it. Only the page's reports are read from
 * the store, so a name in thousands of reports costs what 50 cost. Actors and claimants are under the names people's
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

    static Profile ofEntity(Store store, EntityNames names, List<Found<Entity>> found, int page) {
        Set<String> keys = keys(found, f -> f.item().name(), f -> f.item().mentions());
        return build(store, names, found, page, f -> f.item().mentions(), keys,
                e -> e.event().actors().stream().anyMatch(a -> keys.contains(Catalog.key(a))),
                c -> c.claimant() != null && keys.contains(Catalog.key(c.claimant())));
    }

    static Profile ofPlace(Store store, EntityNames names, List<Found<Place>> found, int page) {
        Set<String> keys = keys(found, f -> f.item().name(), f -> f.item().mentions());
        Set<String> ids = new HashSet<>();
        found.forEach(f -> ids.add(Catalog.placeId(f.item())));
        return build(store, names, found, page, f -> f.item().mentions(), keys,
                e -> e.place() != null ? ids.contains(Catalog.placeId(e.place())) : e.event().place() != null && keys.contains(Catalog.key(e.event().place())),
                c -> false);
    }

    /** The keys of its names and spellings; each distinct spelling is keyed once, however many reports use it. */
    private static <T> Set<String> keys(List<Found<T>> found, Function<Found<T>, String> name, Function<Found<T>, List<Mention>> mentions) {
        Set<String> spellings = new HashSet<>();
        for (Found<T> f : found) {
            spellings.add(name.apply(f));
            for (Mention m : mentions.apply(f)) spellings.add(m.text());
        }
        Set<String> keys = new HashSet<>();
        for (String s : spellings) keys.add(Catalog.key(s));
        return keys;
    }

    private static <T> Profile build(Store store, EntityNames names, List<Found<T>> found, int page, Function<Found<T>, List<Mention>> mentions,
                                     Set<String> keys, Predicate<EventRow> takesPart,
                                     Predicate<Claim> madeBy) {
        Set<ReportInfo> all = new LinkedHashSet<>();
        found.forEach(f -> all.add(f.report()));
        List<ReportInfo> reports = new ArrayList<>(all).subList(Math.min(all.size(), (page - 1) * PAGE_SIZE),
                Math.min(all.size(), page * PAGE_SIZE));
        Map<ReportInfo, List<Mention>> mentioned = new HashMap<>();
        for (ReportInfo r : reports) mentioned.put(r, new ArrayList<>());
        for (Found<T> f : found) {
            List<Mention> l = mentioned.get(f.report());
            if (l != null) l.addAll(mentions.apply(f));
        }
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
        List<List<Mention>> spelled = found.stream().map(mentions).toList();
        return new Profile(Catalog.spellings(spelled), all.size(), page, List.copyOf(reports), List.copyOf(events), List.copyOf(by),
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
