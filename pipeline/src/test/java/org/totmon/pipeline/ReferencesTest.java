package org.totmon.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Place;

/** Events and claims refer to the extraction's entities by id and to places by GeoNames id, beside their display strings. */
class ReferencesTest {
    private static Extraction extract(String text) {
        return Pipeline.standard().process(TestDocs.doc(text, "en", "2023-05-10").report());
    }

    @Test
    void anEventPointsAtItsPlaceAndActorsAClaimAtItsClaimant() {
        Extraction x = extract("Russian forces detained Ivan Fedorov, the mayor of Melitopol, in Melitopol on 11 March 2022. "
                + "Ivan Fedorov said on Monday that 120 residents of Melitopol had been deported.");
        Event detention = x.events().stream().filter(e -> e.type().equals("DETENTION")).findFirst().orElseThrow();
        Place melitopol = x.places().stream().filter(p -> p.name().equals(detention.place())).findFirst().orElseThrow();
        assertNotNull(melitopol.geonamesId());
        assertEquals(melitopol.geonamesId(), detention.placeGeonamesId());
        assertFalse(detention.actorIds().isEmpty(), detention.toString());
        for (String id : detention.actorIds()) assertTrue(detention.actors().contains(x.entity(id).name()), id);

        Claim deported = x.claims().stream().filter(c -> c.value() == 120).findFirst().orElseThrow();
        Entity claimant = x.entity(deported.claimantId());
        assertNotNull(claimant, deported.toString());
        assertEquals("Ivan Fedorov", claimant.name());
    }

    @Test
    void idsArePositionsInTheEntityLayer() {
        Extraction x = extract("Yevhen Balytskyi met Sergei Shoigu in Melitopol.");
        List<Entity> entities = x.entities();
        for (int i = 0; i < entities.size(); i++) assertEquals(entities.get(i), x.entity(Extraction.entityId(i)));
        assertEquals(null, x.entity("e" + (entities.size() + 1)));
        assertEquals(null, x.entity("x1"));
    }
}
