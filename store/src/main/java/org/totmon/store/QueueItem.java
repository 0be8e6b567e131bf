package org.totmon.store;

/**
 * An unreviewed claim or event in the review queue, with why it needs a person: in a group whose sides disagree, of
 * low confidence (a claim with no claimant or side, or hedged; an event without date or place, or not told as a
 * fact), or told by many reports ({@code toldBy}: the claims of its group, the reports of its event). {@code position}
 * is where it stands in the queue: the page after it starts there ({@code Reviews.queue(position, limit)}).
 */
public record QueueItem(ItemKey key, String text, String reportTitle, boolean disputed, boolean lowConfidence, int toldBy, String position) {}
