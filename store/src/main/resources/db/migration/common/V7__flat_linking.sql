-- Linking at a flat cost per report, however large the store (org.totmon.store.LinkTables).

-- Blocking keys of the event clusters (org.totmon.linker.EventBlocking): a new event mention reads its candidate
-- clusters by these keys (type × month × place, region, country, actor), newest first and capped, instead of every
-- cluster of its type. A key is a 64-bit hash of the linker's key text; a collision only adds a candidate, which
-- clustering then rejects.
CREATE TABLE event_block (
    block_key  BIGINT NOT NULL,
    cluster_id BIGINT NOT NULL,                           -- event_cluster.id (emptied with it by relink)
    PRIMARY KEY (block_key, cluster_id)
);

-- A new figure is compared only with the group's figures of nearby dates (by this index), and the group keeps where
-- its noted disagreement starts (the first figure's report seq and claim ord), so adding figures never rereads a group.
ALTER TABLE claim_link ADD COLUMN date_from DATE;         -- the days claim_date stands for; null without a date
ALTER TABLE claim_link ADD COLUMN date_to DATE;
CREATE INDEX claim_link_group_date ON claim_link (group_id, date_from);
ALTER TABLE claim_group ADD COLUMN conflict_seq BIGINT;
ALTER TABLE claim_group ADD COLUMN conflict_ord INT;

-- The links stored so far lack all of the above: forget them, so that the next link (every ingest, and every command
-- that reads the ledger or the timeline) rebuilds them, in the same order and so with the same ids, as `totmon relink`.
DELETE FROM claim_link;
DELETE FROM claim_group;
DELETE FROM event_link;
DELETE FROM event_cluster;
DELETE FROM near_duplicate;
DELETE FROM report_band;
ALTER TABLE claim_group ALTER COLUMN id RESTART WITH 1;
ALTER TABLE event_cluster ALTER COLUMN id RESTART WITH 1;
UPDATE store_meta SET content = '0' WHERE name = 'linked_seq';
