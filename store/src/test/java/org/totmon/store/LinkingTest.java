package org.totmon.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import db.migration.common.V36__report_bands;
import db.migration.common.V37__event_blocks_packed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.totmon.linker.DateSpan;
import org.totmon.linker.Disagreement;
import org.totmon.linker.EventClustering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.linker.Regions;
import org.totmon.model.Claim;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Modality;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.model.TimeMention;

/** Claim groups, event clusters and near-duplicates over a real store, with layers written by hand for our own reports. */
class LinkingTest {
    @TempDir Path dir;

    private static final Regions REGIONS = place -> switch (place.name()) {
        case "Melitopol", "Zaporizhzhia Oblast" -> new Regions.Region("Zaporizhzhia Oblast", "UA");
        default -> null;
    };

    private static final String PASSPORTS_OCCUPATION = "Occupation governor Yevhen Balytskyi said on 30 May that 1.5 million"
            + " Russian passports had been issued in Zaporizhzhia Oblast.";
    private static final String PASSPORTS_UKRAINE = "Ukraine's Defense Intelligence said on 1 June that only 300,000 Russian"
            + " passports had been issued in Zaporizhzhia Oblast. In Melitopol 40 residents were detained.";
    private static final String PASSPORTS_OCCUPATION_AGAIN = "The occupation administration repeated on 2 June that about 1.45"
            + " million Russian passports had been issued in Zaporizhzhia Oblast.";
    private static final String STRIKE = "A Russian missile strike hit a residential building in Melitopol on 6 October 2023,"
            + " the city's exiled mayor Ivan Fedorov said. Rescuers searched the rubble through the night.";
    private static final String STRIKE_OWN = "A drone attack on Melitopol on 6 October 2023 damaged a residential building,"
            + " Ivan Fedorov said.";
    private static final String STRIKE_REPRINT = STRIKE + "\nRead more stories like this on our channel.";

    private static Report report(String text, String outlet, String published) {
        return new Report(Report.contentId(text), null, outlet, null, published, "en", text);
    }

    private static Mention at(String text, String surface) {
        int i = text.indexOf(surface);
        if (i < 0) throw new IllegalArgumentException(surface + " not in " + text);
        return new Mention(surface, i, i + surface.length());
    }

    private static Place place(String text, String name, PlaceKind kind) {
        return new Place(name, kind, 47, 35, null, List.of(at(text, name)));
    }

    private static Claim claim(String text, String figure, double value, String qualifier, String unit, String subject,
                               String claimant, Side side) {
        Mention m = at(text, figure);
        return new Claim(figure, value, null, qualifier, unit, subject, claimant, side, false, m.start(), m.end());
    }

    private static Event attack(String text, String evidence, List<String> actors) {
        Mention m = at(text, evidence);
        return new Event("ATTACK", evidence, "2023-10-06", "Melitopol", actors, Modality.FACT, "Explosions/Remote violence",
                "Air/drone strike", m.start(), m.end());
    }

    private static Extraction extraction(Report r, List<Place> places, List<TimeMention> times, List<Claim> claims, List<Event> events) {
        return new Extraction(r.id(), "en", List.of(), List.of(), places, times, claims, events);
    }

    private record Item(Report report, Extraction extraction) {}

    private static List<Item> passports() {
        List<Item> out = new ArrayList<>();
        Report a = report(PASSPORTS_OCCUPATION, "Outlet A", "2023-06-01");
        out.add(new Item(a, extraction(a, List.of(place(a.text(), "Zaporizhzhia Oblast", PlaceKind.REGION)),
                List.of(new TimeMention("30 May", "2023-05-30", at(a.text(), "30 May").start(), at(a.text(), "30 May").end())),
                List.of(claim(a.text(), "1.5 million Russian passports", 1_500_000, "exact", "passports",
                        "1.5 million Russian passports had been issued", "Yevhen Balytskyi", Side.OCCUPATION)), List.of())));
        Report b = report(PASSPORTS_UKRAINE, "Outlet B", "2023-06-02");
        out.add(new Item(b, extraction(b, List.of(place(b.text(), "Zaporizhzhia Oblast", PlaceKind.REGION),
                        place(b.text(), "Melitopol", PlaceKind.SETTLEMENT)), List.of(),
                List.of(claim(b.text(), "300,000 Russian passports", 300_000, "exact", "passports",
                                "only 300,000 Russian passports had been issued", "Defense Intelligence of Ukraine", Side.UKRAINE),
                        claim(b.text(), "40 residents", 40, "exact", "residents", "40 residents were detained",
                                "Defense Intelligence of Ukraine", Side.UKRAINE)), List.of())));
        Report c = report(PASSPORTS_OCCUPATION_AGAIN, "Outlet C", "2023-06-02");
        out.add(new Item(c, extraction(c, List.of(place(c.text(), "Zaporizhzhia Oblast", PlaceKind.REGION)), List.of(),
                List.of(claim(c.text(), "1.45 million Russian passports", 1_450_000, "approx", "passports",
                        "about 1.45 million Russian passports had been issued", "occupation administration", Side.OCCUPATION)), List.of())));
        return out;
    }

    private static List<Item> strikes() {
        Report own = report(STRIKE_OWN, "Outlet E", "2023-10-06");
        Report reprint = report(STRIKE_REPRINT, "Outlet R", "2023-10-08");
        Report original = report(STRIKE, "Outlet D", "2023-10-07");
        // The reprint is stored before the report it copies: the earlier published one is still the original.
        return List.of(
                new Item(own, extraction(own, List.of(place(own.text(), "Melitopol", PlaceKind.SETTLEMENT)), List.of(), List.of(),
                        List.of(attack(own.text(), STRIKE_OWN, List.of("Ivan Fedorov"))))),
                new Item(reprint, extraction(reprint, List.of(place(reprint.text(), "Melitopol", PlaceKind.SETTLEMENT)), List.of(), List.of(),
                        List.of(attack(reprint.text(), STRIKE.substring(0, STRIKE.indexOf(" Rescuers")), List.of("Ivan Fedorov"))))),
                new Item(original, extraction(original, List.of(place(original.text(), "Melitopol", PlaceKind.SETTLEMENT)), List.of(), List.of(),
                        List.of(attack(original.text(), STRIKE.substring(0, STRIKE.indexOf(" Rescuers")), List.of("Ivan Fedorov"))))));
    }

    private static Store ingest(TestDatabase db, Path data, List<Item> items) {
        Store store = db.open(data);
        for (Item i : items) {
            store.add(i.report(), i.extraction());
            assertEquals(1, store.link(REGIONS), "each new report is linked once");
        }
        return store;
    }

    @OnEachDatabase
    void figuresOfTwoSidesForOneMeasureAreGroupedAndFlagged(TestDatabase db) {
        try (Store store = ingest(db, dir.resolve("data"), passports())) {
            List<ClaimGroup> groups = store.ledger().groups(ClaimQuery.all());
            assertEquals(2, groups.size(), "passports in the oblast, and detentions in Melitopol");
            ClaimGroup passports = groups.get(0);
            assertEquals("passports", passports.concept());
            assertEquals("Zaporizhzhia Oblast", passports.place());
            assertEquals(List.of(1_500_000.0, 300_000.0, 1_450_000.0), passports.claims().stream().map(c -> c.claim().value()).toList());
            assertEquals(List.of("2023-05-30", "2023-06-02", "2023-06-02"), passports.claims().stream().map(GroupedClaim::date).toList());
            assertTrue(passports.disputed());
            assertEquals("occupation 1,500,000 (Yevhen Balytskyi, 2023-05-30) vs ukraine 300,000 (Defense Intelligence of Ukraine, 2023-06-02)",
                    passports.disagreement());
            ClaimGroup detained = groups.get(1);
            assertEquals("detained", detained.concept());
            assertEquals("Melitopol", detained.place());
            assertEquals("Zaporizhzhia Oblast", detained.admin1());
            assertFalse(detained.disputed());

            assertEquals(List.of(detained.id()), store.ledger().groups(new ClaimQuery("detain", null, null, false, 1, 10))
                    .stream().map(ClaimGroup::id).toList());
            assertEquals(2, store.ledger().groups(new ClaimQuery(null, "zaporizhzhia oblast", null, false, 1, 10)).size(),
                    "a place's region selects it too");
            assertEquals(List.of(passports.id()), store.ledger().groups(new ClaimQuery(null, null, Side.OCCUPATION, false, 1, 10))
                    .stream().map(ClaimGroup::id).toList());
            assertEquals(1, store.ledger().groups(new ClaimQuery(null, null, null, true, 1, 10)).size());
            assertEquals(passports, store.ledger().group(passports.id()).orElseThrow());
        }
    }

    /**
     * A group's disagreement is kept up to date from each new report's figures alone; it must still be the first
     * disagreeing pair of the whole group, in the order the figures were stored, as Disagreement.find gives it.
     */
    @OnEachDatabase
    void aLargeGroupsDisagreementIsTheFirstDisagreeingPairOfAllItsFigures(TestDatabase db) {
        Random random = new Random(5);
        List<Item> items = new ArrayList<>();
        List<Disagreement.Figure> figures = new ArrayList<>();
        List<String> claimants = new ArrayList<>();
        List<Side> sides = java.util.Arrays.asList(Side.OCCUPATION, Side.UKRAINE, Side.THIRD_PARTY, null);
        List<String> qualifiers = List.of("exact", "approx", "at_least", "at_most");
        for (int i = 0; i < 60; i++) {
            LocalDate day = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(3 * 365));
            String when = day.getDayOfMonth() + " " + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            long value = 100_000 + 10_000L * random.nextInt(200);
            String claimant = "Official " + i;
            String text = claimant + " said on " + when + " that " + value + " Russian passports had been issued in Zaporizhzhia Oblast.";
            Report r = report(text, "Outlet " + i, day.plusDays(1).toString());
            Side side = sides.get(random.nextInt(sides.size()));
            String qualifier = qualifiers.get(random.nextInt(qualifiers.size()));
            items.add(new Item(r, extraction(r, List.of(place(text, "Zaporizhzhia Oblast", PlaceKind.REGION)),
                    List.of(new TimeMention(when, day.toString(), at(text, when).start(), at(text, when).end())),
                    List.of(claim(text, value + " Russian passports", value, qualifier, "passports",
                            value + " Russian passports had been issued", claimant, side)), List.of())));
            figures.add(new Disagreement.Figure(value, null, qualifier, side, DateSpan.parse(day.toString())));
            claimants.add(claimant + ", " + day);
        }
        Disagreement.Conflict first = Disagreement.find(figures, true, true).orElseThrow(); // passports are a running total
        String expected = describe(figures.get(first.first()), claimants.get(first.first())) + " vs "
                + describe(figures.get(first.second()), claimants.get(first.second()));
        try (Store store = ingest(db, dir.resolve("data"), items)) {
            List<ClaimGroup> groups = store.ledger().groups(ClaimQuery.all());
            assertEquals(1, groups.size());
            assertEquals(60, groups.get(0).claims().size());
            assertEquals(expected, groups.get(0).disagreement());
        }
    }

    private static String describe(Disagreement.Figure f, String claimantAndDate) {
        return f.side().label() + " " + Disagreement.describe(f.value(), f.valueMax(), f.qualifier()) + " (" + claimantAndDate + ")";
    }

    /**
     * A store linked before claim_link kept each figure (V38) gets them from its claims, and a figure linked later is
     * compared with them: the dispute is found in the next process.
     */
    @OnEachDatabase
    void figuresLinkedBeforeTheyWereKeptWithTheirLinksAreCompared(TestDatabase db) throws Exception {
        List<Item> items = passports();
        Path data = dir.resolve("data");
        ingest(db, data, items.subList(0, 1)).close();
        String migration;
        try (var in = getClass().getResourceAsStream("/db/migration/common/V38__claim_link_figures.sql")) {
            migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (Connection c = db.connect(data); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE claim_link SET report_seq = NULL, amount = NULL, amount_max = NULL, qualifier = NULL,"
                    + " claimant = NULL, claimant_side = NULL, start_offset = NULL, end_offset = NULL"));
            st.executeUpdate(migration.substring(migration.indexOf("UPDATE claim_link")).replace(";", ""));
        }
        try (Store store = ingest(db, data, items.subList(1, 2))) {
            ClaimGroup passports = store.ledger().groups(ClaimQuery.all()).get(0);
            assertEquals(List.of(1_500_000.0, 300_000.0), passports.claims().stream().map(c -> c.claim().value()).toList());
            assertEquals("occupation 1,500,000 (Yevhen Balytskyi, 2023-05-30) vs ukraine 300,000 (Defense Intelligence of Ukraine, 2023-06-02)",
                    passports.disagreement());
        }
    }

    @OnEachDatabase
    void theSameSidesFiguresWithinTheMarginAreNotFlagged(TestDatabase db) {
        List<Item> items = passports();
        try (Store store = ingest(db, dir.resolve("data"), List.of(items.get(0), items.get(2)))) {
            ClaimGroup passports = store.ledger().groups(ClaimQuery.all()).get(0);
            assertEquals(2, passports.claims().size());
            assertFalse(passports.disputed());
        }
    }

    @OnEachDatabase
    void reportsOfOneStrikeAreOneEventAndAReprintCountsOnce(TestDatabase db) {
        List<Item> items = strikes();
        try (Store store = ingest(db, dir.resolve("data"), items)) {
            List<TimelineEvent> events = store.timeline().events(EventQuery.all());
            assertEquals(1, events.size());
            TimelineEvent strike = events.get(0);
            assertEquals("ATTACK", strike.type());
            assertEquals("2023-10-06", strike.date());
            assertEquals("2023-10-06", strike.firstReported());
            assertEquals("Melitopol", strike.place());
            assertEquals("Zaporizhzhia Oblast", strike.admin1());
            assertEquals("UA", strike.country());
            assertEquals(3, strike.reportCount());
            assertEquals(2, strike.independentSources());
            assertEquals(List.of("Ivan Fedorov"), strike.actors());
            String originalId = items.get(2).report().id();
            assertEquals(List.of("2023-10-06", "2023-10-07", "2023-10-08"),
                    strike.mentions().stream().map(m -> m.report().published()).toList(), "mentions by publication date");
            SourceReport reprint = strike.mentions().get(2).report();
            assertEquals(items.get(1).report().id(), reprint.id());
            assertEquals(originalId, reprint.nearDuplicateOf(), "the earlier published copy is the original, though stored later");
            assertFalse(strike.mentions().get(2).independent());
            assertTrue(strike.mentions().get(1).independent());
            assertFalse(strike.mentions().get(1).report().isCopy());
            assertEquals(1, store.linkCounts().nearDuplicates());

            assertEquals(1, store.timeline().events(new EventQuery("zaporizhzhia oblast", "attack", null, null, 10)).size());
            assertEquals(0, store.timeline().events(new EventQuery(null, "ELECTION", null, null, 10)).size());
            assertEquals(0, store.timeline().events(new EventQuery(null, null, java.time.LocalDate.of(2023, 10, 7), null, 10)).size());
            assertEquals(1, store.timeline().events(new EventQuery(null, null, null, java.time.LocalDate.of(2023, 10, 6), 10)).size());
        }
    }

    @OnEachDatabase
    void aReportKnowsItsOriginalAndItsCopies(TestDatabase db) {
        List<Item> items = strikes();
        try (Store store = ingest(db, dir.resolve("data"), items)) {
            String own = items.get(0).report().id(), reprint = items.get(1).report().id(), original = items.get(2).report().id();
            List<NearDuplicate> ofReprint = store.nearDuplicates(reprint);
            assertEquals(1, ofReprint.size());
            assertEquals(original, ofReprint.get(0).report().id());
            assertTrue(ofReprint.get(0).original(), "the reprint copies the original");
            assertEquals("Outlet D", ofReprint.get(0).report().outlet());
            assertTrue(ofReprint.get(0).similarity() >= 0.7, "" + ofReprint.get(0).similarity());
            List<NearDuplicate> ofOriginal = store.nearDuplicates(original);
            assertEquals(List.of(reprint), ofOriginal.stream().map(d -> d.report().id()).toList());
            assertFalse(ofOriginal.get(0).original(), "the other one is its copy");
            assertEquals(List.of(), store.nearDuplicates(own), "its own words: no copy");
        }
    }

    @OnEachDatabase
    void aCopyIsASourceOfAnEventItsOriginalDoesNotReport(TestDatabase db) {
        List<Item> items = strikes();
        Report original = items.get(2).report();
        Item originalWithoutEvent = new Item(original, extraction(original, items.get(2).extraction().places(), List.of(), List.of(), List.of()));
        try (Store store = ingest(db, dir.resolve("data"), List.of(items.get(0), items.get(1), originalWithoutEvent))) {
            TimelineEvent strike = store.timeline().events(EventQuery.all()).get(0);
            assertEquals(2, strike.reportCount());
            assertEquals(2, strike.independentSources());
            ClusteredEvent reprint = strike.mentions().get(1);
            assertEquals(original.id(), reprint.report().nearDuplicateOf());
            assertTrue(reprint.independent());
        }
    }

    /** A report of the Melitopol strike by its {@code n}th outlet, dated by the event to {@code date}. */
    private static Item strikeTold(int n, String date) {
        String text = "Outlet " + n + " reports: " + STRIKE_OWN;
        Report r = report(text, "Outlet " + n, "2023-10-06");
        Mention m = at(text, STRIKE_OWN);
        return new Item(r, extraction(r, List.of(place(text, "Melitopol", PlaceKind.SETTLEMENT)), List.of(), List.of(),
                List.of(new Event("ATTACK", STRIKE_OWN, date, "Melitopol", List.of("Ivan Fedorov"), Modality.FACT,
                        "Explosions/Remote violence", "Air/drone strike", m.start(), m.end()))));
    }

    @OnEachDatabase
    void aClusterIsComparedThroughItsAnchorsAlone(TestDatabase db) {
        List<Item> all = new ArrayList<>();
        for (int n = 0; n < EventClustering.ANCHORS; n++) all.add(strikeTold(n, "2023-10-06"));
        // Three days after the anchors: it joins, but as no anchor.
        all.add(strikeTold(EventClustering.ANCHORS, "2023-10-09"));
        // Two days before the anchors and five before the mention just added: compared with the anchors alone, it joins.
        all.add(strikeTold(EventClustering.ANCHORS + 1, "2023-10-04"));
        // A week after the anchors: another strike.
        all.add(strikeTold(EventClustering.ANCHORS + 2, "2023-10-13"));
        try (Store store = ingest(db, dir.resolve("data"), all)) {
            List<TimelineEvent> events = store.timeline().events(EventQuery.all());
            assertEquals(List.of(EventClustering.ANCHORS + 2, 1), events.stream().map(TimelineEvent::reportCount).sorted(Comparator.reverseOrder()).toList());

            assertEquals(all.size(), store.relink(REGIONS, n -> {}));
            assertEquals(events, store.timeline().events(EventQuery.all()), "relinked in the same order, the same clusters");
        }
    }

    @OnEachDatabase
    void aClusterSummedUpInAnotherProcessIsSummedUpAlike(TestDatabase db) {
        List<Item> all = new ArrayList<>(strikes());
        all.add(strikeTold(0, "2023-10-06"));
        all.add(strikeTold(1, "2023-10"));
        Path data = dir.resolve("data");
        ingest(db, data, all.subList(0, 2)).close();
        // A new process holds no cluster: it goes on from the summary's state kept with the anchors.
        try (Store store = ingest(db, data, all.subList(2, all.size()))) {
            List<TimelineEvent> events = store.timeline().events(EventQuery.all());
            assertEquals(List.of(all.size()), events.stream().map(TimelineEvent::reportCount).toList());
            assertEquals("2023-10-06", events.get(0).date());
            store.relink(REGIONS, n -> {});
            assertEquals(events, store.timeline().events(EventQuery.all()));
        }
    }

    @OnEachDatabase
    void clustersLinkedBeforeTheirAnchorsWereKeptTogetherLinkAlike(TestDatabase db) throws Exception {
        List<Item> all = new ArrayList<>();
        for (int n = 0; n < 4; n++) all.add(strikeTold(n, "2023-10-0" + (5 + n % 2)));
        all.addAll(strikes());
        Path data = dir.resolve("data");
        try (Store store = ingest(db, data, all.subList(0, 3))) {
            assertEquals(1, store.linkCounts().events());
        }
        // As a store linked before V29 left them: clusters without their row of anchors.
        try (Connection c = db.connect(data); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("DELETE FROM event_anchors"));
        }
        try (Store store = db.open(data)) {
            for (Item i : all.subList(3, all.size())) {
                store.add(i.report(), i.extraction());
                store.link(REGIONS);
            }
            List<TimelineEvent> events = store.timeline().events(EventQuery.all());
            assertEquals(List.of(all.size()), events.stream().map(TimelineEvent::reportCount).toList(), "one strike, told by every report");
            store.relink(REGIONS, n -> {});
            assertEquals(events, store.timeline().events(EventQuery.all()));
        }
        try (Connection c = db.connect(data); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM event_anchors")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the cluster's anchors kept together again");
        }
    }

    /**
     * Two reports of explosions at an airfield with no actor, one placed in the town, one in its region: only their
     * evidence's words corroborate each other.
     */
    private static List<Item> explosionsToldTwice() {
        List<Item> out = new ArrayList<>();
        String[][] told = {{"Melitopol", "SETTLEMENT", "Explosions were heard at the airfield near Melitopol overnight, residents wrote."},
                {"Zaporizhzhia Oblast", "REGION", "Residents of Zaporizhzhia Oblast wrote that explosions were heard overnight at the airfield near Melitopol."}};
        for (String[] t : told) {
            Report r = report(t[2], "Outlet " + t[1], "2023-10-06");
            Mention m = at(t[2], t[2]);
            out.add(new Item(r, extraction(r, List.of(place(t[2], t[0], PlaceKind.valueOf(t[1]))), List.of(), List.of(),
                    List.of(new Event("ATTACK", t[2], "2023-10-06", t[0], List.of(), Modality.FACT, "Explosions/Remote violence",
                            "Air/drone strike", m.start(), m.end())))));
        }
        return out;
    }

    /** The explosions told in two processes, the first's anchors changed by {@code keptAs} in between: one event? */
    private void evidenceJoinsAcrossProcesses(TestDatabase db, ConnectionStep keptAs) throws Exception {
        List<Item> told = explosionsToldTwice();
        Path data = dir.resolve("data");
        ingest(db, data, told.subList(0, 1)).close();
        try (Connection c = db.connect(data)) {
            keptAs.apply(c);
        }
        try (Store store = ingest(db, data, told.subList(1, 2))) {
            assertEquals(List.of(2), store.timeline().events(EventQuery.all()).stream().map(TimelineEvent::reportCount).toList(),
                    "one event: the second report's evidence matches the kept anchor's");
        }
        try (Connection c = db.connect(data); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT packed, anchors, summary_packed, summary FROM event_anchors")) {
            assertTrue(rs.next());
            assertNull(rs.getString(2), "no text form left");
            assertNull(rs.getString(4), "no text form left");
            assertTrue(ClusterAnchors.unpack(rs.getBytes(3)).has("first"), "the summary packed");
            for (JsonNode a : ClusterAnchors.unpack(rs.getBytes(1))) {
                assertTrue(a.has("stems") && !a.has("text"), "kept packed with its stems from now on: " + a);
            }
        }
    }

    private interface ConnectionStep {
        void apply(Connection c) throws Exception;
    }

    @OnEachDatabase
    void anchorsKeptInAnotherProcessAreComparedByTheirEvidence(TestDatabase db) throws Exception {
        evidenceJoinsAcrossProcesses(db, c -> {});
    }

    @OnEachDatabase
    void anchorsKeptWithTheirEvidenceTextAreComparedAlike(TestDatabase db) throws Exception {
        // As a store linked before anchors kept their evidence's stems and concepts left them: with the evidence text, and
        // the anchors and summary as JSON text (before V34).
        evidenceJoinsAcrossProcesses(db, c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT cluster_id, packed, summary_packed FROM event_anchors");
                 PreparedStatement text = c.prepareStatement("SELECT text FROM event WHERE report_id = ? AND ord = ?");
                 PreparedStatement update = c.prepareStatement("UPDATE event_anchors SET anchors = ?, packed = NULL, summary = ?,"
                         + " summary_packed = NULL WHERE cluster_id = ?")) {
                assertTrue(rs.next());
                ArrayNode anchors = (ArrayNode) ClusterAnchors.unpack(rs.getBytes(2));
                for (JsonNode a : anchors) {
                    ObjectNode o = (ObjectNode) a;
                    assertTrue(o.remove("stems").size() > 0, "stems kept");
                    o.remove("concepts");
                    text.setString(1, o.get("report").asText());
                    text.setInt(2, o.get("ord").asInt());
                    try (ResultSet t = text.executeQuery()) {
                        assertTrue(t.next());
                        o.put("text", t.getString(1));
                    }
                }
                update.setString(1, anchors.toString());
                update.setString(2, ClusterAnchors.unpack(rs.getBytes(3)).toString());
                update.setLong(3, rs.getLong(1));
                assertEquals(1, update.executeUpdate());
            }
        });
    }

    /** The store of {@code items}' first two reports, linked by a process now closed: its data directory. */
    private Path firstTwoStored(TestDatabase db, List<Item> items) {
        Path data = dir.resolve("data");
        ingest(db, data, items.subList(0, 2)).close();
        return data;
    }

    @OnEachDatabase
    void aCopyOfAReportLinkedBeforeItsShinglesWereKeptIsFound(TestDatabase db) throws Exception {
        List<Item> items = strikes();
        Path data = firstTwoStored(db, items);
        try (Connection c = db.connect(data); Statement st = c.createStatement()) {
            assertEquals(2, st.executeUpdate("DELETE FROM report_shingles"));
        }
        try (Store store = ingest(db, data, items.subList(2, 3))) {
            assertEquals(List.of(items.get(2).report().id()),
                    store.nearDuplicates(items.get(1).report().id()).stream().map(d -> d.report().id()).toList());
        }
        try (Connection c = db.connect(data); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT report_id FROM report_shingles ORDER BY report_id")) {
            List<String> kept = new ArrayList<>();
            while (rs.next()) kept.add(rs.getString(1));
            assertEquals(items.subList(1, 3).stream().map(i -> i.report().id()).sorted().toList(), kept,
                    "the candidate's shingles made from its text are kept from now on, and the new report's");
        }
    }

    /**
     * Two processes on one PostgreSQL database: a mention joins the cluster the other process made, whose blocking keys
     * this process holds in memory only after catching up with the other's rows.
     */
    @Test
    void aMentionJoinsAClusterTheOtherProcessMade() {
        Path data = dir.resolve("data");
        try (Store a = TestDatabase.POSTGRESQL.open(data); Store b = Store.open(dir.resolve("b"), TestDatabase.POSTGRESQL.server(data))) {
            Item unrelated = passports().get(0);
            a.add(unrelated.report(), unrelated.extraction());
            assertEquals(1, a.link(REGIONS));
            Item first = strikeTold(1, "2023-10-06"), second = strikeTold(2, "2023-10-06");
            b.add(first.report(), first.extraction());
            assertEquals(1, b.link(REGIONS));
            a.add(second.report(), second.extraction());
            assertEquals(1, a.link(REGIONS));
            List<TimelineEvent> strikes = a.timeline().events(new EventQuery(null, "ATTACK", null, null, 10));
            assertEquals(List.of(2), strikes.stream().map(TimelineEvent::reportCount).toList(), "one strike, told by both");
        }
    }

    /**
     * A store linked when each blocking key filed was a row (before V37) keeps them, packed in chunks, and a mention
     * of the same strike still finds the cluster in the next process.
     */
    @OnEachDatabase
    void blockRowsOfTheOldFormArePacked(TestDatabase db) throws Exception {
        List<Item> items = strikes();
        Path data = firstTwoStored(db, items);
        try (Connection c = db.connect(data); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE event_block (block_key BIGINT NOT NULL, cluster_id BIGINT NOT NULL, PRIMARY KEY (block_key, cluster_id))");
            java.util.Set<String> filed = new java.util.TreeSet<>();
            try (ResultSet rs = st.executeQuery("SELECT seq, pairs FROM event_blocks ORDER BY seq");
                 PreparedStatement old = c.prepareStatement("INSERT INTO event_block (block_key, cluster_id) VALUES (?, ?)")) {
                while (rs.next()) {
                    assertTrue(rs.getLong(1) > 0, "a row a linked report");
                    long[] pairs = PackedLongs.unpack(rs.getBytes(2));
                    for (int i = 0; i < pairs.length; i += 2) {
                        filed.add(pairs[i] + " " + pairs[i + 1]);
                        old.setLong(1, pairs[i]);
                        old.setLong(2, pairs[i + 1]);
                        old.executeUpdate();
                    }
                }
            }
            assertTrue(filed.size() > 2, filed.toString());
            st.executeUpdate("DELETE FROM event_blocks");
            V37__event_blocks_packed.pack(c);
            st.executeUpdate("DROP TABLE event_block");
            java.util.Set<String> packed = new java.util.TreeSet<>();
            try (ResultSet rs = st.executeQuery("SELECT seq, pairs FROM event_blocks")) {
                while (rs.next()) {
                    assertTrue(rs.getLong(1) < 0, "filed by no one report");
                    long[] pairs = PackedLongs.unpack(rs.getBytes(2));
                    for (int i = 0; i < pairs.length; i += 2) packed.add(pairs[i] + " " + pairs[i + 1]);
                }
            }
            assertEquals(filed, packed);
        }
        try (Store store = ingest(db, data, items.subList(2, 3))) {
            assertEquals(List.of(3), store.timeline().events(EventQuery.all()).stream().map(TimelineEvent::reportCount).toList(),
                    "the third report joins the strike through the packed keys");
        }
    }

    /** A store linked when each report's buckets were twenty rows (before V36) keeps them, packed, and finds copies. */
    @OnEachDatabase
    void bandRowsOfTheOldFormArePacked(TestDatabase db) throws Exception {
        List<Item> items = strikes();
        Path data = dir.resolve("data");
        ingest(db, data, items.subList(0, 2)).close();
        List<String> packed = new ArrayList<>();
        try (Connection c = db.connect(data); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE report_band (bucket BIGINT NOT NULL, report_id VARCHAR(64) NOT NULL, PRIMARY KEY (bucket, report_id))");
            try (ResultSet rs = st.executeQuery("SELECT seq, report_id, buckets FROM report_bands ORDER BY seq");
                 PreparedStatement old = c.prepareStatement("INSERT INTO report_band (bucket, report_id) VALUES (?, ?)")) {
                while (rs.next()) {
                    long[] buckets = PackedLongs.unpack(rs.getBytes(3));
                    assertTrue(buckets.length > 1, "distinct buckets kept");
                    packed.add(rs.getLong(1) + " " + rs.getString(2) + " " + Arrays.toString(buckets));
                    for (long b : buckets) {
                        old.setLong(1, b);
                        old.setString(2, rs.getString(2));
                        old.executeUpdate();
                    }
                }
            }
            assertEquals(2, packed.size());
            st.executeUpdate("DELETE FROM report_bands");
            V36__report_bands.pack(c);
            st.executeUpdate("DROP TABLE report_band");
            List<String> again = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT seq, report_id, buckets FROM report_bands ORDER BY seq")) {
                while (rs.next()) again.add(rs.getLong(1) + " " + rs.getString(2) + " " + Arrays.toString(PackedLongs.unpack(rs.getBytes(3))));
            }
            assertEquals(packed, again);
        }
        try (Store store = ingest(db, data, items.subList(2, 3))) {
            assertEquals(List.of(items.get(2).report().id()),
                    store.nearDuplicates(items.get(1).report().id()).stream().map(d -> d.report().id()).toList());
        }
    }

    @OnEachDatabase
    void linkingOneByOneGivesWhatRelinkingAllGives(TestDatabase db) {
        List<Item> all = new ArrayList<>(passports());
        all.addAll(strikes());
        try (Store store = ingest(db, dir.resolve("data"), all)) {
            List<ClaimGroup> groups = store.ledger().groups(ClaimQuery.all());
            List<TimelineEvent> events = store.timeline().events(EventQuery.all());
            LinkCounts counts = store.linkCounts();

            assertEquals(all.size(), store.relink(REGIONS, n -> {}));

            assertEquals(groups, store.ledger().groups(ClaimQuery.all()));
            assertEquals(events, store.timeline().events(EventQuery.all()));
            assertEquals(counts, store.linkCounts());
            assertEquals(0, store.link(REGIONS), "nothing left to link");
        }
        try (Store reopened = db.open(dir.resolve("data"))) {
            assertEquals(0, reopened.link(REGIONS), "what was linked stays linked");
        }
    }

    @OnEachDatabase
    void storingAndLinkingSeveralReportsAtOnceGivesWhatRelinkingAllGives(TestDatabase db) {
        List<Item> all = new ArrayList<>(passports());
        all.addAll(strikes());
        try (Store store = db.open(dir.resolve("data"))) {
            // One report stored earlier and not linked is linked first, from the tables.
            store.add(all.get(0).report(), all.get(0).extraction());
            List<Store.Addition> rest = new ArrayList<>();
            for (Item i : all.subList(1, all.size())) rest.add(new Store.Addition(i.report(), i.extraction(), Provenance.NONE));
            // The first report again: already stored, so not added twice.
            rest.add(new Store.Addition(all.get(0).report(), all.get(0).extraction(), Provenance.NONE));

            List<IngestResult> results = store.addAndLink(rest, REGIONS);

            assertEquals(all.size(), results.size());
            assertFalse(results.get(results.size() - 1).added());
            assertTrue(results.subList(0, all.size() - 1).stream().allMatch(IngestResult::added));
            assertEquals(0, store.unlinkedCount());
            List<ClaimGroup> groups = store.ledger().groups(ClaimQuery.all());
            List<TimelineEvent> events = store.timeline().events(EventQuery.all());
            LinkCounts counts = store.linkCounts();
            assertTrue(counts.disputedGroups() > 0 && events.stream().anyMatch(e -> e.reportCount() > 1),
                    "the fixtures make disputes and multi-report clusters: " + counts);

            assertEquals(all.size(), store.relink(REGIONS, n -> {}));

            assertEquals(groups, store.ledger().groups(ClaimQuery.all()));
            assertEquals(events, store.timeline().events(EventQuery.all()));
            assertEquals(counts, store.linkCounts());
        }
    }

    @OnEachDatabase
    void anActOverSeveralRegionsStaysApartFromOneRegionsEventWhenLinkedInABatch(TestDatabase db) {
        String four = "The occupation held referendums in the Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts in September 2022.";
        String one = "The occupation held a referendum in Zaporizhzhia Oblast in September 2022.";
        String again = "Referendums were held in September 2022 in the Kherson and Zaporizhzhia oblasts, the occupation said.";
        List<Store.Addition> batch = new ArrayList<>();
        for (String[] r : List.of(new String[] {four, "Outlet F", "true"}, new String[] {one, "Outlet Z", "false"},
                new String[] {again, "Outlet G", "true"})) {
            Report report = report(r[0], r[1], "2022-09-28");
            boolean several = Boolean.parseBoolean(r[2]);
            Mention m = at(r[0], r[0]);
            Event e = new Event("ELECTION", r[0], "2022-09", several ? null : "Zaporizhzhia Oblast", List.of(), Modality.FACT, null, null,
                    m.start(), m.end(), null, List.of(), several);
            List<Place> places = several ? List.of() : List.of(place(r[0], "Zaporizhzhia Oblast", PlaceKind.REGION));
            batch.add(new Store.Addition(report, extraction(report, places, List.of(), List.of(), List.of(e)), Provenance.NONE));
        }
        try (Store store = db.open(dir.resolve("data"))) {
            store.addAndLink(batch, REGIONS);
            List<TimelineEvent> events = store.timeline().events(EventQuery.all());
            assertEquals(List.of(1, 2), events.stream().map(TimelineEvent::reportCount).sorted().toList(), events.toString());
            TimelineEvent twice = events.stream().filter(e -> e.reportCount() == 2).findFirst().orElseThrow();
            assertNull(twice.place(), "the two reports of several regions are one event, the one region's vote another: " + events);
            assertEquals(3, store.relink(REGIONS, n -> {}));
            assertEquals(events, store.timeline().events(EventQuery.all()), "relinking from the tables gives the same");
        }
    }

    @OnEachDatabase
    void reportsStoredWithoutLinkingAreLinkedLater(TestDatabase db) {
        try (Store store = db.open(dir.resolve("data"))) {
            for (Item i : strikes()) store.add(i.report(), i.extraction());
            assertEquals(0, store.timeline().events(EventQuery.all()).size());
            assertEquals(3, store.link(REGIONS));
            assertEquals(2, store.timeline().events(EventQuery.all()).get(0).independentSources());
        }
    }
}
