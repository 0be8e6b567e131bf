-- The version of the pipeline that made each report's extraction (org.totmon.pipeline.PipelineVersion: a hash of
-- the pipeline's code and resources). NULL for reports stored before versions were recorded: `totmon reannotate`
-- re-runs every report whose version differs from the running pipeline's, NULL included.
ALTER TABLE report ADD COLUMN extractor_version VARCHAR(64);
CREATE INDEX report_extractor_version ON report (extractor_version);

-- References by id (issue 13): an event's place by its GeoNames id and its actors by the ids of the report's entities
-- (e1, e2, …: the entity's ord + 1), space-separated; a claim's claimant by entity id. NULL for rows stored before.
ALTER TABLE event ADD COLUMN place_geonames_id BIGINT;
ALTER TABLE event ADD COLUMN actor_ids VARCHAR;
ALTER TABLE claim ADD COLUMN claimant_id VARCHAR(16);
