package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.totmon.store.Timeline.DatedCount;
import org.totmon.web.OutlineBuilder.Point;

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
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertEquals("\"a, \"\"b\"\"\"", Exports.csv("a, \"b\""));
        assertEquals("'=SUM(A1:A9)", Exports.csv("=SUM(A1:A9)"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Exports.csv("=HYPERLINK(\"x\")"));
        assertEquals("-12.5", Exports.csv("-12.5"), "a negative number stays a number");
        assertEquals("TOT1,,'=1+2,3", Exports.csvRow(Arrays.asList("TOT1", null, "=1+2", 3)), "null is empty, every field defused");
    }

    @Test
    void hullKeepsTheOutlineAndDropsAStrayPoint() {
        List<Point> points = new ArrayList<>();
        for (int x = 0; x <= 10; x++) for (int y = 0; y <= 10; y++) points.add(new Point(30 + x * 0.1, 47 + y * 0.1));
        points.add(new Point(38.0, 51.0)); // filed under this division by mistake, far away
        List<Point> hull = OutlineBuilder.hull(OutlineBuilder.withoutOutliers(points));
        assertEquals(List.of(new Point(30, 47), new Point(31, 47), new Point(31, 48), new Point(30, 48)),
                hull.stream().map(p -> new Point(Math.round(p.lon() * 10) / 10.0, Math.round(p.lat() * 10) / 10.0)).toList());
    }
}
