package org.totmon.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The report columns that {@link SourceReport} is read from, joined on {@code l.report_id}. */
final class SourceReports {
    private SourceReports() {}

    /** The last column is the earliest report this one copies. */
    static final String COLUMNS = "r.id, r.outlet, r.title, r.url, r.published, (SELECT d.original_id FROM near_duplicate d"
            + " JOIN report o ON o.id = d.original_id WHERE d.report_id = r.id ORDER BY o.published_from NULLS LAST, o.seq LIMIT 1)";
    static final String JOINS = " JOIN report r ON r.id = l.report_id";

    /** Reads the {@link #COLUMNS} starting at column {@code first}. */
    static SourceReport read(ResultSet rs, int first) throws SQLException {
        return new SourceReport(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2), rs.getString(first + 3),
                rs.getString(first + 4), rs.getString(first + 5));
    }
}
