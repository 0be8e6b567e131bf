package org.totmon.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.linker.Regions;
import org.totmon.model.Report;

/** What only a store on a PostgreSQL server does: share one database between processes, fail on a bad address. */
class ServerStoreTest {
    @TempDir Path dir;

    private static final Regions REGIONS = place -> null;

    @Test
    void twoProcessesShareOneDatabaseEachWithItsOwnIndex() throws IOException {
        DatabaseServer server = TestPostgres.newDatabase();
        Report first = Samples.kherson();
        Report second = Samples.report("Russian forces left Snihurivka in November 2022.", null, "2022-11-10", "en");
        try (Store a = Store.open(dir.resolve("a"), server); Store b = Store.open(dir.resolve("b"), server)) {
            a.add(first, Samples.khersonExtraction());
            assertEquals(1, b.search(SearchQuery.of("Zelensky")).total(), "b's index catches up with what a stored");
            b.add(second, Samples.bare(second, "en"));
            assertEquals(1, a.search(SearchQuery.of("Snihurivka")).total());

            assertEquals(2, a.link(REGIONS));
            assertEquals(0, b.link(REGIONS), "a linked them already");
            assertEquals(a.timeline().events(EventQuery.all()), b.timeline().events(EventQuery.all()));
            assertEquals(2, b.reportCount());
        }
        try (Store c = Store.openExisting(dir.resolve("c"), server)) {
            assertEquals(2, c.index().documentCount(), "a new data directory's index is built from the database");
        }
    }

    /**
     * A copy is found among the reports another process linked: each process's near-duplicate buckets (held in memory)
     * catch up with the rows the other wrote.
     */
    @Test
    void aCopyOfAReportTheOtherProcessLinkedIsFound() throws IOException {
        DatabaseServer server = TestPostgres.newDatabase();
        String told = "Russian forces left Snihurivka in November 2022, and residents came out to meet the Ukrainian soldiers"
                + " in the square by the grain elevator, the town's mayor said on Friday.";
        Report original = Samples.report(told, null, "2022-11-10", "en");
        Report reprint = Samples.report("Reprinted: " + told, null, "2022-11-11", "en");
        Report second = Samples.report("Reprinted again: " + told, null, "2022-11-12", "en");
        try (Store a = Store.open(dir.resolve("a"), server); Store b = Store.open(dir.resolve("b"), server)) {
            a.add(original, Samples.bare(original, "en"));
            assertEquals(1, a.link(REGIONS));
            b.add(reprint, Samples.bare(reprint, "en"));
            assertEquals(1, b.link(REGIONS));
            a.add(second, Samples.bare(second, "en"));
            assertEquals(1, a.link(REGIONS));
            assertEquals(java.util.stream.Stream.of(original.id(), reprint.id()).sorted().toList(),
                    a.nearDuplicates(second.id()).stream().map(d -> d.report().id()).sorted().toList(),
                    "the reprint b linked is a copy too");
        }
    }

    /**
     * Two processes (two stores on one database, each with its own index) writing at once, interleaved as the
     * threads happen to run: each index ends with every report, both while open and after reopening (the mark
     * each index keeps must never pass a report the other stored).
     */
    @Test
    @Tag("reliability")
    void twoConcurrentWritersEachIndexEndsWithEveryReport() throws Exception {
        DatabaseServer server = TestPostgres.newDatabase();
        int perWriter = 40;
        try (Store a = Store.open(dir.resolve("a"), server); Store b = Store.open(dir.resolve("b"), server)) {
            Thread ta = new Thread(() -> write(a, "a", perWriter)), tb = new Thread(() -> write(b, "b", perWriter));
            ta.start();
            tb.start();
            ta.join();
            tb.join();
            for (Store s : List.of(a, b)) {
                assertEquals(2 * perWriter, s.search(SearchQuery.of("Snihurivka")).total(), "after catching up, while open");
                assertEquals(2 * perWriter, s.index().documentCount());
            }
        }
        for (String d : List.of("a", "b")) {
            try (Store s = Store.openExisting(dir.resolve(d), server)) {
                assertEquals(2 * perWriter, s.index().documentCount(), "reopened index " + d + " holds every report");
            }
        }
    }

    private static void write(Store store, String writer, int count) {
        for (int i = 0; i < count; i++) {
            Report r = Samples.report("Writer " + writer + " report " + i + ": Russian forces left Snihurivka in November 2022.",
                    null, "2022-11-10", "en");
            store.add(r, Samples.bare(r, "en"));
        }
    }

    @Test
    void anUnreachableServerIsOneLineNamingTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + closedPort + "/totmon";
        String message = openFailure(new DatabaseServer(url, TestPostgres.USER, TestPostgres.PASSWORD));
        assertTrue(message.startsWith("cannot open the store at " + url + ": Connection to localhost:" + closedPort + " refused"), message);
    }

    @Test
    void badCredentialsAreOneLineWithoutThePassword() {
        DatabaseServer good = TestPostgres.newDatabase();
        String message = openFailure(new DatabaseServer(good.url(), TestPostgres.USER, "wrong password"));
        assertEquals("cannot open the store at " + good.url() + ": FATAL: password authentication failed for user \"totmon\"", message);

        String inUrl = openFailure(new DatabaseServer(good.url() + "?password=wrong", TestPostgres.USER, null));
        assertEquals("cannot open the store at " + good.url() + ": FATAL: password authentication failed for user \"totmon\"", inUrl,
                "the URL's parameters are left out of messages");
    }

    @Test
    void aMissingDatabaseIsNamed() {
        String url = TestPostgres.url("no_such_database");
        assertEquals("cannot open the store at " + url + ": FATAL: database \"no_such_database\" does not exist",
                openFailure(new DatabaseServer(url, TestPostgres.USER, TestPostgres.PASSWORD)));
    }

    @Test
    void aUrlThatIsNotPostgresqlIsRefused() {
        StoreException other = assertThrows(StoreException.class, () -> new DatabaseServer("jdbc:mysql://localhost/totmon", "u", "p"));
        assertEquals("not a PostgreSQL JDBC URL: 'jdbc:mysql://localhost/totmon' (give jdbc:postgresql://HOST[:PORT]/DATABASE)",
                other.getMessage());
        assertEquals("not a valid PostgreSQL JDBC URL: 'jdbc:postgresql://localhost:port/totmon' (give jdbc:postgresql://HOST[:PORT]/DATABASE)",
                openFailure(new DatabaseServer("jdbc:postgresql://localhost:port/totmon?password=secret", "u", null)));
    }

    @Test
    void theServerIsNeverNamedWithItsPassword() {
        DatabaseServer s = new DatabaseServer("jdbc:postgresql://db.example.org/totmon?password=secret", "newsroom", "secret");
        assertEquals("jdbc:postgresql://db.example.org/totmon as newsroom", s.toString());
    }

    /** The message of the failure to open a store on {@code server}, checked to be one line without the password. */
    private String openFailure(DatabaseServer server) {
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir, server));
        String message = e.getMessage();
        assertFalse(message.contains("\n"), message);
        if (server.password() != null) assertFalse(message.contains(server.password()), message);
        assertFalse(message.contains("secret"), message);
        return message;
    }
}
