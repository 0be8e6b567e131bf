-- Each linked report's word 4-shingles (org.totmon.linker.NearDuplicates), sorted 64-bit hashes, 8 bytes each, so a
-- near-duplicate candidate is compared without reading its text and shingling it again (a fifth of the linking thread at
-- 100,000 reports). Derived as report_band is: written when a report is linked, forgotten with the links. A report
-- linked before has no row: its shingles are made from its text when it is met.
CREATE TABLE report_shingles (
    report_id VARCHAR(64) PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    shingles  BYTEA NOT NULL
);
