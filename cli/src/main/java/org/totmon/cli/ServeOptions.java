package org.totmon.cli;

import java.util.List;
import org.totmon.ingest.ReportReader;
import org.totmon.web.WebConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of the workbench server, shared by {@code serve} and {@code demo}. */
final class ServeOptions {
    @Option(names = "--port", paramLabel = "N", defaultValue = "" + WebConfig.DEFAULT_PORT, description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = WebConfig.LOCALHOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only). Anything else exposes the workbench to the network.")
    String host;

    @Option(names = "--allowed-host", paramLabel = "NAME", split = ",",
            description = "Host names requests may give in their Host header (repeatable or comma-separated; default: the "
                    + "--host address, and localhost with it when that is a loopback address; any when it is 0.0.0.0 or ::). "
                    + "Others are refused (421), so a DNS-rebinding page cannot read the workbench.")
    List<String> allowedHosts;

    @Option(names = "--max-request-size", paramLabel = "SIZE", defaultValue = "10MB", converter = IngestCommand.ByteSize.class,
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--max-report-chars", paramLabel = "N", defaultValue = "" + ReportReader.DEFAULT_MAX_REPORT_CHARS,
            description = "Reports posted with a longer text are refused (422) before annotation (default: ${DEFAULT-VALUE}).")
    int maxReportChars;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "A write (POST /api/reports) still annotating after this long is stopped, and so is one whose client "
                    + "disconnected; nothing of it is stored and the client gets 503 (default: ${DEFAULT-VALUE}).")
    long requestTimeoutSeconds;

    @Option(names = "--tiles", paramLabel = "URL", description = "Optional map tile URL template, e.g. https://tile.example.org/{z}/{x}/{y}.png (default: none; the map draws shipped outlines).")
    String tileUrl;

    @Spec(Spec.Target.MIXEE) CommandSpec spec;

    /** The server's configuration; settings it cannot take (a token shorter than 16 characters, say) are a usage error. */
    WebConfig config() {
        try {
            return new WebConfig(host, port, System.getenv("TOTMON_TOKEN"), maxRequestBytes, tileUrl, maxReportChars,
                    allowedHosts == null ? List.of() : allowedHosts, java.time.Duration.ofSeconds(requestTimeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
