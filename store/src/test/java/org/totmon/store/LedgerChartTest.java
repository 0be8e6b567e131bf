package org.totmon.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A card's chart stays bounded: a side with more than {@link Ledger#CHART_DATES} dates is charted by month, the others by date. */
class LedgerChartTest {
    @Test
    void aSideWithManyDatesIsChartedByMonthAndTheOthersByDate() {
        Map<List<String>, double[]> chart = new HashMap<>();
        LocalDate day = LocalDate.of(2023, 1, 1);
        for (int i = 0; i <= Ledger.CHART_DATES; i++) {
            chart.put(List.of("ukraine", day.plusDays(i).toString()), new double[] {i, i + 1, 2});
        }
        chart.put(List.of("ukraine", "2023-02"), new double[] {500, 500, 1});  // a figure dated by its month only
        chart.put(List.of("occupation", "2023-01-05"), new double[] {7, 7, 1});
        chart.put(List.of("occupation", "2023-01-06"), new double[] {9, 9, 3});

        Map<List<String>, double[]> shown = Ledger.byMonth(chart);
        assertEquals(6, shown.size(), "January to April for one side (101 days), two dates for the other");
        assertArrayEquals(new double[] {0, 31, 62}, shown.get(List.of("ukraine", "2023-01")), "the lowest, the highest, and how many claims");
        assertArrayEquals(new double[] {31, 500, 57}, shown.get(List.of("ukraine", "2023-02")));
        assertArrayEquals(new double[] {90, 101, 22}, shown.get(List.of("ukraine", "2023-04")), "1 to 11 April");
        assertArrayEquals(new double[] {9, 9, 3}, shown.get(List.of("occupation", "2023-01-06")));

        chart.remove(List.of("ukraine", day.toString()));
        chart.remove(List.of("ukraine", "2023-02"));
        assertEquals(chart, Ledger.byMonth(chart), "a hundred dates a side: by date");
    }
}
