package org.totmon.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.totmon.linker.Regions;
import org.totmon.pipeline.event.EventKind;
import org.totmon.pipeline.place.GazetteerRegions;
import org.totmon.store.AcledRows;
import org.totmon.store.ClusteredEvent;
import org.totmon.store.EventQuery;
import org.totmon.store.Store;
import org.totmon.store.StoreException;
import org.totmon.store.TimelineEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {
                "Lists the timeline: events from all stored reports, reports of the same real-world event clustered "
                        + "into one, in date order, each with its number of independent sources.",
                "Two reports tell of the same event when the type is the same, the dates are compatible (one contains "
                        + "the other, or at most 3 days apart; an undated event counts from its report's date), the "
                        + "places are compatible (the same, one inside the other, or one not given), and an actor is "
                        + "shared, or the evidence wording overlaps, or the events are dated to the same day at the same "
                        + "named place. An event joins a cluster only if compatible with all its reports.",
                "A near-copy of another report (word 4-shingles of the cleaned texts, Jaccard similarity 0.7 or more; "
                        + "the earlier published is the original) is not counted as a source of an event its original "
                        + "also reports.",
                "--format csv writes ACLED-compatible columns (event_id_cnty, event_date, year, time_precision, "
                        + "event_type, sub_event_type, actor1, assoc_actor_1, country, admin1, location, latitude, "
                        + "longitude, source, notes) and then source_count (independent sources), report_count, "
                        + "totmon_type, modality, first_reported."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the timeline was listed (with or without events)", "2:wrong usage", "3:no store, or it could not be read"})
public final class EventsCommand implements Callable<Integer> {
    @Option(names = "--place", paramLabel = "NAME", description = "Only events at this place or in this region (the gazetteer's name, any case).")
    String place;

    @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
            description = "Only events of this type: ${COMPLETION-CANDIDATES}.", completionCandidates = Types.class)
    String type;

    @Option(names = "--from", paramLabel = "DATE", converter = SearchCommand.StartOf.class,
            description = "Only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = SearchCommand.EndOf.class,
            description = "Only events on or before DATE (a year or month counts to its end).")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Events to print (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = LinkedStore.FormatConverter.class,
            description = "text, csv (ACLED-compatible) or jsonl (default: ${DEFAULT-VALUE}).")
    LinkedStore.Format format;

    @Option(names = "--reviewed-only", description = "Only the event mentions people accepted or corrected. "
            + "csv and jsonl leave out what people rejected in any case, and say of each event whether it was reviewed.")
    boolean reviewedOnly;

    @Mixin StoreOptions storeOptions;

    @Spec CommandSpec spec;

    private final Regions regions;

    public EventsCommand() {
        this(GazetteerRegions.standard());
    }

    EventsCommand(Regions regions) {
        this.regions = regions;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        EventQuery q;
        try {
            q = new EventQuery(place, type, from, to, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = LinkedStore.open(storeOptions, regions, spec.commandLine().getErr())) {
            List<TimelineEvent> events = store.timeline().events(q);
            if (reviewedOnly) events = events.stream().map(TimelineEvent::reviewedOnly).filter(Objects::nonNull).toList();
            if (format != LinkedStore.Format.TEXT) events = events.stream().map(TimelineEvent::withoutRejected).filter(Objects::nonNull).toList();
            switch (format) {
                case TEXT -> text(events, out);
                case CSV -> {
                    out.println(LinkedStore.csv(AcledRows.COLUMNS));
                    for (TimelineEvent e : events) out.println(LinkedStore.csv(AcledRows.of(e)));
                }
                case JSONL -> {
                    for (TimelineEvent e : events) out.println(LinkedStore.JSON.writeValueAsString(e));
                }
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("totmon events: " + e.getMessage());
            return IngestCommand.EXIT_STORE_FAILED;
        }
    }

    private static void text(List<TimelineEvent> events, PrintWriter out) {
        if (events.isEmpty()) {
            out.println("No events match.");
            return;
        }
        for (TimelineEvent e : events) {
            String where = e.place() == null ? "place not given"
                    : e.admin1() == null || e.admin1().equals(e.place()) ? e.place() : e.place() + " (" + e.admin1() + ")";
            out.printf("%-10s  %s  %s — %d independent source%s, %d report%s, first reported %s, %s, %s  [#%d]%n",
                    e.date() != null ? e.date() : "undated", e.type(), where, e.independentSources(),
                    e.independentSources() == 1 ? "" : "s", e.reportCount(), e.reportCount() == 1 ? "" : "s",
                    e.firstReported() == null ? "(no date)" : e.firstReported(), e.modality().label(), e.status(), e.id());
            if (!e.actors().isEmpty()) out.println("    actors: " + String.join(", ", e.actors()));
            for (ClusteredEvent m : e.mentions()) {
                out.printf("    %-10s  %s %s%s%s  \"%s\"%n", m.report().published() == null ? "undated" : m.report().published(),
                        m.report().outlet() == null ? "report" : m.report().outlet(), m.report().id(),
                        !m.report().isCopy() ? "" : " (near-copy of " + m.report().nearDuplicateOf() + (m.independent() ? ")" : ", not counted)"),
                        m.review() == null ? "" : " (" + m.status() + ")", AcledRows.oneLine(m.event().text(), 160));
            }
            out.println();
        }
    }

    /** The event types, for --help. */
    static final class Types implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(EventKind.values()).map(Enum::name).iterator();
        }
    }

    /** An event type, any case. */
    static final class TypeConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String upper = value.strip().toUpperCase(Locale.ROOT);
            for (EventKind k : EventKind.values()) if (k.name().equals(upper)) return upper;
            throw new TypeConversionException("'" + value + "' is not an event type: " + Arrays.stream(EventKind.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
