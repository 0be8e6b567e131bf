-- The timeline's order (date, undated last; then id), so that a page of it walks this index up to its limit instead of
-- sorting every event of the store (issues 16, 17).
CREATE INDEX event_cluster_timeline ON event_cluster (date_from NULLS LAST, date_to NULLS LAST, id);
