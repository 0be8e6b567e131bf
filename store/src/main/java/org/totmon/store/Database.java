package org.totmon.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store's SQL database, and what differs between the two it can be: the H2 file in the data directory (one
 * process at a time, H2's lock sees to that) or a PostgreSQL server (any number of processes). The SQL the store
 * runs is the same on both; only the first migration differs (db/migration/h2 and db/migration/postgresql).
 */
final class Database implements AutoCloseable {
    /** The transaction-scoped advisory lock that lets one writer at a time into a PostgreSQL store (any fixed number). */
    private static final long WRITER_LOCK = 0x746f746d6f6eL; // "totmon"

    private final DataSource source;
    /** H2's pool for the file, or null for a server. */
    private final JdbcConnectionPool h2;
    /** A server's connections, or null for H2. */
    private final ServerConnections server;
    private final String vendor;
    private final String where;
    /** Connections to H2's file without the pool, for {@link #reader}; null for a server. */
    private final ServerConnections h2Readers;
    /** Rewrites sparse chunks of the H2 file (see {@link #commit}) on a thread of its own; null for a server. */
    private final ExecutorService compactor;
    /** Whether a rewrite is waiting for {@link #compactor}: writes that commit meanwhile need no other. */
    private final AtomicBoolean compactionQueued = new AtomicBoolean();
    /** Held by a rewrite until it is synced, and by a commit until it is: see {@link #commit}. */
    private final ReentrantLock syncing = new ReentrantLock();

    private Database(DataSource source, JdbcConnectionPool h2, JdbcDataSource h2Direct, ServerConnections server, String vendor,
                     String where) {
        this.source = source;
        this.h2 = h2;
        this.h2Readers = h2Direct == null ? null : new ServerConnections(h2Direct, READERS_KEPT);
        this.compactor = h2 == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "totmon-h2-compact");
            t.setDaemon(true);
            return t;
        });
        this.server = server;
        this.vendor = vendor;
        this.where = where;
    }

    /** The H2 file {@code name}.mv.db in {@code dataDir}, through a pool of connections. */
    static Database h2(Path dataDir, String name) {
        // Each commit reaches the file before add() returns (WRITE_DELAY=0), so a killed process keeps every report it counted.
        // Linking reads the same index pages report after report: a page cache of 64 MB (H2's default: 16) keeps them
        // decoded; and it prepares about thirty statements per report, which H2 parses once each per connection when its
        // cache holds them all (its default: 8). RETENTION_TIME=0: the file space of dead chunks may be written again at
        // once (H2 keeps it 45 s by default, in case the disk had not got the newer chunks yet); safe because commit()
        // syncs the file after every write transaction (see there). DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook would
        // close the database under a command still storing its last batch after Ctrl-C or SIGTERM; the commands close
        // the store themselves, and a process that ends without closing it loses nothing committed.
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(name)
                + ";WRITE_DELAY=0;CACHE_SIZE=65536;QUERY_CACHE_SIZE=64;RETENTION_TIME=0;DB_CLOSE_ON_EXIT=FALSE";
        JdbcDataSource direct = new JdbcDataSource();
        direct.setURL(url);
        direct.setUser("totmon");
        direct.setPassword("");
        JdbcConnectionPool pool = JdbcConnectionPool.create(direct);
        return new Database(pool, pool, direct, null, "h2", "in " + dataDir);
    }

    /** The PostgreSQL database of {@code server}. */
    static Database postgres(DatabaseServer server) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        try {
            source.setURL(server.url());
        } catch (IllegalArgumentException e) {
            throw new StoreException("not a valid PostgreSQL JDBC URL: '" + server.displayUrl()
                    + "' (give jdbc:postgresql://HOST[:PORT]/DATABASE)", e);
        }
        if (server.user() != null) source.setUser(server.user());
        if (server.password() != null) source.setPassword(server.password());
        source.setApplicationName("totmon");
        return new Database(source, null, null, new ServerConnections(source, ServerConnections.MAX_IDLE), "postgresql",
                "at " + server.displayUrl());
    }

    Connection connection() throws SQLException {
        return h2 != null ? h2.getConnection() : server.get();
    }

    /** A read of one or more statements in auto-commit mode. */
    interface Read<T> {
        T on(Connection c) throws SQLException;
    }

    /** Idle connections {@link #reader} keeps on H2: one for each of the web server's busy request threads. */
    private static final int READERS_KEPT = 16;

    /**
     * A connection for reads, in auto-commit mode; closing it gives it back. On H2 not from the pool: the pool rolls a
     * connection back when it hands it out and when it takes it back, and with WRITE_DELAY=0 each rollback makes H2
     * write every page changed since its last write as a new chunk of the file, the open ingest transaction's pages
     * too, under the store's lock that a writer's commit holds. Two such writes per report, from the annotating
     * threads, were a quarter of their time and most of the chunks that an ingest wrote; and with a writer posting
     * reports, pages and searches waited for its commits only to give their connections back (BENCHMARKS.md, "Session
     * 10, branch pages7"). A reader that opens a transaction is rolled back when closed, as the pool would.
     */
    Connection reader() throws SQLException {
        return h2Readers != null ? h2Readers.get() : server.get();
    }

    /** Runs {@code read} on a {@link #reader}. */
    <T> T read(Read<T> read) throws SQLException {
        try (Connection c = reader()) {
            return read.on(c);
        }
    }

    /**
     * Below this share of live data in the chunks of an H2 file, a commit rewrites the live pages of the emptiest
     * chunks (at most {@link #REWRITE_BYTES} a time), so their space can be written again.
     */
    private static final int REWRITE_BELOW_FILL_PERCENT = 50;
    private static final int REWRITE_BYTES = 16 << 20;

    /**
     * Commits the transaction on {@code c}. On H2, then syncs the file, and has what is left live in the emptiest
     * chunks of the file rewritten when less than {@link #REWRITE_BELOW_FILL_PERCENT}% of the chunks is live. H2 writes
     * each commit as a new chunk (and a large transaction as several), and most of each chunk's pages are replaced soon
     * after: index pages with random keys (the layers' primary keys, by report id) and the changed ones near the top of each tree.
     * With WRITE_DELAY=0 H2 runs no housekeeping of its own, so an ingest grew the file by about 300 KB per report for
     * 12 KB of live data (2.8 GB at 10,000 reports) until the close rewrote it. The rewrite runs on a thread of its own
     * (as H2's own housekeeping does when it runs), so the writer goes on with its next transaction meanwhile: inline,
     * it was a sixth of the writing thread's time. A commit and a rewrite each sync the file before the other may
     * write, so every chunk that replaced a dead one is durable before that space is written again, which
     * {@code RETENTION_TIME=0} relies on.
     */
    void commit(Connection c) throws SQLException {
        if (h2 == null) {
            c.commit();
            return;
        }
        syncing.lock();
        try {
            c.commit();
            afterWrite(c);
        } finally {
            syncing.unlock();
        }
    }

    /** What {@link #commit} does after committing, for a write made in auto-commit mode on {@code c}. */
    void afterWrite(Connection c) throws SQLException {
        if (h2 == null) return;
        // H2 offers no SQL for this while the database is open; its MVStore does (the embedded engine of this pool).
        MVStore store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
        syncing.lock();
        try (Statement st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        } finally {
            syncing.unlock();
        }
        if (compactionQueued.compareAndSet(false, true)) compactor.execute(() -> compact(store));
    }

    private void compact(MVStore store) {
        compactionQueued.set(false);
        syncing.lock();
        try {
            if (store.compact(REWRITE_BELOW_FILL_PERCENT, REWRITE_BYTES)) store.sync();
        } catch (RuntimeException e) {
            // Only space is at stake (the store closing under it, a failed write): the next commit asks again, and
            // closing rewrites the file.
        } finally {
            syncing.unlock();
        }
    }

    /** Waits for a rewrite under way (see {@link #commit}) and takes no more. */
    private void stopCompacting() {
        if (compactor == null) return;
        compactor.shutdown();
        try {
            compactor.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where Flyway takes its connections from. */
    DataSource source() {
        return source;
    }

    /** Where the database is, for messages: "in DIR" or "at URL" (never a password). */
    String where() {
        return where;
    }

    /** The Flyway locations: the migrations both databases share, and this one's own. */
    String[] migrations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor};
    }

    /** Whether the schema is there (with a new connection: where a lock, a wrong URL or bad credentials show first). */
    boolean holdsStore() throws SQLException {
        try (Connection c = connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'store_meta'"
                        + " AND table_schema = CURRENT_SCHEMA")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    /**
     * Held (on H2 only) while a write checks a row's version or mark and updates it (reviews, entity changes, the
     * review queue's catch-up): H2's SELECT … FOR UPDATE, once it has waited for another transaction, can give the row
     * as it was before that transaction committed, and so let two writers pass one version check (a lost update seen
     * under four concurrent reviewers). H2 serves one process, so a lock of this JVM serializes them; PostgreSQL reads
     * the row again after the wait.
     */
    private final ReentrantLock versionedWrites = new ReentrantLock();

    void lockVersionedWrite() {
        if (h2 != null) versionedWrites.lock();
    }

    void unlockVersionedWrite() {
        if (h2 != null) versionedWrites.unlock();
    }

    /**
     * Waits until no other process writes to the store, for the rest of the transaction on {@code c}: on a server, so
     * that reports commit in the order of their seq (which the search index and linking catch up by) and no two
     * processes link the same report. H2's file lock already keeps other processes out.
     */
    void lockWriters(Connection c) throws SQLException {
        if (h2 != null) return;
        try (PreparedStatement st = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            st.setLong(1, WRITER_LOCK);
            st.executeQuery().close();
        }
    }

    /** Why the store could not be opened, in one line: another process holding it, or the database's own words. */
    String openFailure(Path dataDir, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && h2 != null && s.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return "the store in " + dataDir + " is in use by another process (is another totmon command running?)";
            }
            if (t instanceof org.apache.lucene.store.LockObtainFailedException) {
                return (h2 != null ? "the store in " : "the search index in ") + dataDir
                        + " is in use by another process (is another totmon command running?)";
            }
        }
        if (h2 != null) return "cannot open the store " + where + ": " + e.getMessage();
        // The driver's "The connection attempt failed." says why only in its cause (an unknown host, a timeout).
        String message = String.valueOf(e.getMessage());
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) message += " (" + root + ")";
        // A server's messages can run over lines (Flyway's, the driver's hints); a store's failure is one line.
        return "cannot open the store " + where + ": " + message.strip().replaceAll("\\s+", " ");
    }

    /**
     * Below this share of live data in the H2 file, closing rewrites it into a file of its live data alone (see
     * {@link #commit} for why the file holds more).
     */
    private static final int COMPACT_BELOW_FILL_PERCENT = 50;

    /**
     * Closes, first rewriting an H2 file of which less than {@link #COMPACT_BELOW_FILL_PERCENT}% is live data. Only for
     * the store's own close: SHUTDOWN closes the database for every connection in this process, so a failed open of
     * a store that another one in this process holds must use {@link #close()}.
     */
    void closeCompacting() {
        if (h2 == null) {
            close();
            return;
        }
        stopCompacting();
        try (Connection c = h2.getConnection(); Statement st = c.createStatement()) {
            // The live share of the file: of the space its chunks take (FILL_RATE), what is live (CHUNKS_FILL_RATE). The
            // rewrites on commit keep the second up but leave holes where dead chunks were, which only this closes.
            int fill = 1;
            try (ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
                int n = 0;
                while (rs.next()) {
                    fill *= Integer.parseInt(rs.getString(1));
                    n++;
                }
                fill = n == 2 ? fill / 100 : 100;
            }
            // Rewrites the live data into a new file: its time grows with the data kept, not with what was written.
            if (fill < COMPACT_BELOW_FILL_PERCENT) st.execute("SHUTDOWN COMPACT");
        } catch (SQLException | NumberFormatException e) {
            // Compaction only saves space; the data is on disk already, and the close below still happens.
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        stopCompacting();
        if (h2Readers != null) h2Readers.close();
        if (h2 != null) h2.dispose();
        else server.close();
    }
}
