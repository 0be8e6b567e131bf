-- Blocking keys of the event clusters (org.totmon.linker.EventBlocking): a new event mention reads its candidate
-- clusters by these keys (type × month × place, region, country, actor), newest first and capped, instead of every
-- cluster of its type. A key is a 64-bit hash of the linker's key text; a collision only adds a candidate, which
-- clustering then rejects.
CREATE TABLE event_block (
    block_key  BIGINT NOT NULL,
    cluster_id BIGINT NOT NULL,                           -- event_cluster.id (emptied with it by relink)
    PRIMARY KEY (block_key, cluster_id)
);

-- The clusters stored so far have no keys yet: the next link files them (LinkTables.fileStoredClusters) and removes
-- this row, keeping every cluster and its id.
INSERT INTO store_meta (name, content) VALUES ('event_block', 'to fill');
