package org.totmon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.Report;
import org.totmon.model.TimeMention;
import org.totmon.store.ReviewedReport;
import org.totmon.store.Store;
import org.totmon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** People's corrections as evaluation data: reviewed reports in the benchmark's gold format. */
@Command(name = "export-gold", mixinStandardHelpOptions = true,
        description = {"Writes the reviewed reports as a gold set in the benchmark's format (docs.jsonl and gold.jsonl in --out), "
                + "so the extraction can be scored against people's checks: score.py DIR/gold.jsonl SYSTEM.jsonl --docs DIR/docs.jsonl.",
                "A report is written when people reviewed every one of its claims and events (with --partial: at least one item), "
                        + "and it is not retracted. Its layers are as people left them: corrections applied, rejected items left out, "
                        + "entities merged and split as told; entities and places list their mentions' spellings as variants."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written (perhaps no report)", "3:no store, or it could not be read", "4:the files could not be written"})
public final class ExportGoldCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write docs.jsonl and gold.jsonl to.")
    Path out;

    @Option(names = "--partial", description = "Also reports of which only some claims and events were reviewed.")
    boolean partial;

    @Mixin StoreOptions storeOptions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = storeOptions.openExisting()) {
            Files.createDirectories(out);
            Path docs = out.resolve("docs.jsonl"), gold = out.resolve("gold.jsonl");
            Path docsPart = out.resolve("docs.jsonl.partial"), goldPart = out.resolve("gold.jsonl.partial");
            Set<String> retracted = store.reviews().retracted();
            long[] n = {0};
            try (Writer d = Files.newBufferedWriter(docsPart, StandardCharsets.UTF_8); Writer g = Files.newBufferedWriter(goldPart, StandardCharsets.UTF_8)) {
                store.forEach(s -> {
                    if (retracted.contains(s.id())) return;
                    ReviewedReport r = store.reviews().reviewed(s);
                    boolean any = r.items().stream().anyMatch(i -> i.review() != null);
                    if (!(partial ? any : any && r.fullyReviewed())) return;
                    write(d, doc(r));
                    write(g, gold(r));
                    n[0]++;
                });
            }
            // Both files appear whole or not at all.
            Files.move(docsPart, docs, StandardCopyOption.REPLACE_EXISTING);
            Files.move(goldPart, gold, StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getOut().printf("Wrote %d reviewed report%s to %s and %s.%n", n[0], n[0] == 1 ? "" : "s", docs, gold);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("totmon export-gold: " + e.getMessage());
            return IngestCommand.EXIT_STORE_FAILED;
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println("totmon export-gold: cannot write to " + out + ": " + e.getMessage());
            return 4;
        }
    }

    private static void write(Writer w, ObjectNode o) {
        try {
            w.write(o.toString());
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The benchmark's input line: id, url, outlet, title, published, language, text. */
    static ObjectNode doc(ReviewedReport r) {
        Report report = r.stored().report();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", report.id());
        o.put("url", report.url());
        o.put("outlet", report.outlet());
        o.put("title", report.title());
        o.put("published", report.published());
        String language = r.stored().extraction().language();
        o.put("language", language == null || language.isBlank() ? report.language() : language);
        o.put("text", report.text());
        return o;
    }

    /** The gold line (GUIDELINES.md): the checked layers, with entities' and places' spellings as variants. */
    static ObjectNode gold(ReviewedReport r) {
        Extraction x = r.checked();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        ArrayNode entities = o.putArray("entities");
        for (Entity e : x.entities()) {
            ObjectNode n = entities.addObject();
            n.put("canonical", e.name());
            n.put("type", e.type().name());
            variants(n, e.name(), e.mentions());
            n.putArray("aliases");
        }
        ArrayNode places = o.putArray("places");
        for (Place p : x.places()) {
            ObjectNode n = places.addObject();
            n.put("canonical", p.name());
            n.put("kind", p.kind().label());
            variants(n, p.name(), p.mentions());
            n.put("lat", p.lat());
            n.put("lon", p.lon());
            if (p.geonamesId() != null) n.put("geonames_id", p.geonamesId());
        }
        ArrayNode times = o.putArray("times");
        for (TimeMention t : x.times()) times.addObject().put("text", t.text()).put("value", t.value());
        ArrayNode claims = o.putArray("claims");
        for (Claim k : x.claims()) {
            claims.addObject().put("text", k.text()).put("value", k.value()).put("value_max", k.valueMax()).put("qualifier", k.qualifier())
                    .put("unit", k.unit()).put("subject", k.subject()).put("claimant", k.claimant())
                    .put("claimant_side", k.claimantSide() == null ? "unknown" : k.claimantSide().label()).put("hedged", k.hedged());
        }
        ArrayNode events = o.putArray("events");
        for (Event e : x.events()) {
            ObjectNode n = events.addObject().put("type", e.type()).put("text", e.text()).put("date", e.date()).put("place", e.place());
            ArrayNode actors = n.putArray("actors");
            e.actors().forEach(actors::add);
        }
        return o;
    }

    private static void variants(ObjectNode n, String name, java.util.List<Mention> mentions) {
        Set<String> v = new LinkedHashSet<>();
        for (Mention m : mentions) if (m.text() != null && !m.text().isBlank()) v.add(m.text());
        if (v.isEmpty()) v.add(name);
        ArrayNode a = n.putArray("variants");
        v.forEach(a::add);
    }
}
