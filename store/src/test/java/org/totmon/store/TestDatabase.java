package org.totmon.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The two databases a store can keep its reports in; the store's tests of what it does with them run on each. */
enum TestDatabase {
    H2, POSTGRESQL;

    /** The server database of the store whose index is in {@code data} (the same each time), or null for H2's file in it. */
    DatabaseServer server(Path data) {
        return this == H2 ? null : TestPostgres.database(data);
    }

    Store open(Path data) {
        return Store.open(data, server(data));
    }

    /** How messages say where the store of {@code data} is. */
    String where(Path data) {
        return this == H2 ? "in " + data : "at " + server(data).url();
    }

    /** A connection of its own to the database of the store in {@code data}. */
    Connection connect(Path data) throws SQLException {
        if (this == H2) return DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("totmon"), "totmon", "");
        DatabaseServer s = server(data);
        return DriverManager.getConnection(s.url(), s.user(), s.password());
    }
}
