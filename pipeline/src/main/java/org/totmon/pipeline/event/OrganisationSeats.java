package org.totmon.pipeline.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.totmon.model.Entity;
import org.totmon.model.EntityType;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;
import org.totmon.model.TextSpan;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.place.MunicipalTowns;

/**
 * Where an event happens when neither its clause nor its sentence names a place of its own but the clause names an
 * organisation of a town or region among its actors: that organisation's seat ("the deputy head of the Nova Kakhovka occupation administration was shot" happened
 * in Nova Kakhovka). The seat is the place the gazetteer matched inside the organisation's name, which the places layer
 * leaves out as part of a name; a town's seat is its region when the organisation's canonical name names that region
 * ("the Kherson occupation administration", the Kherson Oblast administration). A country is no seat: a ministry acts
 * across its state. Part of {@link EventAnnotator}.
 */
final class OrganisationSeats {
    private OrganisationSeats() {}

    /** The seat of the first organisation among {@code actors} named in the clause outside {@code aside}; empty when none. */
    static List<String> of(Document doc, TextSpan clause, Set<String> actors, List<TextSpan> aside) {
        for (String actor : actors) {
            for (Entity e : doc.entities()) {
                if (e.type() != EntityType.ORGANIZATION || !e.name().equals(actor)) continue;
                for (Mention m : e.mentions()) {
                    if (m.start() < clause.start() || m.end() > clause.end() || EventAnnotator.within(aside, m.start(), m.end())) continue;
                    String seat = seat(doc, e, m);
                    if (seat != null) return List.of(seat);
                }
            }
        }
        return List.of();
    }

    private static String seat(Document doc, Entity organisation, Mention name) {
        for (Place p : doc.placeMatches()) {
            if (p.kind() != PlaceKind.SETTLEMENT && p.kind() != PlaceKind.REGION || EventWords.SEATS.contains(p.name())) continue;
            for (Mention pm : p.mentions()) {
                // An organisation named by a place alone ("группировка «Днепр»") is named after it, not seated there.
                boolean inside = pm.start() >= name.start() && pm.end() <= name.end() && pm.end() - pm.start() < name.end() - name.start();
                if (inside) return regionNamed(organisation, p);
            }
        }
        // A municipality's adjective and noun ("Генического округа", "администрации Каховского муниципального округа")
        // name its territory, which the places layer leaves inside the organisation's name and no gazetteer match holds.
        List<String> towns = MunicipalTowns.townsNamedIn(name.text(), doc.language());
        return towns.isEmpty() ? null : towns.get(0);
    }

    /** The town's region when the organisation's canonical name names it, else the place itself. */
    private static String regionNamed(Entity organisation, Place place) {
        if (place.kind() != PlaceKind.SETTLEMENT) return place.name();
        String region = Namesakes.regionOf(place.name());
        boolean named = region != null && organisation.name().toLowerCase(Locale.ROOT).contains(region.toLowerCase(Locale.ROOT));
        return named ? region : place.name();
    }
}
