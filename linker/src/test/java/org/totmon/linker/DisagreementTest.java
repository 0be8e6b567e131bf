package org.totmon.linker;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Side;

class DisagreementTest {
    private static Disagreement.Figure figure(double value, Double max, String qualifier, Side side, String date) {
        return new Disagreement.Figure(value, max, qualifier, side, DateSpan.parse(date));
    }

    private static boolean disagree(Disagreement.Figure a, Disagreement.Figure b) {
        return Disagreement.disagree(a, b, false);
    }

    @Test
    void sidesDisagreeWhenTheirFiguresDifferByMoreThanRounding() {
        var occupation = figure(1_500_000, null, "exact", Side.OCCUPATION, "2023-05-30");
        var ukraine = figure(300_000, null, "exact", Side.UKRAINE, "2023-06-01");
        assertTrue(disagree(occupation, ukraine));
        assertEquals(new Disagreement.Conflict(0, 2),
                Disagreement.find(List.of(occupation, figure(1_400_000, null, "exact", Side.OCCUPATION, null), ukraine), false, true).orElseThrow());
    }

    @Test
    void exactFiguresThatDifferBeyondRoundingDisagreeRoundedOnesDoNot() {
        assertTrue(disagree(figure(35, null, "exact", Side.UKRAINE, "2022-10-12"), figure(32, null, "exact", Side.THIRD_PARTY, "2022-10-12")),
                "35 and 32 abstentions cannot both be true");
        assertFalse(disagree(figure(87, null, "exact", Side.THIRD_PARTY, null), figure(87.05, null, "exact", Side.OCCUPATION, null)),
                "87% is 87.05% rounded");
        assertFalse(disagree(figure(2000, null, "less_than", Side.UKRAINE, null), figure(1852, null, "exact", Side.OCCUPATION, null)));
        assertFalse(disagree(figure(2000, null, "exact", Side.UKRAINE, null), figure(1852, null, "exact", Side.OCCUPATION, null)),
                "'2 thousand' is rounded to the thousand");
        assertFalse(disagree(figure(1500, null, "approx", Side.UKRAINE, null), figure(1457, null, "exact", Side.OCCUPATION, null)));
        assertTrue(disagree(figure(0.5, null, "exact", Side.UKRAINE, "2022-09"), figure(66.43, null, "exact", Side.OCCUPATION, "2022-09-27")));
        assertEquals(500, Disagreement.rounding(2000));
        assertEquals(0.005, Disagreement.rounding(66.43), 1e-12);
        assertEquals(0.5, Disagreement.rounding(87));
    }

    @Test
    void aRunningTotalMayGrowButNotFall() {
        var before = figure(13_899, null, "exact", Side.UKRAINE, "2023-01-20");
        var grown = figure(19_514, null, "exact", Side.OCCUPATION, "2023-03-17");
        var fallen = figure(2_000, null, "exact", Side.OCCUPATION, "2023-06-01");
        assertFalse(Disagreement.disagree(before, grown, true), "a later, higher total");
        assertTrue(Disagreement.disagree(before, fallen, true), "a total cannot fall from 13,899 to 2,000");
        assertTrue(Disagreement.disagree(fallen, before, true), "whichever comes first in the list");
        assertFalse(Disagreement.disagree(before, fallen, false), "as separate measurements they are months apart");
        assertTrue(Disagreement.disagree(figure(16_000, null, "more_than", Side.UKRAINE, "2023-03-17"),
                figure(13_899, null, "exact", Side.OCCUPATION, "2023-04-01"), true), "13,899 after 'more than 16,000'");
    }

    @Test
    void withoutAPlaceOnlyFiguresOfOneEventAreCompared() {
        var right = new Disagreement.Figure(1450, null, "more_than", Side.UKRAINE, DateSpan.parse("2023-06-07"), 4L);
        var left = new Disagreement.Figure(1300, null, "exact", Side.OCCUPATION, DateSpan.parse("2023-06-07"), 9L);
        var unknown = new Disagreement.Figure(1300, null, "exact", Side.OCCUPATION, DateSpan.parse("2023-06-07"), null);
        assertTrue(Disagreement.find(List.of(right, left), false, true).isPresent(), "one place: the figures cannot both hold");
        assertTrue(Disagreement.find(List.of(right, left), false, false).isEmpty(), "nowhere named, two events");
        assertTrue(Disagreement.find(List.of(right, unknown), false, false).isEmpty(), "nowhere named, no event");
        var sameEvent = new Disagreement.Figure(1300, null, "exact", Side.OCCUPATION, DateSpan.parse("2023-06-07"), 4L);
        assertTrue(Disagreement.find(List.of(right, sameEvent), false, false).isPresent());
    }

    @Test
    void overlappingRangesDoNotDisagree() {
        assertFalse(disagree(figure(100, null, "exact", Side.UKRAINE, null), figure(80, null, "approx", Side.OCCUPATION, null)));
        assertFalse(disagree(figure(70, 80.0, "range", Side.OCCUPATION, null), figure(75, null, "exact", Side.THIRD_PARTY, null)));
        assertFalse(disagree(figure(400, null, "more_than", Side.UKRAINE, null), figure(5000, null, "exact", Side.OCCUPATION, null)),
                "'more than 400' does not contradict 5000");
        assertTrue(disagree(figure(20, null, "less_than", Side.UKRAINE, null), figure(66, null, "exact", Side.OCCUPATION, null)));
    }

    @Test
    void onlyDifferentKnownSidesWithCompatibleDatesAreCompared() {
        assertFalse(disagree(figure(10, null, "exact", Side.UKRAINE, null), figure(100, null, "exact", Side.UKRAINE, null)));
        assertFalse(disagree(figure(10, null, "exact", Side.UNKNOWN, null), figure(100, null, "exact", Side.UKRAINE, null)));
        assertFalse(disagree(figure(10, null, "exact", null, null), figure(100, null, "exact", Side.UKRAINE, null)));
        assertFalse(disagree(figure(10, null, "exact", Side.OCCUPATION, "2022-09"), figure(100, null, "exact", Side.UKRAINE, "2023-09")),
                "a year apart they are two measurements, not a dispute");
    }

    @Test
    void figuresReadAsPeopleSayThem() {
        assertEquals("at least 1,500", Disagreement.describe(1500, null, "at_least"));
        assertEquals("70–80", Disagreement.describe(70, 80.0, "range"));
        assertEquals("93.11", Disagreement.describe(93.11, null, "exact"));
    }
}
