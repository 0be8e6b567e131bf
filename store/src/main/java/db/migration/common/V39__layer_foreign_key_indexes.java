package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2, drops the foreign keys from the extraction's layer tables to their report (and from a mention or actor to its
 * entity, place or event). H2 gives each such key an index of its own on exactly its columns, although every one of
 * these tables has a primary key that starts with them: nine indexes that every stored row entered at a random key
 * (the report id is a content hash), about sixty entries a report, with a look-up of the parent for each row. The rows
 * are written and replaced only with their report, in one transaction ({@code ReportTables}), which now deletes a
 * replaced extraction's mentions and actors itself. PostgreSQL makes no index for a foreign key, so its keys stay. Java,
 * not SQL: H2 names the keys itself, so they are found by table.
 */
public class V39__layer_foreign_key_indexes extends BaseJavaMigration {
    static final List<String> LAYER_TABLES = List.of("BOILERPLATE_SPAN", "ENTITY", "ENTITY_MENTION", "PLACE", "PLACE_MENTION",
            "TIME_MENTION", "CLAIM", "EVENT", "EVENT_ACTOR");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!c.getMetaData().getDatabaseProductName().equals("H2")) return;
        List<String[]> keys = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT TABLE_NAME, CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND CONSTRAINT_TYPE = 'FOREIGN KEY' AND TABLE_NAME = ?")) {
            for (String table : LAYER_TABLES) {
                st.setString(1, table);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) keys.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String[] k : keys) st.executeUpdate("ALTER TABLE " + k[0] + " DROP CONSTRAINT \"" + k[1] + "\"");
        }
    }
}
