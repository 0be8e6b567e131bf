package org.totmon.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JoinedBlocksTest {
    @Test
    void blocksThatMentionsJoinAreOnePartitionByChainsOfMentions() {
        Map<String, Integer> p = LinkJob.joinedBlocks(List.of(
                List.of("ATTACK|2023-09", "ATTACK|2023-10"), List.of("DETENTION|2023-10"), List.of("ATTACK|2023-10", "ATTACK|2023-11"),
                List.of("ATTACK|2024-03"), List.of("DETENTION|2023-11", "DETENTION|2023-10")));
        assertEquals(p.get("ATTACK|2023-09"), p.get("ATTACK|2023-11"), "joined through October");
        assertEquals(p.get("DETENTION|2023-10"), p.get("DETENTION|2023-11"));
        assertNotEquals(p.get("ATTACK|2023-10"), p.get("DETENTION|2023-10"), "another type");
        assertNotEquals(p.get("ATTACK|2023-10"), p.get("ATTACK|2024-03"), "no mention joins them");
        assertEquals(3, new HashSet<>(p.values()).size(), p.toString());
        assertEquals(6, p.size());
    }
}
