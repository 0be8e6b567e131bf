package org.totmon.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 file's connections for reads ({@link Database#reader}), kept apart from the pool that writes use. */
class DatabaseTest {
    @TempDir Path data;

    @Test
    void readersAreReusedAndSeeWhatOthersCommitSince() throws SQLException {
        try (Database db = Database.h2(data, "t")) {
            try (Connection w = db.connection(); Statement st = w.createStatement()) {
                st.execute("CREATE TABLE t (n INT)");
            }
            int session;
            try (Connection r = db.reader()) {
                session = sessionId(r);
                assertEquals(0, count(r));
            }
            try (Connection w = db.connection(); Statement st = w.createStatement()) {
                w.setAutoCommit(false);
                st.execute("INSERT INTO t VALUES (1)");
                db.commit(w);
            }
            try (Connection r = db.reader()) {
                assertEquals(session, sessionId(r), "the idle reader is taken again, not a new connection");
                assertEquals(1, count(r), "a reader given back holds no snapshot from before the commit");
            }
        }
    }

    @Test
    void aReaderLeftInATransactionIsRolledBackWhenGivenBack() throws SQLException {
        try (Database db = Database.h2(data, "t")) {
            try (Connection w = db.connection(); Statement st = w.createStatement()) {
                st.execute("CREATE TABLE t (n INT)");
            }
            try (Connection r = db.reader(); Statement st = r.createStatement()) {
                r.setAutoCommit(false);
                st.execute("INSERT INTO t VALUES (1)");
            }
            try (Connection r = db.reader()) {
                assertTrue(r.getAutoCommit());
                assertEquals(0, count(r));
            }
            assertEquals(0, (int) db.read(DatabaseTest::count));
        }
    }

    @Test
    void aReaderClosedOnceCannotBeUsedAgain() throws SQLException {
        try (Database db = Database.h2(data, "t")) {
            Connection r = db.reader();
            r.close();
            assertTrue(r.isClosed());
            assertThrows(SQLException.class, r::createStatement);
        }
    }

    private static int sessionId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT SESSION_ID()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
