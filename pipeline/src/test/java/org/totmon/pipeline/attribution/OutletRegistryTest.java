package org.totmon.pipeline.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Report;
import org.totmon.model.Side;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.entity.Actor;
import org.totmon.pipeline.entity.ActorRegistry;

class OutletRegistryTest {
    private static final OutletRegistry BUNDLED = OutletRegistry.bundled();

    private static Report report(String outlet, String url) {
        return new Report("r", url, outlet, null, "2023-06-07", "ru", "text");
    }

    @Test
    void outletsAreFoundByDomainSubdomainAndNameInEveryScript() {
        assertEquals("TASS", BUNDLED.byDomain("https://tass.com/world/1").name());
        assertEquals("Radio Sputnik", BUNDLED.of(report(null, "https://radiosputnik.ru/amp/20220927/x.html")).name());
        assertEquals("Suspilne", BUNDLED.of(report("suspilne.media", null)).name(), "the outlet field may be a domain");
        assertEquals("Ukrainska Pravda", BUNDLED.of(report(null, "https://www.pravda.com.ua/news/2023/06/06/1/")).name());
        assertEquals("Interfax-Ukraine", BUNDLED.of(report(null, "https://ua.interfax.com.ua/news/general/1.html")).name(),
                "a subdomain belongs to its domain");
        assertEquals("Interfax", BUNDLED.of(report(null, "https://www.interfax.ru/russia/1")).name(), "interfax.ru is not interfax.com.ua");
        assertEquals("TASS", BUNDLED.byName("ТАСС").name());
        assertEquals("Suspilne", BUNDLED.byName("Суспільне").name());
        assertNull(BUNDLED.of(report("Some Parish Newsletter", "https://parish.example.org/1")));
        assertNull(BUNDLED.byDomain("not a url at all"));
    }

    @Test
    void sidesAndKindsCoverTheField() {
        assertEquals(Side.OCCUPATION, BUNDLED.byName("TV Zvezda").side());
        assertEquals("occupation", BUNDLED.byDomain("mariupol-news.ru").kind());
        assertEquals(Side.OCCUPATION, BUNDLED.byDomain("zp-news.ru").side());
        assertEquals(Side.UKRAINE, BUNDLED.byName("Ukrinform").side());
        assertEquals(Side.THIRD_PARTY, BUNDLED.byName("Meduza").side());
        assertEquals("international", BUNDLED.byName("Reuters").kind());
        assertTrue(BUNDLED.outlets().size() > 150, "a broad list, not only the benchmark's outlets");
    }

    @Test
    void aUserFileAddsAndReplacesRows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("outlets.tsv");
        Files.writeString(file, "# ours\nTASS\tunknown\trussian_state\ttass.ru\nKherson Herald\tukraine\tukrainian\tkherson-herald.example\tХерсонський вісник\n");
        OutletRegistry r = OutletRegistry.bundledWith(file);
        assertEquals(Side.UNKNOWN, r.byName("TASS").side(), "a row with a shipped name replaces it");
        assertEquals("Kherson Herald", r.byName("Херсонський вісник").name());
        assertEquals("Kherson Herald", r.byDomain("https://news.kherson-herald.example/a").name());
    }

    @Test
    void aBadRowIsReportedWithItsFileAndLine() {
        IllegalArgumentException side = assertThrows(IllegalArgumentException.class, () -> parse("Good\tukraine\tukrainian\tgood.example\nBad\trussia\tukrainian\tbad.example\n"));
        assertEquals("mine.tsv:2: side must be occupation, ukraine, third_party or unknown, not 'russia'", side.getMessage());
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> parse("Bad\tukraine\tblog\tbad.example\n"));
        assertTrue(kind.getMessage().startsWith("mine.tsv:1: kind must be one of "), kind.getMessage());
        IllegalArgumentException domain = assertThrows(IllegalArgumentException.class, () -> parse("Bad\tukraine\tukrainian\thttps://bad.example/x\n"));
        assertEquals("mine.tsv:1: not a web domain: 'https://bad.example/x'", domain.getMessage());
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class, () -> parse("Bad\tukraine\n"));
        assertTrue(columns.getMessage().startsWith("mine.tsv:1: expected name, side, kind, domains"), columns.getMessage());
    }

    @Test
    void theEnvironmentsFileIsReadAndItsErrorsNameIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("extra.tsv");
        Files.writeString(file, "Kherson Herald\tukraine\tnewspaper\tkherson-herald.example\n");
        System.setProperty("totmon.outlets", file.toString());
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Pipeline::outlets);
            assertTrue(e.getMessage().startsWith(file + ":1: kind must be one of"), e.getMessage());
            Files.writeString(file, "Kherson Herald\tukraine\tukrainian\tkherson-herald.example\n");
            assertEquals(Side.UKRAINE, Pipeline.outlets().byDomain("kherson-herald.example").side());
            System.setProperty("totmon.outlets", dir.resolve("missing.tsv").toString());
            assertThrows(IllegalArgumentException.class, Pipeline::outlets);
        } finally {
            System.clearProperty("totmon.outlets");
        }
    }

    private static OutletRegistry parse(String tsv) throws IOException {
        return OutletRegistry.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "mine.tsv");
    }

    /** One rule for a medium's side: the actor registry's row of an outlet says what the outlet registry says. */
    @Test
    void bothRegistriesGiveAMediumOneSide() {
        int shared = 0;
        for (Actor a : ActorRegistry.bundled().actors()) {
            OutletRegistry.Outlet o = BUNDLED.byName(a.canonical());
            for (String alias : a.aliases()) if (o == null) o = BUNDLED.byName(alias);
            if (o == null) continue;
            shared++;
            assertEquals(o.side(), a.side(), a.canonical() + ": actor registry against outlet registry row " + o.name());
        }
        assertTrue(shared > 20, "the registries share the media both name: " + shared);
    }
}
