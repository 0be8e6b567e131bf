package org.totmon.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.linker.Regions;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Modality;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.store.ReviewWrite.Action;
import org.totmon.store.Timeline.DatedCount;

/**
 * The reads that large stores answer by index and aggregate rather than by reading everything (issues 14, 16): the
 * review queue tier by tier, the ledger's disputed-first order, the timeline's counts. Each is checked against the
 * plain definition (sort every item; count every event) over a store of our own reports with disputed and
 * undisputed groups, clusters of one to three reports, items of low confidence and reports not linked yet.
 */
class QueryTest {
    @TempDir Path data;

    static final Regions REGIONS = place -> place.name().equals("Melitopol") || place.name().equals("Zaporizhzhia Oblast")
            ? new Regions.Region("Zaporizhzhia Oblast", "UA") : null;

    private static Mention at(String text, String surface) {
        int i = text.indexOf(surface);
        if (i < 0) throw new IllegalArgumentException(surface + " not in " + text);
        return new Mention(surface, i, i + surface.length());
    }

    /**
     * A report of a figure (passports issued in the oblast, or residents detained in Melitopol), claimed by {@code side},
     * and of a strike on Melitopol on {@code day}.
     */
    static void add(Store store, int n, double figure, String counted, Side side, String claimant, String day, String place,
                            boolean hedged) {
        add(store, n, figure, counted, side, claimant, day, place, hedged, "2023-10-" + day, "");
    }

    /** As above, published on {@code published}, with {@code more} (sentences) after the text. */
    static void add(Store store, int n, double figure, String counted, Side side, String claimant, String day, String place,
                    boolean hedged, String published, String more) {
        String what = counted.equals("passports") ? " Russian passports had been issued in Zaporizhzhia Oblast."
                : " residents were detained in Melitopol.";
        String text = "Report " + n + ": " + (claimant == null ? "It was said" : claimant + " said") + " that " + (long) figure
                + what + " A missile strike hit a school in Melitopol on " + day + " October 2023." + more;
        Report r = new Report(Report.contentId(text), null, "Outlet " + n, null, published, "en", text);
        Mention claimed = at(text, (long) figure + what.substring(0, what.indexOf(counted) + counted.length()));
        Mention strike = at(text, "A missile strike hit a school");
        Extraction x = new Extraction(r.id(), "en", List.of(), List.of(),
                text.contains("Oblast") ? List.of(new Place("Zaporizhzhia Oblast", PlaceKind.REGION, 47.5, 35.5, null,
                        List.of(at(text, "Zaporizhzhia Oblast"))), new Place("Melitopol", PlaceKind.SETTLEMENT, 46.8, 35.4, null,
                        List.of(at(text, "Melitopol")))) : List.of(new Place("Melitopol", PlaceKind.SETTLEMENT, 46.8, 35.4, null,
                        List.of(at(text, "Melitopol")))),
                List.of(),
                List.of(new Claim(claimed.text(), figure, null, "exact", counted, claimed.text(), claimant, side, hedged,
                        claimed.start(), claimed.end())),
                List.of(new Event("ATTACK", strike.text(), "2023-10-" + day, place, List.of(), Modality.FACT, null, null, strike.start(),
                        strike.end())));
        store.add(r, x);
    }

    private Store loaded(TestDatabase db) {
        Store store = db.open(data);
        add(store, 1, 1_500_000, "passports", Side.OCCUPATION, "Yevhen Balytskyi", "06", "Melitopol", false);
        add(store, 2, 300_000, "passports", Side.UKRAINE, "Ivan Fedorov", "06", "Melitopol", false);
        add(store, 3, 1_500_000, "passports", Side.OCCUPATION, null, "07", null, true);
        add(store, 4, 40, "residents", Side.UKRAINE, "Ivan Fedorov", "20", "Melitopol", false);
        add(store, 5, 40, "residents", Side.UKRAINE, "Ivan Fedorov", "21", "Melitopol", true);
        store.link(REGIONS);
        add(store, 6, 5_000, "passports", null, null, "25", null, false);  // stored, not linked
        return store;
    }

    /**
     * The queue's definition: every unreviewed item of a report not retracted, sorted whole by need: disputed first,
     * then low confidence, then told by most in powers of two (1, 2–3, 4–7, …), then by report and span.
     */
    private List<String> queueByOneSort(TestDatabase db, int limit) throws Exception {
        String claims = "SELECT 'claim', k.report_id, k.start_offset, k.end_offset,"
                + " CASE WHEN g.disagreement IS NULL THEN 0 ELSE 1 END,"
                + " CASE WHEN k.claimant IS NULL OR k.claimant_side IS NULL OR k.claimant_side = 'unknown' OR k.hedged THEN 1 ELSE 0 END,"
                + " COALESCE(g.claim_count, 1) FROM claim k JOIN report r ON r.id = k.report_id"
                + " LEFT JOIN claim_link l ON l.report_id = k.report_id AND l.claim_ord = k.ord LEFT JOIN claim_group g ON g.id = l.group_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM review v WHERE v.report_id = k.report_id AND v.kind = 'claim'"
                + " AND v.start_offset = k.start_offset AND v.end_offset = k.end_offset) AND " + Reviews.NOT_RETRACTED;
        String events = "SELECT 'event', e.report_id, e.start_offset, e.end_offset, 0,"
                + " CASE WHEN e.event_date IS NULL OR e.place IS NULL OR e.modality <> 'fact' THEN 1 ELSE 0 END,"
                + " COALESCE(u.report_count, 1) FROM event e JOIN report r ON r.id = e.report_id"
                + " LEFT JOIN event_link l ON l.report_id = e.report_id AND l.event_ord = e.ord LEFT JOIN event_cluster u ON u.id = l.cluster_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM review v WHERE v.report_id = e.report_id AND v.kind = 'event'"
                + " AND v.start_offset = e.start_offset AND v.end_offset = e.end_offset) AND " + Reviews.NOT_RETRACTED;
        record Row(String kind, String report, int start, int end, int disputed, int low, int told) {
            int band() {
                return 31 - Integer.numberOfLeadingZeros(told);
            }
        }
        List<Row> rows = new ArrayList<>();
        try (Connection c = db.connect(data); PreparedStatement st = c.prepareStatement(claims + " UNION ALL " + events);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) rows.add(new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
        }
        rows.sort(Comparator.comparingInt((Row r) -> -r.disputed()).thenComparingInt(r -> -r.low()).thenComparingInt(r -> -r.band())
                .thenComparing(Row::report).thenComparingInt(Row::start).thenComparingInt(Row::end).thenComparing(Row::kind));
        return rows.stream().limit(limit).map(r -> r.kind() + ":" + r.report() + ":" + r.start() + "-" + r.end()).toList();
    }

    private static List<String> queue(Store store, int limit) {
        return store.reviews().queue(limit).stream().map(q -> q.key().toString()).toList();
    }

    /** The whole queue read {@code size} items a page, each page after the last item of the one before. */
    private static List<String> paged(Store store, int size) {
        List<String> out = new ArrayList<>();
        String after = null;
        while (true) {
            List<QueueItem> page = store.reviews().queue(after, size);
            page.forEach(q -> out.add(q.key().toString()));
            if (page.size() < size) return out;
            after = page.get(page.size() - 1).position();
        }
    }

    @OnEachDatabase
    void theQueueReadFromItsIndexIsTheQueueSortedWhole(TestDatabase db) throws Exception {
        try (Store store = loaded(db)) {
            List<String> all = queueByOneSort(db, 100);
            assertEquals(12, all.size(), "six claims and six events, none reviewed");
            assertTrue(all.get(0).startsWith("claim:"), "a claim of the disputed group first");
            for (int limit = 1; limit <= all.size() + 1; limit++) assertEquals(all.subList(0, Math.min(limit, all.size())), queue(store, limit), "limit " + limit);
            for (int size = 1; size <= 5; size++) assertEquals(all, paged(store, size), "pages of " + size);

            store.reviews().write(new ReviewWrite(ItemKey.parse(all.get(0)), Action.ACCEPT, 0, null, null, "olena"));
            store.reviews().write(new ReviewWrite(ItemKey.parse(all.get(5)), Action.REJECT, 0, null, "not a figure", "olena"));
            String report = ItemKey.parse(all.get(1)).reportId();
            store.reviews().write(new ReviewWrite(ItemKey.report(report), Action.RETRACT, 0, null, "withdrawn", "admin"));
            List<String> left = queueByOneSort(db, 100);
            assertTrue(left.size() < all.size() - 2, "reviewed items and the retracted report's are out");
            assertEquals(left, queue(store, 100));
            assertEquals(left.subList(0, 3), queue(store, 3));
            assertEquals(left, paged(store, 2));
            try (Connection c = db.connect(data); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM review_queue")) {
                rs.next();
                assertEquals(all.size() - 2, rs.getInt(1), "the two reviewed items are taken out of the table, not only skipped");
            }
        }
    }

    /**
     * The queue keeps up with what is stored, linked and relinked after it was first read: new reports, groups that
     * grow past a power of two (their older members move up), a report linked after it was queued, and a relink.
     */
    @OnEachDatabase
    void theQueueKeepsUpWithNewReportsLinksAndRelinks(TestDatabase db) throws Exception {
        try (Store store = loaded(db)) {
            assertEquals(queueByOneSort(db, 100), queue(store, 100));
            store.link(REGIONS);  // report 6, queued before it was linked
            assertEquals(queueByOneSort(db, 100), queue(store, 100));
            add(store, 7, 40, "residents", Side.UKRAINE, "Ivan Fedorov", "20", "Melitopol", false);
            add(store, 8, 40, "residents", Side.UKRAINE, "Ivan Fedorov", "20", "Melitopol", false);
            store.link(REGIONS);  // the strike of the 20th told by three reports, then four
            List<String> expected = queueByOneSort(db, 100);
            assertEquals(expected, queue(store, 100));
            assertEquals(expected, paged(store, 4));
            store.relink(REGIONS, n -> { });
            assertEquals(queueByOneSort(db, 100), queue(store, 100));
        }
    }

    @OnEachDatabase
    void aPositionThatIsNotOneIsRefused(TestDatabase db) {
        try (Store store = loaded(db)) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> store.reviews().queue("x.report:abc", 10));
            assertTrue(e.getMessage().startsWith("not a position in the review queue"), e.getMessage());
        }
    }

    @OnEachDatabase
    void theLedgerListsDisputedGroupsFirstThenTheLargest(TestDatabase db) {
        try (Store store = loaded(db)) {
            List<ClaimGroup> groups = store.ledger().groups(ClaimQuery.all());
            List<ClaimGroup> sorted = new ArrayList<>(groups);
            sorted.sort(Comparator.comparing((ClaimGroup g) -> !g.disputed()).thenComparing(g -> -g.claims().size()).thenComparing(ClaimGroup::id));
            assertEquals(sorted.stream().map(ClaimGroup::id).toList(), groups.stream().map(ClaimGroup::id).toList());
            assertTrue(groups.get(0).disputed(), "1.5 million against 300,000");
            assertTrue(groups.stream().anyMatch(g -> !g.disputed() && g.claims().size() == 2), "the two figures of 40 detained agree");
            assertEquals(groups.subList(0, 2).stream().map(ClaimGroup::id).toList(),
                    store.ledger().groups(new ClaimQuery(null, null, null, false, 1, 2)).stream().map(ClaimGroup::id).toList());
            assertEquals(groups.stream().filter(ClaimGroup::disputed).map(ClaimGroup::id).toList(),
                    store.ledger().groups(new ClaimQuery(null, null, null, true, 1, 100)).stream().map(ClaimGroup::id).toList());
        }
    }

    /** A side as the ledger's columns and paging name it. */
    private static String side(GroupedClaim k) {
        return k.claim().claimantSide() == null ? "unknown" : k.claim().claimantSide().label();
    }

    /** The first {@code n} claims of each side after the first {@code offset} of it, in the group's order. */
    private static List<GroupedClaim> firstOfEachSide(ClaimGroup g, int offset, int n) {
        Map<String, Integer> seen = new TreeMap<>();
        List<GroupedClaim> out = new ArrayList<>();
        for (GroupedClaim k : g.claims()) {
            int i = seen.merge(side(k), 1, Integer::sum);
            if (i > offset && i <= offset + n) out.add(k);
        }
        return out;
    }

    /** The chart's definition: each side's lowest and highest figure of each dated claim's date, and how many. */
    private static List<LedgerCard.ChartPoint> chartOf(ClaimGroup g) {
        Map<List<String>, List<Double>> by = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (GroupedClaim k : g.claims()) {
            if (k.date() != null) by.computeIfAbsent(List.of(side(k), k.date()), x -> new ArrayList<>()).add(k.claim().value());
        }
        List<LedgerCard.ChartPoint> out = new ArrayList<>();
        by.forEach((k, v) -> out.add(new LedgerCard.ChartPoint(k.get(0), k.get(1), v.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                v.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), v.size())));
        return out;
    }

    /** Each card against its whole group: same order, the counts, the first claims of each side, the chart. */
    private static void assertCardsAreTheGroupsCut(Store store, boolean reviewedOnly, int perSide) {
        List<ClaimGroup> whole = store.ledger().groups(ClaimQuery.all()).stream()
                .map(g -> reviewedOnly ? g.reviewedOnly() : g).filter(java.util.Objects::nonNull).toList();
        List<LedgerCard> cards = store.ledger().cards(ClaimQuery.all(), reviewedOnly, perSide);
        assertEquals(whole.stream().map(ClaimGroup::id).toList(), cards.stream().map(c -> c.group().id()).toList());
        for (int i = 0; i < whole.size(); i++) {
            ClaimGroup g = whole.get(i);
            LedgerCard card = cards.get(i);
            assertEquals(g.claims().size(), card.claimCount());
            assertEquals(g.claims().stream().map(k -> k.report().id()).distinct().count(), card.reportCount());
            assertEquals(firstOfEachSide(g, 0, perSide), card.group().claims(), "group " + g.id() + ", " + perSide + " a side");
            assertEquals(chartOf(g), card.chart(), "group " + g.id());
            for (String s : card.sides().keySet()) {
                long n = g.claims().stream().filter(k -> side(k).equals(s)).count();
                assertEquals(n, card.claimsOf(s));
                assertEquals(n > perSide ? perSide : -1, card.nextOffset(s));
            }
        }
    }

    @OnEachDatabase
    void theLedgerCardsAreTheWholeGroupsCutToAPageOfEachSide(TestDatabase db) {
        try (Store store = loaded(db)) {
            // Read (and kept) before two more reports are linked: the cards must follow the links (the kept cards are
            // read again from their tallies and the new reports' claims only).
            for (int perSide = 1; perSide <= 3; perSide++) assertCardsAreTheGroupsCut(store, false, perSide);
            add(store, 7, 1_600_000, "passports", Side.OCCUPATION, "Yevhen Balytskyi", "06", "Melitopol", false);
            add(store, 8, 1_400_000, "passports", Side.OCCUPATION, null, "08", "Melitopol", false);
            store.link(REGIONS);
            for (int perSide = 1; perSide <= 4; perSide++) assertCardsAreTheGroupsCut(store, false, perSide);

            // A side read a page at a time makes that side's claims, in order.
            ClaimGroup passports = store.ledger().groups(ClaimQuery.all()).get(0);
            List<GroupedClaim> occupation = passports.claims().stream().filter(k -> side(k).equals("occupation")).toList();
            assertTrue(occupation.size() >= 4, occupation.toString());
            assertEquals(occupation, pagedThrough(store, passports.id(), "occupation"));
            assertEquals(List.of(), store.ledger().card(passports.id(), false, "occupation", 50, 3).orElseThrow().group().claims(), "past the end");
            assertTrue(store.ledger().card(999_999, false, null, 0, 3).isEmpty());

            // A corrected figure reaches the chart, an accepted claim is what reviewed=1 keeps, a retracted report's claims leave.
            GroupedClaim first = passports.claims().get(0);
            store.reviews().write(new ReviewWrite(ItemKey.claim(first.report().id(), first.claim().start(), first.claim().end()), Action.CORRECT, 0,
                    new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("value", 1_200_000), "misread", "olena"));
            GroupedClaim second = passports.claims().get(1);
            store.reviews().write(new ReviewWrite(ItemKey.claim(second.report().id(), second.claim().start(), second.claim().end()), Action.ACCEPT,
                    0, null, null, "olena"));
            GroupedClaim last = passports.claims().get(passports.claims().size() - 1);
            store.reviews().write(new ReviewWrite(ItemKey.report(last.report().id()), Action.RETRACT, 0, null, "withdrawn", "admin"));
            for (int perSide = 1; perSide <= 3; perSide++) {
                assertCardsAreTheGroupsCut(store, false, perSide);
                assertCardsAreTheGroupsCut(store, true, perSide);
            }
            assertTrue(store.ledger().card(passports.id(), false, null, 0, 10).orElseThrow().chart().stream()
                    .anyMatch(p -> p.side().equals("occupation") && p.min() == 1_200_000), "the corrected figure");

            // More reports linked after the reviews, one earlier than every other (it heads its side's page): the kept
            // cards follow them, the correction and the retraction still in force.
            add(store, 9, 900_000, "passports", Side.OCCUPATION, "Yevhen Balytskyi", "01", "Melitopol", false);
            add(store, 10, 35, "residents", Side.OCCUPATION, null, "22", "Melitopol", false);
            add(store, 11, 60, "residents", Side.UKRAINE, "Ivan Fedorov", "23", "Melitopol", false);
            store.link(REGIONS);
            for (int perSide = 1; perSide <= 3; perSide++) {
                assertCardsAreTheGroupsCut(store, false, perSide);
                assertCardsAreTheGroupsCut(store, true, perSide);
            }

            // A report published earlier than one already shown, nearly its copy: the shown one is now its reprint.
            String seventh = Report.contentId("Report 7: Yevhen Balytskyi said that 1600000 Russian passports had been issued in"
                    + " Zaporizhzhia Oblast. A missile strike hit a school in Melitopol on 06 October 2023.");
            for (int perSide = 4; perSide <= 5; perSide++) assertCardsAreTheGroupsCut(store, false, perSide);
            pagedThrough(store, passports.id(), "occupation");  // kept, to be read again from there
            assertTrue(store.ledger().cards(ClaimQuery.all(), false, 5).get(0).group().claims().stream()
                    .anyMatch(k -> k.report().id().equals(seventh) && k.report().nearDuplicateOf() == null), "shown, kept");
            add(store, 7, 1_600_000, "passports", Side.OCCUPATION, "Yevhen Balytskyi", "06", "Melitopol", false, "2023-10-02",
                    " Officials repeated the figure.");
            store.link(REGIONS);
            assertEquals(1, store.linkCounts().nearDuplicates(), "the new report is the original of report 7");
            assertTrue(store.ledger().groups(ClaimQuery.all()).get(0).claims().stream()
                    .anyMatch(k -> k.report().id().equals(seventh) && k.report().nearDuplicateOf() != null));
            for (int perSide = 1; perSide <= 5; perSide++) assertCardsAreTheGroupsCut(store, false, perSide);
            assertEquals(store.ledger().groups(ClaimQuery.all()).get(0).claims().stream().filter(k -> side(k).equals("occupation")).toList(),
                    pagedThrough(store, passports.id(), "occupation"), "a group's pages follow the links too");
        }
    }

    /** A side of a group read a page of three at a time. */
    private static List<GroupedClaim> pagedThrough(Store store, long group, String side) {
        List<GroupedClaim> paged = new ArrayList<>();
        for (int offset = 0; offset >= 0; ) {
            LedgerCard page = store.ledger().card(group, false, side, offset, 3).orElseThrow();
            assertTrue(page.group().claims().stream().allMatch(k -> side(k).equals(side)), "only the side asked for");
            paged.addAll(page.group().claims());
            offset = page.nextOffset(side);
        }
        return paged;
    }

    private static Map<String, Integer> counted(List<DatedCount> counts) {
        return counts.stream().collect(Collectors.toMap(d -> d.type() + " " + d.date(), DatedCount::count, Integer::sum, TreeMap::new));
    }

    private static Map<String, Integer> countedOneByOne(List<TimelineEvent> events) {
        return events.stream().collect(Collectors.toMap(e -> e.type() + " " + (e.date() != null ? e.date() : e.firstReported()), e -> 1,
                Integer::sum, TreeMap::new));
    }

    @OnEachDatabase
    void theTimelineCountsAreTheEventsCountedOneByOne(TestDatabase db) {
        try (Store store = loaded(db)) {
            // Counted once with report 6 stored but not linked: linking it moves the counts.
            Map<String, Integer> unlinked = counted(store.timeline().datedCounts(false));
            store.link(REGIONS);
            assertEquals(unlinked.values().stream().mapToInt(Integer::intValue).sum() + 1,
                    counted(store.timeline().datedCounts(false)).values().stream().mapToInt(Integer::intValue).sum());
            // Counted, then two reports linked to events counted before: those events are counted again, not twice.
            add(store, 7, 9_000, "passports", null, null, "06", "Melitopol", false);
            add(store, 8, 7_000, "passports", null, null, "25", null, false);
            store.link(REGIONS);
            List<TimelineEvent> events = store.timeline().events(EventQuery.all());
            assertTrue(events.stream().anyMatch(e -> e.reportCount() == 2), "the two reports of the strike of 6 October are one event");
            assertEquals(countedOneByOne(events), counted(store.timeline().datedCounts(false)));
            assertEquals(Map.of(), counted(store.timeline().datedCounts(true)), "nothing reviewed yet");

            TimelineEvent first = events.get(0);
            ClusteredEvent told = first.mentions().get(0);
            store.reviews().write(new ReviewWrite(ItemKey.event(told.report().id(), told.event().start(), told.event().end()), Action.ACCEPT,
                    0, null, null, "olena"));
            assertEquals(countedOneByOne(List.of(first)), counted(store.timeline().datedCounts(true)));

            String retracted = events.get(events.size() - 1).mentions().get(0).report().id();
            store.reviews().write(new ReviewWrite(ItemKey.report(retracted), Action.RETRACT, 0, null, "withdrawn", "admin"));
            assertEquals(countedOneByOne(store.timeline().events(EventQuery.all())), counted(store.timeline().datedCounts(false)));
        }
    }

    /** Each event's mentions as the store's tables link them now: cluster → its reports not retracted, with their review status. */
    private Map<Long, List<String>> linkedNow(TestDatabase db) throws Exception {
        Map<Long, List<String>> out = new TreeMap<>();
        try (Connection c = db.connect(data); PreparedStatement st = c.prepareStatement("SELECT l.cluster_id, l.report_id, x.status"
                + " FROM event_link l JOIN report r ON r.id = l.report_id JOIN event v ON v.report_id = l.report_id AND v.ord = l.event_ord"
                + " LEFT JOIN review x ON x.report_id = v.report_id AND x.kind = 'event' AND x.start_offset = v.start_offset"
                + " AND x.end_offset = v.end_offset WHERE " + Reviews.NOT_RETRACTED); ResultSet rs = st.executeQuery()) {
            while (rs.next()) out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2) + " " + rs.getString(3));
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    private static Map<Long, List<String>> shown(List<TimelineEvent> events) {
        Map<Long, List<String>> out = new TreeMap<>();
        for (TimelineEvent e : events) {
            if (e.mentions().isEmpty()) continue;
            out.put(e.id(), e.mentions().stream().map(m -> m.report().id() + " " + (m.review() == null ? null : m.review().status().label()))
                    .sorted().toList());
            assertEquals(e.mentions().stream().map(m -> m.report().id()).distinct().count(), e.reportCount(), "reports of event " + e.id());
        }
        return out;
    }

    /**
     * The events' mentions are kept per cluster between reads; whatever was read before, they are what the tables link
     * now: after more reports are linked (one of them to an event read before), a review and a retraction, and through
     * each way of reading them (the events whole, the heads then their mentions, one event).
     */
    @OnEachDatabase
    void theEventsMentionsReadAfterEachWriteAreTheLinksOfNow(TestDatabase db) throws Exception {
        try (Store store = loaded(db)) {
            assertEquals(linkedNow(db), shown(store.timeline().events(EventQuery.all())));
            TimelineEvent strike = store.timeline().events(EventQuery.all()).stream().max(Comparator.comparingInt(TimelineEvent::reportCount)).orElseThrow();
            assertEquals(3, strike.reportCount(), "the strike of 6 and 7 October");

            add(store, 7, 250_000, "passports", Side.UKRAINE, "Ivan Fedorov", "06", "Melitopol", false);  // the strike of 6 October again
            store.link(REGIONS);
            assertEquals(linkedNow(db), shown(store.timeline().events(EventQuery.all())));
            assertEquals(4, store.timeline().event(strike.id()).orElseThrow().reportCount(), "the kept event took the report linked to it");
            List<TimelineEvent> heads = store.timeline().heads(EventQuery.all());
            assertEquals(linkedNow(db), shown(store.timeline().withMentions(heads)));

            ClusteredEvent told = strike.mentions().get(0);
            store.reviews().write(new ReviewWrite(ItemKey.event(told.report().id(), told.event().start(), told.event().end()), Action.REJECT,
                    0, null, "not a strike", "olena"));
            assertEquals(linkedNow(db), shown(store.timeline().events(EventQuery.all())));
            assertEquals(Review.UNREVIEWED, store.timeline().event(strike.id()).orElseThrow().status(), "one of four mentions rejected");

            String retracted = strike.mentions().get(1).report().id();
            store.reviews().write(new ReviewWrite(ItemKey.report(retracted), Action.RETRACT, 0, null, "withdrawn", "admin"));
            Map<Long, List<String>> now = linkedNow(db);
            assertEquals(now, shown(store.timeline().events(EventQuery.all())));
            assertEquals(3, store.timeline().event(strike.id()).orElseThrow().reportCount(), "the retracted report left the event");
        }
    }

    /** The catalog's batched read of the reports is what loading each whole says of them, from any seq on. */
    @OnEachDatabase
    void theReportsNamesAreWhatTheStoredReportsSay(TestDatabase db) {
        try (Store store = loaded(db)) {
            String text = "Ivan Fedorov said that Ivan Fedorov would stay.";
            Report r = new Report(Report.contentId(text), "https://example.org/f", "Outlet F", "Fedorov", "2023-10", null, text);
            store.add(r, new Extraction(r.id(), "en", List.of(), List.of(new Entity("Ivan Fedorov", EntityType.PERSON,
                    List.of(at(text, "Ivan Fedorov"), new Mention("Ivan Fedorov", text.lastIndexOf("Ivan"), text.lastIndexOf("Ivan") + 12)))),
                    List.of(), List.of(), List.of(), List.of()));
            List<ReportNames> whole = new ArrayList<>();
            store.forEach(s -> whole.add(new ReportNames(s.seq(), s.report().id(), s.report().title(), s.report().url(), s.report().outlet(),
                    s.report().published(), s.extraction().language(), s.report().language(), s.extraction().entities(), s.extraction().places(),
                    s.extraction().events().stream().map(Event::type).toList(),
                    s.extraction().claims().stream().filter(c -> c.claimantSide() != null).map(c -> c.claimantSide().label()).toList())));
            assertEquals(7, whole.size());
            List<ReportNames> read = new ArrayList<>();
            store.forEachNamesAfter(0, read::add);
            assertEquals(whole, read);
            List<ReportNames> after = new ArrayList<>();
            store.forEachNamesAfter(whole.get(4).seq(), after::add);
            assertEquals(whole.subList(5, 7), after);
        }
    }
}

