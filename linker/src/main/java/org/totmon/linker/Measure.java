package org.totmon.linker;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a claim measures, whatever figure it gives: the unit, what is counted ({@code concept} from the measures
 * lexicon, else {@code subjectStems}, the content-word stems of the claim's subject), where (the nearest place the
 * report names in the claim's sentence, countries aside; null when none) and the type of the event told in that
 * sentence (null when none). Claims with equal {@link #key()}s form a group.
 */
public record Measure(String unit, String concept, Set<String> subjectStems, PlaceRef place, String eventType) {
    public Measure {
        subjectStems = Set.copyOf(subjectStems);
    }

    public String key() {
        String what = concept != null ? concept : "~" + String.join(" ", new TreeSet<>(subjectStems));
        return String.join("|", unit == null ? "-" : unit.toLowerCase(Locale.ROOT), what,
                place == null ? "-" : place.name().toLowerCase(Locale.ROOT), eventType == null ? "-" : eventType);
    }
}
