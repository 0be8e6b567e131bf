package org.totmon.store;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.totmon.linker.EventBlocking;

class BlockIndexTest {
    @Test
    void aKeyGivesItsNewestClustersWhateverOrderTheyWereFiledIn() {
        BlockIndex index = new BlockIndex();
        List<Long> clusters = new ArrayList<>(LongStream.rangeClosed(1, 250).boxed().toList());
        Collections.shuffle(clusters, new Random(3));
        for (long cluster : clusters) index.add(42, cluster);
        index.add(43, 999);
        List<Long> newest = new ArrayList<>();
        index.newest(42, newest::add);
        assertEquals(LongStream.iterate(250, i -> i - 1).limit(EventBlocking.CANDIDATES_PER_KEY).boxed().toList(), newest);
        assertTrue(index.filed(42, 17));
        assertFalse(index.filed(42, 999));
        List<Long> other = new ArrayList<>();
        index.newest(7, other::add);
        assertEquals(List.of(), other, "a key nothing is filed under");
        index.clear();
        index.newest(42, other::add);
        assertEquals(List.of(), other, "cleared");
    }
}
