-- A cluster's anchors kept together, as JSON, so that reading a candidate cluster is one look-up
-- (org.totmon.store.ClusterAnchors). A cluster linked before has no row until linking reads it from the tables once.
CREATE TABLE event_anchors (
    cluster_id BIGINT PRIMARY KEY REFERENCES event_cluster (id) ON DELETE CASCADE,
    anchors    VARCHAR NOT NULL
);
