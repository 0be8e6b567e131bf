-- A cluster's kept anchors and summary packed (org.totmon.store.ClusterAnchors): the JSON's UTF-8 bytes, deflated, a
-- quarter of the text or less. H2 decodes every row of a page it reads, and the JSON as text made reading a candidate
-- cluster mostly decoding its neighbours' text. A row kept before keeps its text until it is next written.
ALTER TABLE event_anchors ADD COLUMN packed BYTEA;
ALTER TABLE event_anchors ADD COLUMN summary_packed BYTEA;
ALTER TABLE event_anchors ALTER COLUMN anchors DROP NOT NULL;
