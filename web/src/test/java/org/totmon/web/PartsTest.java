package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Modality;
import org.totmon.model.Side;
import org.totmon.store.TimelineEvent;
import org.locationtech.jts.geom.Coordinate;
import org.totmon.store.Timeline.DatedCount;

class PartsTest {
    private static TimelineEvent event(String date, String firstReported) {
        return new TimelineEvent(1, "ELECTION", date, firstReported, null, null, null, null, null, null, Modality.FACT, null, null,
                List.of(), 1, 1, List.of());
    }

    @Test
    void timelinePlacesEventsByMonthAndByIsoWeek() {
        List<TimelineEvent> events = List.of(event("2023-09-10", "2023-09-12"), event("2023-09", "2023-10-02"),
                event(null, "2023-09-04"), event(null, null));
        assertEquals(List.of("2023-09", "2023-09", "2023-09"), events.stream().map(e -> TimelineTable.period(e, TimelineTable.Unit.MONTH))
                .filter(java.util.Objects::nonNull).toList());
        // The store counts events by type and date (the event's own, else its first report's), as these four give.
        List<DatedCount> counted = List.of(new DatedCount("ELECTION", "2023-09-10", 1), new DatedCount("ELECTION", "2023-09", 1),
                new DatedCount("ELECTION", "2023-09-04", 1), new DatedCount("ELECTION", null, 1));
        TimelineTable.Table months = TimelineTable.of(counted, TimelineTable.Unit.MONTH);
        assertEquals(3, months.counts().get("2023-09").get("ELECTION"), "by the event's own date, else its first report's");
        assertEquals(1, months.unplaced());
        TimelineTable.Table weeks = TimelineTable.of(counted, TimelineTable.Unit.WEEK);
        assertEquals(2, weeks.counts().get("2023-W36").get("ELECTION"), "2023-09-04 to 2023-09-10 (a Sunday) is ISO week 36");
        assertEquals(2, weeks.unplaced(), "a month is no week, and an undated event has none");
        TimelineTable.Table days = TimelineTable.of(counted, TimelineTable.Unit.DAY);
        assertEquals(java.util.Set.of("2023-09-10", "2023-09-04"), days.counts().keySet());
        // Periods of different units are ordered by their first day: a month before the weeks and days within it.
        assertEquals(java.time.LocalDate.of(2023, 9, 4), TimelineTable.start("2023-W36"));
        assertEquals(java.time.LocalDate.of(2021, 1, 4), TimelineTable.start("2021-W01"), "ISO week 1 of 2021 starts on 4 January");
        assertEquals(java.time.LocalDate.of(2023, 9, 1), TimelineTable.start("2023-09"));
        assertEquals(java.time.LocalDate.of(2023, 9, 10), TimelineTable.start("2023-09-10"));
    }

    @Test
    void layeredTextMarksOverlappingLayersAndEscapesEverything() {
        String text = "Ivan <b>Fedorov</b> counted 40 people.";
        int ivan = 0, end = text.indexOf("</b>") + 4;
        Extraction x = new Extraction("r", "en", List.of(), List.of(new Entity("Ivan Fedorov", EntityType.PERSON, List.of(new Mention(text.substring(ivan, end), ivan, end)))),
                List.of(), List.of(), List.of(new Claim("40 people", 40, null, "exact", "people", "s", "<i>me</i>", Side.UKRAINE, false, text.indexOf("40"), text.indexOf("40") + 9)),
                List.of(new Event("COUNT", text, null, null, List.of(), Modality.FACT, null, null, 0, text.length())));
        String html = LayeredText.render(text, x);
        assertFalse(html.contains("<b>") || html.contains("<i>"), html);
        assertTrue(html.contains("<span class=\"l-entity l-event\" title=\"person: Ivan Fedorov; event: COUNT (fact)\">Ivan &lt;b&gt;Fedorov&lt;/b&gt;</span>"), html);
        assertTrue(html.contains("<span class=\"l-claim l-event\" title=\"claim: 40 people by &lt;i&gt;me&lt;/i&gt;; event: COUNT (fact)\">40 people</span>"), html);
    }

    @Test
    void aClaimsSideShowsItsReasonEscaped() {
        Claim withReason = new Claim("40 people", 40, null, "exact", "people", "s", "X", Side.OCCUPATION, false, 0, 9, null, "role: \"<so-called>\"");
        String cell = Pages.sideCell(withReason);
        assertTrue(cell.contains(">occupation<br><small class=\"side-reason\">role: &quot;&lt;so-called&gt;&quot;</small></td>"), cell);
        Claim without = new Claim("40 people", 40, null, "exact", "people", "s", "X", Side.UNKNOWN, false, 0, 9);
        assertEquals("<td class=\"side side-unknown\" title=\"no reason recorded\">unknown</td>", Pages.sideCell(without));
    }

    @Test
    void anEventsSidesAreItsOutletsSidesByNameElseByAddress() {
        java.util.function.BiFunction<String, String, org.totmon.store.ClusteredEvent> told = (outlet, url) -> new org.totmon.store.ClusteredEvent(
                new Event("ATTACK", "A strike.", null, null, List.of(), Modality.FACT, null, null, 0, 9), 0,
                new org.totmon.store.SourceReport(outlet + url, outlet, null, url, "2023-10-06", null), true, null);
        TimelineEvent byUkraineAndOccupation = new TimelineEvent(1, "ATTACK", null, null, null, null, null, null, null, null, Modality.FACT, null, null,
                List.of(), 3, 3, List.of(told.apply("Ukrinform", null), told.apply(null, "https://www.tass.com/world/1"), told.apply("Field Desk", "https://example.org/a")));
        TimelineEvent unknown = new TimelineEvent(2, "ATTACK", null, null, null, null, null, null, null, null, Modality.FACT, null, null,
                List.of(), 1, 1, List.of(told.apply("Field Desk", "https://example.org/a")));
        EventSides sides = new EventSides();
        for (int round = 0; round < 2; round++) {  // the second time from what the first looked up
            assertEquals(java.util.EnumSet.of(Side.UKRAINE, Side.OCCUPATION), sides.sidesOf(byUkraineAndOccupation));
            assertEquals(java.util.Set.of(), sides.sidesOf(unknown));
        }
    }

    @Test
    void chartNumbersAreWrittenAsFormatWritesThem() {
        // Rounded half up from the shortest decimal form (0.05 → 0.1, 2.675 → 2.7), a negative zero keeps its sign.
        double[] values = {0, -0.0, 0.05, 0.15, 0.25, 1.45, 2.675, -0.04, -0.06, 9.95, 99.95, 1e-5, 1e7, 123456789.95, 312.34999,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : values) {
            for (int decimals = 0; decimals <= 1; decimals++) {
                assertEquals(String.format(java.util.Locale.ROOT, "%." + decimals + "f", v), FigureChart.fixed(v, decimals), v + ", " + decimals);
            }
        }
        assertEquals("1.5M", FigureChart.compact(1_500_000));
        assertEquals("40k", FigureChart.compact(40_000));
        assertEquals("2.5", FigureChart.compact(2.5));
        assertEquals("9,000", FigureChart.compact(9_000));
        for (long n : new long[] {0, 7, -7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, -123_456_789, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(String.format(java.util.Locale.ROOT, "%,d", n), FigureChart.grouped(n), Long.toString(n));
        }
    }

    @Test
    void aPlacesReportsAreCountedOnceEach() {
        // As the catalog holds them: a report's finds together (Melitopol twice in report a), report after report.
        Catalog.ReportInfo a = report("a"), b = report("b"), c = report("c");
        org.totmon.model.Place melitopol = new org.totmon.model.Place("Melitopol", org.totmon.model.PlaceKind.SETTLEMENT, 46.8, 35.4, 702569L, List.of());
        List<Catalog.Found<org.totmon.model.Place>> finds = List.of(new Catalog.Found<>(a, melitopol), new Catalog.Found<>(a, melitopol),
                new Catalog.Found<>(b, melitopol), new Catalog.Found<>(c, melitopol));
        assertEquals(3, Exports.reports(finds));
        String geo = Exports.placesGeoJson(List.of(new Exports.Checked<>(finds, "unreviewed"))).toString();
        assertTrue(geo.contains("\"reports\":3"), geo);
    }

    private static Catalog.ReportInfo report(String id) {
        return new Catalog.ReportInfo(1, id, null, null, "Outlet", "2023-10-06", "en", Catalog.Facets.of(new FacetValues(), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertEquals("\"a, \"\"b\"\"\"", Exports.csv("a, \"b\""));
        assertEquals("'=SUM(A1:A9)", Exports.csv("=SUM(A1:A9)"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Exports.csv("=HYPERLINK(\"x\")"));
        assertEquals("-12.5", Exports.csv("-12.5"), "a negative number stays a number");
        assertEquals("TOT1,,'=1+2,3", Exports.csvRow(Arrays.asList("TOT1", null, "=1+2", 3)), "null is empty, every field defused");
    }

    @Test
    void oblastOutlinesTileTheCountryWithoutOverlapping() {
        // A square "country" of two divisions, west and east, and a place of the west filed far inside the east.
        org.locationtech.jts.geom.GeometryFactory geo = new org.locationtech.jts.geom.GeometryFactory();
        org.locationtech.jts.geom.Geometry country = geo.toGeometry(new org.locationtech.jts.geom.Envelope(30, 34, 47, 50));
        Map<String, List<Coordinate>> places = new java.util.TreeMap<>();
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 6; y++) {
                places.computeIfAbsent(x < 4 ? "west" : "east", k -> new ArrayList<>()).add(new Coordinate(30.25 + x * 0.5, 47.25 + y * 0.5));
            }
        }
        places.get("west").add(new Coordinate(33.6, 48.6));
        org.locationtech.jts.geom.Geometry[] outlines = OutlineBuilder.oblasts(places, List.of("west", "east"), country);
        assertEquals(0, outlines[0].intersection(outlines[1]).getArea(), 1e-3, "no overlap");
        assertEquals(country.getArea(), outlines[0].getArea() + outlines[1].getArea(), 1e-2, "no gap");
        assertTrue(outlines[0].covers(geo.createPoint(new Coordinate(30.5, 48))) && outlines[1].covers(geo.createPoint(new Coordinate(33.5, 48))));
        assertTrue(outlines[0].getArea() > 6 && outlines[0].getArea() < 6.5, "the west is its half and the stray place's cell: " + outlines[0].getArea());
    }

    /** A rendering is kept by the very object it was made from and a key by equality: another key or another object is rendered anew. */
    @Test
    void aRenderingIsKeptByItsObjectAndKey() {
        Rendered rendered = new Rendered(4);
        List<String> cards = new ArrayList<>(List.of("a card"));
        int[] made = {0};
        Supplier<String> render = () -> "page " + ++made[0];
        assertEquals("page 1", rendered.of(cards, List.of("en", 1), render));
        assertEquals("page 1", rendered.of(cards, List.of("en", 1), render), "kept");
        assertEquals("page 2", rendered.of(cards, List.of("uk", 1), render), "another language");
        assertEquals("page 3", rendered.of(cards, List.of("en", 2), render), "another page");
        assertEquals("page 4", rendered.of(new ArrayList<>(cards), List.of("en", 1), render), "an equal object read again");
        assertEquals("page 2", rendered.of(cards, List.of("uk", 1), render));
    }

    /** Text kept by a key compared by equality: an equal key read again (another object) is not made again; another key is. */
    @Test
    void keptTextIsMadeOnceForEqualKeys() {
        KeptText kept = new KeptText(2);
        int[] made = {0};
        Supplier<String> make = () -> "card " + ++made[0];
        assertEquals("card 1", kept.of(List.of(new ArrayList<>(List.of("a", 1)), "en"), make));
        assertEquals("card 1", kept.of(List.of(new ArrayList<>(List.of("a", 1)), "en"), make), "an equal key");
        assertEquals("card 2", kept.of(List.of(new ArrayList<>(List.of("a", 2)), "en"), make), "another card");
        assertEquals("card 3", kept.of(List.of(new ArrayList<>(List.of("a", 1)), "uk"), make), "another language");
        assertEquals("card 2", kept.of(List.of(new ArrayList<>(List.of("a", 2)), "en"), make), "still kept");
        assertEquals("card 4", kept.of(List.of(new ArrayList<>(List.of("a", 1)), "en"), make), "the least recently used was dropped");
    }
}
