-- Ingest at scale (org.totmon.store.LinkTables): an index no query reads is a cost on every insert and on disk.
-- Event candidates are found by blocking keys (event_block, V7) since V7, not by type and date range.
DROP INDEX event_link_candidates;
