package org.totmon.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.flywaydb.core.Flyway;
import org.totmon.linker.Regions;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.Report;
import org.totmon.model.TextSpan;
import org.totmon.model.TimeMention;

/**
 * The reports and their extractions, in a SQL database (schema by Flyway): the H2 file {@code totmon.mv.db} in the data
 * directory, or a PostgreSQL server ({@link DatabaseServer}); with a Lucene {@link SearchIndex} derived from it in the
 * data directory ({@code index/}). Each report is added in one transaction, so a crash never leaves part of one. The
 * index follows the database: reports are indexed after their transaction commits, and opening the store (and each
 * search) brings an index that is missing, behind, ahead or foreign back in line. The H2 file and the index are locked
 * while the store is open (one process at a time); a server's store takes any number of processes, each with its own
 * data directory, and lets one write at a time. Thread-safe.
 */
public final class Store implements AutoCloseable {
    /** The database file's name without H2's {@code .mv.db}. */
    static final String DATABASE_NAME = "totmon";
    static final String INDEX_DIRECTORY = "index";
    /** The width of the language columns (V1). */
    private static final int MAX_LANGUAGE_CHARS = 16;
    private static final int BATCH = 200;

    private final Path dataDir;
    private final Database db;
    private final SearchIndex index;
    /** The clusters this store's linking met lately; under this object's lock. */
    private final ClusterCache clusters = new ClusterCache();
    /** The version of the pipeline whose extractions this process adds; null when it is not known. */
    private volatile String extractorVersion;
    /** Held while a search catches the index up with other processes' reports. */
    private final Object catchingUp = new Object();
    /** The entity merges and splits last read; reread when another write (of this process or another) moved their version. */
    private final java.util.concurrent.atomic.AtomicReference<EntityNames> entityNames = new java.util.concurrent.atomic.AtomicReference<>(EntityNames.NONE);
    /** The timeline's counts and the ledger's cards last read, while the record they were read from is as it was. */
    private final Kept<Boolean, Timeline.Counted> timelineCounts = new Kept<>(2);
    private final Kept<Ledger.CardsKey, Ledger.CardsRead> ledgerCards = new Kept<>(100);
    /** The mentions of the event clusters last shown: a timeline page, a page of the map's events and more. */
    private final KeptMentions clusterMentions = new KeptMentions(5_000);
    /** {@link #olderExtractionCount} as last counted, and what it was counted at. */
    private volatile OlderCount olderCount;

    private record OlderCount(long maxSeq, String epoch, String version, long count) {}

    private Store(Path dataDir, Database db, SearchIndex index) {
        this.dataDir = dataDir;
        this.db = db;
        this.index = index;
    }

    /** Whether {@code dataDir} holds an H2 store. */
    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(DATABASE_NAME + ".mv.db"));
    }

    /** Opens the H2 store in {@code dataDir}, creating it (and the directory) if need be. */
    public static Store open(Path dataDir) {
        return open(dataDir, null);
    }

    /** Opens the H2 store in {@code dataDir}, failing when there is none rather than creating an empty one. */
    public static Store openExisting(Path dataDir) {
        return openExisting(dataDir, null);
    }

    /**
     * Opens the store whose database is {@code server}'s, or the H2 file in {@code dataDir} when {@code server} is null;
     * its search index is in {@code dataDir} either way. Creates what is missing (the directory, the database's tables).
     */
    public static Store open(Path dataDir, DatabaseServer server) {
        return open(dataDir, server, true);
    }

    /** Like {@link #open(Path, DatabaseServer)}, but fails when the database holds no store rather than creating one. */
    public static Store openExisting(Path dataDir, DatabaseServer server) {
        return open(dataDir, server, false);
    }

    private static Store open(Path dataDir, DatabaseServer server, boolean create) {
        if (server == null && !create && !exists(dataDir)) {
            throw new StoreException("no store in " + dataDir + " (ingest some reports first, or give --data)", null);
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dataDir + ": " + e, e);
        }
        Database db = server == null ? Database.h2(dataDir, DATABASE_NAME) : Database.postgres(server);
        boolean missing;
        try {
            missing = !db.holdsStore();
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw new StoreException(db.openFailure(dataDir, e), e);
        }
        if (missing && !create) {
            db.close();
            throw new StoreException("no store " + db.where() + " (ingest some reports first)", null);
        }
        SearchIndex index = null;
        try {
            Flyway.configure().dataSource(db.source()).locations(db.migrations()).load().migrate();
            index = SearchIndex.open(dataDir.resolve(INDEX_DIRECTORY), instanceId(db));
            Store opened = new Store(dataDir, db, index);
            opened.synchronizeIndex();
            return opened;
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(index);
            db.close();
            throw new StoreException(db.openFailure(dataDir, e), e);
        }
    }

    /**
     * Names the version of the pipeline that makes the extractions this process adds
     * (org.totmon.pipeline.PipelineVersion); {@link #add} records it with each report, and {@link #olderExtractionCount}
     * counts the reports whose extraction is of another.
     */
    public void setExtractorVersion(String version) {
        this.extractorVersion = version;
    }

    public String extractorVersion() {
        return extractorVersion;
    }

    public SearchIndex index() {
        return index;
    }

    public boolean contains(String id) {
        try {
            return db.read(c -> exists(c, id));
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    public IngestResult add(Report report, Extraction extraction) {
        return add(report, extraction, Provenance.NONE);
    }

    /**
     * Adds a report and its extraction in one transaction, then indexes it; a report already stored (same id) is
     * left as it is. Throws IllegalArgumentException when the extraction does not fit the report (offsets outside
     * its text, another report's id), StoreException when the database or index fails.
     */
    public IngestResult add(Report report, Extraction extraction, Provenance provenance) {
        return addAll(List.of(new Addition(report, extraction, provenance))).get(0);
    }

    /**
     * A report with its extraction and provenance, to add; with its events' mentions for linking made ahead (by
     * {@link #linkable}, on the thread that annotated it) or null, in which case linking makes them.
     */
    public record Addition(Report report, Extraction extraction, Provenance provenance, Regions regions, LinkTables.Ahead ahead) {
        public Addition(Report report, Extraction extraction, Provenance provenance) {
            this(report, extraction, provenance, null, null);
        }

        /**
         * An addition with what linking it needs made now: its event mentions (the evidence texts' stems and
         * concepts), its text's fingerprint and its claims' measures but their events' ids are pure, so a thread that
         * annotates can make them, and the one thread that stores and links does less. They are used when the
         * additions are linked with the same {@code regions}.
         */
        public static Addition linkable(Report report, Extraction extraction, Provenance provenance, Regions regions) {
            return new Addition(report, extraction, provenance, regions, LinkTables.Ahead.of(report, extraction, regions));
        }

        /** What was made ahead for linking with {@code linkingRegions}, or null. */
        LinkTables.Ahead aheadFor(Regions linkingRegions) {
            return regions == linkingRegions ? ahead : null;
        }
    }

    /**
     * Adds reports in one transaction, all or none, then indexes them; reports already stored (or earlier in the
     * list) are left as they are. Checks every one before writing any: IllegalArgumentException as {@link #add}.
     */
    public synchronized List<IngestResult> addAll(List<Addition> additions) {
        for (Addition a : additions) check(a.report(), a.extraction());
        List<IngestResult> results = new ArrayList<>();
        List<StoredReport> added = write(c -> insert(c, additions, results));
        for (StoredReport r : added) indexAdded(r);
        return results;
    }

    /**
     * As {@link #addAll}, and links the new reports (as {@link #link} would) in the same transaction: reports, layers
     * and links are all written or none, with one commit for the lot, and the links come from the extractions in
     * hand rather than read back. Reports stored earlier and not linked yet are linked first, as {@link #link} would.
     */
    public List<IngestResult> addAndLink(List<Addition> additions, Regions regions) {
        return addAndLinkCounted(additions, regions).results();
    }

    /** As {@link #addAndLink}, with how many reports linking took in (the earlier ones not linked yet too). */
    synchronized Intake.Batch addAndLinkCounted(List<Addition> additions, Regions regions) {
        for (Addition a : additions) check(a.report(), a.extraction());
        List<IngestResult> results = new ArrayList<>();
        Map<String, LinkTables.Ahead> ahead = new HashMap<>();
        for (Addition a : additions) {
            LinkTables.Ahead made = a.aheadFor(regions);
            // The first addition of an id is the one stored (see insert): a repeat later in the batch is not.
            if (made != null) ahead.putIfAbsent(a.report().id(), made);
        }
        List<StoredReport> added = new ArrayList<>();
        long linked;
        try {
            linked = write(c -> {
                added.addAll(insert(c, additions, results));
                return LinkTables.linkAdded(c, added, regions, clusters, ahead);
            });
        } catch (RuntimeException e) {
            // Rolled back: the cache may hold mentions the tables do not.
            clusters.clear();
            throw e;
        }
        for (StoredReport r : added) indexAdded(r);
        return new Intake.Batch(results, linked);
    }

    /** Inserts the additions not stored yet (nor earlier in the list), noting each one's result; returns those inserted. */
    private List<StoredReport> insert(Connection c, List<Addition> additions, List<IngestResult> results) throws SQLException {
        List<StoredReport> stored = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Addition a : additions) {
            String id = a.report().id();
            boolean isNew = !ids.contains(id) && !exists(c, id);
            if (isNew) {
                long seq = ReportTables.insert(c, a.report(), a.extraction(), a.provenance(), extractorVersion);
                stored.add(new StoredReport(seq, a.report(), a.extraction(), a.provenance(), null));
                ids.add(id);
            }
            results.add(new IngestResult(id, isNew));
        }
        return stored;
    }

    private void indexAdded(StoredReport r) {
        try {
            // Other processes may have stored reports since this one last looked (PostgreSQL): they are indexed first,
            // so that the index's mark ("every report up to seq") never passes a report it does not hold. Seqs are
            // drawn under the writers' lock, so every report below this one's seq has committed by now.
            long indexed = index.indexedSeq();
            if (r.seq() > indexed + 1) forEachBetween(indexed, r.seq(), this::indexQuietly);
            index.add(r);
        } catch (IOException e) {
            // The report is stored; the next open finds the index behind and catches up.
            throw new StoreException("stored report " + r.id() + " but could not index it: " + e.getMessage(), e);
        }
    }

    /**
     * How many stored reports an older pipeline extracted (or one of unknown version) than the version this store was
     * given by {@link #setExtractorVersion}; 0 when it was given none.
     */
    public long olderExtractionCount() {
        String version = extractorVersion;
        if (version == null) return 0;
        // The search page asks at each request, and counting reads an entry of every older report: the count is kept
        // while no report is added and the links' epoch stands (re-annotating, here or in another process, ends by
        // forgetting the links; here it also drops the count).
        long max = maxSeq();
        try (Connection c = db.reader()) {
            String epoch = LinkTables.linkEpoch(c);
            OlderCount kept = olderCount;
            if (kept != null && kept.maxSeq() == max && java.util.Objects.equals(kept.epoch(), epoch) && kept.version().equals(version)) {
                return kept.count();
            }
            // Three ranges of the index on extractor_version, each empty while every report is of this version (the
            // condition with OR read every report's row).
            try (PreparedStatement st = c.prepareStatement("SELECT (SELECT COUNT(*) FROM report WHERE extractor_version IS NULL)"
                    + " + (SELECT COUNT(*) FROM report WHERE extractor_version < ?) + (SELECT COUNT(*) FROM report WHERE extractor_version > ?)")) {
                st.setString(1, version);
                st.setString(2, version);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    olderCount = new OlderCount(max, epoch, version, rs.getLong(1));
                    return rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * The reports {@link #olderExtractionCount} counts, in the order they were stored, without their layers; loaded in
     * batches as {@code action} goes, so the reports it re-extracts (by {@link #replaceExtraction}) are not met again.
     */
    public void forEachOlder(Consumer<StoredReport> action) {
        String version = extractorVersion;
        if (version == null) throw new IllegalStateException("the store was given no extractor version");
        long after = 0;
        while (true) {
            List<StoredReport> batch;
            try (Connection c = db.reader()) {
                batch = ReportTables.loadOlderAfter(c, after, version, BATCH);
            } catch (SQLException e) {
                throw failure("read", e);
            }
            if (batch.isEmpty()) return;
            batch.forEach(action);
            after = batch.get(batch.size() - 1).seq();
        }
    }

    /**
     * Replaces a stored report's extraction with a new one, made by the pipeline of this store's extractor version, in
     * one transaction, and indexes it again. Its links go with the old layers: {@link #forgetLinks} and
     * {@link #link} rebuild them.
     */
    public synchronized void replaceExtraction(StoredReport stored, Extraction extraction) {
        check(stored.report(), extraction);
        // The cached clusters hold the old events.
        clusters.clear();
        olderCount = null;
        write(c -> {
            ReportTables.replaceLayers(c, stored.id(), extraction, extractorVersion);
            return null;
        });
        try {
            index.add(new StoredReport(stored.seq(), stored.report(), extraction, stored.provenance(), stored.ingestedAt()));
        } catch (IOException e) {
            throw new StoreException("re-extracted report " + stored.id() + " but could not index it: " + e, e);
        }
    }

    /** Drops every link between reports; {@link #link} then links all of them again, and resumes if interrupted. */
    public synchronized void forgetLinks() {
        try {
            LinkTables.forget(db);
        } catch (SQLException e) {
            throw failure("link the reports of", e);
        }
    }

    /** Work on the database that is all done or not at all. */
    private interface Write<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction, the other writers waiting; returns what it returns. */
    private <T> T write(Write<T> work) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                db.lockWriters(c);
                T result = work.run(c);
                db.commit(c);
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM report WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Refuses an extraction whose offsets do not fit the report's text: stored, they would mislead every reader. */
    static void check(Report report, Extraction x) {
        if (x.reportId() != null && !x.reportId().equals(report.id())) {
            throw new IllegalArgumentException("the extraction is of report " + x.reportId() + ", not " + report.id());
        }
        // The reader checks every field first; this keeps a caller that skips it from meeting the database's own error.
        checkLanguage("language", report.language());
        checkLanguage("detected language", x.language());
        int length = report.text().length();
        for (TextSpan s : x.boilerplate()) checkSpan("boilerplate span", s.start(), s.end(), length);
        for (Entity e : x.entities()) for (Mention m : e.mentions()) checkSpan("mention of entity \"" + e.name() + "\"", m.start(), m.end(), length);
        for (Place p : x.places()) for (Mention m : p.mentions()) checkSpan("mention of place \"" + p.name() + "\"", m.start(), m.end(), length);
        for (TimeMention t : x.times()) checkSpan("time \"" + t.text() + "\"", t.start(), t.end(), length);
        for (Claim k : x.claims()) checkSpan("claim \"" + k.text() + "\"", k.start(), k.end(), length);
        for (Event e : x.events()) checkSpan("event \"" + e.text() + "\"", e.start(), e.end(), length);
    }

    private static void checkLanguage(String field, String code) {
        if (code != null && code.length() > MAX_LANGUAGE_CHARS) {
            throw new IllegalArgumentException("field \"" + field + "\" is " + code.length() + " characters, over the " + MAX_LANGUAGE_CHARS
                    + " a language code may have");
        }
    }

    private static void checkSpan(String what, int start, int end, int length) {
        if (start < 0 || end < start || end > length) {
            throw new IllegalArgumentException(what + " at " + start + ".." + end + " is outside the text (length " + length + ")");
        }
    }

    public Optional<StoredReport> report(String id) {
        try (Connection c = db.reader()) {
            return Optional.ofNullable(ReportTables.load(c, id));
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** The places, claims and events of the reports, by id (in the order given), read together; reports not stored are absent. */
    public Map<String, ReportItems> items(List<String> reportIds) {
        try (Connection c = db.reader()) {
            return ReportTables.items(c, reportIds);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** The reports {@code id} is a near-copy of, and those that are near-copies of it; most similar first. */
    public List<NearDuplicate> nearDuplicates(String id) {
        try (Connection c = db.reader(); PreparedStatement st = c.prepareStatement("SELECT l.similarity, l.is_original, "
                + SourceReports.COLUMNS + " FROM (SELECT CASE WHEN d.report_id = ? THEN d.original_id ELSE d.report_id END AS report_id,"
                + " d.similarity, d.report_id = ? AS is_original FROM near_duplicate d WHERE d.report_id = ? OR d.original_id = ?) l"
                + SourceReports.JOINS + " ORDER BY l.similarity DESC, r.seq")) {
            for (int i = 1; i <= 4; i++) st.setString(i, id);
            List<NearDuplicate> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(new NearDuplicate(SourceReports.read(rs, 3), rs.getDouble(1), rs.getBoolean(2)));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    public long reportCount() {
        return count("report");
    }

    public StoreCounts counts() {
        return new StoreCounts(count("report"), count("boilerplate_span"), count("entity"), count("entity_mention"),
                count("place"), count("place_mention"), count("time_mention"), count("claim"), count("event"));
    }

    private long count(String table) {
        try (Connection c = db.reader(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Every report, layers and all, in the order they were added; loaded in batches, so any number fits. */
    public void forEach(Consumer<StoredReport> action) {
        forEachAfter(0, action);
    }

    /** The reports added after the one with {@code seq}, in order. */
    public void forEachAfter(long seq, Consumer<StoredReport> action) {
        forEachBetween(seq, Long.MAX_VALUE, action);
    }

    /** The reports with a seq above {@code after} and below {@code before}, in order. */
    private void forEachBetween(long after, long before, Consumer<StoredReport> action) {
        inBatches(after, (c, from) -> ReportTables.loadAfter(c, from, BATCH), StoredReport::seq, r -> {
            if (r.seq() >= before) return false;
            action.accept(r);
            return true;
        });
    }

    /** Reads rows by seq a batch at a time, each batch on a connection of its own, until {@code action} says stop or none are left. */
    private <T> void inBatches(long after, BatchRead<T> read, ToLongFunction<T> seq, Predicate<T> action) {
        long from = after;
        while (true) {
            List<T> batch;
            try (Connection c = db.reader()) {
                batch = read.after(c, from);
            } catch (SQLException e) {
                throw failure("read", e);
            }
            for (T row : batch) if (!action.test(row)) return;
            if (batch.isEmpty()) return;
            from = seq.applyAsLong(batch.get(batch.size() - 1));
        }
    }

    private interface BatchRead<T> {
        List<T> after(Connection c, long seq) throws SQLException;
    }

    /**
     * The reports added after the one with {@code seq}, in order, as the workbench's catalog holds them (no text, no
     * claims or events but their sides and types), read a batch of reports at a time.
     */
    public void forEachNamesAfter(long seq, Consumer<ReportNames> action) {
        inBatches(seq, (c, from) -> ReportTables.namesAfter(c, from, NAMES_BATCH), ReportNames::seq, r -> {
            action.accept(r);
            return true;
        });
    }

    /** Reports whose names one round of queries reads. */
    private static final int NAMES_BATCH = 1_000;

    /** People's reviews of the items, reports' retractions, and the audit log of both. */
    public Reviews reviews() {
        return new Reviews(db, this::entityNames);
    }

    /** People's merges and splits of entities across the record, and their undoing. */
    public EntityChanges entityChanges() {
        return new EntityChanges(db, entityNames);
    }

    /** The entity names people's merges and splits put in force now. */
    public EntityNames entityNames() {
        return EntityChanges.current(db, entityNames);
    }

    /** The named accounts that may write. */
    public Accounts accounts() {
        return new Accounts(db);
    }

    /** The claim groups: what each side claims about each measure. */
    public Ledger ledger() {
        return new Ledger(db, entityNames(), ledgerCards);
    }

    /** The clustered events, in date order. */
    public Timeline timeline() {
        return new Timeline(db, entityNames(), timelineCounts, clusterMentions);
    }

    /**
     * Links the reports stored since the last link to the ones before them (near-duplicates, claim groups, event
     * clusters; rules in org.totmon.linker), each in one transaction, in the order they were stored; returns how
     * many. Linking reports one by one as they come gives the same links as {@link #relink} of them all.
     */
    public long link(Regions regions) {
        return link(regions, n -> {});
    }

    /** As {@link #link(Regions)}, telling {@code onLinked} the running count after each report. */
    public synchronized long link(Regions regions, LongConsumer onLinked) {
        try {
            return LinkTables.linkPending(db, regions, clusters, onLinked);
        } catch (SQLException e) {
            throw failure("link the reports of", e);
        }
    }

    /** How many stored reports {@link #link} has still to link. */
    public long unlinkedCount() {
        try (Connection c = db.reader()) {
            return LinkTables.pendingCount(c);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Forgets every link and links all stored reports again, telling {@code onLinked} the running count; returns how many. */
    public synchronized long relink(Regions regions, LongConsumer onLinked) {
        try {
            return LinkTables.relink(db, regions, clusters, onLinked);
        } catch (SQLException e) {
            throw failure("link the reports of", e);
        }
    }

    /** The links of one stored report's events and claims (see {@link ReportLinks}). */
    public ReportLinks links(String reportId) {
        Map<Integer, Long> clusters = new HashMap<>();
        Map<Integer, Long> groups = new HashMap<>();
        Map<Integer, String> measures = new HashMap<>();
        Map<Integer, Boolean> disputed = new HashMap<>();
        try (Connection c = db.reader()) {
            try (PreparedStatement st = c.prepareStatement("SELECT event_ord, cluster_id FROM event_link WHERE report_id = ?")) {
                st.setString(1, reportId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) clusters.put(rs.getInt(1), rs.getLong(2));
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT l.claim_ord, l.group_id, g.disagreement IS NOT NULL, g.measure_key"
                    + " FROM claim_link l JOIN claim_group g ON g.id = l.group_id WHERE l.report_id = ?")) {
                st.setString(1, reportId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        groups.put(rs.getInt(1), rs.getLong(2));
                        disputed.put(rs.getInt(1), rs.getBoolean(3));
                        measures.put(rs.getInt(1), rs.getString(4));
                    }
                }
            }
            return new ReportLinks(clusters, groups, measures, disputed);
        } catch (SQLException e) {
            throw failure("read the links of report " + reportId + " from", e);
        }
    }

    public LinkCounts linkCounts() {
        try (Connection c = db.reader()) {
            return LinkTables.counts(c);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** People's merges and splits widen or narrow an entity filter (the index keeps the machine's names); null: no filter. */
    private static EntityNames.SearchScope entityScope(SearchQuery query, EntityNames names) {
        return query.entity() == null ? null : names.scope(query.entity());
    }

    public SearchResults search(SearchQuery query) {
        catchUp();
        try {
            // Retracted reports leave search at once, in every process's index, without rebuilding any.
            return index.search(query, reviews().retracted(), entityScope(query, entityNames()));
        } catch (IOException e) {
            throw indexFailure(e);
        }
    }

    /**
     * What search answers from now (the index having caught up with the reports stored): a query asked in one state
     * has the same answer in another {@link SearchState#same} one, so a caller may keep it while the state stands.
     */
    public SearchState searchState() {
        catchUp();
        try {
            return new SearchState(index.version(), reviews().retracted(), entityNames());
        } catch (IOException e) {
            throw indexFailure(e);
        }
    }

    /** {@link #candidates(SearchQuery, SearchState)} in the state of now. */
    public SearchResults candidates(SearchQuery query) {
        return candidates(query, searchState());
    }

    /**
     * The best hits of {@code query} with only their ids, languages and scores ({@link SearchIndex#candidates}): for a
     * caller that shows a page of them, through {@link #withSnippets}. {@code total} is exact up to one more than the
     * query's limit. The retractions and entity names are {@code state}'s; the index is as of {@code state} or later.
     */
    public SearchResults candidates(SearchQuery query, SearchState state) {
        try {
            return index.candidates(query, state.retracted(), entityScope(query, state.names()));
        } catch (IOException e) {
            throw indexFailure(e);
        }
    }

    /** The hits of {@code query} with their highlighted snippets: for the page of hits shown. */
    public List<SearchHit> withSnippets(SearchQuery query, List<SearchHit> hits) {
        try {
            return index.withSnippets(query, hits);
        } catch (IOException e) {
            throw indexFailure(e);
        }
    }

    private StoreException indexFailure(IOException e) {
        return new StoreException("cannot search the index in " + dataDir.resolve(INDEX_DIRECTORY) + ": " + e.getMessage(), e);
    }

    /** Rebuilds the search index from the database; returns the number of reports indexed. */
    public synchronized long reindex() {
        try {
            index.clear();
            long[] n = {0};
            forEach(r -> {
                indexQuietly(r);
                n[0]++;
            });
            index.commit(maxSeq());
            return n[0];
        } catch (IOException e) {
            throw new StoreException("cannot rebuild the index in " + dataDir.resolve(INDEX_DIRECTORY) + ": " + e, e);
        }
    }

    /** Brings the index in line with the database, whatever happened to either since the last commit of the index. */
    private void synchronizeIndex() throws IOException {
        long indexed = index.indexedUpTo();
        long stored = maxSeq();
        if (indexed < 0 || indexed > stored) {
            reindex();
        } else if (indexed < stored) {
            forEachAfter(indexed, this::indexQuietly);
            index.commit(stored);
        }
    }

    /**
     * Indexes the reports stored since, by other processes of a server's store (here, add() indexes as it goes). Not
     * under the store's lock, which a writer holds while it links a report: a search must not wait for that. Indexing
     * a report twice (here and in add) replaces it with itself.
     */
    private void catchUp() {
        if (maxSeq() <= index.indexedSeq()) return;
        synchronized (catchingUp) {
            long indexed = index.indexedSeq();
            if (maxSeq() > indexed) forEachAfter(indexed, this::indexQuietly);
        }
    }

    private void indexQuietly(StoredReport r) {
        try {
            index.add(r);
        } catch (IOException e) {
            throw new StoreException("cannot index report " + r.id() + ": " + e, e);
        }
    }

    /** Asked before each search: through {@link Database#read}, so it does not wait for a writer's commit (see there). */
    private long maxSeq() {
        try {
            return db.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM report")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private static String instanceId(Database db) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT content FROM store_meta WHERE name = 'instance'")) {
            if (!rs.next()) throw new SQLException("store_meta has no instance id");
            return rs.getString(1);
        }
    }

    private StoreException failure(String action, SQLException e) {
        return new StoreException("cannot " + action + " the store " + db.where() + ": " + e.getMessage(), e);
    }

    /** Commits the index and closes the database; what was added is on disk. */
    @Override
    public synchronized void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the index in " + dataDir.resolve(INDEX_DIRECTORY) + ": " + e, e);
        } finally {
            db.closeCompacting();
        }
    }

    private static void closeQuietly(SearchIndex index) {
        if (index == null) return;
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            // Already failing to open; the first error is the one to report.
        }
    }
}
