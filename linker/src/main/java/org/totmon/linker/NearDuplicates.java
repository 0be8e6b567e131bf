package org.totmon.linker;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Near-duplicate reports (a wire copy, a reprint with another headline or footer): the Jaccard similarity of the
 * sets of word 4-shingles of their cleaned texts is at least {@link #THRESHOLD}; of two near-duplicates the earlier
 * published (then the first stored) is the original, the other a copy. The relation is kept pairwise, never made
 * transitive: reports written to one template (the same sentence with another town and date) would otherwise chain
 * into one huge set. Candidates are found by MinHash locality-sensitive hashing — {@link #BANDS} bands of
 * {@link #ROWS} of a report's MinHash values, each band one bucket: a stored report is compared (exactly) only when
 * it shares at least {@link #MIN_SHARED_BUCKETS} buckets with the new one, and only the {@link #MAX_CANDIDATES}
 * sharing most. A pair at similarity 0.7 passes that filter with probability 0.997, an unrelated pair (0.05) with
 * probability below 0.0001.
 */
public final class NearDuplicates {
    private NearDuplicates() {}

    public static final double THRESHOLD = 0.7;
    public static final int SHINGLE_WORDS = 4;
    public static final int BANDS = 20;
    public static final int ROWS = 3;
    public static final int MIN_SHARED_BUCKETS = 2;
    public static final int MAX_CANDIDATES = 100;

    /** A cleaned text's shingles (64-bit hashes) and its LSH buckets, one per band. */
    public record Fingerprint(Set<Long> shingles, List<Long> buckets) {
        public Fingerprint {
            shingles = Set.copyOf(shingles);
            buckets = List.copyOf(buckets);
        }
    }

    public static Fingerprint fingerprint(String cleanText) {
        Set<Long> shingles = shingles(cleanText);
        long[] signature = new long[BANDS * ROWS];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < signature.length; i++) signature[i] = Math.min(signature[i], mix(s ^ SEEDS[i]));
        }
        Long[] buckets = new Long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) h = mix(h ^ signature[b * ROWS + r]);
            buckets[b] = h;
        }
        return new Fingerprint(shingles, shingles.isEmpty() ? List.of() : List.of(buckets));
    }

    /**
     * A cleaned text's shingles alone: all that comparing needs, so a stored report met as a candidate is not given the
     * MinHash signature too (60 hashes a shingle, most of a fingerprint's cost).
     */
    public static Set<Long> shingles(String cleanText) {
        List<String> words = Words.of(cleanText);
        Set<Long> shingles = new HashSet<>();
        if (words.size() < SHINGLE_WORDS) {
            if (!words.isEmpty()) shingles.add(hash(String.join(" ", words)));
        } else {
            for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
                shingles.add(hash(String.join(" ", words.subList(i, i + SHINGLE_WORDS))));
            }
        }
        return shingles;
    }

    public static double similarity(Fingerprint a, Fingerprint b) {
        return similarity(a, b.shingles());
    }

    public static double similarity(Fingerprint a, Set<Long> shingles) {
        return Words.jaccard(a.shingles(), shingles);
    }

    /** Shingles as a sorted array, the form {@link #similarity(long[], long[])} compares and a store keeps. */
    public static long[] sorted(Set<Long> shingles) {
        long[] out = new long[shingles.size()];
        int i = 0;
        for (long s : shingles) out[i++] = s;
        Arrays.sort(out);
        return out;
    }

    /** The Jaccard similarity of two sorted shingle arrays, as {@link #similarity(Fingerprint, Set)} gives it for sets. */
    public static double similarity(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) return 0;
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else {
                shared++;
                i++;
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }

    public static boolean nearDuplicate(double similarity) {
        return similarity >= THRESHOLD;
    }

    /** A report as near-duplicates are ordered: by its publication date, then the order of storing. */
    public record Copy(String reportId, String published, long seq) {}

    /** Earliest publication first (an unknown date last), then the order of storing. */
    public static final Comparator<Copy> ORIGINAL_FIRST = Comparator
            .comparing((Copy c) -> DateSpan.parse(c.published()), Comparator.nullsLast(Comparator.comparing(DateSpan::from)))
            .thenComparingLong(Copy::seq);

    private static final long[] SEEDS = new long[BANDS * ROWS];
    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SEEDS.length; i++) SEEDS[i] = s = mix(s + i);
    }

    /** FNV-1a over the characters, then mixed: stable across runs and JVMs (String.hashCode is too narrow). */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
