package org.totmon.pipeline.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Side;

class ActorRegistryTest {
    private static ActorRegistry parse(String text) throws IOException {
        return ActorRegistry.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "mine.tsv");
    }

    @Test
    void aBadRowIsNamedByFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("# comment\n\nKremlin\tORGANIZATION\tneutral\tstate\n"));
        assertEquals("mine.tsv:3: side must be occupation, ukraine, third_party or unknown, not 'neutral'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("Kremlin\tORGANISATION\toccupation\tstate\n"));
        assertTrue(e.getMessage().startsWith("mine.tsv:1: type must be"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("Kremlin ORGANIZATION occupation state\n"));
        assertTrue(e.getMessage().startsWith("mine.tsv:1: expected canonical"), e.getMessage());
    }

    @Test
    void aUserFileExtendsAndOverridesTheShippedOne(@TempDir Path tmp) throws IOException {
        Path mine = Files.writeString(tmp.resolve("actors.tsv"),
                "Kremlin\tORGANIZATION\tunknown\tstate\tMoscow leadership\nNew Local Group\tORGANIZATION\tukraine\tngo\tNLG\n");
        ActorRegistry merged = ActorRegistry.bundledWith(mine);
        Actor kremlin = merged.actors().stream().filter(a -> a.canonical().equals("Kremlin")).findFirst().orElseThrow();
        assertEquals(Side.UNKNOWN, kremlin.side());
        assertTrue(merged.actors().stream().anyMatch(a -> a.aliases().contains("NLG")));
        assertEquals(ActorRegistry.bundled().actors().size() + 1, merged.actors().size());
    }
}
