package org.totmon.linker;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;

class PlaceRefTest {
    private static final PlaceRef RIVER = new PlaceRef("Dnipro River", PlaceKind.WATER, null, "UA", 47.5, 34.5);
    private static final PlaceRef SEA = new PlaceRef("Sea of Azov", PlaceKind.WATER, null, null, 46.0, 36.5);
    private static final PlaceRef TOWN_DOWNSTREAM = new PlaceRef("Hola Prystan", PlaceKind.SETTLEMENT, "Kherson Oblast", "UA", 46.53, 32.52);
    private static final PlaceRef OBLAST = new PlaceRef("Kherson Oblast", PlaceKind.REGION, "Kherson Oblast", "UA", 46.7, 33.5);
    private static final PlaceRef FAR_OBLAST = new PlaceRef("Belgorod Oblast", PlaceKind.REGION, "Belgorod Oblast", "RU", 50.7, 37.4);
    private static final PlaceRef FAR_TOWN = new PlaceRef("Lviv", PlaceKind.SETTLEMENT, "Lviv Oblast", "UA", 49.84, 24.03);
    private static final PlaceRef DAM = new PlaceRef("Kakhovka Hydroelectric Power Plant", PlaceKind.OTHER, "Kherson Oblast", "UA", 46.78, 33.37);

    @Test
    void aBodyOfWaterIsNearTheTownsAndRegionsAlongItNotFarOnes() {
        for (PlaceRef near : List.of(TOWN_DOWNSTREAM, OBLAST)) {
            assertTrue(RIVER.compatible(near), near.name());
            assertTrue(near.compatible(RIVER), near.name());
        }
        for (PlaceRef far : List.of(FAR_OBLAST, FAR_TOWN)) {
            assertFalse(RIVER.compatible(far), far.name());
            assertFalse(far.compatible(RIVER), far.name());
        }
        assertTrue(RIVER.compatible(new PlaceRef("Ukraine", PlaceKind.COUNTRY, null, "UA", 49.0, 32.0)), "the river lies in its country");
    }

    @Test
    void aSiteIsToldByItsOwnNameAndTwoWatersOnlyAsTheSame() {
        assertFalse(RIVER.compatible(DAM), "a dam is named as itself, not as the river it stands on");
        assertFalse(RIVER.compatible(SEA));
        assertTrue(RIVER.compatible(new PlaceRef("Dnipro River", PlaceKind.WATER, null, "UA", 47.5, 34.5)));
        assertFalse(RIVER.nearWater(new PlaceRef("Kherson", PlaceKind.SETTLEMENT, "Kherson Oblast", "UA", null, null)),
                "a place without a point cannot be measured against the water");
    }

    @Test
    void theGazetteerSaysWhichPlaceIsWaterTheRestKeepTheirKind() {
        Regions regions = new Regions() {
            @Override
            public Region of(Place place) {
                return new Region(null, "UA");
            }

            @Override
            public boolean water(Place place) {
                return place.name().equals("Dnipro River");
            }
        };
        assertEquals(PlaceKind.WATER, PlaceRef.of(new Place("Dnipro River", PlaceKind.OTHER, 47.5, 34.5, 565896L, List.of()), regions).kind());
        assertEquals(PlaceKind.OTHER, PlaceRef.of(new Place("Kakhovka Hydroelectric Power Plant", PlaceKind.OTHER, 46.78, 33.37, null, List.of()), regions).kind());
    }
}
