package org.totmon.ingest;

import java.nio.file.Path;

/** A file to read reports from: its path as the user will recognise it, its format and its size in bytes. */
public record InputFile(Path path, InputFormat format, long size) {}
