package org.totmon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.totmon.linker.Regions;
import org.totmon.store.Store;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What the ledger and timeline commands share: a store whose links are up to date, and the output formats. */
final class LinkedStore {
    private LinkedStore() {}

    /** Records as JSON objects with snake_case names, the JSON Lines both commands write. */
    static final ObjectMapper JSON = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    /** Opens the store and links the reports not linked yet (a store from before linking existed has all of them). */
    static Store open(StoreOptions where, Regions regions, PrintWriter err) {
        Store store = where.openExisting();
        try {
            linkPending(store, regions, err);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Links the reports not linked yet, saying so and showing progress, since a large backlog takes minutes. */
    static void linkPending(Store store, Regions regions, PrintWriter err) {
        long pending = store.unlinkedCount();
        if (pending == 0) return;
        err.printf("Linking %,d reports that were not linked yet…%n", pending);
        err.flush();
        Progress progress = new Progress("link", pending);
        try {
            store.link(regions, n -> progress.step());
        } finally {
            progress.done();
        }
        err.printf("Linked %,d reports.%n", pending);
        err.flush();
    }

    enum Format { TEXT, CSV, JSONL }

    /** text, csv or jsonl, in any case. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a format: text, csv or jsonl");
            }
        }
    }

    /** One CSV record (RFC 4180): fields with a comma, quote or line break are quoted; null is empty. */
    static String csv(List<?> fields) {
        return fields.stream().map(f -> {
            String s = f == null ? "" : f.toString();
            return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }).collect(Collectors.joining(","));
    }
}
