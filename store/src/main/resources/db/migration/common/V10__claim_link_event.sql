-- The real-world event (event cluster) told in each claim's sentence, if any: figures of a group without a place are
-- compared for disputes only when they are about one event (org.totmon.linker.Disagreement).
ALTER TABLE claim_link ADD COLUMN event_cluster_id BIGINT;
