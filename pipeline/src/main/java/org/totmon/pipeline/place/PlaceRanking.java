package org.totmon.pipeline.place;

import java.util.Comparator;

/**
 * Which of several same-named places a bare name most likely means: a country or region before a settlement,
 * Ukraine before abroad (the reports are about Ukraine), then the larger place.
 */
final class PlaceRanking {
    private PlaceRanking() {}

    static double prior(Gazetteer.Entry e) {
        double kind = switch (e.kind()) {
            case COUNTRY -> 10;
            case REGION -> 7;
            case SETTLEMENT -> 0;
            case OTHER, WATER -> 1;
        };
        double home = "UA".equals(e.country()) ? 1.5 : 0;
        return kind + home + Math.log10(e.population() + 1.0);
    }

    static final Comparator<Gazetteer.Entry> PRIOR =
            Comparator.comparingDouble(PlaceRanking::prior).reversed().thenComparing(Gazetteer.Entry::id);
}
