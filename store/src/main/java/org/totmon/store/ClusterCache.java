package org.totmon.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.totmon.linker.EventClustering;
import org.totmon.linker.EventMention;

/**
 * The anchors ({@link EventClustering#ANCHORS}) of the event clusters one store's linking met lately, so that a
 * mention's candidate clusters are not read back from the tables each time (that read was a third of ingest's time, and
 * the same clusters are met again and again while their stories are told). Holds all of a cluster's anchors or
 * nothing of it, at most {@link #PER_GIB} mentions per GiB of heap, the least recently used cluster dropped first.
 * <p>
 * It holds what the tables hold as long as this process is the only one linking since it last linked: each linking
 * transaction starts with {@link #check}, which forgets everything when the store's links are not the ones this cache
 * saw last (another process linked, or the links were forgotten: {@link LinkTables} changes the epoch then). A
 * transaction that fails must {@link #clear} it. Not thread-safe: used under the store's lock.
 * <p>
 * With a cluster it holds what linking would otherwise work out again from the whole cluster for each mention added:
 * its summary so far.
 */
final class ClusterCache {
    /**
     * Anchors held per GiB of the heap's limit, about 1–2 KB each (the evidence text's stems and concepts): a process
     * given a larger heap (ingest's default, see the README) keeps more of a large store's clusters in hand.
     */
    static final int PER_GIB = 60_000;

    private final int capacity;
    /** The claim groups linking met lately, true to the tables on the same terms as the clusters. */
    final LinkTables.ClaimGroups groups;
    /**
     * The shingles of reports met lately as near-duplicate candidates, by report id: reading a candidate's text and
     * shingling it again was a seventh of the linking thread where reports copy each other often. A report's text
     * does not change; its boilerplate does only with its extraction, which clears this cache.
     */
    private final Map<String, long[]> shingles = Lru.map(SHINGLED);
    static final int SHINGLED = 2_000;
    /** Every linked report's near-duplicate buckets, and every cluster's blocking keys: caught up, not forgotten, when another process linked. */
    final BandIndex bands = new BandIndex();
    final BlockIndex blocks = new BlockIndex();
    private final LinkedHashMap<Long, Held> clusters = new LinkedHashMap<>(1024, 0.75f, true);
    private int mentions;
    private long linkedSeq = -1;
    private String epoch;

    /** A cluster's anchors in report order; the summary of all its mentions, or null when not known (it was read from the tables, anchors only). */
    private static final class Held {
        final List<EventMention> members;
        EventClustering.Summarizer summary;

        Held(List<EventMention> members) {
            this.members = members;
        }
    }

    ClusterCache() {
        this((int) Math.min(Integer.MAX_VALUE, (Runtime.getRuntime().maxMemory() >> 20) * PER_GIB / 1024));
    }

    ClusterCache(int capacity) {
        this.capacity = capacity;
        this.groups = new LinkTables.ClaimGroups((int) Math.max(1, (long) capacity * LinkTables.ClaimGroups.PER_GIB / PER_GIB));
    }

    /** Forgets everything unless the store's links are still those this cache last saw. */
    void check(long storeLinkedSeq, String storeEpoch) {
        if (storeLinkedSeq != linkedSeq || !Objects.equals(storeEpoch, epoch)) forget();
        linkedSeq = storeLinkedSeq;
        epoch = storeEpoch;
    }

    /** This process linked the reports up to {@code seq}. */
    void linked(long seq) {
        linkedSeq = seq;
        bands.linked(seq);
        blocks.linked(seq);
    }

    /** Forgets everything, the band and block indexes too (a transaction failed, or the extractions changed). */
    void clear() {
        forget();
        bands.clear();
        blocks.clear();
    }

    private void forget() {
        clusters.clear();
        groups.clear();
        shingles.clear();
        mentions = 0;
        linkedSeq = -1;
        epoch = null;
    }

    /** The shingles of a stored report's text, sorted, or null when not held. */
    long[] shingles(String reportId) {
        return shingles.get(reportId);
    }

    void shingles(String reportId, long[] of) {
        shingles.put(reportId, of);
    }

    /** The cluster's anchors in report order, or null when not held; the caller must not change the list. */
    List<EventMention> get(long cluster) {
        Held h = clusters.get(cluster);
        return h == null ? null : h.members;
    }

    /** Holds a cluster's anchors read from the tables (its summary not known). */
    void put(long cluster, List<EventMention> members) {
        Held old = clusters.put(cluster, new Held(new ArrayList<>(members)));
        mentions += members.size() - (old == null ? 0 : old.members.size());
        evict();
    }

    /**
     * A mention just linked to {@code cluster}, one of its anchors or not: added to the summary if the cluster is held,
     * appended if also an anchor; held alone if the cluster is new.
     */
    void added(long cluster, EventMention m, boolean fresh, boolean anchor) {
        Held h = clusters.get(cluster);
        if (h == null) {
            if (!fresh) return;
            h = new Held(new ArrayList<>());
            h.summary = new EventClustering.Summarizer();
            clusters.put(cluster, h);
        }
        if (h.summary != null) h.summary.add(m);
        if (!anchor) return;
        h.members.add(m);
        mentions++;
        evict();
    }

    /** What sums up all the cluster's mentions, as {@link EventClustering#summarize} does; null when not known. */
    EventClustering.Summarizer summarizer(long cluster) {
        Held h = clusters.get(cluster);
        return h == null ? null : h.summary;
    }

    /** The summary of all the cluster's mentions, made from the tables: kept up from now on if the cluster is held. */
    void summarized(long cluster, EventClustering.Summarizer all) {
        Held h = clusters.get(cluster);
        if (h != null) h.summary = all;
    }

    /** Drops the least recently used clusters down to the capacity, but never the one used last. */
    private void evict() {
        for (Iterator<Map.Entry<Long, Held>> i = clusters.entrySet().iterator(); mentions > capacity && clusters.size() > 1 && i.hasNext(); ) {
            mentions -= i.next().getValue().members.size();
            i.remove();
        }
    }
}
