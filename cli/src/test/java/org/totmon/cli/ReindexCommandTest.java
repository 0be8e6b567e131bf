package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexCommandTest {
    @TempDir Path tmp;

    @Test
    void rebuildsTheIndexFromTheStore() throws IOException {
        Path data = tmp.resolve("data");
        Path input = Files.writeString(tmp.resolve("in.jsonl"), """
                {"text": "Ukrainian troops entered Kherson in 2022."}
                {"text": "The dam at Nova Kakhovka was destroyed in 2023."}
                """);
        assertEquals(0, CliRun.of(new IngestCommand(TestAnnotator::annotate), "--data", data.toString(), input.toString()).exitCode());
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }

        CliRun run = CliRun.of(new ReindexCommand(), "--data", data.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("Reindexed 2 reports in \\d+\\.\\d s\\.\\R"), run.out());
        CliRun found = CliRun.of(new SearchCommand(), "--data", data.toString(), "dam");
        assertTrue(found.out().startsWith("1 report matches:"), found.out());
    }

    @Test
    void saysSoWhenThereIsNoStore() {
        CliRun run = CliRun.of(new ReindexCommand(), "--data", tmp.resolve("none").toString());
        assertEquals(IngestCommand.EXIT_STORE_FAILED, run.exitCode());
        assertTrue(run.err().startsWith("totmon reindex: no store in " + tmp.resolve("none")), run.err());
        assertFalse(Files.exists(tmp.resolve("none")), "no empty store is created");
    }
}
