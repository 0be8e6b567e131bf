package org.totmon.linker;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Side;

class DisagreementTest {
    private static Disagreement.Figure figure(double value, Double max, String qualifier, Side side, String date) {
        return new Disagreement.Figure(value, max, qualifier, side, DateSpan.parse(date));
    }

    @Test
    void sidesDisagreeWhenTheirFiguresDifferByMoreThanTheMargin() {
        var occupation = figure(1_500_000, null, "exact", Side.OCCUPATION, "2023-05-30");
        var ukraine = figure(300_000, null, "exact", Side.UKRAINE, "2023-06-01");
        assertTrue(Disagreement.disagree(occupation, ukraine));
        assertEquals(new Disagreement.Conflict(0, 2),
                Disagreement.find(List.of(occupation, figure(1_400_000, null, "exact", Side.OCCUPATION, null), ukraine)).orElseThrow());
    }

    @Test
    void figuresWithinTheMarginOrOverlappingRangesDoNot() {
        assertFalse(Disagreement.disagree(figure(100, null, "exact", Side.UKRAINE, null), figure(80, null, "approx", Side.OCCUPATION, null)));
        assertFalse(Disagreement.disagree(figure(70, 80.0, "range", Side.OCCUPATION, null), figure(75, null, "exact", Side.THIRD_PARTY, null)));
        assertFalse(Disagreement.disagree(figure(400, null, "more_than", Side.UKRAINE, null), figure(5000, null, "exact", Side.OCCUPATION, null)),
                "'more than 400' does not contradict 5000");
        assertTrue(Disagreement.disagree(figure(20, null, "less_than", Side.UKRAINE, null), figure(66, null, "exact", Side.OCCUPATION, null)));
    }

    @Test
    void onlyDifferentKnownSidesWithCompatibleDatesAreCompared() {
        assertFalse(Disagreement.disagree(figure(10, null, "exact", Side.UKRAINE, null), figure(100, null, "exact", Side.UKRAINE, null)));
        assertFalse(Disagreement.disagree(figure(10, null, "exact", Side.UNKNOWN, null), figure(100, null, "exact", Side.UKRAINE, null)));
        assertFalse(Disagreement.disagree(figure(10, null, "exact", null, null), figure(100, null, "exact", Side.UKRAINE, null)));
        assertFalse(Disagreement.disagree(figure(10, null, "exact", Side.OCCUPATION, "2022-09"), figure(100, null, "exact", Side.UKRAINE, "2023-09")),
                "a year apart they are two measurements, not a dispute");
    }

    @Test
    void figuresReadAsPeopleSayThem() {
        assertEquals("at least 1,500", Disagreement.describe(1500, null, "at_least"));
        assertEquals("70–80", Disagreement.describe(70, 80.0, "range"));
        assertEquals("93.11", Disagreement.describe(93.11, null, "exact"));
    }
}
