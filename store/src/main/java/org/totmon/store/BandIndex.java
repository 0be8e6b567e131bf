package org.totmon.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.totmon.linker.NearDuplicates;

/**
 * The near-duplicate buckets (MinHash LSH bands, {@link NearDuplicates}) of every linked report, with the reports
 * filed under each, so that finding a report's candidate copies writes nothing and reads no table. The tables keep
 * one row a report (V36 {@code report_bands}, its buckets packed), appended in seq order: twenty rows a report at
 * random keys (the old {@code report_band}) were a large share of the pages each commit wrote. About 30 bytes a
 * bucket (20 a report) and a report's id.
 */
final class BandIndex extends LinkedIndex {
    /** Bucket to the index of each report filed under it in {@link #ids}. */
    private LongMultimap reportsByBucket;
    private String[] ids;
    private int reports;

    BandIndex() {
        super("SELECT seq, report_id, buckets FROM report_bands WHERE seq > ? ORDER BY seq");
        reset();
    }

    @Override
    void hold(ResultSet row) throws SQLException {
        add(row.getString(2), PackedLongs.unpack(row.getBytes(3)));
    }

    @Override
    void reset() {
        reportsByBucket = new LongMultimap();
        ids = new String[1 << 8];
        reports = 0;
    }

    /** Files a report under its distinct buckets. */
    void add(String id, long[] buckets) {
        if (reports == ids.length) ids = Arrays.copyOf(ids, reports * 2);
        ids[reports] = id;
        for (long b : buckets) reportsByBucket.add(b, reports);
        reports++;
    }

    /**
     * The reports other than {@code self} that share at least {@link NearDuplicates#MIN_SHARED_BUCKETS} of the distinct
     * {@code buckets}, most shared first (then by id), at most {@link NearDuplicates#MAX_CANDIDATES}.
     */
    List<String> candidates(String self, long[] buckets) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (long b : buckets) reportsByBucket.forEach(b, report -> shared.merge((int) report, 1, Integer::sum));
        List<Map.Entry<Integer, Integer>> found = new ArrayList<>();
        for (Map.Entry<Integer, Integer> s : shared.entrySet()) {
            if (s.getValue() >= NearDuplicates.MIN_SHARED_BUCKETS && !ids[s.getKey()].equals(self)) found.add(s);
        }
        found.sort(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(s -> ids[s.getKey()]));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(found.size(), NearDuplicates.MAX_CANDIDATES); i++) out.add(ids[found.get(i).getKey()]);
        return out;
    }
}
