package org.totmon.store;

/** How much linking found: claim groups (and how many of them the sides dispute), clustered events, reports that copy an earlier one. */
public record LinkCounts(long claimGroups, long disputedGroups, long events, long nearDuplicates) {}
