package org.totmon.store;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.totmon.linker.NearDuplicates;

class BandIndexTest {
    @Test
    void candidatesShareTwoBucketsMostSharedFirstThenById() {
        BandIndex index = new BandIndex();
        index.add("r-c", new long[] {1, 2, 3});
        index.add("r-b", new long[] {1, 2, 9});
        index.add("r-a", new long[] {1, 7, 8});
        index.add("r-d", new long[] {-5, 2, 3});
        assertEquals(List.of("r-c", "r-b", "r-d"), index.candidates("new", new long[] {1, 2, 3}),
                "three shared, then two each by id; one shared is no candidate");
        assertEquals(List.of("r-d"), index.candidates("r-c", new long[] {-5, 2, 3}), "never the report itself");
        assertEquals(List.of(), index.candidates("new", new long[] {4, 5, 6}));
        index.clear();
        assertEquals(List.of(), index.candidates("new", new long[] {1, 2, 3}), "cleared");
    }

    /** Many reports whose buckets collide often, against counting every report's shared buckets by hand. */
    @Test
    void aLargeIndexAnswersAsCountingEveryReportDoes() {
        Random random = new Random(7);
        BandIndex index = new BandIndex();
        List<long[]> reports = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            long[] buckets = LongStream.generate(() -> random.nextInt(40_000) * 0x1_0000_0001L).limit(20).distinct().sorted().toArray();
            reports.add(buckets);
            index.add("r" + i, buckets);
        }
        for (int q = 0; q < 200; q++) {
            long[] asked = q % 2 == 0 ? reports.get(random.nextInt(reports.size()))
                    : LongStream.generate(() -> random.nextInt(40_000) * 0x1_0000_0001L).limit(20).distinct().sorted().toArray();
            String self = "r" + random.nextInt(reports.size());
            Map<String, Integer> shared = new HashMap<>();
            for (int i = 0; i < reports.size(); i++) {
                int n = 0;
                for (long a : asked) for (long b : reports.get(i)) if (a == b) n++;
                if (n >= NearDuplicates.MIN_SHARED_BUCKETS && !("r" + i).equals(self)) shared.put("r" + i, n);
            }
            List<String> expected = shared.keySet().stream()
                    .sorted(Comparator.<String>comparingInt(shared::get).reversed().thenComparing(Comparator.naturalOrder()))
                    .limit(NearDuplicates.MAX_CANDIDATES).toList();
            assertEquals(expected, index.candidates(self, asked), "query " + q);
        }
    }
}
