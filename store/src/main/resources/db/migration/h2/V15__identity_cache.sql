-- Ingest at scale: H2 commits the database each time an identity column has handed out its cached values (32 by
-- default), and with WRITE_DELAY=0 each such commit writes every changed page to a new chunk of the file, in the middle
-- of an ingest's open transaction (about 7% of the writer's time, and much of the file's growth while it runs).
-- Values are handed out in order still; only a crash skips the rest of a cached range.
ALTER TABLE report ALTER COLUMN seq SET CACHE 1024;
ALTER TABLE event_cluster ALTER COLUMN id SET CACHE 1024;
ALTER TABLE claim_group ALTER COLUMN id SET CACHE 1024;
