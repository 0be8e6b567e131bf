package org.totmon.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.totmon.store.DateRange;
import org.totmon.store.SearchHit;
import org.totmon.store.SearchQuery;
import org.totmon.store.SearchResults;
import org.totmon.store.Store;
import org.totmon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {
                "Searches the stored reports and prints the best hits: title, id, date and a snippet with the "
                        + "matching words marked.",
                "Every word of QUERY must occur (in the report's language, so 'elections' finds 'election'); "
                        + "\"quoted phrases\", OR, -word and prefix* work too. Without QUERY, the filters alone "
                        + "select, newest first."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the search ran (with or without hits)", "2:wrong usage", "3:no store, or it could not be read"})
public final class SearchCommand implements Callable<Integer> {
    private static final String MARK_ON_TERMINAL = "\033[1m";
    private static final String UNMARK_ON_TERMINAL = "\033[0m";

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "Words to look for.")
    String query;

    @Option(names = "--place", paramLabel = "NAME", description = "Only reports naming this place (any spelling the report uses).")
    String place;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only reports naming this person or organisation.")
    String entity;

    @Option(names = "--lang", paramLabel = "CODE", description = "Only reports in this language: en, uk, ru ...")
    String language;

    @Option(names = "--from", paramLabel = "DATE", converter = StartOf.class,
            description = "Only reports published on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = EndOf.class,
            description = "Only reports published on or before DATE (a year or month counts to its end).")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to print (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin StoreOptions storeOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        SearchQuery q;
        try {
            q = new SearchQuery(query, language, place, entity, from, to, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.openExisting()) {
            print(store.search(q), out, System.console() != null);
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("totmon search: " + e.getMessage());
            return IngestCommand.EXIT_STORE_FAILED;
        }
    }

    private static void print(SearchResults results, PrintWriter out, boolean terminal) {
        if (results.total() == 0) {
            out.println("No reports match.");
            return;
        }
        out.print(results.total() == 1 ? "1 report matches" : String.format("%,d reports match", results.total()));
        out.println(results.total() > results.hits().size() ? "; the best " + results.hits().size() + ":" : ":");
        int n = 1;
        for (SearchHit hit : results.hits()) {
            out.println();
            out.printf("%d. %s%n", n++, hit.title() == null ? "(untitled)" : hit.title());
            out.printf("   %s  %s  %s%s%n", hit.id(), hit.published() == null ? "undated" : hit.published(),
                    hit.language(), hit.url() == null ? "" : "  " + hit.url());
            out.println("   " + (terminal ? hit.snippet().render(MARK_ON_TERMINAL, UNMARK_ON_TERMINAL) : hit.snippet().render("[", "]")));
        }
        out.flush();
    }

    /** The first day a YYYY, YYYY-MM or YYYY-MM-DD date may stand for. */
    static final class StartOf implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return range(value).from();
        }
    }

    /** The last day a YYYY, YYYY-MM or YYYY-MM-DD date may stand for. */
    static final class EndOf implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return range(value).to();
        }
    }

    private static DateRange range(String value) {
        try {
            DateRange r = DateRange.parse(value);
            if (r == null) throw new TypeConversionException("a date is needed: YYYY, YYYY-MM or YYYY-MM-DD");
            return r;
        } catch (RuntimeException e) {
            if (e instanceof TypeConversionException t) throw t;
            throw new TypeConversionException("'" + value + "' is not a date such as 2023, 2023-09 or 2023-09-10");
        }
    }
}
