package org.totmon.pipeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.totmon.pipeline.event.AcledMapping.Category;

class AcledMappingTest {
    private static final AcledMapping ACLED = AcledMapping.bundled();

    @Test
    void everyKindHasACategoryAndEvidenceRefinesIt() {
        for (EventKind kind : EventKind.values()) assertTrue(!ACLED.categorize(kind, "").eventType().isEmpty(), kind.name());
        assertEquals(new Category("Violence against civilians", "Attack"), ACLED.categorize(EventKind.ATTACK, "the deputy mayor was shot dead"));
        assertEquals(new Category("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                ACLED.categorize(EventKind.ATTACK, "обстріл Херсона"));
        assertEquals(new Category("Protests", "Excessive force against protesters"),
                ACLED.categorize(EventKind.ATTACK, "troops used stun grenades to disperse a rally"));
        assertEquals(new Category("Violence against civilians", "Abduction/forced disappearance"),
                ACLED.categorize(EventKind.DETENTION, "окупанти викрали активіста"));
        assertEquals(new Category("Strategic developments", "Arrests"), ACLED.categorize(EventKind.DETENTION, "police detained two men"));
        assertEquals(new Category("Battles", "Government regains territory"), ACLED.categorize(EventKind.COMBAT, "after the liberation of Kupiansk"));
        assertEquals(new Category("Strategic developments", "Agreement"), ACLED.categorize(EventKind.GOVERNANCE, "signed a memorandum"));
        assertEquals(new Category("Protests", "Peaceful protest"), ACLED.categorize(EventKind.RESISTANCE, "a rally in Kherson"));
    }

    @Test
    void aMappingWithoutADefaultOrWithABadRowIsRejectedWithItsLine() {
        IllegalArgumentException noDefault = assertThrows(IllegalArgumentException.class,
                () -> AcledMapping.parse(stream("ATTACK\tbomb\tExplosions/Remote violence\tGrenade\n"), "m.tsv"));
        assertTrue(noDefault.getMessage().contains("no default row"), noDefault.getMessage());
        IllegalArgumentException badKind = assertThrows(IllegalArgumentException.class,
                () -> AcledMapping.parse(stream("# header\nRIOT\t*\tRiots\tMob violence\n"), "m.tsv"));
        assertTrue(badKind.getMessage().startsWith("m.tsv:2:"), badKind.getMessage());
        IllegalArgumentException badPattern = assertThrows(IllegalArgumentException.class,
                () -> AcledMapping.parse(stream("ATTACK\t(bomb\tExplosions/Remote violence\tGrenade\n"), "m.tsv"));
        assertTrue(badPattern.getMessage().startsWith("m.tsv:1: bad evidence pattern"), badPattern.getMessage());
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
