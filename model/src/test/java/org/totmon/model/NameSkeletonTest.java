package org.totmon.model;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class NameSkeletonTest {
    @Test
    void transliterationsOfOneNameShareTheirSkeleton() {
        assertEquals(NameSkeleton.of("Yevhen Balytskyi"), NameSkeleton.of("Yevgeny Balitsky"));
        assertEquals(NameSkeleton.of("Andrii Alekseenko"), NameSkeleton.of("Andrey Alekseyenko"));
        assertEquals(NameSkeleton.of("Daria Zarivna"), NameSkeleton.of("Darya  Zarivnaya"), "spaces and the Russian feminine ending aside");
        assertEquals("vn fdrv", NameSkeleton.of("Ivan Fëdorov"), "accents go, a doubled letter is written once");
    }

    @Test
    void otherNamesDoNot() {
        assertNotEquals(NameSkeleton.of("Maria Zakharova"), NameSkeleton.of("Marina Zakharova"));
        assertNotEquals(NameSkeleton.of("Ivan Fedorov"), NameSkeleton.of("Mykhailo Fedorov"));
    }
}
