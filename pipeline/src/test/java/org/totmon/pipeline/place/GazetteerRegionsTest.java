package org.totmon.pipeline.place;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.linker.EventClustering;
import org.totmon.linker.EventMention;
import org.totmon.linker.Regions;
import org.totmon.model.Event;
import org.totmon.model.Mention;
import org.totmon.model.Modality;
import org.totmon.model.Place;
import org.totmon.model.PlaceKind;

class GazetteerRegionsTest {
    private static final Regions REGIONS = GazetteerRegions.standard();

    private static Gazetteer.Entry entry(String name, PlaceKind kind) {
        return Gazetteer.standard().lookup(name).stream().filter(e -> e.name().equals(name) && e.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in the gazetteer"));
    }

    private static Place inText(Gazetteer.Entry e, String text, String surface) {
        int at = text.indexOf(surface);
        return new Place(e.name(), e.kind(), e.lat(), e.lon(), e.geonamesId(), List.of(new Mention(surface, at, at + surface.length())));
    }

    private static EventMention vote(String id, String text, Gazetteer.Entry place, List<Place> layer) {
        Event e = new Event("ELECTION", text, "2022-09", place.name(), List.of(), Modality.FACT, "Strategic developments", "Other",
                0, text.length(), place.geonamesId(), List.of());
        return EventMention.of(id, 0, "2022-09-28", e, layer, List.of(), REGIONS);
    }

    @Test
    void riversReservoirsAndSeasAreWaterThatThePlacesLayerReportsAsOtherPlaces() {
        for (String name : List.of("Dnipro River", "Kakhovka Reservoir", "Sea of Azov")) {
            Gazetteer.Entry water = entry(name, PlaceKind.OTHER);
            assertTrue(water.water(), name);
            assertTrue(REGIONS.water(new Place(water.name(), water.kind(), water.lat(), water.lon(), water.geonamesId(), List.of())), name);
        }
        Gazetteer.Entry dam = entry("Kakhovka Hydroelectric Power Plant", PlaceKind.OTHER);
        assertFalse(dam.water());
        assertFalse(REGIONS.water(new Place(dam.name(), dam.kind(), dam.lat(), dam.lon(), dam.geonamesId(), List.of())));
    }

    @Test
    void aPlaceIsFoundByItsGeoNamesId() {
        Gazetteer.Entry oblast = entry("Zaporizhzhia Oblast", PlaceKind.REGION);
        Place found = REGIONS.place(oblast.geonamesId());
        assertEquals("Zaporizhzhia Oblast", found.name());
        assertEquals(PlaceKind.REGION, found.kind());
        assertNull(REGIONS.place(-1));
    }

    @Test
    void anEventPlacedByIdInARegionItsReportNamesOnlyByItsCityIsThatRegion() {
        Gazetteer.Entry oblast = entry("Zaporizhzhia Oblast", PlaceKind.REGION);
        Gazetteer.Entry city = entry("Zaporizhzhia", PlaceKind.SETTLEMENT);
        String a = "The occupation announced that 93 percent of those voting in Zaporizhzhia backed joining Russia.";
        EventMention byCity = vote("a", a, oblast, List.of(inText(city, a, "Zaporizhzhia")));
        assertEquals(PlaceKind.REGION, byCity.place().kind());
        assertEquals("Zaporizhzhia Oblast", byCity.place().admin1());

        String b = "The sham referendum in Zaporizhzhia Oblast ended with a result announced in advance, Kyiv said.";
        EventMention byRegion = vote("b", b, oblast, List.of(inText(oblast, b, "Zaporizhzhia Oblast")));
        String c = "The sham referendum in Ukraine's occupied territories ended with a result announced in advance, Kyiv said.";
        Gazetteer.Entry ukraine = entry("Ukraine", PlaceKind.COUNTRY);
        EventMention inCountry = vote("c", c, ukraine, List.of(inText(ukraine, c, "Ukraine")));
        assertTrue(EventClustering.sameEvent(byCity, byRegion));
        assertTrue(byCity.place().inside(inCountry.place()), "an oblast lies in its country");
    }
}
