package org.totmon.pipeline.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.totmon.model.PlaceKind;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.standard();

    private static String first(String name) {
        return G.lookup(name).isEmpty() ? null : G.lookup(name).get(0).name();
    }

    @Test
    void variantSpellingsResolveToNationalRomanization() {
        assertEquals("Zaporizhzhia", first("Zaporozhye"));
        assertEquals("Izium", first("Izyum"));
        assertEquals("Luhansk", first("Lugansk"));
        assertEquals("Kyiv", first("Kiev"));
        assertEquals("Berdiansk", first("Berdyansk"));
        assertEquals("Yevpatoriia", first("Евпатория"));
        assertEquals("Kupiansk", first("Купʼянськ"));
        assertEquals("Bakhmut", first("Artemivsk"));
    }

    @Test
    void regionsCountriesAndCaseForms() {
        assertEquals("Zaporizhzhia Oblast", first("Zaporizhzhia region"));
        assertEquals("Zaporizhzhia Oblast", first("Запорізької області"));
        assertEquals("Zaporizhzhia Oblast", first("Запорожской области"));
        assertEquals("Kherson Oblast", first("Херсонщины"));
        assertEquals("Belgorod Oblast", first("Бєлгородської області"));
        assertEquals("Russia", first("Російської Федерації"));
        assertEquals("Ukraine", first("Україні"));
        Gazetteer.Entry crimea = G.lookup("Крым").get(0);
        assertEquals(PlaceKind.REGION, crimea.kind());
        Gazetteer.Entry kherson = G.lookup("Kherson").get(0);
        assertEquals(PlaceKind.SETTLEMENT, kherson.kind());
        assertEquals("Kherson Oblast", G.byId(kherson.namesake()).name());
    }

    @Test
    void demonymsAndCommonWordsAreNotNames() {
        assertTrue(G.lookup("Russian").isEmpty());
        assertTrue(G.lookup("Ukrainian").isEmpty());
        assertTrue(G.lookup("української").isEmpty());
        assertTrue(G.lookup("Mir").isEmpty());
        assertTrue(G.lookup("Victory").isEmpty());
        assertTrue(G.lookup("Lenin").isEmpty());
        assertTrue(G.lookup("Stalino").stream().noneMatch(e -> e.name().equals("Donetsk")));
    }

    @Test
    void resourceCarriesTheGeoNamesAttribution() throws IOException {
        try (InputStream in = new GZIPInputStream(Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE))) {
            String head = new String(in.readNBytes(400), StandardCharsets.UTF_8);
            assertTrue(head.startsWith("#") && head.contains(GazetteerBuilder.ATTRIBUTION), head);
        }
        assertTrue(Gazetteer.class.getResource("GAZETTEER-NOTICE.md") != null);
    }

    @Test
    void badRowsAreReportedWithTheirLine() {
        String tsv = "# test\n" + Gazetteer.HEADER + "\n1\t1\tA\tsettlement\tnorth\t30\tUA\tUA.01\t\t\tA\n";
        IOException e = assertThrows(IOException.class,
                () -> Gazetteer.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "t.tsv"));
        assertTrue(e.getMessage().startsWith("t.tsv:3: bad field"), e.getMessage());
        String noHeader = "1\t1\tA\tsettlement\t1\t2\tUA\tUA.01\t\t\tA\n";
        assertThrows(IOException.class,
                () -> Gazetteer.read(new ByteArrayInputStream(noHeader.getBytes(StandardCharsets.UTF_8)), "t.tsv"));
        assertFalse(G.entries().isEmpty());
    }
}
