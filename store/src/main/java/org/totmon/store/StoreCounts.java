package org.totmon.store;

/** How much the store holds: reports, and the items of each extraction layer over all of them. */
public record StoreCounts(long reports, long boilerplateSpans, long entities, long entityMentions, long places,
                          long placeMentions, long times, long claims, long events) {}
