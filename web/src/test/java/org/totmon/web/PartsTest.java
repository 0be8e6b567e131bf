package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import org.totmon.web.Catalog.ClaimRow;
import org.totmon.web.Catalog.EventRow;
import org.totmon.web.OutlineBuilder.Point;

class PartsTest {
    private static Claim claim(double value, Double max, String subject, Side side) {
        return new Claim("x", value, max, "exact", "people", subject, "someone", side, false, 0, 1);
    }

    @Test
    void ledgerGroupsBySubjectAndFlagsFiguresThatCannotBothHold() {
        List<ClaimRow> rows = List.of(
                new ClaimRow(null, claim(1500, null, "Participants in the vote", Side.OCCUPATION)),
                new ClaimRow(null, claim(300, 400.0, "participants in the vote!", Side.UKRAINE)),
                new ClaimRow(null, claim(20, 30.0, "detained journalists", Side.UKRAINE)),
                new ClaimRow(null, claim(25, null, "Detained journalists", Side.THIRD_PARTY)));
        List<Ledger.Group> groups = Ledger.groups(rows);
        assertEquals(2, groups.size());
        Ledger.Group vote = groups.stream().filter(g -> g.subject().startsWith("Participants")).findFirst().orElseThrow();
        assertTrue(vote.disagreement(), "1500 and 300-400 cannot both be true");
        assertEquals(2, vote.sides());
        Ledger.Group journalists = groups.stream().filter(g -> g.subject().startsWith("detained")).findFirst().orElseThrow();
        assertFalse(journalists.disagreement(), "25 lies within 20-30");
    }

    @Test
    void timelinePlacesEventsByMonthAndByIsoWeek() {
        Event dayPrecise = new Event("ELECTION", "e", "2023-09-10", null, List.of(), Modality.FACT, null, null, 0, 1);
        Event monthOnly = new Event("ELECTION", "e", "2023-09", null, List.of(), Modality.FACT, null, null, 0, 1);
        Event undated = new Event("DETENTION", "e", null, null, List.of(), Modality.FACT, null, null, 0, 1);
        List<EventRow> rows = List.of(new EventRow(null, dayPrecise, "2023-09-10", null), new EventRow(null, monthOnly, "2023-09", null),
                new EventRow(null, undated, null, null));
        Timeline.Table months = Timeline.table(rows, Timeline.Unit.MONTH);
        assertEquals(2, months.counts().get("2023-09").get("ELECTION"));
        assertEquals(1, months.unplaced());
        Timeline.Table weeks = Timeline.table(rows, Timeline.Unit.WEEK);
        assertEquals(1, weeks.counts().get("2023-W36").get("ELECTION"), "2023-09-10 is a Sunday, the end of ISO week 36");
        assertEquals(2, weeks.unplaced());
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
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertEquals("\"a, \"\"b\"\"\"", Exports.csv("a, \"b\""));
        assertEquals("'=SUM(A1:A9)", Exports.csv("=SUM(A1:A9)"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Exports.csv("=HYPERLINK(\"x\")"));
        assertEquals("-12.5", Exports.csv("-12.5"), "a negative number stays a number");
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

    @Test
    void nearDuplicatesShareMostShingles() {
        int[] a = Catalog.shingles("Occupation authorities in Melitopol detained two teachers on Monday, residents said.");
        int[] b = Catalog.shingles("Occupation authorities in Melitopol detained two teachers on Monday, residents told reporters.");
        int[] c = Catalog.shingles("The IAEA mission rotated staff at the Zaporizhzhia plant after a delay of several weeks.");
        assertTrue(Catalog.jaccard(a, b) >= Catalog.NEAR_DUPLICATE, "" + Catalog.jaccard(a, b));
        assertEquals(0.0, Catalog.jaccard(a, c));
    }
}
