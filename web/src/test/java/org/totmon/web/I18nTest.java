package org.totmon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.totmon.model.EntityType;
import org.totmon.model.Modality;
import org.totmon.model.PlaceKind;
import org.totmon.model.Side;

class I18nTest {
    private static final I18n EN = I18n.of("en"), UK = I18n.of("uk");

    @Test
    void bothLanguagesHaveEveryKey() {
        Set<String> en = EN.keys(), uk = new TreeSet<>(UK.keys());
        Set<String> missing = new TreeSet<>(en);
        missing.removeAll(uk);
        assertEquals(Set.of(), missing, "keys without a Ukrainian text");
        uk.removeAll(en);
        uk.removeIf(k -> k.endsWith(".few"));
        assertEquals(Set.of(), uk, "Ukrainian keys without an English text");
    }

    @Test
    void everyEnumValueHasAReadableLabelInBothLanguages() {
        for (I18n t : new I18n[] {EN, UK}) {
            for (Enum<?>[] values : new Enum<?>[][] {Side.values(), EntityType.values(), PlaceKind.values(), Modality.values()}) {
                for (Enum<?> v : values) {
                    String label = t.label(v);
                    assertFalse(label.isBlank() || label.equals(v.name()) || label.contains("_"), t.lang() + " " + v + ": " + label);
                }
            }
            for (String type : new String[] {"PASSPORTIZATION", "ELECTION", "ATTACK", "DETENTION", "DEPORTATION", "COMBAT", "GOVERNANCE",
                    "INFORMATION_OP", "CONDEMNATION", "RESISTANCE", "OTHER"}) {
                assertFalse(t.eventType(type).equals(type) || t.eventType(type).contains("_"), t.lang() + " " + type);
            }
            assertFalse(t.side("third_party").contains("_"));
        }
        assertEquals("third party", EN.label(Side.THIRD_PARTY));
        assertEquals("інформаційна операція", UK.eventType("INFORMATION_OP"));
    }

    @Test
    void everyMeasureOfTheConceptRegistryHasALabelInBothLanguages() throws java.io.IOException {
        try (var in = I18n.class.getResourceAsStream("/org/totmon/linker/concepts.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (line.startsWith("#") || f.length != 3 || !f[1].contains("measure")) continue;
                for (I18n t : new I18n[] {EN, UK}) {
                    assertTrue(t.keys().contains("concept." + f[0].toUpperCase(java.util.Locale.ROOT)), t.lang() + " has no label for the measure " + f[0]);
                }
            }
        }
        assertEquals("кримінальні справи", UK.concept("criminal_cases"));
        assertEquals("some new measure", EN.concept("some_new_measure"));
    }

    @Test
    void ukrainianCountsTakeTheirPluralForms() {
        assertEquals("1 подія", UK.count("timeline.events", 1));
        assertEquals("3 події", UK.count("timeline.events", 3));
        assertEquals("5 подій", UK.count("timeline.events", 5));
        assertEquals("11 подій", UK.count("timeline.events", 11));
        assertEquals("22 події", UK.count("timeline.events", 22));
        assertEquals("1 event", EN.count("timeline.events", 1));
        assertTrue(EN.count("timeline.events", 1200).startsWith("1,200"));
    }
}
