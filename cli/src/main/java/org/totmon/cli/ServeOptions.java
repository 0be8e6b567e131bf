package org.totmon.cli;

import org.totmon.web.WebConfig;
import picocli.CommandLine.Option;

/** The options of the workbench server, shared by {@code serve} and {@code demo}. */
final class ServeOptions {
    @Option(names = "--port", paramLabel = "N", defaultValue = "" + WebConfig.DEFAULT_PORT, description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = WebConfig.LOCALHOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only). Anything else exposes the workbench to the network.")
    String host;

    @Option(names = "--max-request-size", paramLabel = "SIZE", defaultValue = "10MB", converter = IngestCommand.ByteSize.class,
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--tiles", paramLabel = "URL", description = "Optional map tile URL template, e.g. https://tile.example.org/{z}/{x}/{y}.png (default: none; the map draws shipped outlines).")
    String tileUrl;

    WebConfig config() {
        return new WebConfig(host, port, System.getenv("TOTMON_TOKEN"), maxRequestBytes, tileUrl);
    }
}
