-- Indexes no query reads (each read of these tables is by report, through its primary key; search, places and names
-- come from the search index and the catalog). Each was a write into another B-tree for every row of every report,
-- at a random key, and H2 visits every written row again at commit: at 100,000 reports those writes miss the page
-- cache. entity_name stays: a merge asks whether a name is still used (EntityChanges).
DROP INDEX report_external_id;
DROP INDEX report_published;
DROP INDEX place_name;
DROP INDEX place_geonames_id;
DROP INDEX time_mention_value;
DROP INDEX claim_claimant;
DROP INDEX event_type;
DROP INDEX event_place;
