package org.totmon.pipeline.attribution;

/** A source with who it resolved to: the name, its side with the reason, and whether the cue doubts what is said. */
record Resolved(Source source, int offset, String name, Sided side, boolean hedging) {}
