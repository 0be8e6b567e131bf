package org.totmon.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.totmon.store.Store;
import org.totmon.store.StoredReport;

/** The reports in the store of a data directory, in the order they were stored. */
final class StoredReports {
    private StoredReports() {}

    static List<StoredReport> in(Path data) {
        List<StoredReport> all = new ArrayList<>();
        try (Store store = Store.open(data)) {
            store.forEach(all::add);
        }
        return all;
    }
}
