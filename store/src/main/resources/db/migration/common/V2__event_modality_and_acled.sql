-- How a report presents an event, and the ACLED categories it maps to (for exports users merge with ACLED data).
ALTER TABLE event ADD COLUMN modality VARCHAR NOT NULL DEFAULT 'fact';
ALTER TABLE event ADD COLUMN acled_event_type VARCHAR;
ALTER TABLE event ADD COLUMN acled_sub_event_type VARCHAR;
