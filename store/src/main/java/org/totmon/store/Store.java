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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
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
    private static final int BATCH = 200;

    private final Path dataDir;
    private final Database db;
    private final SearchIndex index;

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

    public SearchIndex index() {
        return index;
    }

    public boolean contains(String id) {
        try (Connection c = db.connection();
             PreparedStatement st = c.prepareStatement("SELECT 1 FROM report WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
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
    public synchronized IngestResult add(Report report, Extraction extraction, Provenance provenance) {
        check(report, extraction);
        long seq;
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                db.lockWriters(c);
                if (exists(c, report.id())) {
                    c.rollback();
                    return new IngestResult(report.id(), false);
                }
                seq = ReportTables.insert(c, report, extraction, provenance);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
        try {
            index.add(new StoredReport(seq, report, extraction, provenance, null));
        } catch (IOException e) {
            // The report is stored; the next open finds the index behind and catches up.
            throw new StoreException("stored report " + report.id() + " but could not index it: " + e, e);
        }
        return new IngestResult(report.id(), true);
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
    private static void check(Report report, Extraction x) {
        if (x.reportId() != null && !x.reportId().equals(report.id())) {
            throw new IllegalArgumentException("the extraction is of report " + x.reportId() + ", not " + report.id());
        }
        int length = report.text().length();
        for (TextSpan s : x.boilerplate()) checkSpan("boilerplate span", s.start(), s.end(), length);
        for (Entity e : x.entities()) for (Mention m : e.mentions()) checkSpan("mention of entity \"" + e.name() + "\"", m.start(), m.end(), length);
        for (Place p : x.places()) for (Mention m : p.mentions()) checkSpan("mention of place \"" + p.name() + "\"", m.start(), m.end(), length);
        for (TimeMention t : x.times()) checkSpan("time \"" + t.text() + "\"", t.start(), t.end(), length);
        for (Claim k : x.claims()) checkSpan("claim \"" + k.text() + "\"", k.start(), k.end(), length);
        for (Event e : x.events()) checkSpan("event \"" + e.text() + "\"", e.start(), e.end(), length);
    }

    private static void checkSpan(String what, int start, int end, int length) {
        if (start < 0 || end < start || end > length) {
            throw new IllegalArgumentException(what + " at " + start + ".." + end + " is outside the text (length " + length + ")");
        }
    }

    public Optional<StoredReport> report(String id) {
        try (Connection c = db.connection()) {
            return Optional.ofNullable(ReportTables.load(c, id));
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** The reports {@code id} is a near-copy of, and those that are near-copies of it; most similar first. */
    public List<NearDuplicate> nearDuplicates(String id) {
        try (Connection c = db.connection(); PreparedStatement st = c.prepareStatement("SELECT l.similarity, l.is_original, "
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
        try (Connection c = db.connection(); Statement st = c.createStatement();
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
        long after = seq;
        while (true) {
            List<StoredReport> batch;
            try (Connection c = db.connection()) {
                batch = ReportTables.loadAfter(c, after, BATCH);
            } catch (SQLException e) {
                throw failure("read", e);
            }
            if (batch.isEmpty()) return;
            batch.forEach(action);
            after = batch.get(batch.size() - 1).seq();
        }
    }

    /** The claim groups: what each side claims about each measure. */
    public Ledger ledger() {
        return new Ledger(db);
    }

    /** The clustered events, in date order. */
    public Timeline timeline() {
        return new Timeline(db);
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
            return LinkTables.linkPending(db, regions, onLinked);
        } catch (SQLException e) {
            throw failure("link the reports of", e);
        }
    }

    /** How many stored reports {@link #link} has still to link. */
    public long unlinkedCount() {
        try (Connection c = db.connection()) {
            return LinkTables.pendingCount(c);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Forgets every link and links all stored reports again, telling {@code onLinked} the running count; returns how many. */
    public synchronized long relink(Regions regions, LongConsumer onLinked) {
        try {
            return LinkTables.relink(db, regions, onLinked);
        } catch (SQLException e) {
            throw failure("link the reports of", e);
        }
    }

    public LinkCounts linkCounts() {
        try (Connection c = db.connection()) {
            return LinkTables.counts(c);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    public SearchResults search(SearchQuery query) {
        catchUp();
        try {
            return index.search(query);
        } catch (IOException e) {
            throw new StoreException("cannot search the index in " + dataDir.resolve(INDEX_DIRECTORY) + ": " + e, e);
        }
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

    /** Indexes the reports stored since, by other processes of a server's store (here, add() indexes as it goes). */
    private synchronized void catchUp() {
        long indexed = index.indexedSeq();
        if (maxSeq() > indexed) forEachAfter(indexed, this::indexQuietly);
    }

    private void indexQuietly(StoredReport r) {
        try {
            index.add(r);
        } catch (IOException e) {
            throw new StoreException("cannot index report " + r.id() + ": " + e, e);
        }
    }

    private long maxSeq() {
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM report")) {
            rs.next();
            return rs.getLong(1);
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
