package org.totmon.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.totmon.model.Extraction;

/**
 * The version of the extraction: a SHA-256 over the bytes of every class and resource file of the pipeline and model
 * packages ({@code org/totmon/pipeline/}, {@code org/totmon/model/}: the annotators' code, the lexicons, the
 * gazetteer, the name model), by path in sorted order, wherever they are loaded from (the jar, or the build's class
 * folders). Equal builds of equal sources give equal versions, so the store can tell which stored extractions an
 * older pipeline made. Computed once per process, on first use.
 */
public final class PipelineVersion {
    private static final List<String> PACKAGES = List.of("org/totmon/pipeline/", "org/totmon/model/");
    private static volatile String current;

    private PipelineVersion() {}

    /** {@code "p-"} and the first 16 hex digits of the hash. */
    public static String current() {
        String v = current;
        if (v == null) {
            synchronized (PipelineVersion.class) {
                if (current == null) current = compute();
                v = current;
            }
        }
        return v;
    }

    private static String compute() {
        Set<Path> sources = new LinkedHashSet<>();
        for (Class<?> c : List.of(Pipeline.class, Extraction.class)) {
            try {
                sources.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate the code of " + c.getSimpleName(), e);
            }
        }
        TreeMap<String, byte[]> files = new TreeMap<>();
        try {
            for (Path source : sources) {
                if (Files.isDirectory(source)) readFolder(source, files);
                else readJar(source, files);
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (var f : files.entrySet()) {
                sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.getValue());
            }
            return "p-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pipeline's files to compute its version: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    private static boolean ours(String path) {
        return PACKAGES.stream().anyMatch(path::startsWith);
    }

    private static void readFolder(Path root, TreeMap<String, byte[]> files) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(all::add);
        }
        for (Path p : all) {
            String name = root.relativize(p).toString().replace('\\', '/');
            if (ours(name)) files.put(name, Files.readAllBytes(p));
        }
    }

    private static void readJar(Path jar, TreeMap<String, byte[]> files) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = j.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (entry.isDirectory() || !ours(entry.getName())) continue;
                try (InputStream in = j.getInputStream(entry)) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        }
    }
}
