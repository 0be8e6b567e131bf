package org.totmon.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.web.Catalog.ClaimRow;
import org.totmon.web.Catalog.EventRow;
import org.totmon.web.Catalog.Found;
import org.totmon.web.Catalog.ReportInfo;

/**
 * What the record says of one entity or place across reports: its spellings, the reports naming it, the events it
 * takes part in (as an actor) or happened at (as the place), the claims it made (as the claimant) and the claims
 * about it: those whose subject names it, or that stand within {@link #NEAR} characters of a mention of it.
 */
record Profile(Map<String, Integer> spellings, List<ReportInfo> reports, List<EventRow> events, List<ClaimRow> claimsBy,
               List<ClaimRow> claimsAbout) {
    static final int NEAR = 150;

    static Profile ofEntity(Catalog catalog, List<Found<Entity>> found) {
        Set<String> keys = keys(found, f -> f.item().name(), f -> f.item().mentions());
        List<EventRow> events = catalog.events().stream().filter(e -> e.event().actors().stream().anyMatch(a -> keys.contains(Catalog.key(a)))).toList();
        List<ClaimRow> by = catalog.claims().stream().filter(c -> c.claim().claimant() != null && keys.contains(Catalog.key(c.claim().claimant()))).toList();
        return build(catalog, found, f -> f.item().mentions(), keys, events, by);
    }

    static Profile ofPlace(Catalog catalog, List<Found<Place>> found) {
        Set<String> keys = keys(found, f -> f.item().name(), f -> f.item().mentions());
        Set<String> ids = new HashSet<>();
        found.forEach(f -> ids.add(Catalog.placeId(f.item())));
        List<EventRow> events = catalog.events().stream()
                .filter(e -> e.place() != null ? ids.contains(Catalog.placeId(e.place())) : e.event().place() != null && keys.contains(Catalog.key(e.event().place())))
                .toList();
        return build(catalog, found, f -> f.item().mentions(), keys, events, List.of());
    }

    private static <T> Set<String> keys(List<Found<T>> found, Function<Found<T>, String> name, Function<Found<T>, List<Mention>> mentions) {
        Set<String> keys = new HashSet<>();
        for (Found<T> f : found) {
            keys.add(Catalog.key(name.apply(f)));
            for (Mention m : mentions.apply(f)) keys.add(Catalog.key(m.text()));
        }
        return keys;
    }

    private static <T> Profile build(Catalog catalog, List<Found<T>> found, Function<Found<T>, List<Mention>> mentions, Set<String> keys,
                                     List<EventRow> events, List<ClaimRow> by) {
        Set<ReportInfo> reports = new LinkedHashSet<>();
        found.forEach(f -> reports.add(f.report()));
        List<ClaimRow> about = new ArrayList<>();
        for (ClaimRow c : catalog.claims()) {
            if (by.contains(c)) continue;
            if (subjectNames(c.claim(), keys) || near(c, found, mentions)) about.add(c);
        }
        List<EventRow> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((EventRow e) -> e.when() == null ? "" : e.when()));
        List<List<Mention>> all = found.stream().map(mentions).toList();
        return new Profile(Catalog.spellings(all), List.copyOf(reports), List.copyOf(sorted), by, List.copyOf(about));
    }

    private static boolean subjectNames(Claim c, Set<String> keys) {
        if (c.subject() == null) return false;
        String subject = " " + Catalog.key(c.subject()) + " ";
        return keys.stream().anyMatch(k -> k.length() > 2 && subject.contains(" " + k + " "));
    }

    private static <T> boolean near(ClaimRow c, List<Found<T>> found, Function<Found<T>, List<Mention>> mentions) {
        for (Found<T> f : found) {
            if (f.report() != c.report()) continue;
            for (Mention m : mentions.apply(f)) {
                if (m.end() >= c.claim().start() - NEAR && m.start() <= c.claim().end() + NEAR) return true;
            }
        }
        return false;
    }
}
