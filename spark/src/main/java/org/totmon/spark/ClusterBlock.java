package org.totmon.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.totmon.linker.EventBlocking;
import org.totmon.linker.EventClustering;
import org.totmon.linker.EventMention;

/**
 * Clusters the mentions of one partition of blocks as the store does, in memory: in linking order, each mention looks
 * under its probe keys for the {@link EventBlocking#CANDIDATES_PER_KEY} newest clusters filed there, reads the anchors of the
 * {@link EventBlocking#nearest} of them and lets {@link EventClustering#choose} decide; its cluster is then filed under
 * its keys. The store numbers clusters as it makes them; here a cluster is named by the {@link MentionRow#key} of the
 * mention that made it, which orders clusters as the store's ids do, so "newest" means the same.
 * <p>
 * This equals the store's linking of the whole collection because no mention outside the partition can be a
 * candidate: candidates are found under shared keys, every key lies in an {@link EventBlocking#blocks} block, and a
 * partition holds every mention of each of its blocks (keys are hashed as the store hashes them; two keys of different
 * partitions with one 64-bit hash would make the store read one more, incompatible, candidate).
 */
final class ClusterBlock {
    private ClusterBlock() {}

    /** For each mention (by {@link MentionRow#key}), the key of the mention that made its cluster. */
    static Map<Long, Long> cluster(Iterable<MentionRow> rows) {
        List<MentionRow> ordered = new ArrayList<>();
        rows.forEach(ordered::add);
        ordered.sort(Comparator.comparingLong(MentionRow::key));
        Map<Long, TreeSet<Long>> filed = new HashMap<>();
        Map<Long, List<EventMention>> anchors = new HashMap<>();
        Map<Long, Long> out = new LinkedHashMap<>();
        String report = null;
        Set<Long> taken = new HashSet<>();
        for (MentionRow row : ordered) {
            // A report's mentions come one after another (keys order by report, then position).
            if (!row.reportId().equals(report)) {
                report = row.reportId();
                taken.clear();
            }
            EventMention m = row.mention();
            EventBlocking.Keys keys = EventBlocking.of(m);
            Map<Long, Integer> hits = new HashMap<>();
            for (String key : keys.probes()) {
                TreeSet<Long> clusters = filed.get(EventBlocking.hash(key));
                if (clusters == null) continue;
                Iterator<Long> newest = clusters.descendingIterator();
                for (int n = 0; n < EventBlocking.CANDIDATES_PER_KEY && newest.hasNext(); n++) hits.merge(newest.next(), 1, Integer::sum);
            }
            Map<Long, List<EventMention>> candidates = new HashMap<>();
            for (long id : EventBlocking.nearest(hits)) candidates.put(id, anchors.get(id));
            OptionalLong chosen = EventClustering.choose(m, candidates, taken);
            long cluster = chosen.isPresent() ? chosen.getAsLong() : row.key();
            List<EventMention> held = anchors.computeIfAbsent(cluster, c -> new ArrayList<>());
            if (EventClustering.anchors(held.size())) held.add(m);
            taken.add(cluster);
            for (String key : keys.filed()) filed.computeIfAbsent(EventBlocking.hash(key), k -> new TreeSet<>()).add(cluster);
            out.put(row.key(), cluster);
        }
        return out;
    }
}
