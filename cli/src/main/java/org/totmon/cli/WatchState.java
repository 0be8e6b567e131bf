package org.totmon.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code totmon watch} has taken already, kept in the data directory so a restarted watch goes on where it
 * stopped: the GUIDs of the feed items and the URLs of the pages it stored or found nothing to store in. Written
 * to a temporary file and moved over the old one, so a crash leaves the old state or the new, never half of one.
 */
final class WatchState {
    static final String FILE_NAME = "watch-state.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Set<String> guids;
    private final Set<String> urls;

    private WatchState(Path file, Set<String> guids, Set<String> urls) {
        this.file = file;
        this.guids = guids;
        this.urls = urls;
    }

    /** The state in {@code dataDir}, empty when there is none yet; IOException names what is wrong with the file. */
    static WatchState load(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) return new WatchState(file, new LinkedHashSet<>(), new LinkedHashSet<>());
        try {
            Map<String, List<String>> m = JSON.readValue(file.toFile(), new TypeReference<>() {});
            return new WatchState(file, new LinkedHashSet<>(m.getOrDefault("guids", List.of())),
                    new LinkedHashSet<>(m.getOrDefault("urls", List.of())));
        } catch (IOException e) {
            throw new IOException(file + " is not a watch state this version wrote (move it away to start afresh)", e);
        }
    }

    boolean seen(String guid, String url) {
        return guid != null && guids.contains(guid) || url != null && urls.contains(url);
    }

    void add(String guid, String url) throws IOException {
        if (guid != null) guids.add(guid);
        if (url != null) urls.add(url);
        save();
    }

    private void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        JSON.writeValue(tmp.toFile(), Map.of("guids", guids, "urls", urls));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
