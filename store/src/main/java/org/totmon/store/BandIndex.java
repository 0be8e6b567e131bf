package org.totmon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.totmon.linker.NearDuplicates;

/**
 * The near-duplicate buckets (MinHash LSH bands, {@link NearDuplicates}) of every linked report, in memory, with the
 * reports filed under each, so that finding a report's candidate copies writes nothing and reads no table. The tables
 * keep one row per report (V36 {@code report_bands}, its buckets packed), appended in seq order: twenty rows a report at
 * random keys (the old {@code report_band}) made a fifth or more of the pages each commit wrote at 25,000 reports.
 * <p>
 * True to the tables as far as the store's links go: {@link #catchUp} at the start of each linking transaction reads
 * the rows of reports linked since (by another process, or all of them after the links were forgotten or this index
 * was cleared). A transaction that fails must {@link #clear} it. Primitive arrays, a few per index, so a large one costs
 * the collector almost nothing: about 25 bytes a bucket (20 a report) and a report's id. Not thread-safe: used under
 * the store's lock.
 */
final class BandIndex {
    /** Open addressing: a bucket's slot holds its value and 1 + its last entry (0: the slot is free). */
    private long[] keys;
    private int[] heads;
    private int slotsUsed;
    /** Entries, one per bucket of a report: the report's index and 1 + the bucket's entry before (0: none). */
    private int[] entryReport;
    private int[] entryNext;
    private int entries;
    private String[] ids;
    private int reports;
    /** The seq of the last report held; -1 when nothing is loaded. */
    private long upTo = -1;
    private String epoch;

    BandIndex() {
        reset();
    }

    /** Brings the index up to the store's linked reports: only those linked since it was last true to the tables. */
    void catchUp(Connection c, String storeEpoch) throws SQLException {
        if (upTo < 0 || !Objects.equals(storeEpoch, epoch)) {
            reset();
            upTo = 0;
            epoch = storeEpoch;
        }
        try (PreparedStatement st = c.prepareStatement("SELECT seq, report_id, buckets FROM report_bands WHERE seq > ? ORDER BY seq")) {
            st.setLong(1, upTo);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) add(rs.getString(2), rs.getLong(1), PackedLongs.unpack(rs.getBytes(3)));
            }
        }
    }

    /** Forgets everything: the next {@link #catchUp} reads every row again. */
    void clear() {
        reset();
    }

    private void reset() {
        keys = new long[1 << 10];
        heads = new int[1 << 10];
        slotsUsed = 0;
        entryReport = new int[1 << 10];
        entryNext = new int[1 << 10];
        entries = 0;
        ids = new String[1 << 8];
        reports = 0;
        upTo = -1;
        epoch = null;
    }

    /** Files a report (of seq {@code seq}, after every report held) under its distinct buckets. */
    void add(String id, long seq, long[] buckets) {
        if (reports == ids.length) ids = Arrays.copyOf(ids, reports * 2);
        int report = reports++;
        ids[report] = id;
        for (long b : buckets) {
            if (2 * (slotsUsed + 1) > keys.length) rehash();
            int slot = slot(b);
            if (heads[slot] == 0) {
                keys[slot] = b;
                slotsUsed++;
            }
            if (entries == entryReport.length) {
                entryReport = Arrays.copyOf(entryReport, entries * 2);
                entryNext = Arrays.copyOf(entryNext, entries * 2);
            }
            entryReport[entries] = report;
            entryNext[entries] = heads[slot];
            heads[slot] = ++entries;
        }
        upTo = seq;
    }

    /**
     * The reports other than {@code self} that share at least {@link NearDuplicates#MIN_SHARED_BUCKETS} of the distinct
     * {@code buckets}, most shared first (then by id), at most {@link NearDuplicates#MAX_CANDIDATES}.
     */
    List<String> candidates(String self, long[] buckets) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (long b : buckets) {
            int slot = slot(b);
            for (int e = heads[slot]; e != 0; e = entryNext[e - 1]) shared.merge(entryReport[e - 1], 1, Integer::sum);
        }
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

    /** The slot holding {@code bucket}, or the free slot where it would go. */
    private int slot(long bucket) {
        int mask = keys.length - 1;
        int slot = (int) (mix(bucket) & mask);
        while (heads[slot] != 0 && keys[slot] != bucket) slot = (slot + 1) & mask;
        return slot;
    }

    private static long mix(long h) {
        h *= 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldHeads.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] == 0) continue;
            int slot = slot(oldKeys[i]);
            keys[slot] = oldKeys[i];
            heads[slot] = oldHeads[i];
        }
    }
}
