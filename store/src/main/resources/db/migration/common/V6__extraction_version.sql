-- The version of the pipeline that made each report's extraction (org.totmon.pipeline.PipelineVersion: a hash of
-- the pipeline's code and resources). NULL for reports stored before versions were recorded: `totmon reannotate`
-- re-runs every report whose version differs from the running pipeline's, NULL included.
ALTER TABLE report ADD COLUMN extractor_version VARCHAR(64);
CREATE INDEX report_extractor_version ON report (extractor_version);
