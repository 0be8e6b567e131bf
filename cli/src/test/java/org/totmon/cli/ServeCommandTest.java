package org.totmon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir Path dir;

    @Test
    void aPortInUseIsReportedNotHung() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.of(new ServeCommand(), "--data", dir.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(ServeCommand.EXIT_CANNOT_SERVE, run.exitCode(), run.err());
            assertTrue(run.err().contains("cannot serve on 127.0.0.1:" + taken.getLocalPort()), run.err());
        }
    }

    @Test
    void demoWithoutServingLoadsAndReturns() {
        Path samples = Path.of(System.getProperty("totmon.root", "..")).resolve("samples");
        CliRun run = CliRun.of(new DemoCommand(), "--data", dir.resolve("data").toString(), "--samples", samples.toString(), "--no-serve");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("The store holds"), run.out());
        assertTrue(!run.out().contains("Serving"), "--no-serve does not start the server");
        assertTrue(run.out().contains("Across reports: "), run.out());
        String data = dir.resolve("data").toString();
        for (String hint : new String[] {"./totmon claims --data " + data, "./totmon events --data " + data,
                "./totmon serve --data " + data, "http://127.0.0.1:7070/"}) {
            assertTrue(run.out().contains(hint), hint + " in " + run.out());
        }
    }
}
