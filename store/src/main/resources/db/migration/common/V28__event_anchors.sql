-- A cluster is compared through its anchors, the first mentions that joined it (org.totmon.linker.EventClustering):
-- linking reads those alone, so that its cost grows neither with the store nor with how many reports tell one event.
ALTER TABLE event_link ADD COLUMN anchor BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX event_link_anchors ON event_link (cluster_id, anchor);

-- The links stored so far were made against every mention of a cluster and mark no anchors: forget them, so that the
-- next link (every ingest, and every command that reads the ledger or the timeline) rebuilds them, in the same order
-- and so with the same ids, as `totmon relink`.
DELETE FROM claim_link;
DELETE FROM claim_group;
DELETE FROM event_link;
DELETE FROM event_block;
DELETE FROM event_cluster;
DELETE FROM near_duplicate;
DELETE FROM report_band;
ALTER TABLE claim_group ALTER COLUMN id RESTART WITH 1;
ALTER TABLE event_cluster ALTER COLUMN id RESTART WITH 1;
UPDATE store_meta SET content = '0' WHERE name = 'linked_seq';
