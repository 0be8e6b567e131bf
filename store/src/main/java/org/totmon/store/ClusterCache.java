package org.totmon.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.totmon.linker.EventMention;

/**
 * The mentions of the event clusters one store's linking met lately, so that a mention's candidate clusters are not read
 * back from the tables each time (that read was a third of ingest's time, and the same clusters are met again and
 * again while their stories are told). Holds whole clusters only, at most {@link #CAPACITY} mentions, the least
 * recently used cluster dropped first.
 * <p>
 * It holds what the tables hold as long as this process is the only one linking since it last linked: each linking
 * transaction starts with {@link #check}, which forgets everything when the store's links are not the ones this cache
 * saw last (another process linked, or the links were forgotten: {@link LinkTables} changes the epoch then). A
 * transaction that fails must {@link #clear} it. Not thread-safe: used under the store's lock.
 */
final class ClusterCache {
    /** About 1–2 KB each (the evidence text's stems and concepts). */
    static final int CAPACITY = 60_000;

    private final int capacity;
    private final LinkedHashMap<Long, List<EventMention>> clusters = new LinkedHashMap<>(1024, 0.75f, true);
    private int mentions;
    private long linkedSeq = -1;
    private String epoch;

    ClusterCache() {
        this(CAPACITY);
    }

    ClusterCache(int capacity) {
        this.capacity = capacity;
    }

    /** Forgets everything unless the store's links are still those this cache last saw. */
    void check(long storeLinkedSeq, String storeEpoch) {
        if (storeLinkedSeq != linkedSeq || !Objects.equals(storeEpoch, epoch)) clear();
        linkedSeq = storeLinkedSeq;
        epoch = storeEpoch;
    }

    /** This process linked the reports up to {@code seq}. */
    void linked(long seq) {
        linkedSeq = seq;
    }

    void clear() {
        clusters.clear();
        mentions = 0;
        linkedSeq = -1;
        epoch = null;
    }

    /** The cluster's mentions in report order, or null when not held; the caller must not change the list. */
    List<EventMention> get(long cluster) {
        return clusters.get(cluster);
    }

    /** Holds a cluster read whole from the tables. */
    void put(long cluster, List<EventMention> members) {
        List<EventMention> old = clusters.put(cluster, new ArrayList<>(members));
        mentions += members.size() - (old == null ? 0 : old.size());
        evict();
    }

    /** A mention just linked to {@code cluster}: appended if the cluster is held, held alone if the cluster is new. */
    void added(long cluster, EventMention m, boolean fresh) {
        List<EventMention> members = clusters.get(cluster);
        if (members == null) {
            if (!fresh) return;
            members = new ArrayList<>();
            clusters.put(cluster, members);
        }
        members.add(m);
        mentions++;
        evict();
    }

    private void evict() {
        for (Iterator<Map.Entry<Long, List<EventMention>>> i = clusters.entrySet().iterator(); mentions > capacity && i.hasNext(); ) {
            mentions -= i.next().getValue().size();
            i.remove();
        }
    }
}
