package org.totmon.linker;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a claim measures, whatever figure it gives and in whatever language: the unit, what is counted ({@code concept}
 * from the concept registry, else {@code subjectStems}, the content-word stems of the claim's subject), where (the
 * nearest place the report names in the claim's sentence, countries aside; null when none: a city's figure is not its
 * oblast's), the area of it the claim's sentence names ({@link Concepts#areaOf}: a river's left bank is not its right) and when: {@code period}, the month of the claim's date, so figures about one year's elections do not meet
 * the next year's; null for a running total ({@link Concepts#runningTotal}), which is one measure however often it is
 * reported. The event told in the claim's sentence (its type, and the id of the real-world event it belongs to) is
 * kept for the ledger but is no part of the key: a report that does not name the event still states the measure.
 * Claims with equal {@link #key()}s form a group.
 */
public record Measure(String unit, String concept, Set<String> subjectStems, PlaceRef place, String area, String period, String eventType,
                      Long eventId) {
    public Measure {
        subjectStems = Set.copyOf(subjectStems);
    }

    public String key() {
        String what = concept != null ? concept : "~" + String.join(" ", new TreeSet<>(subjectStems));
        return String.join("|", unit == null ? "-" : unit.toLowerCase(Locale.ROOT), what,
                (place == null ? "-" : place.name().toLowerCase(Locale.ROOT)) + (area == null ? "" : "/" + area), period == null ? "-" : period);
    }
}
