package org.totmon.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.totmon.linker.Disagreement;
import org.totmon.linker.Regions;
import org.totmon.model.Claim;
import org.totmon.model.Side;
import org.totmon.pipeline.place.GazetteerRegions;
import org.totmon.store.ClaimGroup;
import org.totmon.store.ClaimRows;
import org.totmon.store.ClaimQuery;
import org.totmon.store.GroupedClaim;
import org.totmon.store.Store;
import org.totmon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {
                "Lists the claim ledger: figures from all stored reports grouped by the measure they state, each "
                        + "claimant's figure, side and date, and whether the sides disagree.",
                "Claims are grouped by measure, not by value and not by language: the same unit of measurement "
                        + "(percent, length, duration, money; else a count), the same thing counted (a concept of the "
                        + "linker's concept registry, concepts.tsv, in English, Ukrainian or Russian: passports, turnout, "
                        + "killed, deported …; else the same content words), the same place (the settlement or region "
                        + "named nearest the figure in its sentence; a city's figure is not its oblast's) and the same "
                        + "month (the date in the claim's sentence, else of the event told nearest it, else the report's); "
                        + "a running total (deported, detained, passports …) is one measure across months.",
                "Disputed: two figures of one measure from different sides (occupation, ukraine, third_party) that "
                        + "cannot both be true. Each figure stands for a range: \"at least N\" for N and up, \"at most N\" "
                        + "for up to N, a range for its bounds, widened by the figure's rounding (half a unit of its last "
                        + "non-zero digit: \"2,000\" is 1,500-2,500, \"87%%\" is 86.5-87.5) and, when it says \"about\", "
                        + "by 10%% more. The ranges must not overlap, and the dates must be compatible (one contains the "
                        + "other, or at most 31 days apart). A running total may grow from one date to a later one; only a "
                        + "fall is a dispute. A measure without a place is disputed only between figures told of one "
                        + "clustered event.",
                "Near-copies of another report are marked and do not count as independent sources."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the ledger was listed (with or without groups)", "2:wrong usage", "3:no store, or it could not be read"})
public final class ClaimsCommand implements Callable<Integer> {

    @Option(names = "--subject", paramLabel = "TEXT", description = "Only groups counting this (passports, turnout …) or whose claims' subject or text contains it.")
    String subject;

    @Option(names = "--place", paramLabel = "NAME", description = "Only groups about this place or places in this region (the gazetteer's name, any case).")
    String place;

    @Option(names = "--side", paramLabel = "SIDE", converter = SideConverter.class,
            description = "Only groups with a claim from this side: occupation, ukraine, third_party or unknown.")
    Side side;

    @Option(names = "--disputed", description = "Only groups whose sides disagree.")
    boolean disputed;

    @Option(names = "--min-claims", paramLabel = "N", defaultValue = "1", description = "Only groups of at least N claims (default: ${DEFAULT-VALUE}).")
    int minClaims;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Groups to print (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = LinkedStore.FormatConverter.class,
            description = "text, csv (one row a claim) or jsonl (one group a line) (default: ${DEFAULT-VALUE}).")
    LinkedStore.Format format;

    @Option(names = "--reviewed-only", description = "Only the claims people accepted or corrected. "
            + "csv and jsonl leave out what people rejected in any case, and say of each claim whether it was reviewed.")
    boolean reviewedOnly;

    @Mixin StoreOptions storeOptions;

    @Spec CommandSpec spec;

    private final Regions regions;

    public ClaimsCommand() {
        this(GazetteerRegions.standard());
    }

    ClaimsCommand(Regions regions) {
        this.regions = regions;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        ClaimQuery q;
        try {
            q = new ClaimQuery(subject, place, side, disputed, minClaims, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = LinkedStore.open(storeOptions, regions, spec.commandLine().getErr())) {
            List<ClaimGroup> groups = store.ledger().groups(q);
            if (reviewedOnly) groups = groups.stream().map(ClaimGroup::reviewedOnly).filter(Objects::nonNull).toList();
            if (format != LinkedStore.Format.TEXT) groups = groups.stream().map(ClaimGroup::withoutRejected).filter(Objects::nonNull).toList();
            switch (format) {
                case TEXT -> text(groups, out);
                case CSV -> csv(groups, out);
                case JSONL -> {
                    for (ClaimGroup g : groups) out.println(LinkedStore.JSON.writeValueAsString(g));
                }
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("totmon claims: " + e.getMessage());
            return IngestCommand.EXIT_STORE_FAILED;
        }
    }

    private static void text(List<ClaimGroup> groups, PrintWriter out) {
        if (groups.isEmpty()) {
            out.println("No claim groups match.");
            return;
        }
        for (ClaimGroup g : groups) {
            long sides = g.claims().stream().map(c -> c.claim().claimantSide()).distinct().count();
            out.printf("#%d  %s — %d claim%s, %d side%s%n", g.id(), measure(g), g.claims().size(),
                    g.claims().size() == 1 ? "" : "s", sides, sides == 1 ? "" : "s");
            if (g.disputed()) out.println("    DISAGREE: " + g.disagreement());
            for (GroupedClaim gc : g.claims()) {
                Claim c = gc.claim();
                out.printf("    %-10s  %-11s  %s%s — %s%s  [%s %s]%s%s%n", gc.date() == null ? "undated" : gc.date(),
                        c.claimantSide() == null ? "unknown" : c.claimantSide().label(),
                        Disagreement.describe(c.value(), c.valueMax(), c.qualifier()), c.unit() == null ? "" : " " + c.unit(),
                        c.claimant() == null ? "unnamed source" : c.claimant(), c.hedged() ? " (hedged)" : "",
                        gc.report().outlet() == null ? "report" : gc.report().outlet(), gc.report().id(),
                        gc.report().isCopy() ? " near-copy of " + gc.report().nearDuplicateOf() : "",
                        gc.review() == null ? "" : " (" + gc.status() + ")");
            }
            out.println();
        }
    }

    /** What a group measures, as people read it: unit · what is counted · place (region) · event. */
    static String measure(ClaimGroup g) {
        List<String> head = new ArrayList<>();
        head.add(g.unit() == null ? "(no unit)" : g.unit());
        head.add(g.concept() != null ? g.concept() : g.claims().isEmpty() ? "?" : "\"" + g.claims().get(0).claim().subject() + "\"");
        if (g.place() != null) head.add(g.admin1() == null || g.admin1().equals(g.place()) ? g.place() : g.place() + " (" + g.admin1() + ")");
        if (g.eventType() != null) head.add(g.eventId() == null ? g.eventType() : g.eventType() + " (event #" + g.eventId() + ")");
        return String.join(" · ", head);
    }

    private static void csv(List<ClaimGroup> groups, PrintWriter out) {
        out.println(LinkedStore.csv(ClaimRows.COLUMNS));
        for (ClaimGroup g : groups) {
            for (GroupedClaim gc : g.claims()) out.println(LinkedStore.csv(ClaimRows.of(g, gc)));
        }
    }

    /** A side by its label, any case. */
    static final class SideConverter implements ITypeConverter<Side> {
        @Override
        public Side convert(String value) {
            try {
                return Side.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a side: occupation, ukraine, third_party or unknown");
            }
        }
    }
}
