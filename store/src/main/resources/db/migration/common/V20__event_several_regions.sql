-- An act over a list of regions ("referendums in the Donetsk, Luhansk and Kherson oblasts") has no single place; the
-- linker must know it, so that it does not join the cluster of one of those regions (org.totmon.linker.EventClustering).
ALTER TABLE event ADD COLUMN several_regions BOOLEAN DEFAULT FALSE NOT NULL;
