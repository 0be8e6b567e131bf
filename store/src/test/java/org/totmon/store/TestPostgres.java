package org.totmon.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A real PostgreSQL server for the tests, started once per test JVM (about 3 s). The store connects as {@link #USER}
 * with a password over TCP, as on a newsroom's server; only the superuser that creates the databases is trusted.
 */
final class TestPostgres {
    static final String USER = "totmon";
    static final String PASSWORD = "correct horse battery staple";

    private static EmbeddedPostgres server;
    private static final Map<Path, DatabaseServer> DATABASES = new HashMap<>();

    private TestPostgres() {}

    /** The URL of database {@code name} on the test server. */
    static synchronized String url(String name) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
    }

    /** A new empty database, owned by {@link #USER}. */
    static synchronized DatabaseServer newDatabase() {
        String name = "store_" + (DATABASES.size() + 1) + "_" + System.nanoTime();
        superuser("CREATE DATABASE " + name + " OWNER " + USER);
        return new DatabaseServer(url(name), USER, PASSWORD);
    }

    /** The database of the store whose index is in {@code data}: a new one the first time, then the same one. */
    static synchronized DatabaseServer database(Path data) {
        return DATABASES.computeIfAbsent(data.toAbsolutePath(), d -> newDatabase());
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> requirePasswords(dir.toPath())).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
            }
            superuser("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
        return server;
    }

    /** Trusts the superuser only (the tests create databases as it); everyone else gives a password. */
    private static void requirePasswords(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void superuser(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
