-- Linking holds every cluster's blocking keys in memory (org.totmon.store.BlockIndex) and only appends to event_block:
-- without its primary key (block_key, cluster_id), each key filed is a row appended, not an index write at a random key
-- (about twenty a report). Each row names the seq of the report whose linking filed it, so that a process catches up
-- with another's rows; rows filed before have 0, read when the index is loaded whole.
ALTER TABLE event_block DROP PRIMARY KEY;
ALTER TABLE event_block ADD COLUMN linked_seq BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX event_block_linked ON event_block (linked_seq);
-- No query reads clusters by their number of reports, and the count changes with every report linked to a cluster,
-- moving its entry in this index each time.
DROP INDEX event_cluster_told;
