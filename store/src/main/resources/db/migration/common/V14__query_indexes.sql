-- Indexes for the workbench's reads on large stores (issues 14, 16, 17): the ledger's and the review queue's "told by
-- most first" order, the review queue's tiers by cluster size, and the look-up of retracted reports.
CREATE INDEX claim_group_told ON claim_group (claim_count DESC, id);
CREATE INDEX event_cluster_told ON event_cluster (report_count);
CREATE INDEX review_status ON review (kind, status);
