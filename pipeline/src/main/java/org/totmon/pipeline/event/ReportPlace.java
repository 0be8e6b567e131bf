package org.totmon.pipeline.event;

import java.util.List;
import org.totmon.linker.Regions;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.TextSpan;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.place.GazetteerRegions;

/** Where an event happens when nothing near it says: the place its report is about. Part of {@link EventAnnotator}. */
final class ReportPlace {
    /** The ISO code of the country whose occupied places the reports tell of. */
    private static final String UKRAINE = "UA";

    private ReportPlace() {}

    /**
     * The place the report is about: of its towns, regions and sites in Ukraine, the one named most often outside a
     * name (first named on a tie). An event in a sentence that, with the sentences just before, names no place happens
     * there ("Hundreds of residents rallied on the central square" in a report about Melitopol). A seat of government
     * stands for its government ("Kyiv called it a crime"), and a place abroad is where a report was written or a body
     * sits ("the mission in Geneva"), not where what it tells of happens. A place named in {@code setAside} (a cause:
     * "flooded because of the dam's destruction near Nova Kakhovka"; a condemned act) is not the event's by this road
     * either. Empty when none.
     */
    static List<String> of(Document doc, List<TextSpan> setAside) {
        Place best = null;
        int bestCount = 0, bestFirst = Integer.MAX_VALUE;
        for (Place p : doc.places()) {
            if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.WATER || EventWords.SEATS.contains(p.name())) continue;
            Regions.Region region = GazetteerRegions.standard().of(p);
            if (region == null || !UKRAINE.equals(region.country()) || namedIn(p, setAside)) continue;
            int count = 0, first = Integer.MAX_VALUE;
            for (Mention m : p.mentions()) {
                if (doc.isBoilerplate(m.start(), m.end()) || PlaceCandidates.insideEntity(doc, m)) continue;
                count++;
                first = Math.min(first, m.start());
            }
            if (count > bestCount || count == bestCount && count > 0 && first < bestFirst) {
                best = p;
                bestCount = count;
                bestFirst = first;
            }
        }
        return best == null ? List.of() : List.of(best.name());
    }

    private static boolean namedIn(Place p, List<TextSpan> spans) {
        return p.mentions().stream().anyMatch(m -> spans.stream().anyMatch(a -> m.start() >= a.start() && m.end() <= a.end()));
    }
}
