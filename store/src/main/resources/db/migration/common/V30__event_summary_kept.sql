-- The state of a cluster's summary kept with its anchors (org.totmon.store.ClusterAnchors), so that a mention joining it
-- is summed up without reading all its mentions. Null for a cluster linked before: made from its mentions once.
ALTER TABLE event_anchors ADD COLUMN summary VARCHAR;
