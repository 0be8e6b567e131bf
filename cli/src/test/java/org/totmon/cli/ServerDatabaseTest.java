package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Report;

/**
 * The commands over a store on a real PostgreSQL server (started here): one ingest fills it, other data directories
 * (other machines, as far as the index knows) read it, and it holds what the H2 file holds for the same reports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerDatabaseTest {
    private static final String USER = "newsroom";
    private static final String PASSWORD = "a password only the server knows";
    private static final String VOTES = "The occupation authorities held elections in Zaporizhzhia Oblast in 2023,"
            + " and 120 people were detained in Melitopol.";
    private static final String MAYOR = "Ivan Fedorov, the mayor of Melitopol, said 40 people were detained in Melitopol in 2023.";

    private EmbeddedPostgres server;
    private Path tmp;
    private String url;
    /** The URL with the user and password as parameters, which the driver also takes. */
    private String urlWithCredentials;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException, SQLException {
        this.tmp = tmp;
        // Passwords for everyone but the superuser that sets up the database, as on a newsroom's server.
        server = EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> {
            try {
                Files.writeString(dir.toPath().resolve("pg_hba.conf"), "host all postgres all trust\nhost all all all scram-sha-256\n");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            st.execute("CREATE DATABASE record OWNER " + USER);
            st.execute("CREATE DATABASE empty OWNER " + USER);
        }
        url = "jdbc:postgresql://localhost:" + server.getPort() + "/record";
        urlWithCredentials = url + "?user=" + USER + "&password=" + PASSWORD.replace(" ", "%20");
        Path feed = Files.writeString(tmp.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"title\": \"Sham elections\", \"published\": \"2023-09\", \"language\": \"en\", \"text\": \"" + VOTES + "\"}",
                "{\"id\": \"b\", \"title\": \"Detentions\", \"published\": \"2023-10-02\", \"language\": \"en\", \"text\": \"" + MAYOR + "\"}"));
        CliRun toServer = CliRun.of(new IngestCommand(TestAnnotator::annotate), "--data", tmp.resolve("ingest").toString(),
                "--db", urlWithCredentials, feed.toString());
        assertEquals(0, toServer.exitCode(), toServer.err());
        assertEquals(String.format("Read 2 reports: 2 new, 0 duplicate. Rejected 0.%n"), toServer.out());
        CliRun toFile = CliRun.of(new IngestCommand(TestAnnotator::annotate), "--data", tmp.resolve("h2").toString(), feed.toString());
        assertEquals(0, toFile.exitCode(), toFile.err());
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
    }

    @Test
    void anotherDataDirectorySearchesWhatTheIngestStored() {
        CliRun run = CliRun.of(new SearchCommand(), "--data", tmp.resolve("reader").toString(), "--db", urlWithCredentials, "election");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("1 report matches:"), run.out());
        assertTrue(run.out().contains(Report.contentId(VOTES)), run.out());
    }

    @Test
    void claimsAndEventsOnTheServerAreThoseOfTheH2File() {
        assertSameOnBoth(ClaimsCommand::new);
        assertSameOnBoth(EventsCommand::new);
    }

    private void assertSameOnBoth(Supplier<Object> command) {
        CliRun onServer = CliRun.of(command.get(), "--data", tmp.resolve("reader").toString(), "--db", urlWithCredentials, "--format", "csv");
        CliRun onFile = CliRun.of(command.get(), "--data", tmp.resolve("h2").toString(), "--format", "csv");
        assertEquals(0, onServer.exitCode(), onServer.err());
        assertTrue(onServer.out().lines().count() > 1, "more than the header: " + onServer.out());
        assertEquals(onFile.out(), onServer.out());
    }

    @Test
    void anEmptyDatabaseHoldsNoStore() {
        String empty = "jdbc:postgresql://localhost:" + server.getPort() + "/empty";
        CliRun run = CliRun.of(new SearchCommand(), "--data", tmp.resolve("none").toString(),
                "--db", empty + "?user=" + USER + "&password=" + PASSWORD.replace(" ", "%20"), "election");
        assertEquals(IngestCommand.EXIT_STORE_FAILED, run.exitCode());
        assertEquals("totmon search: no store at " + empty + " (ingest some reports first)" + System.lineSeparator(), run.err());
    }

    @Test
    void theDatabaseAndItsCredentialsComeFromTheEnvironment() throws IOException, InterruptedException {
        Map<String, String> env = Map.of("TOTMON_DB", url, "TOTMON_DB_USER", USER, "TOTMON_DB_PASSWORD", PASSWORD);
        Totmon found = totmon(env, "search", "--data", tmp.resolve("env").toString(), "detained");
        assertEquals(0, found.exitCode(), found.err());
        assertTrue(found.out().startsWith("2 reports match:"), found.out());

        Totmon refused = totmon(Map.of("TOTMON_DB", url, "TOTMON_DB_USER", USER, "TOTMON_DB_PASSWORD", "wrong"),
                "search", "--data", tmp.resolve("env").toString(), "detained");
        assertEquals(IngestCommand.EXIT_STORE_FAILED, refused.exitCode());
        assertEquals("totmon search: cannot open the store at " + url + ": FATAL: password authentication failed for user \""
                + USER + "\"\n", refused.err());
    }

    private record Totmon(int exitCode, String out, String err) {}

    /** Runs the command line in a JVM of its own, with {@code env} added to the environment. */
    private Totmon totmon(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), org.totmon.cli.Totmon.class.getName()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("child.out");
        Path err = tmp.resolve("child.err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process child = pb.start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the command finished");
        return new Totmon(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
