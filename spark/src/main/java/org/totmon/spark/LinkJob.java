package org.totmon.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.totmon.ingest.BenchmarkDocs;
import org.totmon.ingest.ExtractionJson;
import org.totmon.linker.ClaimMeasures;
import org.totmon.linker.Disagreement;
import org.totmon.linker.EventBlocking;
import org.totmon.linker.EventMention;
import org.totmon.linker.MeasuredClaim;
import org.totmon.linker.Regions;
import org.totmon.model.Extraction;
import org.totmon.model.Report;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.place.GazetteerRegions;
import scala.Tuple2;

/**
 * {@code totmon extract --link} on a Spark cluster: the same output, line for line. The executors extract each report
 * and take from it its event mentions and measured claims ({@code ClaimMeasures}, told that each event's id is its
 * position in the report, resolved below). Then, as the store links a collection in publication order:
 * <ol>
 *   <li>Events are partitioned by blocks (type × month, {@link EventBlocking#blocks}), blocks that mentions join
 *       being one partition, and each partition is clustered in linking order by {@link ClusterBlock}: no candidate
 *       cluster ever lies in another partition, so each gives what the store gives. Cluster ids are the store's:
 *       clusters numbered by the mention that made them, in linking order.</li>
 *   <li>Claims are partitioned by measure key, which is all that makes a group; a group is disputed when
 *       {@link Disagreement#find} finds a pair among its figures (each with the id of its event's cluster), as the
 *       store notes the first such pair. Group ids are the store's: groups numbered by their first claim.</li>
 * </ol>
 * A report id seen again later in publication order is not linked again (the store keeps the first); its line gets
 * the links of the first, as {@code extract --link} writes them.
 */
final class LinkJob {
    private LinkJob() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A report as given to the executors: its place in the input ({@code index}) and in linking order ({@code seq}, -1 when not linked). */
    record Numbered(int index, int seq, ExtractJob.ReportRow report) implements Serializable {}

    /** What an executor makes of one report: the extraction line, and the mentions and claims that linking reads. */
    record Extracted(int index, String reportId, String line, ArrayList<MentionRow> mentions, ArrayList<ClaimRow> claims)
            implements Serializable {}

    /** A mention (by {@link MentionRow#key}) with its cluster's id, once known. */
    record Clustered(long key, String reportId, int ord, long id) implements Serializable {
        Clustered withId(long clusterId) {
            return new Clustered(key, reportId, ord, clusterId);
        }
    }

    /** One item's link, to be written onto its report's line: an event's cluster, or a claim's group. */
    record ItemLink(boolean event, int ord, long id, String measure, boolean disputed) implements Serializable {}

    /**
     * Extracts and links {@code reports} on the cluster; returns the lines in input order, each a report's output.
     * Tells {@code err} how the events were partitioned.
     */
    static JavaRDD<String> run(JavaSparkContext sc, List<ExtractJob.ReportRow> reports, int slices, PrintWriter err) {
        List<Report> asReports = reports.stream().map(ExtractJob.ReportRow::toReport).toList();
        int[] seq = new int[reports.size()];
        Arrays.fill(seq, -1);
        Set<String> linked = new HashSet<>();
        int next = 0;
        for (int i : BenchmarkDocs.publicationOrder(asReports)) if (linked.add(reports.get(i).id())) seq[i] = next++;
        List<Numbered> numbered = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) numbered.add(new Numbered(i, seq[i], reports.get(i)));
        int parts = Math.max(1, Math.min(slices, reports.size()));
        JavaRDD<Extracted> extracted = sc.parallelize(numbered, parts).map(LinkJob::extract)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        HashPartitioner partitioner = new HashPartitioner(parts);

        // Events: partitions of joined blocks, clustered apart; then the store's ids.
        JavaRDD<MentionRow> mentions = extracted.flatMap(x -> x.mentions().iterator());
        Broadcast<Map<String, Integer>> partitionOfBlock = sc.broadcast(joinedBlocks(
                mentions.map(MentionRow::blocks).distinct().collect()));
        JavaPairRDD<Integer, MentionRow> partitioned = mentions
                .mapToPair(m -> new Tuple2<>(partitionOfBlock.value().get(m.blocks().get(0)), m));
        Map<Integer, Long> sizes = partitioned.countByKey();
        err.printf("totmon-spark: %d event mentions in %d partitions of joined blocks, the largest %d%n",
                sizes.values().stream().mapToLong(Long::longValue).sum(), sizes.size(),
                sizes.values().stream().mapToLong(Long::longValue).max().orElse(0));
        // the key of the mention that made the cluster → a mention of it; each partition clustered on its own
        JavaPairRDD<Long, Clustered> madeBy = partitioned
                .groupByKey(partitioner)
                .flatMapToPair(p -> {
                    List<MentionRow> rows = new ArrayList<>();
                    p._2().forEach(rows::add);
                    Map<Long, Long> made = ClusterBlock.cluster(rows);
                    List<Tuple2<Long, Clustered>> out = new ArrayList<>();
                    for (MentionRow m : rows) out.add(new Tuple2<>(made.get(m.key()), new Clustered(m.key(), m.reportId(), m.ord(), 0)));
                    return out.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Long> clusterIds = madeBy.filter(e -> e._1() == e._2().key()).keys().sortBy(k -> k, true, parts)
                .zipWithIndex().mapToPair(e -> new Tuple2<>(e._1(), e._2() + 1));
        JavaRDD<Clustered> clustered = madeBy.join(clusterIds, partitioner).values().map(e -> e._1().withId(e._2()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Long> clusterOf = clustered.mapToPair(m -> new Tuple2<>(m.key(), m.id()));

        // Claims: each with its event's cluster, then grouped by measure.
        JavaRDD<ClaimRow> claims = extracted.flatMap(x -> x.claims().iterator());
        JavaRDD<ClaimRow> told = claims.filter(k -> k.eventOrd() >= 0)
                .mapToPair(k -> new Tuple2<>(MentionRow.key(k.seq(), k.eventOrd()), k)).join(clusterOf, partitioner)
                .map(e -> e._2()._1().withEventCluster(e._2()._2()));
        JavaPairRDD<String, Iterable<ClaimRow>> groups = claims.filter(k -> k.eventOrd() < 0).union(told)
                .groupBy(ClaimRow::measureKey, parts).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, Long> groupIds = groups.mapToPair(g -> new Tuple2<>(first(g._2()), g._1())).sortByKey(true, parts)
                .values().zipWithIndex().mapToPair(e -> new Tuple2<>(e._1(), e._2() + 1));
        JavaPairRDD<String, ItemLink> claimLinks = groups.join(groupIds, partitioner).flatMapToPair(g -> {
            List<Disagreement.Figure> figures = new ArrayList<>();
            ClaimRow any = null;
            for (ClaimRow k : g._2()._1()) {
                figures.add(k.figure());
                any = k;
            }
            boolean disputed = Disagreement.find(figures, any.runningTotal(), any.placed()).isPresent();
            List<Tuple2<String, ItemLink>> out = new ArrayList<>();
            for (ClaimRow k : g._2()._1()) out.add(new Tuple2<>(k.reportId(), new ItemLink(false, k.ord(), g._2()._2(), g._1(), disputed)));
            return out.iterator();
        });
        JavaPairRDD<String, ItemLink> eventLinks = clustered.mapToPair(m -> new Tuple2<>(m.reportId(), new ItemLink(true, m.ord(), m.id(), null, false)));

        // Every line, duplicates too, with the links of its report id.
        JavaPairRDD<String, Iterable<ItemLink>> byReport = eventLinks.union(claimLinks).groupByKey(partitioner);
        return extracted.mapToPair(x -> new Tuple2<>(x.reportId(), x)).leftOuterJoin(byReport, partitioner)
                .mapToPair(e -> new Tuple2<>(e._2()._1().index(), linkedLine(e._2()._1().line(), e._2()._2().orElse(List.of()))))
                .sortByKey(true, parts).values();
    }

    /** Runs on an executor: the report's extraction line, and, when it is linked, its mentions and measured claims. */
    static Extracted extract(Numbered n) {
        Report report = n.report().toReport();
        try {
            Extraction x = Pipeline.standard().process(report);
            String line = JSON.writeValueAsString(ExtractionJson.toJson(x));
            ArrayList<MentionRow> mentions = new ArrayList<>();
            ArrayList<ClaimRow> claims = new ArrayList<>();
            if (n.seq() >= 0) {
                Regions regions = GazetteerRegions.standard();
                for (EventMention m : EventMention.of(report.id(), report.published(), x, regions)) mentions.add(MentionRow.of(n.seq(), m));
                for (MeasuredClaim m : ClaimMeasures.of(report.id(), report.text(), report.published(), x, regions, ord -> (long) ord)) {
                    claims.add(ClaimRow.of(n.seq(), m));
                }
            }
            return new Extracted(n.index(), report.id(), line, mentions, claims);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("extraction failed on report " + report.id() + ": " + e, e);
        }
    }

    /**
     * Numbers the partitions of blocks: blocks that one mention spans (each entry of {@code spans}) are in one
     * partition, and so, by chains of such mentions, are all blocks they join.
     */
    static Map<String, Integer> joinedBlocks(List<? extends List<String>> spans) {
        Map<String, String> parent = new HashMap<>();
        for (List<String> span : spans) {
            for (String block : span) {
                parent.putIfAbsent(block, block);
                union(parent, span.get(0), block);
            }
        }
        Map<String, Integer> number = new HashMap<>();
        Map<String, Integer> out = new HashMap<>();
        for (String block : parent.keySet()) out.put(block, number.computeIfAbsent(root(parent, block), r -> number.size()));
        return out;
    }

    private static String root(Map<String, String> parent, String block) {
        String r = block;
        while (!parent.get(r).equals(r)) r = parent.get(r);
        for (String b = block; !b.equals(r); ) {
            String up = parent.get(b);
            parent.put(b, r);
            b = up;
        }
        return r;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a), rb = root(parent, b);
        if (!ra.equals(rb)) parent.put(rb, ra);
    }

    /** The ledger position of a group's first claim: groups are numbered in this order. */
    private static long first(Iterable<ClaimRow> claims) {
        long min = Long.MAX_VALUE;
        for (ClaimRow k : claims) min = Math.min(min, k.key());
        return min;
    }

    private static String linkedLine(String line, Iterable<ItemLink> links) throws IOException {
        Map<Integer, Long> clusters = new HashMap<>(), groups = new HashMap<>();
        Map<Integer, String> measures = new HashMap<>();
        Map<Integer, Boolean> disputed = new HashMap<>();
        for (ItemLink l : links) {
            if (l.event()) {
                clusters.put(l.ord(), l.id());
            } else {
                groups.put(l.ord(), l.id());
                measures.put(l.ord(), l.measure());
                disputed.put(l.ord(), l.disputed());
            }
        }
        ObjectNode x = (ObjectNode) JSON.readTree(line);
        ExtractionJson.putLinks(x, clusters, groups, measures, disputed);
        return JSON.writeValueAsString(x);
    }
}
